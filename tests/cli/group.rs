//! Study groups through the real binary: a shared PostgreSQL history (`--history`), cohorts
//! and `progress --cohort`, moving a person in from SQLite, many kkori at once on one
//! database (and on one SQLite file), and the group page in headless Chromium.
//!
//! The PostgreSQL tests use a database of their own on `KKORI_TEST_POSTGRES` (skipped with a
//! note without it, a failure when `CI` is set; see `tests/support/postgres.rs`).

use std::path::Path;

use crate::browser::chromium;
use crate::harness::{bank, Kkori};
use crate::html_in_browser::dump_dom;

#[path = "../support/postgres.rs"]
mod postgres_server;

const GOOD: &str = "클라이언트가 SYN을 보내면 서버가 SYN-ACK로 응답하고 클라이언트가 ACK를 보내 연결이 수립됩니다.";
const POOR: &str = "잘 모르겠습니다.";

/// kkori on the fixture bank with its own data directory and this history.
fn kkori(data: &Path, history: &str) -> Kkori {
    Kkori::new()
        .args(["--banks", &bank(), "--data-dir", data.to_str().unwrap()])
        .args(["--history", history])
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}:\n{text}"))
}

/// The options of a two-question interview without follow-ups (seed 1), feedback at the end.
const TWO_QUESTIONS: [&str; 8] = [
    "--count",
    "2",
    "--depth",
    "0",
    "--seed",
    "1",
    "--feedback",
    "end",
];

/// A two-question interview (seed 1) with these piped answers, for `member`.
fn interview(data: &Path, history: &str, member: &str, answers: &[&str]) {
    let input: String = answers.iter().map(|a| format!("{a}\n\n")).collect();
    kkori(data, history)
        .args(["--candidate", member, "--lang", "en", "interview"])
        .args(TWO_QUESTIONS)
        .stdin(input)
        .run()
        .success();
}

#[test]
fn an_interview_on_the_group_server_shows_in_progress_and_in_the_cohort() {
    let Some(url) = postgres_server::database("acceptance") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    // Without --candidate the member is the login name.
    let out = kkori(data.path(), &url)
        .env("USER", "mentor")
        .args(["--lang", "en", "interview", "--count", "2", "--depth", "0"])
        .args(["--seed", "1"])
        .stdin(format!("{GOOD}\n\n{POOR}\n\n"))
        .run();
    out.success();
    let out = kkori(data.path(), &url)
        .env("USER", "mentor")
        .args(["--lang", "en", "progress", "--format", "json"])
        .run();
    out.success();
    let progress = json(&out.stdout);
    assert_eq!(progress["answers"], 2, "{progress}");
    assert_eq!(progress["sessions"], 1);

    // Two members, then the cohort of both.
    interview(data.path(), &url, "지수", &[GOOD, POOR]);
    interview(data.path(), &url, "민호", &[POOR, ":skip"]);
    kkori(data.path(), &url)
        .args(["--lang", "en", "cohort", "create", "봄-스터디"])
        .run()
        .success()
        .shows("created cohort `봄-스터디`");
    kkori(data.path(), &url)
        .args([
            "--lang",
            "en",
            "cohort",
            "add",
            "봄-스터디",
            "지수",
            " 민호 ",
        ])
        .run()
        .success()
        .shows("added 2 members");
    let out = kkori(data.path(), &url)
        .args(["--lang", "en", "cohort", "list", "--format", "json"])
        .run();
    assert_eq!(
        json(&out.stdout)[0]["members"],
        serde_json::json!(["민호", "지수"])
    );

    let out = kkori(data.path(), &url)
        .args([
            "--lang",
            "en",
            "progress",
            "--cohort",
            "봄-스터디",
            "--names",
        ])
        .args(["--format", "json"])
        .run();
    out.success();
    let group = json(&out.stdout);
    let members = group["members"].as_array().unwrap();
    let names: Vec<&str> = members
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["민호", "지수"]);
    assert!(members
        .iter()
        .all(|m| m["answers"] == 2 || m["answers"] == 1));
    assert_eq!(group["topics"][0]["id"], "tcp");
    // Names hidden by default.
    let out = kkori(data.path(), &url)
        .args(["--lang", "en", "progress", "--cohort", "봄-스터디"])
        .run();
    out.success().shows("member 1");
    assert!(!out.stdout.contains("지수"), "{}", out.stdout);
    // A cohort that is not there.
    let out = kkori(data.path(), &url)
        .args(["--lang", "en", "progress", "--cohort", "봄-스터드"])
        .run();
    out.failure(1);
    assert!(
        out.stderr
            .contains("no cohort `봄-스터드`; did you mean `봄-스터디`?"),
        "{}",
        out.stderr
    );
}

#[test]
fn moving_in_from_sqlite_twice_adds_nothing_the_second_time() {
    let Some(url) = postgres_server::database("moving_in") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let own = data.path().join("own.sqlite3");
    let sqlite = format!("sqlite:{}", own.display());
    interview(data.path(), &sqlite, "x", &[GOOD, POOR]);
    // --candidate on sqlite: is the candidate's file in the data directory; use your own.
    let solo = |args: &[&str]| {
        kkori(data.path(), &sqlite)
            .args(["--lang", "en"])
            .args(args)
    };
    solo(&["interview", "--count", "2", "--depth", "0", "--seed", "2"])
        .stdin(format!("{GOOD}\n\n{GOOD}\n\n"))
        .run()
        .success();
    let file = data.path().join("mine.json");
    solo(&["history", "export", file.to_str().unwrap()])
        .run()
        .success();
    let import = || {
        kkori(data.path(), &url)
            .args(["--candidate", "지수", "--lang", "en", "history", "import"])
            .args([file.to_str().unwrap()])
            .run()
    };
    let first = import();
    first.success();
    assert!(
        first
            .stdout
            .contains("imported 1 sessions and 2 answers (0 already present"),
        "{}",
        first.stdout
    );
    assert!(
        first.stdout.contains(&format!("into {}", redacted(&url))),
        "{}",
        first.stdout
    );
    let second = import();
    second.success();
    assert!(
        second
            .stdout
            .contains("imported 0 sessions and 0 answers (2 already present"),
        "{}",
        second.stdout
    );
    let rows = postgres_server::numbers(&url, "SELECT count(*) FROM turns");
    assert_eq!(rows, [[2]]);
    let out = kkori(data.path(), &url)
        .args(["--candidate", "지수", "history", "--format", "json"])
        .run();
    assert_eq!(json(&out.stdout).as_array().unwrap().len(), 1);
}

/// The URL as kkori shows it: no password.
fn redacted(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (userinfo, host) = rest.rsplit_once('@').unwrap();
    let user = userinfo.split(':').next().unwrap();
    format!("{scheme}://{user}@{host}").replace("postgresql://", "postgres://")
}

#[test]
fn errors_through_the_binary_name_the_server_and_never_the_password() {
    let data = tempfile::tempdir().unwrap();
    let secret = "s3cret-Pw-1234";
    for lang in ["en", "ko"] {
        let url = format!("postgres://study:{secret}@127.0.0.1:1/kkori");
        let out = kkori(data.path(), &url)
            .args(["--lang", lang, "history"])
            .run();
        out.failure(1);
        assert!(!out.stderr.contains(secret), "{}", out.stderr);
        assert!(
            out.stderr.contains("postgres://study@127.0.0.1:1/kkori"),
            "{}",
            out.stderr
        );
        if lang == "ko" {
            assert!(out.stderr.contains("기록 서버"), "{}", out.stderr);
        } else {
            assert!(
                out.stderr.contains("cannot reach the history server"),
                "{}",
                out.stderr
            );
        }
        // From the environment too, and an unknown kind says only its scheme.
        let out = Kkori::new()
            .args([
                "--data-dir",
                data.path().to_str().unwrap(),
                "--lang",
                lang,
                "history",
            ])
            .env("KKORI_HISTORY", &format!("mysql://study:{secret}@db/kkori"))
            .run();
        out.failure(1);
        assert!(out.stderr.contains("`mysql:`"), "{}", out.stderr);
        assert!(!out.stderr.contains(secret), "{}", out.stderr);
    }
}

#[test]
fn a_cohort_on_one_laptop_reads_the_candidates_of_its_data_directory() {
    let data = tempfile::tempdir().unwrap();
    // Practice recorded under each candidate's name, in the candidates' folders.
    let sqlite = format!("sqlite:{}", data.path().join("history.sqlite3").display());
    interview(data.path(), &sqlite, "지수", &[GOOD, POOR]);
    interview(data.path(), &sqlite, "a/b", &[POOR, POOR]);
    let run = |args: &[&str]| {
        Kkori::new()
            .args([
                "--banks",
                &bank(),
                "--data-dir",
                data.path().to_str().unwrap(),
            ])
            .args(["--lang", "en"])
            .args(args)
            .run()
    };
    run(&["cohort", "create", "pairs"]).success();
    run(&["cohort", "add", "pairs", "지수", "a/b", "nobody"]).success();
    let out = run(&[
        "progress", "--cohort", "pairs", "--names", "--format", "json",
    ]);
    out.success();
    let group = json(&out.stdout);
    let answers: Vec<u64> = group["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["answers"].as_u64().unwrap())
        .collect();
    assert_eq!(answers, [2, 0, 2], "{group}");
    // The cohort lives in the mentor's own history file, not in a candidate's.
    assert!(data.path().join("history.sqlite3").exists());
}

#[test]
fn the_cohort_page_renders_in_chromium_with_the_heat_map() {
    let data = tempfile::tempdir().unwrap();
    let page = data.path().join("group.html");
    let k = || {
        Kkori::new().args([
            "--banks",
            &bank(),
            "--data-dir",
            data.path().to_str().unwrap(),
        ])
    };
    let run = |args: &[&str]| k().args(args).run();
    for (member, answer) in [
        ("지수", "<script>alert(1)</script> SYN 두 번"),
        ("민호", GOOD),
    ] {
        k().args([
            "--candidate",
            member,
            "interview",
            "--count",
            "2",
            "--depth",
            "0",
        ])
        .args(["--seed", "1"])
        .stdin(format!("{answer}\n\n{POOR}\n\n"))
        .run()
        .success();
    }
    run(&["cohort", "create", "봄"]).success();
    run(&["cohort", "add", "봄", "지수", "민호"]).success();
    run(&[
        "progress",
        "--cohort",
        "봄",
        "--format",
        "html",
        "--out",
        page.to_str().unwrap(),
    ])
    .success();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<table class=\"heatmap\">"));
    assert!(!html.contains("지수"), "names are hidden without --names");
    let Some(chromium) = chromium() else {
        return;
    };
    let (code, dom, stderr) = dump_dom(&chromium, &page, &data.path().join("profile"));
    assert_eq!(code, Some(0), "chromium failed:\n{stderr}");
    assert!(dom.contains("<html lang=\"ko\">"), "{dom}");
    assert!(dom.contains("<table class=\"heatmap\">"), "{dom}");
    assert!(
        dom.contains("구성원 1") && dom.contains("구성원 2"),
        "{dom}"
    );
    assert!(dom.matches("<td class=\"cell\"").count() >= 3, "{dom}");
    assert!(!dom.to_lowercase().contains("<script"), "{dom}");
    let console: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .collect();
    assert!(
        console.is_empty(),
        "the page logged:\n{}",
        console.join("\n")
    );
}

// ---- many kkori at once --------------------------------------------------------------------

/// A bank of 50 questions over five topics, each graded on one word, so that one interview
/// records 50 answers.
fn big_bank(dir: &Path) -> String {
    let mut yaml = String::from("topics:\n");
    for t in 0..5 {
        yaml.push_str(&format!(
            "  - {{ id: t{t}, label: {{ ko: 주제{t}, en: topic {t} }} }}\n"
        ));
    }
    yaml.push_str("questions:\n");
    for q in 0..50 {
        yaml.push_str(&format!(
            "  - {{ id: q{q:02}, topic: t{}, difficulty: easy, prompt: 질문{q}?, model_answer: 정답 }}\n",
            q % 5
        ));
    }
    yaml.push_str("rubrics:\n");
    for q in 0..50 {
        yaml.push_str(&format!(
            "  - id: q{q:02}\n    concepts:\n      - {{ id: word, label: 정답, terms: [정답], required: true }}\n"
        ));
    }
    let path = dir.join("big.yaml");
    std::fs::write(&path, yaml).unwrap();
    path.display().to_string()
}

/// `n` kkori, each with a data directory of its own, recording 50 answers at once into
/// `history` (as member `m<i>` when `members`).
fn record_at_once(dir: &Path, history: &str, n: usize, members: bool) {
    let bank = big_bank(dir);
    let answers: String = (0..50)
        .map(|i| {
            if i % 3 == 0 {
                "모르겠습니다\n\n"
            } else {
                "정답입니다\n\n"
            }
        })
        .collect();
    let running: Vec<_> = (0..n)
        .map(|i| {
            let data = dir.join(format!("data{i}"));
            let mut k = Kkori::new()
                .args(["--banks", &bank, "--data-dir", data.to_str().unwrap()])
                .args(["--history", history, "--lang", "en"]);
            if members {
                k = k.args(["--candidate", &format!("m{i:02}")]);
            }
            k.args([
                "interview",
                "--count",
                "50",
                "--depth",
                "0",
                "--feedback",
                "end",
            ])
            .args(["--seed", &i.to_string()])
            .stdin(answers.clone())
            .spawn()
        })
        .collect();
    for r in running {
        let out = r.wait();
        out.success();
        assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    }
}

#[test]
fn twenty_kkori_record_a_thousand_answers_into_one_group_none_lost_none_twice() {
    let Some(url) = postgres_server::database("twenty_writers") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    record_at_once(dir.path(), &url, 20, true);
    let rows = postgres_server::numbers(
        &url,
        "SELECT count(*), count(DISTINCT (member, session_id, idx)), count(DISTINCT member),
                count(DISTINCT (member, session_id))
         FROM turns",
    );
    assert_eq!(rows, [[1000, 1000, 20, 20]]);
    let per_member = postgres_server::numbers(
        &url,
        "SELECT count(*) FROM turns GROUP BY member HAVING count(*) <> 50",
    );
    assert!(per_member.is_empty(), "{per_member:?}");
    // Each member's 50 questions were asked once each, and scheduled once each.
    let schedules = postgres_server::numbers(&url, "SELECT count(*) FROM schedules");
    assert_eq!(schedules, [[1000]]);
    let out = Kkori::new()
        .args([
            "--history",
            &url,
            "--candidate",
            "m07",
            "progress",
            "--format",
            "json",
        ])
        .args(["--banks", &big_bank(dir.path())])
        .run();
    out.success();
    assert_eq!(json(&out.stdout)["answers"], 50);
}

#[test]
fn four_kkori_record_into_one_sqlite_file_none_lost_none_twice() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shared.sqlite3");
    let history = format!("sqlite:{}", file.display());
    record_at_once(dir.path(), &history, 4, false);
    let conn = rusqlite::Connection::open(&file).unwrap();
    let (turns, distinct, sessions): (i64, i64, i64) = conn
        .query_row(
            "SELECT count(*), count(DISTINCT session_id || '/' || idx), count(DISTINCT session_id)
             FROM turns",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((turns, distinct, sessions), (200, 200, 4));
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn answers_given_while_the_server_was_away_are_added_the_next_time() {
    let Some(url) = postgres_server::database("server_away") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kkori"))
        .args([
            "--banks",
            &bank(),
            "--data-dir",
            data.path().to_str().unwrap(),
        ])
        .args([
            "--history",
            &url,
            "--candidate",
            "지수",
            "--lang",
            "en",
            "interview",
        ])
        .args(TWO_QUESTIONS)
        .env_remove("KKORI_HISTORY")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    use std::io::Write;
    writeln!(stdin, "{GOOD}\n").unwrap();
    stdin.flush().unwrap();
    let recorded = || {
        let made = "SELECT count(*) FROM pg_class WHERE relname = 'turns'";
        if postgres_server::numbers(&url, made) == [[0]] {
            return 0;
        }
        postgres_server::numbers(&url, "SELECT count(*) FROM turns")[0][0]
    };
    let waited = std::time::Instant::now();
    while recorded() < 1 {
        assert!(
            waited.elapsed().as_secs() < 60,
            "the first answer never arrived"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The server drops kkori's connection; the second answer cannot be recorded.
    let database = url.rsplit('/').next().unwrap();
    postgres_server::execute(
        &url,
        &format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE application_name = 'kkori' AND datname = '{database}'"
        ),
    );
    writeln!(stdin, "{POOR}\n").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(recorded(), 1);
    // Said once, with the way the answer is kept.
    assert_eq!(
        stderr
            .matches("the history did not take this answer")
            .count(),
        1,
        "{stderr}"
    );
    assert!(!stderr.contains(url.split('@').next().unwrap()), "{stderr}");

    // The next kkori on this history adds it from the session file, once.
    let out = kkori(data.path(), &url)
        .args(["--candidate", "지수", "--lang", "en", "history"])
        .run();
    out.success();
    assert!(
        out.stderr.contains("added 1 answers of session"),
        "{}",
        out.stderr
    );
    assert_eq!(recorded(), 2);
    let again = kkori(data.path(), &url)
        .args(["--candidate", "지수", "--lang", "en", "history"])
        .run();
    assert!(!again.stderr.contains("added"), "{}", again.stderr);
    // Another member's history does not take it.
    assert_eq!(
        postgres_server::numbers(&url, "SELECT count(DISTINCT member) FROM turns"),
        [[1]]
    );
}
