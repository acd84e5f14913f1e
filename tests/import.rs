//! `kkori import` as a library: snapshots of two drafted notes, and every note's drafts
//! pass `kkori check`'s loader with no errors.

use std::path::{Path, PathBuf};

use kkori::bank::{Lang, Library};
use kkori::import::{draft, Options};

fn fixture_notes() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notes")
}

/// The five source notes when the shared directory is there, else the two copies.
fn all_notes() -> Vec<PathBuf> {
    let shared = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/notes"));
    let dir = if shared.is_dir() {
        shared.to_path_buf()
    } else {
        fixture_notes()
    };
    let mut notes: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("notes directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    notes.sort();
    assert!(!notes.is_empty(), "no notes in {}", dir.display());
    notes
}

fn imported(path: &Path, lang: Lang) -> kkori::import::Draft {
    let text = std::fs::read_to_string(path).expect("a note");
    let name = path.file_name().unwrap().to_string_lossy();
    draft(&name, &text, &Options { topic: None, lang })
}

#[test]
fn note_002_drafts() {
    let d = imported(&fixture_notes().join("002_4144eaa942b78dd8.txt"), Lang::Ko);
    insta::assert_snapshot!("002_bank", d.bank_yaml());
    insta::assert_snapshot!("002_rubrics", d.rubrics_yaml());
}

#[test]
fn note_004_drafts() {
    let d = imported(&fixture_notes().join("004_3afad11cd2c85c8d.txt"), Lang::Ko);
    insta::assert_snapshot!("004_bank", d.bank_yaml());
    insta::assert_snapshot!("004_rubrics", d.rubrics_yaml());
}

#[test]
fn every_note_imports_into_files_that_check_cleanly() {
    for path in all_notes() {
        for lang in [Lang::Ko, Lang::En] {
            let d = imported(&path, lang);
            assert!(!d.questions.is_empty(), "{}", path.display());
            let (lib, problems) = Library::load([
                ("bank.yaml", d.bank_yaml().into_bytes()),
                ("rubrics.yaml", d.rubrics_yaml().into_bytes()),
            ]);
            let errors: Vec<String> = problems
                .iter()
                .filter(|p| p.is_error() || p.to_string().contains("no question uses rubric"))
                .map(|p| p.to_string())
                .collect();
            assert!(
                errors.is_empty(),
                "{} ({lang:?}):\n{}",
                path.display(),
                errors.join("\n")
            );
            assert_eq!(lib.questions.len(), d.questions.len());
            let note = std::fs::read_to_string(&path).unwrap();
            for q in &lib.questions {
                assert!(q.draft, "{} is not a draft", q.id);
                let heading = &q.source[0].heading;
                assert!(
                    note.lines()
                        .any(|l| l.trim_start_matches('#').trim() == heading),
                    "`{heading}` is not a heading of {}",
                    path.display()
                );
                let rubric = lib.rubric(q.rubric_id()).expect("a rubric per question");
                assert!(!rubric.concepts.is_empty());
                assert!(rubric.examples.is_empty());
            }
        }
    }
}
