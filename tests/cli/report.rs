//! Reports of the fixed session: snapshots of the three renderings, and `kkori report`.

use kkori::bank::Lang;
use kkori::report::{html, json, markdown};

use crate::harness::{fixture, Kkori};
use crate::report_fixture::{bank, report, session_file};

#[test]
fn markdown_snapshot_ko() {
    insta::assert_snapshot!("markdown_ko", markdown(&report(Lang::Ko, false)));
}

#[test]
fn markdown_snapshot_en_with_notes() {
    insta::assert_snapshot!("markdown_en_notes", markdown(&report(Lang::En, true)));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!("json_ko", json(&report(Lang::Ko, false)));
}

#[test]
fn html_snapshot() {
    insta::assert_snapshot!("html_ko", html(&report(Lang::Ko, true)));
}

#[test]
fn markdown_to_stdout_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_file(dir.path());
    let out = Kkori::new()
        .args(["--banks", &bank(), "report", session.to_str().unwrap()])
        .run();
    out.success();
    assert_eq!(out.stdout, markdown(&report(Lang::Ko, false)));
    assert_eq!(out.stderr, "");
}

#[test]
fn lang_and_format_come_from_the_options() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_file(dir.path());
    let out = Kkori::new()
        .args(["--banks", &bank(), "--lang", "en", "report"])
        .args([session.to_str().unwrap(), "--format", "json"])
        .run();
    out.success();
    assert_eq!(out.stdout, json(&report(Lang::En, false)));
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(value["schema_version"], 1);
    assert_eq!(value["lang"], "en");
}

#[test]
fn notes_only_with_include_notes() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_file(dir.path());
    let run = |extra: &[&str]| {
        let out = Kkori::new()
            .args(["--banks", &bank(), "report", session.to_str().unwrap()])
            .args(extra)
            .run();
        out.success();
        out.stdout
    };
    assert!(!run(&[]).contains("자신감"));
    assert!(run(&["--include-notes"]).contains("\\<b\\>자신감\\</b\\>"));
}

#[test]
fn out_writes_the_file_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_file(dir.path());
    let target = dir.path().join("reports/report.html");
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    std::fs::write(&target, "an older report").unwrap();
    let out = Kkori::new()
        .args(["--banks", &bank(), "report", session.to_str().unwrap()])
        .args(["--format", "html", "--out", target.to_str().unwrap()])
        .run();
    out.success();
    assert_eq!(out.stdout, "");
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        html(&report(Lang::Ko, false))
    );
    let names: Vec<String> = std::fs::read_dir(dir.path().join("reports"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["report.html"]);
}

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_names_the_file_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_file(dir.path());
    let out = Kkori::new()
        .args(["--lang", "en", "--banks", &bank(), "report"])
        .args([session.to_str().unwrap(), "--out", "/dev/full"])
        .run();
    out.failure(2);
    assert_eq!(
        out.stderr,
        "error: cannot write `/dev/full`: No space left on device (os error 28) (the disk is full; free some space and try again)\n"
    );
}

#[test]
fn a_missing_session_file_is_a_user_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.json");
    let out = Kkori::new()
        .args(["--lang", "en", "--banks", &bank(), "report"])
        .args([missing.to_str().unwrap()])
        .run();
    out.failure(1);
    assert_eq!(
        out.stderr,
        format!(
            "error: cannot read `{}`: No such file or directory (os error 2)\n",
            missing.display()
        )
    );
}

#[test]
fn an_unknown_session_id_suggests_the_closest_one() {
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessions");
    std::fs::create_dir(&sessions).unwrap();
    std::fs::copy(
        session_file(data.path()),
        sessions.join("20261123-101500-1a2b.json"),
    )
    .unwrap();
    let data_dir = data.path().to_str().unwrap();
    let report = |id: &str| {
        Kkori::new()
            .args([
                "--lang",
                "en",
                "--banks",
                &bank(),
                "--data-dir",
                data_dir,
                "report",
                "--session",
                id,
            ])
            .run()
    };
    report("20261123-101500-1a2b").success();
    let out = report("20261123-101500-1a2c");
    out.failure(1);
    assert_eq!(
        out.stderr,
        format!(
            "error: no session `20261123-101500-1a2c` in `{}`; did you mean `20261123-101500-1a2b`? (`kkori history` lists the sessions)\n",
            sessions.display()
        )
    );
    // An id is a name, not a path.
    let out = report("../session");
    out.failure(1);
    assert!(
        out.stderr.starts_with("error: no session `../session`"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_file_that_is_not_a_session_is_a_user_error() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "notes.txt",
            b"TCP notes",
            "not a kkori session file (line 1, column 1)",
        ),
        (
            "binary.json",
            b"\xff\xfe{}",
            "not a kkori session file (it is not UTF-8 text)",
        ),
        (
            "future.json",
            br#"{"version": 99}"#,
            "session file version 99 is not supported by this kkori (it reads version 1)",
        ),
    ];
    for (name, contents, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        let out = Kkori::new()
            .args(["--lang", "en", "--banks", &bank(), "report"])
            .args([path.to_str().unwrap()])
            .run();
        out.failure(1);
        assert_eq!(
            out.stderr,
            format!("error: {}: {message}\n", path.display()),
            "{name}"
        );
    }
    // The same in Korean, from the one place its wording lives.
    let path = dir.path().join("notes.txt");
    let out = Kkori::new()
        .args(["--lang", "ko", "--banks", &bank(), "report"])
        .args([path.to_str().unwrap()])
        .run();
    out.failure(1);
    assert!(
        out.stderr
            .contains("kkori 세션 파일이 아닙니다 (1번째 줄 1번째 글자)"),
        "{}",
        out.stderr
    );
}

#[test]
fn questions_missing_from_the_banks_are_shown_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_file(dir.path());
    // The interview tests' bank: other questions, other ids.
    let other = fixture("bank").display().to_string();
    let out = Kkori::new()
        .args(["--banks", &other, "report", session.to_str().unwrap()])
        .run();
    out.success();
    assert_eq!(
        out.stderr,
        "warning: 이 세션의 질문 3개(tcp-handshake, tcp-random-isn, http-get-vs-post)가 질문 은행에 없어 id로 보여 줍니다 (다른 은행으로 면접했나요? --banks 를 써 보세요)\n"
    );
    let english = Kkori::new()
        .args([
            "--lang",
            "en",
            "--banks",
            &other,
            "report",
            session.to_str().unwrap(),
        ])
        .run();
    assert_eq!(
        english.stderr,
        "warning: the banks do not have 3 of this session's questions (tcp-handshake, tcp-random-isn, http-get-vs-post); they are shown by id (were other banks used? try --banks)\n"
    );
    out.shows("### 1 tcp-handshake\n")
        .shows("문제 은행에 더 이상 없는 질문입니다")
        .shows("**SYN을**");
}
