use crate::harness::{fixture, Kkori};

fn check_broken(file: &str) -> (i32, String) {
    let dir = fixture("broken");
    let out = Kkori::new()
        .current_dir(&dir)
        .args(["--lang", "en", "check", "topics.yaml", file])
        .run();
    (out.code, out.stdout)
}

#[test]
fn references_point_at_the_value_to_fix() {
    let (code, stdout) = check_broken("references.yaml");
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "\
references.yaml:3:12: error: unknown topic `netwrok`; did you mean `network`?
references.yaml:8:15: error: rubric `tcp-basics` has no concept `relaible`; did you mean `reliable`?
references.yaml:9:14: error: unknown question `tcp-handshak`
references.yaml:10:15: error: scores run from 0 to 100, not 180
references.yaml:11:14: error: question `tcp-basics` follows up on itself
references.yaml:12:9: error: duplicate question id `tcp-basics` (first defined at references.yaml:2)
references.yaml:17:13: error: question `tcp-basics` has no rubric `no-such-rubric`
references.yaml:19:9: warning: rubric `tcp-basics` has 0 example(s): give it at least 5, with an English answer and an adversarial one, so `check --examples` can tell whether it grades well
"
    );
}

#[test]
fn every_unknown_key_is_reported_with_a_suggestion() {
    let (code, stdout) = check_broken("unknown-key.yaml");
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "\
unknown-key.yaml:8:7: error: unknown key `follow_up`; did you mean `follow_ups`?
unknown-key.yaml:12:17: error: unknown value `impossible`; expected one of `easy`, `medium`, `hard`
unknown-key.yaml:21:17: error: unknown key `wieght`; did you mean `weight`?
"
    );
}

#[test]
fn cycles_empty_terms_and_bad_examples() {
    let (code, stdout) = check_broken("cycle.yaml");
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "\
cycle.yaml:28:14: error: follow-up cycle: a → b → c → a
cycle.yaml:30:9: warning: rubric `shared` has 2 example(s): give it at least 5, with an English answer and an adversarial one, so `check --examples` can tell whether it grades well
cycle.yaml:32:9: error: concept `nothing` has no `terms` or `together`: nothing in an answer can match it
cycle.yaml:35:9: error: concept `dashes`: no term can ever match
cycle.yaml:37:17: error: term `---` has no letters or digits and can never match
cycle.yaml:37:24: error: term `!!` has no letters or digits and can never match
cycle.yaml:40:23: error: term `one two three four five six seven eight nine ten eleven` has 11 words and can never match: a term is read over at most 10 words; shorten it or split it with `together`
cycle.yaml:43:16: error: example 1 of rubric `shared` grades 1 (score 33), expected 5
cycle.yaml:45:16: error: grades run from 0 to 5, not 9
"
    );
}

#[test]
fn yaml_syntax_errors_have_a_place() {
    let (code, stdout) = check_broken("syntax.yaml");
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "syntax.yaml:5:1: error: invalid YAML: found unexpected end of stream\n"
    );
}

#[test]
fn invalid_utf8_is_a_located_error() {
    let out = check_bad_utf8("en");
    out.failure(1);
    assert_eq!(
        out.stdout,
        "bad.yaml:2:9: error: this file is not valid UTF-8; save it as UTF-8 and try again\n"
    );
}

#[test]
fn a_missing_file_is_named() {
    let out = Kkori::new()
        .args(["--lang", "en", "check", "no/such/bank.yaml"])
        .run();
    out.failure(1);
    assert!(
        out.stdout
            .starts_with("error: cannot read `no/such/bank.yaml`: "),
        "{}",
        out.stdout
    );
}

/// Issue 14: a bank that cannot be read is said in the chosen language, by `check` and by
/// every command that loads banks, naming the file (and only it, not the other banks).
#[test]
fn an_unreadable_bank_is_an_error_in_both_languages() {
    let ko = Kkori::new()
        .args(["--lang", "ko", "check", "no/such/bank.yaml"])
        .run();
    ko.failure(1);
    assert!(
        ko.stdout
            .starts_with("error: `no/such/bank.yaml` 파일을 읽을 수 없습니다: "),
        "{}",
        ko.stdout
    );
    for (lang, expected) in [
        ("en", "error: cannot read `no/such/bank.yaml`: "),
        ("ko", "error: `no/such/bank.yaml` 파일을 읽을 수 없습니다: "),
    ] {
        let out = Kkori::new()
            .args(["--lang", lang, "list", "--banks", "no/such/bank.yaml"])
            .run();
        out.failure(1);
        assert!(out.stderr.starts_with(expected), "{}", out.stderr);
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    }
}

/// A bank that is not UTF-8 is located (file:line:column) and said in Korean too.
#[test]
fn invalid_utf8_is_located_in_korean_too() {
    let out = check_bad_utf8("ko");
    out.failure(1);
    assert_eq!(
        out.stdout,
        "bad.yaml:2:9: error: 이 파일은 UTF-8 텍스트가 아닙니다. UTF-8로 저장한 뒤 다시 해 주세요\n"
    );
}

#[test]
fn bundled_banks_are_clean() {
    let out = Kkori::new()
        .args(["check", "question-banks", "rubrics"])
        .run();
    out.success();
    assert!(!out.stdout.contains("error"), "{}", out.stdout);
}

#[test]
fn sides_of_and_claims_are_checked_where_they_are_written() {
    let (code, stdout) = check_broken("sides.yaml");
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "\
sides.yaml:10:13: warning: question `sync-vs-async` asks for a comparison, but rubric `sync-vs-async` declares no `sides`: an answer that swaps the sides would be graded as right
sides.yaml:13:9: warning: rubric `tcp-vs-udp` has 0 example(s): give it at least 5, with an English answer and an adversarial one, so `check --examples` can tell whether it grades well
sides.yaml:17:13: warning: no concept of rubric `tcp-vs-udp` is about side `quic` (`of: quic` or `claims: {quic: …}`)
sides.yaml:21:13: error: rubric `tcp-vs-udp` has no side `tpc`; did you mean `tcp`?
sides.yaml:27:16: error: rubric `tcp-vs-udp` has no side `utp`; did you mean `udp`?
sides.yaml:30:13: error: a concept has `of` (one side for its terms) or `claims` (terms per side), not both
sides.yaml:33:9: warning: rubric `sync-vs-async` has 0 example(s): give it at least 5, with an English answer and an adversarial one, so `check --examples` can tell whether it grades well
"
    );
}

#[test]
fn a_concept_that_accepts_a_claim_and_its_opposite_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("opposite.yaml");
    std::fs::write(
        &file,
        "questions:\n  - id: q\n    topic: t\n    difficulty: easy\n    prompt: 빠른가요?\n    model_answer: 빠르다\n\
         rubrics:\n  - id: q\n    concepts:\n      - id: speed\n        label: 속도\n        terms: [빠르다, 느리다, low latency, high latency]\n\
         topics:\n  - id: t\n    label: t\n",
    )
    .unwrap();
    let out = Kkori::new()
        .args(["--lang", "en", "check", file.to_str().unwrap()])
        .run();
    assert!(
        out.stdout.contains(
            "warning: concept `speed` accepts a claim and its opposite: `빠르다` and `느리다`"
        ),
        "{}",
        out.stdout
    );
}

/// Issue 14: under `--lang ko` the problems inside bank files are said in Korean, at the
/// same file:line:column and with the same `error:`/`warning:` prefixes; a value that is none
/// of the allowed ones is said in Korean too (`알 수 없는 값 …; 쓸 수 있는 것: …`).
#[test]
fn bank_diagnostics_are_in_korean_under_lang_ko() {
    let dir = fixture("broken");
    let run = |file: &str| {
        let out = Kkori::new()
            .current_dir(&dir)
            .args(["--lang", "ko", "check", "topics.yaml", file])
            .run();
        assert_eq!(out.code, 1, "{}", out.stderr);
        out.stdout
    };
    let references = run("references.yaml");
    assert!(
        references.starts_with(
            "references.yaml:3:12: error: 알 수 없는 주제 `netwrok`; 혹시 `network` 말인가요?\n"
        ),
        "{references}"
    );
    insta::assert_snapshot!(
        "broken_banks_in_korean",
        [
            references,
            run("unknown-key.yaml"),
            run("cycle.yaml"),
            run("sides.yaml"),
            run("syntax.yaml"),
        ]
        .concat()
    );
}

/// `kkori --lang LANG check` on a bank whose second line is not UTF-8.
fn check_bad_utf8(lang: &str) -> crate::harness::Output {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.yaml"),
        b"questions:\n  - id: \xff\xfe\n",
    )
    .unwrap();
    Kkori::new()
        .current_dir(dir.path())
        .args(["--lang", lang, "check", "bad.yaml"])
        .run()
}

/// An item that cannot be read is reported once, where it is wrong: the question whose rubric
/// it was, and the follow-up that asks a question that could not be read, are not reported
/// again as pointing at nothing. The rest of the broken file is read as the whole file would
/// be (a plain `401` is a term, not "invalid type: integer").
#[test]
fn an_unreadable_item_is_reported_once() {
    let (code, stdout) = check_broken("unreadable.yaml");
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "\
unreadable.yaml:15:17: error: unknown value `sometimes`; expected one of `easy`, `medium`, `hard`
unreadable.yaml:28:18: error: invalid type: string \"lots\", expected u32
"
    );
}
