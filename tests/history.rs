//! The history database on temporary data directories: recording from real interviews,
//! idempotence, durability, export and import, two processes writing at once, and files
//! that are not (or no longer) a kkori history.

use std::path::{Path, PathBuf};
use std::process::Command;

use kkori::bank::Library;
use kkori::grade::Grader;
use kkori::history::{
    mastery, Export, History, HistoryError, Imported, SessionRecord, Snapshot, FILE_NAME,
};
use kkori::interview::{Event, Interview, Mode, Planned, Reply, Session, Settings, Turn};

const DAY: u64 = 86_400;
const T0: u64 = 1_800_000_000;

fn fixture() -> (Library, Grader) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bank/tcp.yaml");
    let (library, problems) = Library::load([(path, std::fs::read(path).unwrap())]);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    let grader = Grader::new(&library);
    (library, grader)
}

fn new_session(id: &str, plan: &[&str], started_at: u64) -> Session {
    let settings = Settings {
        max_depth: 0,
        ..Settings::default()
    };
    Session::new(id, started_at, settings, planned(plan))
}

const GOOD: &str = "클라이언트가 SYN을 보내면 서버가 SYN-ACK로 응답하고 클라이언트가 ACK를 보내 연결이 수립됩니다.";
const POOR: &str = "잘 모르겠습니다.";
const KEEP_ALIVE: &str = "한 연결을 재사용해서 핸드셰이크 비용을 줄입니다.";

/// Run an interview with these events a minute apart, recording every turn as the
/// interview loop will: `record_session` first, `record_turn` after each answer or skip,
/// `finish_session` at the end.
fn interview(history: &mut History, session: Session, events: &[Event]) -> Session {
    let (lib, grader) = fixture();
    let start = session.started_at;
    let (mut iv, _) = Interview::start(&lib, &grader, session, start).unwrap();
    history.record_session(iv.session()).unwrap();
    for (i, event) in events.iter().enumerate() {
        let now = start + 60 * (i as u64 + 1);
        for reply in iv.handle(event.clone(), now) {
            if let Reply::Graded { turn } | Reply::Skipped { turn } = reply {
                assert!(history.record_turn(iv.session(), turn).unwrap());
            }
        }
    }
    assert_eq!(history.finish_session(iv.session()).unwrap(), 0);
    iv.into_session()
}

fn data_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join(FILE_NAME);
    (dir, path)
}

#[test]
fn sessions_are_recorded_exactly_and_only_once() {
    let (_dir, path) = data_dir();
    recorded_exactly_once(History::open(&path).unwrap(), "s1");
    // Opened again: the same.
    assert_eq!(
        History::open(&path)
            .unwrap()
            .snapshot()
            .unwrap()
            .sessions
            .len(),
        1
    );
}

/// Record one interview and check that recording again adds nothing (either store).
fn recorded_exactly_once(mut history: History, id: &str) -> Session {
    let session = interview(
        &mut history,
        new_session(id, &["handshake", "tcp-vs-udp", "keep-alive"], T0),
        &[
            Event::Answer(GOOD.into()),
            Event::Skip,
            Event::Answer(KEEP_ALIVE.into()),
        ],
    );
    assert!(session.is_finished());
    assert_eq!(session.turns.len(), 3);
    // Recording again adds nothing.
    assert!(!history.record_turn(&session, 0).unwrap());
    assert_eq!(history.finish_session(&session).unwrap(), 0);
    assert!(!history.record_turn(&session, 99).unwrap());

    let snapshot = history.snapshot().unwrap();
    assert_eq!(snapshot.sessions, [SessionRecord::with_turns(&session)]);
    let turns = &snapshot.sessions[0].turns;
    assert!(turns[1].skipped && turns[1].concepts.is_empty());
    assert!(turns[0].concepts.iter().any(|c| c.id == "syn-ack" && c.hit));
    assert_eq!(snapshot.sessions[0].ended_at, session.ended_at);
    // The stored schedules are exactly what replaying the turns gives.
    assert_eq!(snapshot.schedules.len(), 3);
    assert_eq!(
        Snapshot::from_sessions(snapshot.sessions.clone()).schedules,
        snapshot.schedules
    );
    assert_eq!(history.integrity_check().unwrap(), ["ok"]);
    session
}

#[test]
fn an_interrupted_session_is_kept_up_to_its_last_answer() {
    let (_dir, path) = data_dir();
    let (lib, grader) = fixture();
    let session = new_session("cut", &["handshake", "tcp-vs-udp", "keep-alive"], T0);
    let (mut iv, _) = Interview::start(&lib, &grader, session, T0).unwrap();
    {
        let mut history = History::open(&path).unwrap();
        history.record_session(iv.session()).unwrap();
        iv.handle(Event::Answer(GOOD.into()), T0 + 60);
        history.record_turn(iv.session(), 0).unwrap();
        iv.handle(Event::Answer(POOR.into()), T0 + 120);
        history.record_turn(iv.session(), 1).unwrap();
        // The process dies here: no finish_session, no orderly close.
        std::mem::forget(history);
    }
    let mut history = History::open(&path).unwrap();
    let snapshot = history.snapshot().unwrap();
    assert_eq!(snapshot.sessions.len(), 1);
    assert_eq!(snapshot.sessions[0].turns.len(), 2);
    assert_eq!(snapshot.sessions[0].ended_at, None);

    // Resumed elsewhere with a turn never recorded: finishing catches up.
    iv.handle(Event::Answer(KEEP_ALIVE.into()), T0 + 180);
    assert!(iv.is_finished());
    assert_eq!(history.finish_session(iv.session()).unwrap(), 1);
    let snapshot = history.snapshot().unwrap();
    assert_eq!(snapshot.sessions[0].turns.len(), 3);
    assert!(snapshot.sessions[0].ended_at.is_some());
}

#[test]
fn a_topic_answered_badly_three_times_is_the_weakest() {
    let (_dir, path) = data_dir();
    let mut history = History::open(&path).unwrap();
    for day in 0..3 {
        interview(
            &mut history,
            new_session(
                &format!("d{day}"),
                &["handshake", "keep-alive"],
                T0 + day * DAY,
            ),
            &[Event::Answer(POOR.into()), Event::Answer(KEEP_ALIVE.into())],
        );
    }
    let snapshot = history.snapshot().unwrap();
    let topics = mastery::by_topic(&snapshot, T0 + 3 * DAY);
    let weakest = mastery::weakest(&topics);
    assert_eq!(weakest[0].0, "tcp");
    assert_eq!(weakest[0].1.answers, 3);
    assert!(weakest[0].1.percent() < 25, "{:?}", weakest[0]);
    assert!(topics["http"].percent() > 60);
}

#[test]
fn export_then_import_is_exact_and_idempotent() {
    let (_a, path_a) = data_dir();
    let (_b, path_b) = data_dir();
    export_then_import(
        History::open(&path_a).unwrap(),
        History::open(&path_b).unwrap(),
    );
}

/// Export `a` and import it into the empty `b`, twice: exact, then nothing added.
fn export_then_import(mut a: History, mut b: History) {
    interview(
        &mut a,
        new_session("one", &["handshake", "keep-alive"], T0),
        &[Event::Answer(GOOD.into()), Event::Skip],
    );
    let mut two = interview(
        &mut a,
        new_session("two", &["handshake"], T0 + DAY),
        &[Event::Answer(POOR.into())],
    );
    // Recorded again with a change: the row is updated, not duplicated.
    two.mode = Mode::Pair;
    two.candidate = Some("지수 <script>".into());
    a.record_session(&two).unwrap();

    let export = a.export().unwrap();
    let text = export.to_json();
    let parsed = Export::from_json(&text).unwrap();
    assert_eq!(parsed, export);

    let first = b.import(&parsed).unwrap();
    assert_eq!(
        first,
        Imported {
            sessions_added: 2,
            turns_added: 3,
            turns_present: 0
        }
    );
    assert_eq!(b.export().unwrap().to_json(), text);
    let sessions = b.snapshot().unwrap().sessions;
    assert_eq!(sessions[1].mode, Mode::Pair);
    assert_eq!(sessions[1].candidate.as_deref(), Some("지수 <script>"));
    assert_eq!(
        b.snapshot().unwrap().schedules,
        a.snapshot().unwrap().schedules
    );

    let again = b.import(&parsed).unwrap();
    assert_eq!(
        again,
        Imported {
            sessions_added: 0,
            turns_added: 0,
            turns_present: 3
        }
    );
    assert_eq!(b.export().unwrap().to_json(), text);
    // And into the history it came from: nothing new either.
    assert_eq!(a.import(&parsed).unwrap().turns_added, 0);
}

#[test]
fn import_adds_the_turns_a_partial_copy_lacks() {
    let (_a, path_a) = data_dir();
    let mut a = History::open(&path_a).unwrap();
    let full = interview(
        &mut a,
        new_session("s", &["handshake", "tcp-vs-udp", "keep-alive"], T0),
        &[
            Event::Answer(GOOD.into()),
            Event::Answer(POOR.into()),
            Event::Answer(KEEP_ALIVE.into()),
        ],
    );
    let (_b, path_b) = data_dir();
    let mut b = History::open(&path_b).unwrap();
    let mut partial = full.clone();
    partial.turns.truncate(1);
    partial.ended_at = None;
    b.record_turn(&partial, 0).unwrap();

    let done = b.import(&a.export().unwrap()).unwrap();
    assert_eq!((done.sessions_added, done.turns_added), (0, 2));
    assert_eq!(b.export().unwrap(), a.export().unwrap());
}

#[test]
fn exports_of_other_kinds_are_refused_with_a_reason() {
    assert!(Export::from_json("{}")
        .unwrap_err()
        .contains("not a kkori history export"));
    assert!(Export::from_json("nonsense")
        .unwrap_err()
        .contains("not JSON"));
    let future = r#"{"format": "kkori-history", "version": 99, "sessions": []}"#;
    assert!(Export::from_json(future)
        .unwrap_err()
        .contains("version 99"));
    let twice = r#"{"format": "kkori-history", "version": 1, "sessions": [{"id": "x",
        "mode": "solo", "lang": "ko", "started_at": 1, "settings": {}, "turns": [
        {"index": 0, "question": "q", "topic": "t", "main": 0, "depth": 0, "answer": "",
         "skipped": true, "score": 0, "seconds": 0, "asked_at": 1, "answered_at": 2},
        {"index": 0, "question": "q", "topic": "t", "main": 0, "depth": 0, "answer": "",
         "skipped": true, "score": 0, "seconds": 0, "asked_at": 1, "answered_at": 2}]}]}"#;
    assert!(Export::from_json(twice)
        .unwrap_err()
        .contains("turn 0 twice"));
}

// ---- two processes at once -------------------------------------------------------------

const CHILD: &str = "KKORI_HISTORY_TEST_CHILD";
const TURNS: usize = 120;

/// A session of `TURNS` turns, each a copy of one real graded turn a minute apart.
fn long_session(id: &str) -> Session {
    let (_dir, path) = data_dir();
    let mut scratch = History::open(&path).unwrap();
    let one = interview(
        &mut scratch,
        new_session(id, &["handshake"], T0),
        &[Event::Answer(GOOD.into())],
    );
    let template: Turn = one.turns[0].clone();
    let mut session = new_session(id, &["handshake"], T0);
    for i in 0..TURNS {
        let mut turn = template.clone();
        turn.main = i;
        turn.asked_at = T0 + 60 * i as u64;
        turn.answered_at = turn.asked_at + 30;
        turn.question = ["handshake", "tcp-vs-udp", "keep-alive"][i % 3].to_string();
        session.turns.push(turn);
    }
    session
}

/// Not a test of its own: the body of a child process of `two_processes_write_at_once`.
#[test]
fn child_writer() {
    let Ok(spec) = std::env::var(CHILD) else {
        return;
    };
    let (path, id) = spec.split_once('|').expect("path|id");
    let session = long_session(id);
    // Start together: say ready, wait for the word.
    let dir = Path::new(path).parent().unwrap();
    std::fs::write(dir.join(format!("ready-{id}")), b"").unwrap();
    let waited = std::time::Instant::now();
    while !dir.join("go").exists() {
        assert!(waited.elapsed().as_secs() < 60, "no go from the parent");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let mut history = History::open(Path::new(path)).unwrap();
    let mut growing = session.clone();
    growing.turns.clear();
    history.record_session(&growing).unwrap();
    for (i, turn) in session.turns.iter().enumerate() {
        growing.turns.push(turn.clone());
        assert!(history.record_turn(&growing, i).unwrap());
        // A breath between answers, as a person takes: SQLite's busy handler polls, so a
        // writer that never pauses could keep the other waiting for the whole run.
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    growing.ended_at = Some(T0 + DAY);
    history.finish_session(&growing).unwrap();
}

#[test]
fn two_processes_write_at_once() {
    let (_dir, path) = data_dir();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let exe = std::env::current_exe().unwrap();
    // Both start on a file that does not exist yet: creation and schema race too.
    let children: Vec<_> = ["alpha", "beta"]
        .iter()
        .map(|id| {
            Command::new(&exe)
                .args(["--exact", "child_writer", "--test-threads=1", "--quiet"])
                .env(CHILD, format!("{}|{id}", path.display()))
                .output_async()
        })
        .collect();
    let dir = path.parent().unwrap();
    let waited = std::time::Instant::now();
    while !(dir.join("ready-alpha").exists() && dir.join("ready-beta").exists()) {
        assert!(waited.elapsed().as_secs() < 60, "the writers did not start");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    std::fs::write(dir.join("go"), b"").unwrap();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a writer failed:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let history = History::open(&path).unwrap();
    let snapshot = history.snapshot().unwrap();
    let counts: Vec<(&str, usize)> = snapshot
        .sessions
        .iter()
        .map(|s| (s.id.as_str(), s.turns.len()))
        .collect();
    assert_eq!(counts, [("alpha", TURNS), ("beta", TURNS)]);
    assert!(snapshot.sessions.iter().all(|s| s.ended_at.is_some()));
    assert_eq!(history.integrity_check().unwrap(), ["ok"]);
}

trait SpawnPiped {
    fn output_async(&mut self) -> std::process::Child;
}

impl SpawnPiped for Command {
    fn output_async(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    }
}

// ---- files that are not a kkori history --------------------------------------------------

fn side_files(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_garbage_file_is_refused_and_left_untouched() {
    let (_dir, path) = data_dir();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let garbage: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&path, &garbage).unwrap();

    let err = History::open(&path).unwrap_err();
    assert!(matches!(err, HistoryError::NotADatabase { .. }), "{err:?}");
    let message = err.to_string();
    let p = path.display().to_string();
    assert!(message.contains(&format!("the history at {p} is not a kkori database")));
    assert!(message.contains(&format!("mv {p} {p}.bak")), "{message}");
    assert!(!err.is_internal());
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
    assert_eq!(side_files(&path), [FILE_NAME]);
}

#[test]
fn a_damaged_database_is_refused_and_left_untouched() {
    let (_dir, path) = data_dir();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    // The SQLite header, then nonsense: past the first check, caught by SQLite.
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend((0..4080u32).map(|i| (i * 7 + 3) as u8));
    std::fs::write(&path, &bytes).unwrap();
    let err = History::open(&path).unwrap_err();
    assert!(
        matches!(
            err,
            HistoryError::NotADatabase { .. } | HistoryError::Damaged { .. }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains(".bak"));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn another_programs_database_is_not_taken_over() {
    let (_dir, path) = data_dir();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    drop(other);
    let before = std::fs::read(&path).unwrap();
    let err = History::open(&path).unwrap_err();
    assert!(matches!(err, HistoryError::Foreign { .. }), "{err:?}");
    assert!(err.to_string().contains("some other program"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_history_from_a_newer_kkori_is_refused() {
    let (_dir, path) = data_dir();
    drop(History::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let err = History::open(&path).unwrap_err();
    assert!(
        matches!(err, HistoryError::TooNew { found: 99, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("newer kkori"));
}

#[test]
fn an_empty_file_becomes_a_history() {
    let (_dir, path) = data_dir();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"").unwrap();
    let history = History::open(&path).unwrap();
    assert!(history.snapshot().unwrap().is_empty());
    // Opening again finds the schema in place.
    drop(history);
    assert_eq!(
        History::open(&path).unwrap().integrity_check().unwrap(),
        ["ok"]
    );
}

#[test]
fn a_directory_in_the_way_is_an_access_error() {
    let (_dir, path) = data_dir();
    std::fs::create_dir_all(&path).unwrap();
    let err = History::open(&path).unwrap_err();
    assert!(matches!(err, HistoryError::Access { .. }), "{err:?}");
    assert!(err.to_string().contains("another --data-dir"));
}

/// A plan of these main questions.
fn planned(ids: &[&str]) -> Vec<Planned> {
    ids.iter().map(|q| Planned::question(*q)).collect()
}

// ---- the same on PostgreSQL ---------------------------------------------------------------

#[path = "support/postgres.rs"]
mod postgres_server;

use kkori::history::{PgStore, Place, Store};

fn pg(url: &str, member: &str) -> History {
    History::new(Box::new(PgStore::connect(url, member, None).unwrap()))
}

#[test]
fn postgres_sessions_are_recorded_exactly_and_only_once() {
    let Some(url) = postgres_server::database("recorded_once") else {
        return;
    };
    let session = recorded_exactly_once(pg(&url, "지수"), "s1");
    // Another member may have a session of the same id: rows carry their member.
    let other = recorded_exactly_once(pg(&url, "민호"), "s1");
    assert_eq!(session.id, other.id);
    let again = pg(&url, "지수").snapshot().unwrap();
    assert_eq!(again.sessions, [SessionRecord::with_turns(&session)]);
    let rows = postgres_server::numbers(&url, "SELECT count(*) FROM turns");
    assert_eq!(rows, [[6]]);
}

#[test]
fn postgres_export_then_import_is_exact_and_idempotent() {
    let Some(url) = postgres_server::database("export_import") else {
        return;
    };
    export_then_import(pg(&url, "a"), pg(&url, "b"));
    // From a file into the group, and back: the same export.
    let (_dir, path) = data_dir();
    let mut file = History::open(&path).unwrap();
    file.import(&pg(&url, "b").export().unwrap()).unwrap();
    assert_eq!(file.export().unwrap(), pg(&url, "b").export().unwrap());
}

#[test]
fn postgres_an_interrupted_session_is_kept_up_to_its_last_answer() {
    let Some(url) = postgres_server::database("interrupted") else {
        return;
    };
    let (lib, grader) = fixture();
    let session = new_session("cut", &["handshake", "tcp-vs-udp", "keep-alive"], T0);
    let (mut iv, _) = Interview::start(&lib, &grader, session, T0).unwrap();
    {
        let mut history = pg(&url, "m");
        history.record_session(iv.session()).unwrap();
        iv.handle(Event::Answer(GOOD.into()), T0 + 60);
        history.record_turn(iv.session(), 0).unwrap();
        iv.handle(Event::Answer(POOR.into()), T0 + 120);
        history.record_turn(iv.session(), 1).unwrap();
        // The process dies here: no finish_session, no orderly close.
        std::mem::forget(history);
    }
    let mut history = pg(&url, "m");
    assert_eq!(history.snapshot().unwrap().sessions[0].turns.len(), 2);
    iv.handle(Event::Answer(KEEP_ALIVE.into()), T0 + 180);
    assert_eq!(history.finish_session(iv.session()).unwrap(), 1);
    let snapshot = history.snapshot().unwrap();
    assert_eq!(snapshot.sessions[0].turns.len(), 3);
    assert!(snapshot.sessions[0].ended_at.is_some());
}

#[test]
fn postgres_writers_of_one_member_keep_the_schedules_exact() {
    let Some(url) = postgres_server::database("one_member_writers") else {
        return;
    };
    // Four connections of one member record sessions on the same questions at once: every
    // schedule must be the replay of all their turns, none lost to a race.
    let template = long_session("template");
    let threads: Vec<_> = (0..4)
        .map(|w| {
            let url = url.clone();
            let mut session = template.clone();
            session.id = format!("w{w}");
            std::thread::spawn(move || {
                let mut history = pg(&url, "same");
                let mut growing = session.clone();
                growing.turns.clear();
                for (i, turn) in session.turns.iter().take(40).enumerate() {
                    growing.turns.push(turn.clone());
                    assert!(history.record_turn(&growing, i).unwrap());
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let history = pg(&url, "same");
    let snapshot = history.snapshot().unwrap();
    assert_eq!(snapshot.turns().count(), 160);
    assert_eq!(history.integrity_check().unwrap(), ["ok"]);
    assert_eq!(snapshot.schedules["handshake"].reps, 4 * 14);
}

#[test]
fn postgres_another_programs_database_is_not_taken_over() {
    let Some(url) = postgres_server::database("foreign") else {
        return;
    };
    postgres_server::execute(
        &url,
        "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')",
    );
    let err = PgStore::connect(&url, "m", None).unwrap_err();
    assert!(
        matches!(
            err,
            HistoryError::Foreign {
                place: Place::Server(_)
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("some other program"), "{err}");
    assert!(err.text(kkori::bank::Lang::Ko).contains("다른 프로그램"));
    // Left as it was: no kkori table.
    let rows = postgres_server::numbers(
        &url,
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
    );
    assert_eq!(rows, [[1]]);
}

#[test]
fn postgres_a_database_from_a_newer_kkori_is_refused() {
    let Some(url) = postgres_server::database("too_new") else {
        return;
    };
    drop(PgStore::connect(&url, "m", None).unwrap());
    postgres_server::execute(&url, "UPDATE kkori_schema SET version = 99");
    let err = PgStore::connect(&url, "m", None).unwrap_err();
    assert!(
        matches!(err, HistoryError::TooNew { found: 99, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("newer kkori"));
    assert!(err.text(kkori::bank::Lang::Ko).contains("더 새로운 kkori"));
}

#[test]
fn postgres_errors_name_the_server_never_the_password() {
    let Some(url) = postgres_server::server("errors") else {
        return;
    };
    let secret = "n0t-the-Passw0rd";
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    let host = host.split('/').next().unwrap();
    let wrong = format!("{scheme}://kkori_nobody:{secret}@{host}/postgres");
    let err = PgStore::connect(&wrong, "m", None).unwrap_err();
    assert!(matches!(err, HistoryError::Auth { .. }), "{err:?}");
    for lang in [kkori::bank::Lang::En, kkori::bank::Lang::Ko] {
        let text = err.text(lang);
        assert!(!text.contains(secret), "{text}");
        assert!(
            text.contains(&format!("kkori_nobody@{host}/postgres")),
            "{text}"
        );
    }
    // Nothing listens on port 1.
    let closed = format!("postgres://kkori_nobody:{secret}@127.0.0.1:1/x");
    let err = PgStore::connect(&closed, "m", None).unwrap_err();
    assert!(matches!(err, HistoryError::Unreachable { .. }), "{err:?}");
    assert!(!err.to_string().contains(secret));
    assert!(err
        .to_string()
        .contains("postgres://kkori_nobody@127.0.0.1:1/x"));
    let missing = postgres_server::with_database(&url, "kkori_no_such_database");
    let err = PgStore::connect(&missing, "m", None).unwrap_err();
    assert!(matches!(err, HistoryError::NoDatabase { .. }), "{err:?}");
    assert!(err.to_string().contains("createdb"), "{err}");
}

#[test]
fn postgres_cohorts_are_kept_once() {
    let Some(url) = postgres_server::database("cohorts") else {
        return;
    };
    let mut store = PgStore::connect(&url, "mentor", None).unwrap();
    assert!(store.create_cohort("봄").unwrap());
    assert!(!store.create_cohort("봄").unwrap());
    let members = ["지수".to_string(), "민호".to_string()];
    assert_eq!(store.add_to_cohort("봄", &members).unwrap(), Some(2));
    assert_eq!(store.add_to_cohort("봄", &members).unwrap(), Some(0));
    assert_eq!(store.add_to_cohort("가을", &members).unwrap(), None);
    let cohorts = store.cohorts().unwrap();
    assert_eq!(cohorts.len(), 1);
    assert_eq!(cohorts[0].members, ["민호", "지수"]);
}
