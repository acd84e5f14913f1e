//! The JSON Schema: shipped up to date, accepting every bundled file, rejecting a broken one.

use std::path::{Path, PathBuf};

use kkori::bank::schema::json_schema;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn yaml(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("readable");
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn errors(validator: &jsonschema::Validator, value: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn shipped_schema_is_up_to_date() {
    let shipped = std::fs::read_to_string(root().join("docs/kkori.schema.json"))
        .expect("docs/kkori.schema.json");
    assert!(
        shipped == json_schema(),
        "docs/kkori.schema.json is stale: run `cargo run -- schema --out docs/kkori.schema.json`"
    );
}

#[test]
fn every_bundled_file_is_valid() {
    let v = validator();
    let mut count = 0;
    for dir in ["question-banks", "rubrics"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if !path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                continue;
            }
            let problems = errors(&v, &yaml(&path));
            assert!(
                problems.is_empty(),
                "{}:\n{}",
                path.display(),
                problems.join("\n")
            );
            count += 1;
        }
    }
    assert!(count >= 4, "only {count} files checked");
}

#[test]
fn drafted_files_are_valid() {
    let v = validator();
    let note = root().join("tests/fixtures/notes/004_3afad11cd2c85c8d.txt");
    let text = std::fs::read_to_string(&note).unwrap();
    for lang in [kkori::bank::Lang::Ko, kkori::bank::Lang::En] {
        let options = kkori::import::Options { topic: None, lang };
        let d = kkori::import::draft("004_3afad11cd2c85c8d.txt", &text, &options);
        for file in [d.bank_yaml(), d.rubrics_yaml()] {
            let value: serde_json::Value = serde_yaml::from_str(&file).unwrap();
            let problems = errors(&v, &value);
            assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }
}

#[test]
fn a_broken_file_is_rejected_where_it_is_broken() {
    let v = validator();
    let broken = yaml(&root().join("tests/fixtures/broken/unknown-key.yaml"));
    let problems = errors(&v, &broken);
    let all = problems.join("\n");
    assert!(!v.is_valid(&broken));
    // `follow_up` (for `follow_ups`), `difficulty: impossible`, `wieght` (for `weight`).
    for place in [
        "/questions/0",
        "/questions/1/difficulty",
        "/rubrics/0/concepts/0",
    ] {
        assert!(all.contains(place), "nothing at {place} in:\n{all}");
    }
}

#[test]
fn localized_and_conditions_match_what_the_loader_accepts() {
    let v = validator();
    let accepted = r#"
topics: [{id: t, label: {ko: 티, en: T}}]
questions:
  - id: a
    topic: t
    difficulty: easy
    prompt: 질문
    model_answer: {en: answer}
    follow_ups:
      - {when: always, ask: b}
      - {when: {missed: x}, ask: b}
      - {when: {score_at_least: 80}, ask: b}
"#;
    let value: serde_json::Value = serde_yaml::from_str(accepted).unwrap();
    assert!(errors(&v, &value).is_empty(), "{:?}", errors(&v, &value));
    for rejected in [
        "topics: [{id: t, label: {kr: 티}}]",
        "topics: [{id: t, label: {}}]",
        "questions: [{id: a, topic: t, difficulty: easy, prompt: p, model_answer: m, follow_ups: [{when: sometimes, ask: b}]}]",
        "questions: [{id: a, topic: t, difficulty: easy, prompt: p, model_answer: m, follow_ups: [{when: {missed: x, mentioned: y}, ask: b}]}]",
        "questions: [{id: a, topic: t, difficulty: easy, prompt: p, model_answer: m, follow_ups: [{when: {score_below: 180}, ask: b}]}]",
    ] {
        let value: serde_json::Value = serde_yaml::from_str(rejected).unwrap();
        assert!(!v.is_valid(&value), "accepted: {rejected}");
    }
}
