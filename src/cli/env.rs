//! The one place the command line reads the clock and draws randomness: every command gets
//! an [`Env`] in its [`super::Context`] and asks it for `now`, a seed or a session id.
//!
//! The library never reads the clock; before this, the CLI read it in four places (the
//! interview, `resume`, `progress`, the script's seed), each its own way. One reader means
//! one thing to replace when a test or a replay needs a fixed time ([`Env::fixed`]).

use std::time::{SystemTime, UNIX_EPOCH};

/// Where time and chance come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Env {
    /// The system clock; seeds from the clock's nanoseconds and the process id.
    System,
    /// A fixed moment (Unix seconds): `now` is always it, a seed not given is it too, and
    /// session ids end in `0000`. For tests.
    #[cfg_attr(not(test), allow(dead_code))]
    Fixed(u64),
}

impl Env {
    /// Now, in Unix seconds.
    pub fn now(&self) -> u64 {
        match self {
            Env::System => since_epoch().as_secs(),
            Env::Fixed(at) => *at,
        }
    }

    /// The seed given, else a fresh one.
    pub fn seed(&self, given: Option<u64>) -> u64 {
        given.unwrap_or_else(|| match self {
            Env::System => {
                let nanos = since_epoch().as_nanos() as u64;
                nanos ^ u64::from(std::process::id()).rotate_left(32)
            }
            Env::Fixed(at) => *at,
        })
    }

    /// A session id that sorts by time, started at `now`: `20261123-101500-1a2b`. The last
    /// part keeps two sessions started in the same second apart.
    pub fn session_id(&self, now: u64) -> String {
        let tail = match self {
            Env::System => (since_epoch().subsec_nanos() ^ std::process::id()) & 0xffff,
            Env::Fixed(_) => 0,
        };
        let (date, time) = kkori::interview::session::civil(now);
        format!("{date}-{time}-{tail:04x}")
    }
}

fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_env_is_fixed() {
        let env = Env::Fixed(1_800_000_000);
        assert_eq!(env.now(), 1_800_000_000);
        assert_eq!(env.seed(None), 1_800_000_000);
        assert_eq!(env.seed(Some(7)), 7);
        assert_eq!(env.session_id(env.now()), "20270115-080000-0000");
    }

    #[test]
    fn session_ids_sort_by_time() {
        let env = Env::System;
        let id = env.session_id(1_800_000_000);
        assert!(id.starts_with("20270115-080000-"), "{id}");
        assert_eq!(id.len(), "20270115-080000-0000".len());
    }
}
