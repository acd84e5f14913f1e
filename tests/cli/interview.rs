use std::io::Write;
use std::process::{Command, Stdio};

use crate::harness::{bank, sessions, wait_for_turns, Kkori, Terminal};

const STRONG: &str = "클라이언트가 SYN을 보내면 서버가 SYN-ACK로 응답하고 클라이언트가 ACK를 보내 연결이 수립됩니다.";
const CLOSE: &str =
    "FIN을 받은 쪽은 보낼 데이터가 남아 있을 수 있어서 ACK만 먼저 보내고 나중에 FIN을 보냅니다.";

#[test]
fn a_piped_interview_walks_the_follow_up_chain() {
    let data = tempfile::tempdir().unwrap();
    let input = format!(
        "{STRONG}\n\n{CLOSE}\n\n:hint\n:skip\n\n연결을 재사용해서 핸드셰이크 비용을 줄입니다.\n\n"
    );
    let out = Kkori::new()
        .fixture_bank(data.path())
        .args([
            "interview",
            "--topic",
            "tcp,http",
            "--count",
            "2",
            "--seed",
            "6",
        ])
        .stdin(input)
        .run();
    out.success();
    let s = &sessions(data.path())[0];
    let asked = asked(s);
    assert_eq!(
        asked,
        [
            ("handshake", 0),
            ("four-way", 1),
            ("time-wait", 2),
            ("keep-alive", 0)
        ],
        "{}",
        out.stdout
    );
    assert!(s.is_finished() && !s.quit_early);
    assert!(s.turns[2].skipped);
    assert_eq!(s.turns[2].hints.len(), 1);
    // The report of the session, written where the data lives.
    let report =
        std::fs::read_to_string(data.path().join("reports").join(format!("{}.md", s.id))).unwrap();
    for needed in [
        "TCP 3-way handshake 과정을 설명해 주세요.",
        "연결 종료는 왜 4단계인가요?",
        "상태는 왜 필요한가요?",
    ] {
        assert!(
            report.contains(needed),
            "{needed} missing from the report:\n{report}"
        );
    }
    out.shows("[꼬리질문 1-1]");
    out.shows("↳ 좋은 답변이라 더 깊이");
    out.shows("↳ 앞 답변에서 'TIME_WAIT'를 다루지 않아서");
}

#[test]
fn english_interface() {
    let data = tempfile::tempdir().unwrap();
    let out = Kkori::new()
        .fixture_bank(data.path())
        .args(["--lang", "en"])
        .args(["interview", "--topic", "http", "--count", "1"])
        .stdin("It reuses one TCP connection for many requests, saving the handshake overhead.\n\n")
        .run();
    out.success();
    out.shows("What is HTTP keep-alive?");
    out.shows("score 100/100 · grade 5/5 · pass");
    out.shows("The interview is over.");
    assert!(
        !out.stdout.chars().any(kkori::text::is_hangul),
        "no Korean in the English UI:\n{}",
        out.stdout
    );
}

#[test]
fn end_of_input_ends_early_and_keeps_the_answers() {
    let data = tempfile::tempdir().unwrap();
    let out = Kkori::new()
        .fixture_bank(data.path())
        .args([
            "interview",
            "--count",
            "3",
            "--seed",
            "1",
            "--feedback",
            "end",
        ])
        .stdin(format!("{STRONG}\n\n"))
        .run();
    // Everything is kept, and the exit code says the interview did not run to its end.
    out.failure(1);
    assert!(out.stdout.contains("면접을 중단합니다"), "{}", out.stdout);
    let s = &sessions(data.path())[0];
    assert!(s.quit_early);
    assert_eq!(s.turns.len(), 1);
    assert!(
        !out.stdout.contains("등급"),
        "no grade shown with --feedback end:\n{}",
        out.stdout
    );
}

#[test]
fn unknown_topic_is_a_user_error_with_a_suggestion() {
    let out = Kkori::new()
        .args([
            "--lang",
            "en",
            "--banks",
            &bank(),
            "interview",
            "--topic",
            "tpc",
        ])
        .run();
    out.failure(1);
    assert_eq!(
        out.stderr,
        "error: unknown topic `tpc`; did you mean `tcp`?\n"
    );
}

#[test]
fn sigkill_after_three_answers_then_resume_loses_nothing() {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_kkori"))
        .args([
            "--banks",
            &bank(),
            "--data-dir",
            data.path().to_str().unwrap(),
        ])
        .args([
            "interview",
            "--count",
            "3",
            "--seed",
            "3",
            "--topic",
            "tcp,http",
        ])
        .env("NO_COLOR", "1")
        // The default language (Korean), whatever the locale running the tests.
        .env_remove("KKORI_LANG")
        .env_remove("LC_ALL")
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let answers = [STRONG, CLOSE, "늦게 도착하는 패킷을 처리하려고 기다립니다."];
    for (i, answer) in answers.iter().enumerate() {
        write!(stdin, "{answer}\n\n").unwrap();
        stdin.flush().unwrap();
        wait_for_turns(data.path(), i + 1);
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let killed = &sessions(data.path())[0];
    assert!(!killed.is_finished());
    let texts: Vec<&str> = killed.turns.iter().map(|t| t.answer.as_str()).collect();
    assert_eq!(texts, answers);
    // The history has them too: every turn is recorded the moment it is answered.
    let listed = Kkori::new()
        .fixture_bank(data.path())
        .args(["history", "--format", "json"])
        .run();
    listed.success();
    let recorded: serde_json::Value = serde_json::from_str(&listed.stdout).unwrap();
    assert_eq!(recorded[0]["answered"], 3, "{}", listed.stdout);

    let out = Kkori::new()
        .fixture_bank(data.path())
        .args(["resume"])
        .stdin("TCP는 연결형이고 UDP는 비연결형이라 빠릅니다.\n\n")
        .run();
    out.success();
    let resumed = &sessions(data.path())[0];
    assert!(resumed.is_finished());
    let texts: Vec<&str> = resumed.turns.iter().map(|t| t.answer.as_str()).collect();
    assert_eq!(&texts[..3], answers);
    assert_eq!(resumed.turns.len(), 4);
}

#[test]
fn resume_without_a_session_says_how_to_start() {
    let data = tempfile::tempdir().unwrap();
    let out = Kkori::new()
        .fixture_bank(data.path())
        .args(["--lang", "en", "resume"])
        .run();
    out.failure(1);
    assert!(
        out.stderr.contains("no unfinished session"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("kkori interview"), "{}", out.stderr);
}

/// A real terminal: multi-line answers, Ctrl-C clearing an answer, Ctrl-D ending the session.
#[test]
fn in_a_pseudo_terminal() {
    let data = tempfile::tempdir().unwrap();
    let mut term = Terminal::interview(data.path());
    term.wait_for("›");
    // Ctrl-C drops a half-typed answer.
    term.type_keys("쓰다 만 답변");
    term.type_keys(b"\x03");
    term.wait_for("쓰던 답변을 지웠습니다");
    term.from("쓰던 답변을 지웠습니다");
    term.wait_for("›");
    // A two-line answer, ended by an empty line.
    term.type_keys("하나의 TCP 연결을\r");
    term.type_keys("재사용해서 비용을 줄입니다\r\r");
    term.wait_for("점수");
    // Ctrl-D on an empty line ends the interview, once the next prompt is up (before it the
    // terminal is not in raw mode and the line discipline would eat the byte).
    term.from("점수");
    term.wait_for("›");
    term.type_keys(b"\x04");
    term.wait_for("면접을 중단합니다");
    // Ended before its last question: everything kept, exit code 1.
    assert_eq!(term.wait().code(), Some(1));
    let s = &sessions(data.path())[0];
    assert_eq!(s.turns.len(), 1);
    assert_eq!(
        s.turns[0].answer,
        "하나의 TCP 연결을\n재사용해서 비용을 줄입니다"
    );
    assert!(s.quit_early);
}

#[test]
fn pair_practice_records_the_candidate_and_keeps_notes_private() {
    let data = tempfile::tempdir().unwrap();
    let report = data.path().join("report.md");
    let script = [
        "클라이언트가 SYN을 보내고 서버가 SYN-ACK로 답한다고 했습니다", // typed, graded
        ":heard 3",                                                     // ticked: the final ACK
        ":note 설명이 빠르고 자신감 있음",
        ":done",
        ":take", // the proposed follow-up
        "FIN을 보내면 상대는 남은 데이터를 다 보내고 FIN을 보냅니다",
        ":done",
        ":next",
    ];
    let out = Kkori::new()
        .fixture_bank(data.path())
        .args([
            "--candidate",
            "지수",
            "pair",
            "--topic",
            "tcp",
            "--count",
            "1",
            "--seed",
            "1",
        ])
        .args(["--out", report.to_str().unwrap()])
        .stdin(script.join("\n\n") + "\n")
        .run();
    out.success();
    out.shows("페어 면접을 시작합니다")
        .shows(":heard 1 3 들은 개념")
        .shows("좋은 답변에 들어갈 개념")
        .shows("제안하는 꼬리질문: 연결 종료는 왜 4단계인가요?");
    let s = &sessions(data.path())[0];
    assert_eq!(s.candidate.as_deref(), Some("지수"));
    let asked: Vec<&str> = s.turns.iter().map(|t| t.question.as_str()).collect();
    assert_eq!(asked, ["handshake", "four-way"]);
    assert!(s.turns[0].grade.as_ref().unwrap().concepts[2].heard);
    assert_eq!(s.turns[0].notes, ["설명이 빠르고 자신감 있음"]);

    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.contains("지수"), "{text}");
    assert!(
        !text.contains("자신감"),
        "the candidate's report leaves the notes out:\n{text}"
    );
    let with_notes = Kkori::new()
        .fixture_bank(data.path())
        .args(["report", "--session", &s.id, "--include-notes"])
        .run();
    with_notes.success().shows("설명이 빠르고 자신감 있음");

    // Recorded in the candidate's history, not the interviewer's.
    let theirs = Kkori::new()
        .fixture_bank(data.path())
        .args(["--candidate", "지수", "history", "--format", "json"])
        .run();
    let theirs: serde_json::Value = serde_json::from_str(&theirs.stdout).unwrap();
    assert_eq!(theirs[0]["answered"], 2);
    let mine = Kkori::new()
        .fixture_bank(data.path())
        .args(["history", "--format", "json"])
        .run();
    assert_eq!(mine.stdout.trim(), "[]");
}

/// The bundled banks, `--seed 1`: a candidate who knows nothing about session hijacking is
/// followed down a chain of follow-ups written for digging, three deep, in Korean and in English.
#[test]
fn a_bundled_interview_follows_a_chain_of_dedicated_follow_ups_three_deep() {
    for lang in ["ko", "en"] {
        let data = tempfile::tempdir().unwrap();
        let dont_know = if lang == "ko" {
            "모르겠습니다"
        } else {
            "I don't know"
        };
        let out = Kkori::new()
            .args([
                "--data-dir",
                data.path().to_str().unwrap(),
                "interview",
                "--topic",
                "session",
                "--count",
                "1",
                "--depth",
                "3",
                "--seed",
                "1",
                "--lang",
                lang,
            ])
            .stdin(format!("{dont_know}\n\n").repeat(4))
            .run();
        out.success();
        let s = &sessions(data.path())[0];
        let asked = asked(s);
        assert_eq!(
            asked,
            [
                ("session-hijacking", 0),
                ("session-fixation", 1),
                ("session-id-in-url", 2),
                ("session-id-guessable", 3),
            ],
            "{lang}"
        );
        let (library, _) = kkori::bank::Library::load(
            kkori::bundled::FILES
                .iter()
                .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec())),
        );
        for (id, depth) in &asked[1..] {
            let q = library.question(id).unwrap();
            assert!(
                q.follow_up_only,
                "{id} at depth {depth} is a dedicated follow-up"
            );
        }
        // The prompts were shown in the session's language.
        let follow = library.question("session-id-guessable").unwrap();
        let lang = if lang == "ko" {
            kkori::bank::Lang::Ko
        } else {
            kkori::bank::Lang::En
        };
        out.shows(follow.prompt.get(lang));
    }
}

/// The questions a session asked, with their follow-up depth, in order.
fn asked(s: &kkori::interview::Session) -> Vec<(&str, u8)> {
    s.turns
        .iter()
        .map(|t| (t.question.as_str(), t.depth))
        .collect()
}
