//! What several test files share: the bundled banks, loaded and graded once per test binary.

use std::sync::LazyLock;

use kkori::bank::Library;
use kkori::grade::{Grade, Grader};

pub static BUNDLED: LazyLock<(Library, Grader)> = LazyLock::new(|| {
    let files = kkori::bundled::FILES
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()));
    let (library, problems) = Library::load(files);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    let grader = Grader::new(&library);
    (library, grader)
});

/// Grade an answer to a bundled question, as `kkori grade` does.
pub fn grade(question: &str, answer: &str) -> Grade {
    let (library, grader) = &*BUNDLED;
    grader
        .grade(
            library.question(question).expect("a bundled question"),
            answer,
        )
        .expect("a rubric")
}
