//! `kkori grade --batch`: one JSON line per input line, in order, graded as `kkori grade`
//! grades one answer; bad lines reported by number while the rest are graded.

use crate::harness::Kkori;

const HANDSHAKE: &str = "클라이언트가 SYN을 보내면 서버가 SYN-ACK로 응답하고, 클라이언트가 ACK를 보내 연결이 맺어집니다.";
const SESSION: &str = "세션은 서버에 저장되고 쿠키는 클라이언트에 저장됩니다.";

fn single(question: &str, answer: &str) -> serde_json::Value {
    let out = Kkori::new()
        .args(["grade", question, "--answer", answer, "--format", "json"])
        .run();
    out.success();
    serde_json::from_str(&out.stdout).unwrap()
}

fn lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

fn batch(dir: &std::path::Path, name: &str, contents: &str, lang: &str) -> crate::harness::Output {
    let file = dir.join(name);
    std::fs::write(&file, contents).unwrap();
    Kkori::new()
        .args(["--lang", lang, "grade", "--batch", file.to_str().unwrap()])
        .run()
}

#[test]
fn every_line_is_graded_in_order_like_a_single_grade() {
    let dir = tempfile::tempdir().unwrap();
    let input = [
        serde_json::json!({ "question": "tcp-handshake", "answer": HANDSHAKE }),
        serde_json::json!({ "question": "session-cookie-vs-session", "answer": SESSION }),
        serde_json::json!({ "question": "tcp-handshake", "answer": "" }),
    ]
    .map(|v| v.to_string())
    .join("\n");
    let out = batch(dir.path(), "answers.jsonl", &input, "en");
    out.success();
    assert_eq!(
        out.stderr, "",
        "no progress bar when stderr is not a terminal"
    );
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 3);
    for (i, (question, answer)) in [
        ("tcp-handshake", HANDSHAKE),
        ("session-cookie-vs-session", SESSION),
        ("tcp-handshake", ""),
    ]
    .iter()
    .enumerate()
    {
        let one = single(question, answer);
        assert_eq!(got[i]["line"], i + 1);
        assert_eq!(got[i]["question"], *question);
        assert_eq!(got[i]["score"], one["grade"]["score"], "line {}", i + 1);
        assert_eq!(got[i]["grade"], one["grade"]["grade"]);
        assert_eq!(got[i]["passed"], one["grade"]["passed"]);
        assert_eq!(got[i]["evidence"]["caps"], one["grade"]["caps"]);
        let hits = |concepts: &serde_json::Value| -> Vec<(String, bool, serde_json::Value)> {
            concepts
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    (
                        c["id"].as_str().unwrap().to_string(),
                        c["hit"].as_bool().unwrap(),
                        c["evidence"].clone(),
                    )
                })
                .collect()
        };
        assert_eq!(
            hits(&got[i]["evidence"]["concepts"]),
            hits(&one["grade"]["concepts"])
        );
    }
    assert!(got[0]["score"].as_u64().unwrap() > 0);
    assert_eq!(got[2]["score"], 0);
}

#[test]
fn bad_lines_are_reported_by_number_and_the_rest_still_graded() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "{}\n\nnot json\n{}\n{}\n",
        serde_json::json!({ "question": "tcp-handshake", "answer": HANDSHAKE }),
        serde_json::json!({ "question": "tcp-handshak", "answer": HANDSHAKE }),
        serde_json::json!({ "question": "session-cookie-vs-session", "answer": SESSION }),
    );
    let out = batch(dir.path(), "answers.jsonl", &input, "en");
    out.failure(1);
    let got = lines(&out.stdout);
    let numbers: Vec<u64> = got.iter().map(|l| l["line"].as_u64().unwrap()).collect();
    assert_eq!(numbers, [1, 3, 4, 5], "the blank line 2 is skipped");
    assert!(got[0]["score"].as_u64().unwrap() > 0);
    assert!(got[1]["error"].is_string() && got[1].get("score").is_none());
    assert!(got[2]["error"].is_string());
    assert!(got[3]["score"].is_number());
    let file = dir.path().join("answers.jsonl").display().to_string();
    let stderr: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(stderr.len(), 3, "{}", out.stderr);
    assert!(
        stderr[0].starts_with(&format!(
            "{file}:3: error: not a JSON object with `question` and `answer` strings"
        )),
        "{}",
        stderr[0]
    );
    assert_eq!(
        stderr[1],
        format!("{file}:4: error: unknown question `tcp-handshak`; did you mean `tcp-handshake`? (`kkori list --topic TOPIC` lists the ids)")
    );
    assert_eq!(
        stderr[2],
        "error: 2 of 4 line(s) could not be graded (see the line numbers above)"
    );
}

#[test]
fn messages_are_korean_under_lang_ko() {
    let dir = tempfile::tempdir().unwrap();
    let out = batch(dir.path(), "answers.jsonl", "{\"question\": 1}\n", "ko");
    out.failure(1);
    let file = dir.path().join("answers.jsonl").display().to_string();
    assert!(
        out.stderr.starts_with(&format!(
            "{file}:1: error: `question`과 `answer` 문자열이 있는 JSON 객체가 아닙니다"
        )),
        "{}",
        out.stderr
    );
    assert!(out
        .stderr
        .ends_with("error: 1줄 중 1줄은 채점하지 못했습니다 (위의 줄 번호를 보세요)\n"));
}

#[test]
fn csv_by_extension_with_quoted_commas_and_newlines() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "question,answer\ntcp-handshake,\"{HANDSHAKE}\"\nsession-cookie-vs-session,\"첫 줄,\n{SESSION}\"\nno-such-question,x\n"
    );
    let out = batch(dir.path(), "answers.csv", &input, "en");
    out.failure(1);
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["line"], 2);
    assert_eq!(
        got[0]["score"],
        single("tcp-handshake", HANDSHAKE)["grade"]["score"]
    );
    assert_eq!(got[1]["line"], 3);
    assert_eq!(
        got[1]["score"],
        single("session-cookie-vs-session", &format!("첫 줄,\n{SESSION}"))["grade"]["score"]
    );
    assert_eq!(got[2]["line"], 5, "the line the record starts on");
    assert!(got[2]["error"].is_string());
}

#[test]
fn a_csv_without_the_columns_is_a_user_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = batch(dir.path(), "answers.csv", "q,a\nx,y\n", "en");
    out.failure(1);
    assert_eq!(
        out.stderr,
        "error: the first line of a CSV file must name the columns `question` and `answer`\n"
    );
    assert_eq!(out.stdout, "");
}

#[test]
fn batch_and_a_question_do_not_go_together() {
    let out = Kkori::new()
        .args(["grade", "tcp-handshake", "--batch", "x.jsonl"])
        .run();
    out.failure(1);
}
