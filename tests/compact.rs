//! The bundled banks read back from the compact form `build.rs` writes are the banks read
//! from YAML: the same items, and every labelled answer graded the same (score, grade,
//! evidence, caps, feedback).

use kkori::bank::Library;
use kkori::grade::Grader;

fn from_yaml() -> Library {
    let files = kkori::bundled::FILES
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()));
    let (library, problems) = Library::load(files);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    library
}

fn from_compact() -> Library {
    Library::from_compact(kkori::bundled::COMPACT).expect("the bundled compact form reads")
}

fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("the model serialises")
}

#[test]
fn compact_library_holds_what_the_yaml_holds() {
    let (yaml, compact) = (from_yaml(), from_compact());
    assert!(!yaml.questions.is_empty());
    assert_eq!(json(&yaml.topics), json(&compact.topics));
    assert_eq!(json(&yaml.questions), json(&compact.questions));
    assert_eq!(json(&yaml.rubrics), json(&compact.rubrics));
    assert_eq!(yaml.glossary, compact.glossary);
    for q in &yaml.questions {
        assert_eq!(yaml.bank_of(&q.id), compact.bank_of(&q.id), "{}", q.id);
        assert!(compact.question(&q.id).is_some());
    }
    assert_eq!(yaml.bank_names(), compact.bank_names());
}

#[test]
fn every_labelled_answer_grades_the_same_through_every_load_path() {
    let (yaml, compact) = (from_yaml(), from_compact());
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/labelled-answers.yaml"
    );
    let text = std::fs::read_to_string(path).expect("the labels fixture");
    let labels =
        kkori::eval::parse_labels(path, &text, &yaml, kkori::bank::Lang::En).expect("labels parse");
    assert!(labels.len() > 500, "{} labels", labels.len());
    let (old, new) = (Grader::new(&yaml), Grader::new(&compact));
    // The path of `kkori grade` and `grade --batch`: only the labelled questions' rubrics,
    // each told the prompts of every question it grades, as the full grader is.
    let ids: Vec<&str> = labels.iter().map(|l| l.label.question.as_str()).collect();
    let some = Library::from_compact_for(kkori::bundled::COMPACT, &ids).expect("reads");
    let few = Grader::for_questions(&some, ids.iter().filter_map(|id| some.question(id)));
    for l in &labels {
        let id = &l.label.question;
        let a = old.grade(yaml.question(id).expect("question"), &l.label.answer);
        let b = new.grade(compact.question(id).expect("question"), &l.label.answer);
        let c = few.grade(some.question(id).expect("question"), &l.label.answer);
        let (a, b, c) = (a.expect("rubric"), b.expect("rubric"), c.expect("rubric"));
        assert_eq!(
            (a.score, json(&a)),
            (b.score, json(&b)),
            "{}:{} ({id})",
            l.file,
            l.line
        );
        assert_eq!(
            (a.score, json(&a)),
            (c.score, json(&c)),
            "{}:{} ({id}, for_questions)",
            l.file,
            l.line
        );
    }
}

#[test]
fn damaged_compact_bytes_are_refused_not_misread() {
    let bytes = kkori::bundled::COMPACT;
    assert!(Library::from_compact(&bytes[..bytes.len() / 2]).is_err());
    assert!(Library::from_compact(&[]).is_err());
    let mut other = bytes.to_vec();
    other[0] = other[0].wrapping_add(1);
    assert!(Library::from_compact(&other).is_err());
}

#[test]
fn a_library_for_some_questions_holds_their_rubrics_only() {
    let yaml = from_yaml();
    let ids = ["tcp-handshake", "session-cookie-vs-session"];
    let some = Library::from_compact_for(kkori::bundled::COMPACT, &ids).expect("reads");
    assert_eq!(some.questions.len(), yaml.questions.len());
    let mut rubrics: Vec<&str> = some.rubrics.iter().map(|r| r.id.as_str()).collect();
    rubrics.sort_unstable();
    let mut expected: Vec<&str> = ids
        .iter()
        .map(|id| yaml.question(id).expect("bundled").rubric_id())
        .collect();
    expected.sort_unstable();
    assert_eq!(rubrics, expected);
    let question = some.question("tcp-handshake").expect("kept");
    let grader = Grader::for_questions(&some, [question]);
    let answer = "SYN, SYN-ACK, ACK 순서로 연결합니다";
    let full = Grader::new(&yaml).grade(yaml.question("tcp-handshake").unwrap(), answer);
    assert_eq!(json(&grader.grade(question, answer)), json(&full));
}
