//! The fixed session of the report tests, shared with the unit tests in src/report/ (see
//! tests/fixtures/report/session.rs), and a way to put it on disk for the binary.
// The shared file defines a few items only the unit tests use.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use kkori::bank::{Lang, Library};
use kkori::grade::Grader;
use kkori::interview::{Event, Interview, Planned, Session, Settings};
use kkori::report::Report;

include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/report/session.rs"
));

/// The fixture session's report, as the library builds it.
pub fn report(lang: Lang, notes: bool) -> Report {
    let library = report_library();
    Report::new(&report_session(&library), &library, lang, notes)
}

/// The fixture session saved as `dir/session.json`, as the interviewer saves sessions.
pub fn session_file(dir: &Path) -> PathBuf {
    let path = dir.join("session.json");
    std::fs::write(&path, report_session(&report_library()).to_json()).unwrap();
    path
}

/// `--banks` for the report fixture bank.
pub fn bank() -> String {
    crate::harness::fixture("report").display().to_string()
}
