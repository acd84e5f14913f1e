use crate::harness::Kkori;

#[test]
fn unknown_question_suggests_the_closest() {
    let out = Kkori::new()
        .args(["--lang", "en", "grade", "tcp-handshak", "--answer", "x"])
        .run();
    out.failure(1);
    assert_eq!(
        out.stderr,
        "error: unknown question `tcp-handshak`; did you mean `tcp-handshake`? (`kkori list --topic TOPIC` lists the ids)\n"
    );
}

#[test]
fn answer_from_stdin_must_be_utf8() {
    let out = Kkori::new()
        .args(["--lang", "en", "grade", "tcp-handshake"])
        .stdin(b"\xff\xfe SYN")
        .run();
    out.failure(1);
    assert!(out.stderr.contains("not valid UTF-8"), "{}", out.stderr);
}

#[test]
fn an_empty_answer_is_a_zero_not_an_error() {
    let out = Kkori::new()
        .args(["grade", "tcp-handshake", "--format", "json"])
        .stdin("")
        .run();
    out.success();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["grade"]["score"], 0);
    assert_eq!(json["grade"]["caps"][0]["kind"], "empty");
}

#[test]
fn a_huge_answer_is_graded_on_its_start() {
    let answer = "클라이언트가 SYN을 보내고 서버가 SYN-ACK로 응답한다. ".repeat(2_000);
    let out = Kkori::new()
        .args(["grade", "tcp-handshake", "--format", "json"])
        .stdin(answer)
        .run();
    out.success();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let caps = json["grade"]["caps"].as_array().unwrap();
    assert!(caps.iter().any(|c| c["kind"] == "truncated"), "{caps:?}");
}
