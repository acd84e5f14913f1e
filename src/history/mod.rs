//! The practice history: every session and answer in an SQLite file, how well each topic
//! and concept is known ([`mastery`]), when each question should come back ([`schedule`]),
//! and drills built from both ([`drill_plan`]).
//!
//! # Why it is built this way
//! - **SQLite** (bundled, so no system library is needed): one file that two kkori
//!   processes can write at once. It runs in WAL mode with a busy timeout, every write is
//!   one `BEGIN IMMEDIATE` transaction (so two writers queue instead of failing on a lock
//!   upgrade), and `synchronous = FULL`, so an answer recorded is on disk when
//!   [`History::record_turn`] returns: a session killed mid-way is recorded up to its last
//!   answer. Values are always bound parameters, never formatted into SQL.
//! - **Versioned schema**: `PRAGMA user_version` counts the steps of
//!   [`schema::MIGRATIONS`] applied; `PRAGMA application_id` marks the file as kkori's.
//! - **Never over an unreadable file**: a file that is not an SQLite database, is some
//!   other program's, is damaged, or is from a newer kkori gives a [`HistoryError`] naming
//!   the path and a way out, and is left exactly as it was.
//! - **Idempotent recording**: a turn is keyed by session id and index. Recording it twice,
//!   or importing the same export twice, adds nothing the second time.
//! - **Spaced repetition by FSRS** (the `rs-fsrs` crate, the scheduler Anki adopted): it
//!   builds offline, is small and takes `now` as an argument. A question's schedule is
//!   *replayed* from all its turns in time order, never updated in place, so the
//!   `schedules` table is a cache that any import or late recording rebuilds exactly. See
//!   [`schedule`] for how scores become FSRS ratings.
//! - **Pure computation**: [`History::snapshot`] reads everything once; mastery, progress
//!   and drills are pure functions of a [`Snapshot`] and `now` (Unix seconds): the library
//!   never reads the clock, and tests build snapshots from scripted sessions.
//!
//! # Recording from the interview loop
//! ```no_run
//! # use kkori::history::History;
//! # fn run(session: &kkori::interview::Session) -> Result<(), kkori::history::HistoryError> {
//! let mut history = History::open(std::path::Path::new("history.sqlite3"))?;
//! history.record_session(session)?; // when it starts
//! history.record_turn(session, session.turns.len() - 1)?; // after every answer or skip
//! history.finish_session(session)?; // when it ends (also catches up any turn missed)
//! # Ok(()) }
//! ```

pub mod drill;
mod error;
pub mod mastery;
pub mod progress;
pub mod record;
pub mod schedule;
pub mod schema;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{
    params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior,
};

use crate::bank::Lang;
use crate::interview::{Mode, Session};

pub use drill::drill_plan;
pub use error::HistoryError;
pub use mastery::Mastery;
pub use record::{ConceptRecord, Export, SessionRecord, Snapshot, TurnRecord};
pub use schedule::Schedule;

/// The history's file name inside the data directory.
pub const FILE_NAME: &str = "history.sqlite3";

/// How long a write waits for another kkori's write to finish before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The first bytes of every SQLite 3 database.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// An open history file.
#[derive(Debug)]
pub struct History {
    conn: Connection,
    path: PathBuf,
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Imported {
    pub sessions_added: usize,
    pub turns_added: usize,
    /// Turns the history had already (same session id and index): left as they were.
    pub turns_present: usize,
}

type Sql<T> = rusqlite::Result<T>;

impl History {
    /// Open the history at `path`, creating the file (and its directory) and the schema
    /// when there is none, and bringing an older schema up to date.
    ///
    /// An existing file that cannot be used as kkori's history is an error, and is left
    /// untouched: it is never replaced by a new, empty history.
    pub fn open(path: &Path) -> Result<History, HistoryError> {
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
        let mut history = History {
            conn,
            path: path.to_path_buf(),
        };
        history.prepare()?;
        Ok(history)
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
                path: self.path.clone(),
            });
        }
        check_version(&self.path, version)?;
        // WAL lets one kkori read while another writes. (Where it cannot be had, say on a
        // read-only medium, SQLite keeps its rollback journal and writes fail clearly.)
        self.conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
            .map_err(|e| self.fail(e))?;
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
            check_version(&self.path, version)?;
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

    /// Record (or update) the session's row: mode, candidate, settings, start and end.
    pub fn record_session(&mut self, session: &Session) -> Result<(), HistoryError> {
        let record = SessionRecord::of(session);
        self.write(|tx| upsert_session(tx, &record))
    }

    /// Record turn `index` of the session (and the session's row), durably, in one
    /// transaction. Returns whether it was new: recording the same turn again adds nothing.
    /// An index past the session's turns records nothing and returns `false`.
    pub fn record_turn(&mut self, session: &Session, index: usize) -> Result<bool, HistoryError> {
        let Some(turn) = session.turns.get(index) else {
            return Ok(false);
        };
        let record = SessionRecord::of(session);
        let turn = TurnRecord::of(index, turn);
        self.write(|tx| {
            upsert_session(tx, &record)?;
            let added = insert_turn(tx, &record.id, &turn)?;
            if added {
                reschedule(tx, &turn.question)?;
            }
            Ok(added)
        })
    }

    /// Record the session's end, and any of its turns not recorded yet. Returns how many
    /// turns were added (0 when every answer was recorded as it came).
    pub fn finish_session(&mut self, session: &Session) -> Result<usize, HistoryError> {
        let record = SessionRecord::with_turns(session);
        self.write(|tx| {
            upsert_session(tx, &record)?;
            insert_turns(tx, &record)
        })
    }

    /// Add the sessions and turns of an export that the history lacks, in one transaction.
    /// Importing the same export twice adds nothing the second time.
    pub fn import(&mut self, export: &Export) -> Result<Imported, HistoryError> {
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
                        params![session.id, session.ended_at.map(int), session.quit_early],
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

    /// Everything the history holds, sessions oldest first.
    pub fn snapshot(&self) -> Result<Snapshot, HistoryError> {
        self.read_snapshot().map_err(|e| self.fail(e))
    }

    /// The whole history as an export.
    pub fn export(&self) -> Result<Export, HistoryError> {
        Ok(Export::new(self.snapshot()?.sessions))
    }

    /// SQLite's `PRAGMA integrity_check`: `["ok"]` when the file is sound.
    pub fn integrity_check(&self) -> Result<Vec<String>, HistoryError> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| self.fail(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<Sql<Vec<String>>>())
            .map_err(|e| self.fail(e));
        rows
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
                mode: parse_mode(r.get_ref(1)?.as_str()?).ok_or(bad_value(1))?,
                candidate: r.get(2)?,
                lang: parse_lang(r.get_ref(3)?.as_str()?).ok_or(bad_value(3))?,
                started_at: uint(r.get(4)?),
                ended_at: r.get::<_, Option<i64>>(5)?.map(uint),
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
                asked_at: uint(r.get(13)?),
                answered_at: uint(r.get(14)?),
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
                due: uint(r.get(1)?),
                stability: r.get(2)?,
                difficulty: r.get(3)?,
                reps: r.get(4)?,
                lapses: r.get(5)?,
                last_review: uint(r.get(6)?),
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

fn check_version(path: &Path, version: u32) -> Result<(), HistoryError> {
    if version > schema::latest() {
        return Err(HistoryError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: schema::latest(),
        });
    }
    Ok(())
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
            mode_name(s.mode),
            s.candidate,
            s.lang.as_str(),
            int(s.started_at),
            s.ended_at.map(int),
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
            int(t.asked_at),
            int(t.answered_at),
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
                at: uint(r.get(0)?),
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
                int(s.due),
                s.stability,
                s.difficulty,
                s.reps,
                s.lapses,
                int(s.last_review),
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

fn int(v: u64) -> i64 {
    v.min(i64::MAX as u64) as i64
}

fn uint(v: i64) -> u64 {
    v.max(0) as u64
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Solo => "solo",
        Mode::Pair => "pair",
    }
}

fn parse_mode(name: &str) -> Option<Mode> {
    match name {
        "solo" => Some(Mode::Solo),
        "pair" => Some(Mode::Pair),
        _ => None,
    }
}

fn parse_lang(name: &str) -> Option<Lang> {
    match name {
        "ko" => Some(Lang::Ko),
        "en" => Some(Lang::En),
        _ => None,
    }
}

fn bad_value(column: usize) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnType(
        column,
        "a value this kkori does not understand".to_string(),
        rusqlite::types::Type::Text,
    )
}

#[cfg(test)]
pub(crate) mod test_support;
