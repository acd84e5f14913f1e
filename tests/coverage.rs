//! Every heading of the source notes is asked about, and `docs/coverage.md` says how.

use std::path::PathBuf;

use kkori::bank::{coverage, Library};

/// Housekeeping headings: a note's title and its table of contents.
const EXEMPT: &[&str] = &[
    "목차",
    "20240107(7회차) 멘토링 내용 정리📒",
    "Network, C++ IOCP, Boost Asio strand공부",
];

fn notes() -> Option<Vec<(String, String)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/notes");
    let mut notes: Vec<(String, String)> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    notes.sort();
    Some(notes)
}

fn bundled() -> Library {
    let files = kkori::bundled::FILES
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()));
    Library::load(files).0
}

fn notes_or_skip() -> Option<Vec<(String, String)>> {
    let notes = notes();
    if notes.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/notes is missing under CI"
        );
        eprintln!("skipped: ../shared/notes is not beside this checkout");
    }
    notes
}

#[test]
fn every_note_heading_is_covered() {
    let Some(notes) = notes_or_skip() else { return };
    let library = bundled();
    let cited = coverage::citations(&library);
    let mut missing = Vec::new();
    for (name, text) in &notes {
        for h in coverage::headings(text) {
            if !EXEMPT.contains(&h.text.as_str())
                && !cited.contains_key(&(name.clone(), h.text.clone()))
            {
                missing.push(format!("{name}: {}", h.text));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "headings no question covers:\n{}",
        missing.join("\n")
    );
    assert_eq!(notes.len(), 5);
}

#[test]
fn every_source_names_a_real_heading() {
    let Some(notes) = notes_or_skip() else { return };
    let library = bundled();
    for ((note, heading), ids) in coverage::citations(&library) {
        let text = &notes
            .iter()
            .find(|(n, _)| *n == note)
            .unwrap_or_else(|| panic!("{ids:?} cite unknown note {note}"))
            .1;
        assert!(
            coverage::headings(text).iter().any(|h| h.text == heading),
            "{ids:?} cite `{heading}`, not a heading of {note}"
        );
    }
}

#[test]
fn the_banks_are_as_large_and_deep_as_promised() {
    let library = bundled();
    assert!(
        library.questions.len() >= 150,
        "{}",
        library.questions.len()
    );
    let deep = coverage::chain_depths(&library)
        .values()
        .filter(|&&d| d >= 2)
        .count();
    assert!(deep >= 40, "{deep} chains of depth ≥ 2");
    for r in &library.rubrics {
        assert!(
            (3..=8).contains(&r.concepts.len()),
            "{} has {} concepts",
            r.id,
            r.concepts.len()
        );
        assert!(
            r.examples.len() >= 3,
            "{} has {} examples",
            r.id,
            r.examples.len()
        );
    }
    for q in &library.questions {
        assert!(
            q.prompt.ko.is_some() && q.prompt.en.is_some(),
            "{} needs a Korean and an English prompt",
            q.id
        );
    }
}

#[test]
fn the_coverage_document_is_current() {
    let Some(notes) = notes_or_skip() else { return };
    let fresh = coverage::report(&bundled(), &notes, EXEMPT);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/coverage.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == fresh,
        "docs/coverage.md is stale: run `UPDATE_DOCS=1 cargo test --test coverage`"
    );
}

#[test]
fn every_main_question_has_a_follow_up_of_its_own_and_chains_go_three_deep() {
    let library = bundled();
    let depths = kkori::bank::coverage::dedicated_depths(&library);
    let without: Vec<&String> = depths
        .iter()
        .filter(|(_, d)| **d == 0)
        .map(|(id, _)| id)
        .collect();
    assert!(
        without.is_empty(),
        "main questions with no follow-up of their own: {without:?}"
    );
    let deep = depths.values().filter(|d| **d >= 3).count();
    assert!(
        deep >= 20,
        "{deep} main questions start a chain of dedicated follow-ups 3 deep"
    );
}
