//! `kkori history` and `kkori progress` on a data directory of the test's own.

use std::path::Path;

use kkori::bank::Library;
use kkori::grade::Grader;
use kkori::history::progress::date;
use kkori::history::{History, FILE_NAME};
use kkori::interview::{Event, Interview, Mode, Planned, Reply, Session, Settings};

use crate::harness::{fixture, Kkori};

/// 08:00 UTC three days ago: `kkori progress` reads the clock, so the history is recent.
fn t0() -> u64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    (now / 86_400 - 3) * 86_400 + 8 * 3600
}
const GOOD: &str = "클라이언트가 SYN을 보내면 서버가 SYN-ACK로 응답하고 클라이언트가 ACK를 보내 연결이 수립됩니다.";
const KEEP_ALIVE: &str = "한 연결을 재사용해서 핸드셰이크 비용을 줄입니다.";

/// Two sessions on the fixture bank, recorded as the interview loop records them: a solo
/// one (handshake answered well, keep-alive skipped) and a pair one (keep-alive answered).
fn populate(data: &Path) {
    let bank = fixture("bank/tcp.yaml");
    let (lib, problems) =
        Library::load([(bank.display().to_string(), std::fs::read(&bank).unwrap())]);
    assert!(problems.iter().all(|p| !p.is_error()));
    let grader = Grader::new(&lib);
    let mut history = History::open(&data.join(FILE_NAME)).unwrap();
    let t0 = t0();
    let runs: [(&str, &[&str], Vec<Event>, u64); 2] = [
        (
            "20270115-080000-aaaa",
            &["handshake", "keep-alive"],
            vec![Event::Answer(GOOD.into()), Event::Skip],
            t0,
        ),
        (
            "20270117-080000-bbbb",
            &["keep-alive"],
            vec![Event::Answer(KEEP_ALIVE.into())],
            t0 + 2 * 86_400,
        ),
    ];
    for (i, (id, plan, events, start)) in runs.into_iter().enumerate() {
        let settings = Settings {
            max_depth: 0,
            ..Settings::default()
        };
        let plan = plan.iter().map(|q| Planned::question(*q)).collect();
        let session = Session::new(id, start, settings, plan);
        let (mut iv, _) = Interview::start(&lib, &grader, session, start).unwrap();
        for (n, event) in events.into_iter().enumerate() {
            for reply in iv.handle(event, start + 60 * (n as u64 + 1)) {
                if let Reply::Graded { turn } | Reply::Skipped { turn } = reply {
                    history.record_turn(iv.session(), turn).unwrap();
                }
            }
        }
        let mut session = iv.into_session();
        if i == 1 {
            session.mode = Mode::Pair;
            session.candidate = Some("지수".into());
        }
        history.finish_session(&session).unwrap();
    }
}

#[test]
fn an_empty_data_dir_has_no_history_and_gets_no_file() {
    let data = tempfile::tempdir().unwrap();
    Kkori::new()
        .fixture_bank(data.path())
        .args(["--lang", "en", "history"])
        .run()
        .success()
        .shows("no sessions recorded yet");
    Kkori::new()
        .fixture_bank(data.path())
        .args(["progress"])
        .run()
        .success()
        .shows("아직 기록된 세션이 없습니다");
    assert!(!data.path().join(FILE_NAME).exists());
}

#[test]
fn history_lists_sessions_newest_first() {
    let data = tempfile::tempdir().unwrap();
    populate(data.path());
    let out = Kkori::new()
        .fixture_bank(data.path())
        .args(["--lang", "en", "history"])
        .run();
    out.success()
        .shows("20270117-080000-bbbb")
        .shows(&format!("{} 08:00", date(t0())))
        .shows("지수");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with("session"), "{}", out.stdout);
    let second = date(t0() + 2 * 86_400);
    assert!(lines[1].starts_with(&format!("20270117-080000-bbbb  {second}")));
    assert!(lines[1].contains("pair"));

    let json = Kkori::new()
        .fixture_bank(data.path())
        .args(["history", "--format", "json"])
        .run();
    json.success();
    let rows: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(rows[0]["id"], "20270117-080000-bbbb");
    assert_eq!(rows[1]["questions"], 2);
    assert_eq!(rows[1]["answered"], 1);
}

#[test]
fn progress_as_text_json_and_html() {
    let data = tempfile::tempdir().unwrap();
    populate(data.path());
    Kkori::new()
        .fixture_bank(data.path())
        .args(["--lang", "en", "progress"])
        .run()
        .success()
        .shows("Progress · sessions 2 · answers 3")
        .shows("TCP and UDP")
        .shows("mastery");

    let json = Kkori::new()
        .fixture_bank(data.path())
        .args(["progress", "--format", "json"])
        .run();
    json.success();
    let p: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let ids: Vec<&str> = p["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(p["sessions"], 2);

    let page = data.path().join("out/progress.html");
    Kkori::new()
        .fixture_bank(data.path())
        .args(["progress", "--format", "html", "--out"])
        .args([page.to_str().unwrap()])
        .run()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<polyline") && html.contains("<style>"));
    assert!(!html.contains("<script"));
}

#[test]
fn export_and_import_move_a_history_once() {
    let from = tempfile::tempdir().unwrap();
    let to = tempfile::tempdir().unwrap();
    populate(from.path());
    let file = from.path().join("moved.json");
    Kkori::new()
        .fixture_bank(from.path())
        .args(["history", "export", file.to_str().unwrap()])
        .run()
        .success();
    let import = |lang: &str| {
        Kkori::new()
            .fixture_bank(to.path())
            .args(["--lang", lang, "history", "import", file.to_str().unwrap()])
            .run()
    };
    import("en")
        .success()
        .shows("imported 2 sessions and 3 answers (0 already present");
    import("en")
        .success()
        .shows("imported 0 sessions and 0 answers (3 already present");
    import("ko").success().shows("이미 있던 답변 3개");
    let list = |dir: &Path| {
        Kkori::new()
            .fixture_bank(dir)
            .args(["history", "--format", "json"])
            .run()
            .stdout
    };
    assert_eq!(list(from.path()), list(to.path()));
}

#[test]
fn importing_something_else_is_a_user_error() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("notes.json");
    std::fs::write(&file, "{\"hello\": 1}").unwrap();
    let out = Kkori::new()
        .fixture_bank(data.path())
        .args(["history", "import", file.to_str().unwrap()])
        .run();
    out.failure(1);
    assert!(
        out.stderr.contains("not a kkori history export"),
        "{}",
        out.stderr
    );
    assert!(!data.path().join(FILE_NAME).exists());
}

#[test]
fn a_corrupt_history_is_reported_and_left_alone() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join(FILE_NAME);
    let garbage = b"definitely not sqlite \x00\x01\x02 garbage".repeat(100);
    std::fs::write(&path, &garbage).unwrap();
    for args in [
        &["history"][..],
        &["progress"],
        &["history", "import", "x.json"],
    ] {
        let out = Kkori::new()
            .fixture_bank(data.path())
            .args(["--lang", "en"])
            .args(args)
            .run();
        if args.len() == 3 {
            // The export file is read first; it does not exist.
            out.failure(1);
            continue;
        }
        out.failure(1);
        let p = path.display().to_string();
        assert!(
            out.stderr.starts_with(&format!(
                "error: the history at {p} is not a kkori database or is damaged"
            )),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains(&format!("mv {p} {p}.bak")));
    }
    // In Korean (the default) too.
    let out = Kkori::new()
        .fixture_bank(data.path())
        .args(["history"])
        .run();
    out.failure(1);
    let p = path.display().to_string();
    assert!(
        out.stderr.starts_with(&format!(
            "error: {p}의 기록은 kkori 데이터베이스가 아니거나"
        )),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

/// Confirmations of export, import and cohorts come from the message tables, in the
/// language chosen, with the Korean particle that fits the name (`봄반`은, `spring`을).
#[test]
fn export_import_and_cohort_confirmations_in_both_languages() {
    let data = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    let export = data.path().join("e.json");
    let export = export.to_str().unwrap();
    Kkori::new()
        .fixture_bank(data.path())
        .args(["interview", "--topic", "http", "--count", "1"])
        .stdin("keep-alive는 연결을 재사용합니다\n\n")
        .run()
        .success();
    let run = |dir: &std::path::Path, lang: &str, args: &[&str]| {
        let out = Kkori::new()
            .args(["--lang", lang, "--data-dir", dir.to_str().unwrap()])
            .args(args)
            .run();
        out.success();
        out
    };
    let ko = run(data.path(), "ko", &["history", "export", export]);
    assert!(
        ko.stderr.starts_with("세션 1개, 답변 1개를 ") && ko.stderr.contains("에 내보냈습니다."),
        "{}",
        ko.stderr
    );
    let en = run(data.path(), "en", &["history", "export", export]);
    assert!(
        en.stderr
            .starts_with("exported 1 sessions and 1 answers to "),
        "{}",
        en.stderr
    );
    run(other.path(), "ko", &["history", "import", export])
        .shows("세션 1개, 답변 1개를 가져왔습니다 (이미 있던 답변 0개는 그대로 둠)");
    run(other.path(), "en", &["history", "import", export])
        .shows("imported 0 sessions and 0 answers (1 already present, left as they were)");
    run(other.path(), "ko", &["cohort", "create", "봄반"]).shows("코호트 `봄반`을 만들었습니다.");
    run(other.path(), "ko", &["cohort", "create", "봄반"]).shows("코호트 `봄반`은 이미 있습니다.");
    run(other.path(), "ko", &["cohort", "create", "spring"])
        .shows("코호트 `spring`을 만들었습니다.");
    run(other.path(), "en", &["cohort", "create", "spring"])
        .shows("cohort `spring` exists already");
    run(
        other.path(),
        "ko",
        &["cohort", "add", "봄반", "지수", "민호"],
    )
    .shows("코호트 `봄반`에 2명을 더했습니다 (이미 있던 0명은 그대로).");
    let missing = Kkori::new()
        .args(["--lang", "ko", "--data-dir", other.path().to_str().unwrap()])
        .args(["progress", "--cohort", "가을"])
        .run();
    missing.failure(1);
    assert!(
        missing
            .stderr
            .starts_with("error: 코호트 `가을`은 없습니다"),
        "{}",
        missing.stderr
    );
}
