//! The embedded store: one SQLite file per person (bundled SQLite, so no system library).
//!
//! Two kkori processes can write one file at once: it runs in WAL mode with a busy
//! timeout, every write is one `BEGIN IMMEDIATE` transaction (so two writers queue instead
//! of failing on a lock upgrade), and `synchronous = FULL`, so an answer recorded is on
//! disk when [`Store::record_turn`] returns. `PRAGMA user_version` counts the steps of
//! [`schema::MIGRATIONS`] applied; `PRAGMA application_id` marks the file as kkori's. A
//! file that is not an SQLite database, is some other program's, is damaged, or is from a
//! newer kkori is refused with a [`HistoryError`] and left exactly as it was.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{
    params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior,
};

use super::record::{ConceptRecord, Export, SessionRecord, Snapshot, TurnRecord};
use super::schedule::{self, Schedule};
use super::schema::sqlite as schema;
use super::store::{schedule_problems, Cohort, Store};
use super::{codes, HistoryError, Imported, Place};

/// How long a write waits for another kkori's write to finish before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The first bytes of every SQLite 3 database.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// An open history file.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    place: Place,
}

type Sql<T> = rusqlite::Result<T>;

impl SqliteStore {
    /// Open the history at `path`, creating the file (and its directory) and the schema
    /// when there is none, and bringing an older schema up to date.
    ///
    /// An existing file that cannot be used as kkori's history is an error, and is left
    /// untouched: it is never replaced by a new, empty history.
    pub fn open(path: &Path) -> Result<SqliteStore, HistoryError> {
        let exists = match std::fs::symlink_metadata(path) {
            Ok(_) => true,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(e) => return Err(access(path, e)),
        };
        if exists {
            check_header(path)?;
        } else if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| access(dir, e))?;
        }
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if !exists {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| HistoryError::from_sqlite(path, e))?;
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
            place: Place::File(path.to_path_buf()),
        };
        store.prepare()?;
        Ok(store)
    }

    /// The file this history lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn fail(&self, error: rusqlite::Error) -> HistoryError {
        HistoryError::from_sqlite(&self.path, error)
    }

    /// Check whose file this is, switch to WAL, and migrate.
    fn prepare(&mut self) -> Result<(), HistoryError> {
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| self.fail(e))?;
        let (app, version, tables) = self.identity().map_err(|e| self.fail(e))?;
        let ours = app == schema::APPLICATION_ID;
        if !ours && (app != 0 || version != 0 || tables > 0) {
            return Err(HistoryError::Foreign {
                place: self.place.clone(),
            });
        }
        self.check_version(version)?;
        // WAL lets one kkori read while another writes. (Where it cannot be had, say on a
        // read-only medium, SQLite keeps its rollback journal and writes fail clearly.)
        // Switching to WAL takes the file's exclusive lock, and SQLite answers "busy" at once
        // (without its busy handler) while another kkori is creating the same new file: try
        // again until the busy timeout, as every other statement waits.
        let started = std::time::Instant::now();
        loop {
            let switched = self
                .conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |row| {
                    row.get::<_, String>(0)
                });
            match switched {
                Ok(_) => break,
                Err(e) if super::error::is_busy(&e) && started.elapsed() < BUSY_TIMEOUT => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                Err(e) => return Err(self.fail(e)),
            }
        }
        self.conn
            .pragma_update(None, "synchronous", "FULL")
            .and_then(|()| self.conn.pragma_update(None, "foreign_keys", true))
            .map_err(|e| self.fail(e))?;
        self.migrate()
    }

    /// (application id, schema version, number of tables) of the file.
    fn identity(&self) -> Sql<(i32, u32, i64)> {
        // One read transaction: another kkori creating this file at the same moment is seen
        // before or after its first migration, never half way (tables, but no id yet).
        let tx = self.conn.unchecked_transaction()?;
        let app: i32 = tx.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: u32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let tables: i64 = tx.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        tx.commit()?;
        Ok((app, version, tables))
    }

    fn check_version(&self, version: u32) -> Result<(), HistoryError> {
        if version > schema::latest() {
            return Err(HistoryError::TooNew {
                place: self.place.clone(),
                found: version,
                supported: schema::latest(),
            });
        }
        Ok(())
    }

    /// Run the migration steps the file lacks, each in its own transaction. Another kkori
    /// opening the same new file at the same time waits, then finds the work done.
    fn migrate(&mut self) -> Result<(), HistoryError> {
        for (step, sql) in schema::MIGRATIONS.iter().enumerate() {
            let version = self.write(|tx| {
                let version: u32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
                // A file from a newer kkori matches no step and is refused below, untouched.
                if version as usize == step {
                    tx.execute_batch(sql)?;
                    tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
                    tx.pragma_update(None, "user_version", step as u32 + 1)?;
                }
                Ok(version)
            })?;
            self.check_version(version)?;
        }
        Ok(())
    }

    /// Run `f` in one write transaction: all of it is recorded, or none.
    fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Sql<T>) -> Result<T, HistoryError> {
        let path = self.path.clone();
        let fail = |e| HistoryError::from_sqlite(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail)?;
        let out = f(&tx).map_err(fail)?;
        tx.commit().map_err(fail)?;
        Ok(out)
    }

    fn read_snapshot(&self) -> Sql<Snapshot> {
        let mut sessions = Vec::new();
        let mut stmt = self.conn.prepare(
            "SELECT id, mode, candidate, lang, started_at, ended_at, quit_early, settings
             FROM sessions ORDER BY started_at, id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let settings: String = r.get(7)?;
            sessions.push(SessionRecord {
                id: r.get(0)?,
                mode: codes::parse_mode(r.get_ref(1)?.as_str()?).ok_or(bad_value(1))?,
                candidate: r.get(2)?,
                lang: codes::parse_lang(r.get_ref(3)?.as_str()?).ok_or(bad_value(3))?,
                started_at: codes::uint(r.get(4)?),
                ended_at: r.get::<_, Option<i64>>(5)?.map(codes::uint),
                quit_early: r.get(6)?,
                settings: serde_json::from_str(&settings).map_err(|_| bad_value(7))?,
                turns: Vec::new(),
            });
        }
        let position: std::collections::HashMap<String, usize> = sessions
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();

        let mut stmt = self.conn.prepare(
            "SELECT session_id, idx, question, topic, main, depth, answer, skipped, score, grade,
                    seconds, hints, over_time, asked_at, answered_at
             FROM turns ORDER BY session_id, idx",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let session: String = r.get(0)?;
            let hints: String = r.get(11)?;
            let turn = TurnRecord {
                index: r.get(1)?,
                question: r.get(2)?,
                topic: r.get(3)?,
                main: r.get(4)?,
                depth: r.get(5)?,
                answer: r.get(6)?,
                skipped: r.get(7)?,
                score: r.get(8)?,
                grade: r.get(9)?,
                seconds: r.get(10)?,
                hints: serde_json::from_str(&hints).map_err(|_| bad_value(11))?,
                over_time: r.get(12)?,
                asked_at: codes::uint(r.get(13)?),
                answered_at: codes::uint(r.get(14)?),
                concepts: Vec::new(),
                misconceptions: Vec::new(),
            };
            if let Some(&i) = position.get(&session) {
                sessions[i].turns.push(turn);
            }
        }

        let turn_at: std::collections::HashMap<(String, u32), (usize, usize)> = sessions
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                s.turns
                    .iter()
                    .enumerate()
                    .map(move |(j, t)| ((s.id.clone(), t.index), (i, j)))
            })
            .collect();
        let mut stmt = self.conn.prepare(
            "SELECT session_id, idx, concept, hit, weight, required
             FROM concept_results ORDER BY session_id, idx, rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(&(i, j)) = turn_at.get(&(r.get(0)?, r.get(1)?)) {
                sessions[i].turns[j].concepts.push(ConceptRecord {
                    id: r.get(2)?,
                    hit: r.get(3)?,
                    weight: r.get(4)?,
                    required: r.get(5)?,
                });
            }
        }
        let mut stmt = self.conn.prepare(
            "SELECT session_id, idx, misconception
             FROM misconceptions ORDER BY session_id, idx, rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(&(i, j)) = turn_at.get(&(r.get(0)?, r.get(1)?)) {
                sessions[i].turns[j].misconceptions.push(r.get(2)?);
            }
        }

        let mut schedules = std::collections::BTreeMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT question, due, stability, difficulty, reps, lapses, last_review, last_score
             FROM schedules",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let schedule = Schedule {
                question: r.get(0)?,
                due: codes::uint(r.get(1)?),
                stability: r.get(2)?,
                difficulty: r.get(3)?,
                reps: r.get(4)?,
                lapses: r.get(5)?,
                last_review: codes::uint(r.get(6)?),
                last_score: r.get(7)?,
            };
            schedules.insert(schedule.question.clone(), schedule);
        }
        Ok(Snapshot {
            sessions,
            schedules,
        })
    }
}

impl Store for SqliteStore {
    fn place(&self) -> &Place {
        &self.place
    }

    fn record_session(&mut self, session: &SessionRecord) -> Result<(), HistoryError> {
        self.write(|tx| upsert_session(tx, session))
    }

    fn record_turn(
        &mut self,
        session: &SessionRecord,
        turn: &TurnRecord,
    ) -> Result<bool, HistoryError> {
        self.write(|tx| {
            upsert_session(tx, session)?;
            let added = insert_turn(tx, &session.id, turn)?;
            if added {
                reschedule(tx, &turn.question)?;
            }
            Ok(added)
        })
    }

    fn finish(&mut self, session: &SessionRecord) -> Result<usize, HistoryError> {
        self.write(|tx| {
            upsert_session(tx, session)?;
            insert_turns(tx, session)
        })
    }

    fn import(&mut self, export: &Export) -> Result<Imported, HistoryError> {
        self.write(|tx| {
            let mut imported = Imported::default();
            for session in &export.sessions {
                let known: bool = tx
                    .query_row(
                        "SELECT 1 FROM sessions WHERE id = ?1",
                        params![session.id],
                        |_| Ok(true),
                    )
                    .optional()?
                    .unwrap_or(false);
                if known {
                    // Only fill in an end the local copy lacks; keep everything else.
                    tx.execute(
                        "UPDATE sessions SET ended_at = ?2, quit_early = ?3
                         WHERE id = ?1 AND ended_at IS NULL AND ?2 IS NOT NULL",
                        params![
                            session.id,
                            session.ended_at.map(codes::int),
                            session.quit_early
                        ],
                    )?;
                } else {
                    upsert_session(tx, session)?;
                    imported.sessions_added += 1;
                }
                let added = insert_turns(tx, session)?;
                imported.turns_added += added;
                imported.turns_present += session.turns.len() - added;
            }
            Ok(imported)
        })
    }

    fn snapshot(&self) -> Result<Snapshot, HistoryError> {
        self.read_snapshot().map_err(|e| self.fail(e))
    }

    /// SQLite's `PRAGMA integrity_check` (`["ok"]` when the file is sound), then whether the
    /// cached schedules agree with the answers.
    fn integrity_check(&self) -> Result<Vec<String>, HistoryError> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| self.fail(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<Sql<Vec<String>>>())
            .map_err(|e| self.fail(e))?;
        if rows != ["ok"] {
            return Ok(rows);
        }
        let problems = schedule_problems(&self.snapshot()?);
        Ok(if problems.is_empty() { rows } else { problems })
    }

    fn cohorts(&self) -> Result<Vec<Cohort>, HistoryError> {
        let read = || -> Sql<Vec<Cohort>> {
            let mut cohorts: Vec<Cohort> = self
                .conn
                .prepare("SELECT name FROM cohorts ORDER BY name")?
                .query_map([], |r| {
                    Ok(Cohort {
                        name: r.get(0)?,
                        members: Vec::new(),
                    })
                })?
                .collect::<Sql<_>>()?;
            let mut stmt = self
                .conn
                .prepare("SELECT member FROM cohort_members WHERE cohort = ?1 ORDER BY member")?;
            for c in &mut cohorts {
                c.members = stmt
                    .query_map(params![c.name], |r| r.get(0))?
                    .collect::<Sql<_>>()?;
            }
            Ok(cohorts)
        };
        read().map_err(|e| self.fail(e))
    }

    fn create_cohort(&mut self, name: &str) -> Result<bool, HistoryError> {
        self.write(|tx| {
            Ok(tx.execute(
                "INSERT OR IGNORE INTO cohorts (name) VALUES (?1)",
                params![name],
            )? > 0)
        })
    }

    fn add_to_cohort(
        &mut self,
        cohort: &str,
        members: &[String],
    ) -> Result<Option<usize>, HistoryError> {
        self.write(|tx| {
            let known = tx
                .query_row(
                    "SELECT 1 FROM cohorts WHERE name = ?1",
                    params![cohort],
                    |_| Ok(()),
                )
                .optional()?;
            if known.is_none() {
                return Ok(None);
            }
            let mut added = 0;
            for m in members {
                added += tx.execute(
                    "INSERT OR IGNORE INTO cohort_members (cohort, member) VALUES (?1, ?2)",
                    params![cohort, m],
                )?;
            }
            Ok(Some(added))
        })
    }
}

/// Refuse a non-empty file that does not start as an SQLite database, before SQLite
/// opens it (so nothing, not even a journal, is ever written next to it).
fn check_header(path: &Path) -> Result<(), HistoryError> {
    let mut file = std::fs::File::open(path).map_err(|e| access(path, e))?;
    let mut header = Vec::with_capacity(SQLITE_HEADER.len());
    file.by_ref()
        .take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut header)
        .map_err(|e| access(path, e))?;
    if header.is_empty() || header == SQLITE_HEADER {
        return Ok(());
    }
    Err(HistoryError::NotADatabase {
        path: path.to_path_buf(),
        detail: "it does not start with the SQLite header".to_string(),
    })
}

fn access(path: &Path, e: std::io::Error) -> HistoryError {
    HistoryError::Access {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

fn upsert_session(tx: &Transaction, s: &SessionRecord) -> Sql<()> {
    tx.execute(
        "INSERT INTO sessions (id, mode, candidate, lang, started_at, ended_at, quit_early, settings)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET
             mode = excluded.mode, candidate = excluded.candidate, lang = excluded.lang,
             ended_at = excluded.ended_at, quit_early = excluded.quit_early,
             settings = excluded.settings",
        params![
            s.id,
            codes::mode_name(s.mode),
            s.candidate,
            s.lang.as_str(),
            codes::int(s.started_at),
            s.ended_at.map(codes::int),
            s.quit_early,
            s.settings.to_string(),
        ],
    )?;
    Ok(())
}

/// Insert the turns the history lacks, rescheduling their questions; returns how many.
fn insert_turns(tx: &Transaction, s: &SessionRecord) -> Sql<usize> {
    let mut added = 0;
    let mut questions = std::collections::BTreeSet::new();
    for turn in &s.turns {
        if insert_turn(tx, &s.id, turn)? {
            added += 1;
            questions.insert(turn.question.as_str());
        }
    }
    for question in questions {
        reschedule(tx, question)?;
    }
    Ok(added)
}

/// Insert one turn with its concept results and misconceptions, unless it is there.
fn insert_turn(tx: &Transaction, session: &str, t: &TurnRecord) -> Sql<bool> {
    let hints = serde_json::to_string(&t.hints).expect("strings always serialise");
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO turns (session_id, idx, question, topic, main, depth, answer,
             skipped, score, grade, seconds, hints, over_time, asked_at, answered_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            session,
            t.index,
            t.question,
            t.topic,
            t.main,
            t.depth,
            t.answer,
            t.skipped,
            t.score,
            t.grade,
            t.seconds,
            hints,
            t.over_time,
            codes::int(t.asked_at),
            codes::int(t.answered_at),
        ],
    )?;
    if inserted == 0 {
        return Ok(false);
    }
    let mut concept = tx.prepare(
        "INSERT OR IGNORE INTO concept_results (session_id, idx, concept, hit, weight, required)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for c in &t.concepts {
        concept.execute(params![session, t.index, c.id, c.hit, c.weight, c.required])?;
    }
    let mut wrong = tx.prepare(
        "INSERT OR IGNORE INTO misconceptions (session_id, idx, misconception)
         VALUES (?1, ?2, ?3)",
    )?;
    for m in &t.misconceptions {
        wrong.execute(params![session, t.index, m])?;
    }
    Ok(true)
}

/// Replay the question's schedule from all its turns and store it.
fn reschedule(tx: &Transaction, question: &str) -> Sql<()> {
    let mut stmt = tx.prepare(
        "SELECT answered_at, skipped, score FROM turns WHERE question = ?1
         ORDER BY answered_at, session_id, idx",
    )?;
    let reviews = stmt
        .query_map(params![question], |r| {
            Ok(schedule::Review {
                at: codes::uint(r.get(0)?),
                skipped: r.get(1)?,
                score: r.get(2)?,
            })
        })?
        .collect::<Sql<Vec<_>>>()?;
    match schedule::replay(question, reviews) {
        Some(s) => tx.execute(
            "INSERT OR REPLACE INTO schedules
                 (question, due, stability, difficulty, reps, lapses, last_review, last_score)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                s.question,
                codes::int(s.due),
                s.stability,
                s.difficulty,
                s.reps,
                s.lapses,
                codes::int(s.last_review),
                s.last_score,
            ],
        )?,
        None => tx.execute(
            "DELETE FROM schedules WHERE question = ?1",
            params![question],
        )?,
    };
    Ok(())
}

fn bad_value(column: usize) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnType(
        column,
        "a value this kkori does not understand".to_string(),
        rusqlite::types::Type::Text,
    )
}
