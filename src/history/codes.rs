//! How values are written in a store's columns, shared by both stores so that a history
//! moved from one to the other reads the same.

use crate::bank::Lang;
use crate::interview::Mode;

/// Unix seconds as a signed column (saturating: a time past 2^63 is the far future).
pub fn int(v: u64) -> i64 {
    v.min(i64::MAX as u64) as i64
}

/// A signed column back as Unix seconds (a negative value, never written, reads as 0).
pub fn uint(v: i64) -> u64 {
    v.max(0) as u64
}

pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Solo => "solo",
        Mode::Pair => "pair",
    }
}

pub fn parse_mode(name: &str) -> Option<Mode> {
    match name {
        "solo" => Some(Mode::Solo),
        "pair" => Some(Mode::Pair),
        _ => None,
    }
}

pub fn parse_lang(name: &str) -> Option<Lang> {
    match name {
        "ko" => Some(Lang::Ko),
        "en" => Some(Lang::En),
        _ => None,
    }
}
