//! Debian's headless Chromium, for the tests that check pages in a real browser.
//!
//! Without `chromium` on PATH those tests say so and pass, so a laptop without a browser can
//! still run `cargo test`; under CI (the `CI` variable set) a missing browser is a failure,
//! since the checks would silently stop running.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

/// How long Chromium may take to start, render and finish a page on a busy machine.
pub const DEADLINE: Duration = Duration::from_secs(120);

/// `chromium` from PATH; `None` (with a note) when it is missing, a panic under CI.
pub fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join("chromium"))
            .find(|candidate| candidate.is_file())
    });
    if found.is_none() {
        if std::env::var_os("CI").is_some() {
            panic!(
                "chromium is not on PATH, and CI must run the browser tests; install it with `apt-get install chromium`"
            );
        }
        eprintln!(
            "skipping a browser test: chromium is not on PATH (install it with `apt-get install chromium`)"
        );
    }
    found
}

/// Headless Chromium with a fresh profile in `profile` and nothing that reaches the network
/// on its own; the caller adds what to do with which page.
pub fn headless(chromium: &Path, profile: &Path) -> Command {
    let mut command = Command::new(chromium);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()));
    command
}

/// Wait for Chromium to exit, killing it (and failing the test) past [`DEADLINE`].
pub fn wait(child: &mut Child, what: &str) -> ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("chromium can be waited for") {
            return status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish {what} within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}
