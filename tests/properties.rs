//! Property tests: no input makes the loader or the grader panic, and evidence always
//! points at the words it quotes.

use std::sync::LazyLock;

use kkori::bank::Library;
use kkori::grade::Grader;
use proptest::prelude::*;

/// Loaded once: the property is about answers, not about loading.
static BUNDLED: LazyLock<(Library, Grader)> = LazyLock::new(|| {
    let files = kkori::bundled::FILES
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()));
    let library = Library::load(files).0;
    let grader = Grader::new(&library);
    (library, grader)
});

/// Answers mixing Hangul, jamo, Latin, digits, punctuation, whitespace and anything else.
fn answer() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[가-힣]{1,6}",
        "[ㄱ-ㅣ]{1,3}",
        "[a-zA-Z]{1,8}",
        "[0-9]{1,3}",
        "[ .,!?\n\t/_\\-+'’]{1,3}",
        "(은|는|이|가|을|를|에서|하지 않는다|않|없다|not|no|SYN|ACK|세션|TCP|핸드셰이크)",
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn grading_never_panics_and_evidence_quotes_the_answer(text in answer(), pick in any::<prop::sample::Index>()) {
        let (library, grader) = &*BUNDLED;
        prop_assert!(!library.rubrics.is_empty(), "the bundled banks have rubrics");
        let rubric = &library.rubrics[pick.index(library.rubrics.len())];
        let grade = grader.rubric(&rubric.id).unwrap().grade(&text);
        prop_assert!(grade.score <= 100);
        prop_assert!(grade.grade <= 5);
        for concept in &grade.concepts {
            for e in concept.evidence.iter().chain(&concept.negated) {
                prop_assert_eq!(&grade.answer[e.start..e.end], e.said.as_str());
            }
        }
    }

    #[test]
    fn loading_arbitrary_text_never_panics(text in any::<String>()) {
        let (_, problems) = Library::load([("fuzz.yaml", text.into_bytes())]);
        for p in problems {
            prop_assert!(!p.message.is_empty());
        }
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = Library::load([("fuzz.yaml", bytes)]);
    }

    /// Real bank files with a slice cut out: near-valid YAML is the hardest for a loader.
    #[test]
    fn loading_damaged_banks_never_panics(file in any::<prop::sample::Index>(), start in any::<prop::sample::Index>(), len in 0usize..200) {
        let files = kkori::bundled::FILES;
        prop_assume!(!files.is_empty());
        let (name, text) = files[file.index(files.len())];
        let bytes = text.as_bytes();
        let start = start.index(bytes.len().max(1));
        let end = (start + len).min(bytes.len());
        let damaged: Vec<u8> = bytes[..start].iter().chain(&bytes[end..]).copied().collect();
        let _ = Library::load([(name, damaged)]);
    }
}
