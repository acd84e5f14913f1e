//! The group's store: one PostgreSQL database holds the history of a whole study group,
//! every row carrying its `member` (the candidate's name), and the group's cohorts.
//!
//! # Why it is built this way
//! - **The `postgres` crate** (sync, from the rust-postgres project): kkori is a sync
//!   program and records one answer at a time, so a blocking client is the simple fit.
//!   No TLS: a study group's server is on a LAN or reached through an SSH tunnel.
//! - **Durable when it returns**: each write is one transaction, committed (and, with the
//!   server's default `synchronous_commit`, flushed) before [`Store::record_turn`] returns.
//! - **Many writers**: rows are keyed by member, session and index and inserted with
//!   `ON CONFLICT DO NOTHING`, so a turn recorded twice is one row. A question's schedule is
//!   replayed under an advisory lock of (member, question), so two kkori of one member
//!   cannot interleave their replays; a deadlock or serialisation failure is retried.
//! - **Versioned schema** ([`schema::MIGRATIONS`]): `kkori_schema` holds the version.
//!   The steps run under one advisory lock, so twenty kkori meeting a new database at once
//!   create the tables once. A schema with tables but no `kkori_schema` is another
//!   program's and is refused, as is one from a newer kkori; neither is touched.
//! - **Bound parameters only**, and the password is never shown: the store is named by a
//!   [`Server`] (user, host, port, database), and any error text is scrubbed of it.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::Duration;

use postgres::error::SqlState;
use postgres::{Client, Config, IsolationLevel, NoTls, Transaction};

use super::record::{ConceptRecord, Export, SessionRecord, Snapshot, TurnRecord};
use super::schedule::{self, Schedule};
use super::schema::postgres as schema;
use super::store::{schedule_problems, Cohort, Store};
use super::{codes, HistoryError, Imported, Place, Server};

/// How long connecting may take before the server is called unreachable.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How many times a transaction that lost a deadlock or a serialisation race is retried.
const RETRIES: usize = 8;

type Pg<T> = Result<T, postgres::Error>;

/// A connection to the group's database, reading and writing one member's history.
pub struct PgStore {
    client: RefCell<Client>,
    member: String,
    place: Place,
    /// The password, to scrub from any text shown.
    secret: Option<String>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("place", &self.place)
            .field("member", &self.member)
            .finish()
    }
}

/// Parse a `postgres://` URL (or a `key=value` connection string) into a configuration and
/// the [`Server`] to name it by. `password` is used when the URL gives none (the CLI passes
/// `PGPASSWORD`). Errors never repeat the URL.
pub fn parse(url: &str, password: Option<&str>) -> Result<(Config, Server), HistoryError> {
    let mut config: Config = url.parse().map_err(|e: postgres::Error| {
        let detail = scrub(&e.to_string(), password_in(url).as_deref());
        HistoryError::BadLocation {
            detail: format!("not a PostgreSQL URL: {detail}"),
        }
    })?;
    if config.get_hosts().is_empty() {
        config.host("localhost");
    }
    if config.get_password().is_none() {
        if let Some(p) = password.filter(|p| !p.is_empty()) {
            config.password(p);
        }
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    config.application_name("kkori");
    let host = match &config.get_hosts()[0] {
        postgres::config::Host::Tcp(h) => h.clone(),
        #[cfg(unix)]
        postgres::config::Host::Unix(p) => p.display().to_string(),
    };
    let user = config.get_user().unwrap_or("").to_string();
    let server = Server {
        host,
        port: config.get_ports().first().copied().unwrap_or(5432),
        database: config.get_dbname().unwrap_or(&user).to_string(),
        user,
    };
    Ok((config, server))
}

/// The password written in a URL, if any (for scrubbing a parse error).
fn password_in(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?']).next()?;
    let userinfo = authority.rsplit_once('@')?.0;
    Some(userinfo.split_once(':')?.1.to_string())
}

/// `text` with every occurrence of the secret replaced by `***`.
fn scrub(text: &str, secret: Option<&str>) -> String {
    match secret.filter(|s| s.len() >= 3) {
        Some(s) => text.replace(s, "***"),
        None => text.to_string(),
    }
}

impl PgStore {
    /// Connect to the database at `url` as `member`, creating kkori's tables when the
    /// database is empty and bringing an older schema up to date.
    pub fn connect(
        url: &str,
        member: &str,
        password: Option<&str>,
    ) -> Result<PgStore, HistoryError> {
        let (config, server) = parse(url, password)?;
        let secret = config
            .get_password()
            .map(|p| String::from_utf8_lossy(p).into_owned());
        let client = config
            .connect(NoTls)
            .map_err(|e| classify(&server, secret.as_deref(), e, true))?;
        let mut store = PgStore {
            client: RefCell::new(client),
            member: member.to_string(),
            place: Place::Server(server),
            secret,
        };
        store.migrate()?;
        Ok(store)
    }

    /// Whose history this store reads and writes.
    pub fn member(&self) -> &str {
        &self.member
    }

    fn server(&self) -> &Server {
        match &self.place {
            Place::Server(s) => s,
            Place::File(_) => unreachable!("a PgStore is always on a server"),
        }
    }

    fn fail(&self, e: postgres::Error) -> HistoryError {
        classify(self.server(), self.secret.as_deref(), e, false)
    }

    /// Run `f` in one transaction, committed before this returns; retried when the server
    /// aborts it for a deadlock or a serialisation race.
    fn write<T>(&self, f: impl Fn(&mut Transaction, &str) -> Pg<T>) -> Result<T, HistoryError> {
        let mut client = self.client.borrow_mut();
        let mut attempt = 0;
        loop {
            let result = (|| {
                let mut tx = client.transaction()?;
                let out = f(&mut tx, &self.member)?;
                tx.commit()?;
                Ok(out)
            })();
            match result {
                Ok(out) => return Ok(out),
                Err(e) if attempt < RETRIES && retryable(&e) => attempt += 1,
                Err(e) => return Err(self.fail(e)),
            }
        }
    }

    /// Check whose database this is and run the steps it lacks, one transaction each,
    /// under the migration lock.
    fn migrate(&mut self) -> Result<(), HistoryError> {
        enum Found {
            Foreign,
            Version(u32),
        }
        loop {
            let found = self.write(|tx, _| {
                tx.execute(
                    "SELECT pg_advisory_xact_lock($1)",
                    &[&schema::MIGRATION_LOCK],
                )?;
                let marked: bool = tx
                    .query_one("SELECT to_regclass('kkori_schema') IS NOT NULL", &[])?
                    .get(0);
                if !marked {
                    let tables: i64 = tx
                        .query_one(
                            "SELECT count(*) FROM information_schema.tables
                             WHERE table_schema = current_schema()",
                            &[],
                        )?
                        .get(0);
                    if tables > 0 {
                        return Ok(Found::Foreign);
                    }
                    tx.batch_execute(schema::MARKER)?;
                    tx.execute(
                        "INSERT INTO kkori_schema (application, version) VALUES ($1, 0)",
                        &[&schema::APPLICATION],
                    )?;
                }
                let rows = tx.query("SELECT application, version FROM kkori_schema", &[])?;
                let [row] = rows.as_slice() else {
                    return Ok(Found::Foreign);
                };
                let application: String = row.get(0);
                let version: i32 = row.get(1);
                if application != schema::APPLICATION || version < 0 {
                    return Ok(Found::Foreign);
                }
                let version = version as u32;
                if let Some(step) = schema::MIGRATIONS.get(version as usize) {
                    tx.batch_execute(step)?;
                    tx.execute(
                        "UPDATE kkori_schema SET version = $1",
                        &[&(version as i32 + 1)],
                    )?;
                    return Ok(Found::Version(version + 1));
                }
                Ok(Found::Version(version))
            })?;
            match found {
                Found::Foreign => {
                    return Err(HistoryError::Foreign {
                        place: self.place.clone(),
                    })
                }
                Found::Version(v) if v > schema::latest() => {
                    return Err(HistoryError::TooNew {
                        place: self.place.clone(),
                        found: v,
                        supported: schema::latest(),
                    })
                }
                Found::Version(v) if v == schema::latest() => return Ok(()),
                Found::Version(_) => {}
            }
        }
    }

    /// The history of any member of the group, read in one consistent transaction.
    pub fn snapshot_of(&self, member: &str) -> Result<Snapshot, HistoryError> {
        let mut client = self.client.borrow_mut();
        let mut read = || -> Pg<Snapshot> {
            let mut tx = client
                .build_transaction()
                .isolation_level(IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()?;
            let snapshot = read_snapshot(&mut tx, member)?;
            tx.commit()?;
            Ok(snapshot)
        };
        read().map_err(|e| self.fail(e))
    }

    /// Everyone with a session in the database, sorted.
    pub fn members(&self) -> Result<Vec<String>, HistoryError> {
        let rows = self
            .client
            .borrow_mut()
            .query(
                "SELECT DISTINCT member FROM sessions ORDER BY member COLLATE \"C\"",
                &[],
            )
            .map_err(|e| self.fail(e))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}

impl Store for PgStore {
    fn place(&self) -> &Place {
        &self.place
    }

    fn record_session(&mut self, session: &SessionRecord) -> Result<(), HistoryError> {
        self.write(|tx, member| upsert_session(tx, member, session))
    }

    fn record_turn(
        &mut self,
        session: &SessionRecord,
        turn: &TurnRecord,
    ) -> Result<bool, HistoryError> {
        self.write(|tx, member| {
            upsert_session(tx, member, session)?;
            let added = insert_turn(tx, member, &session.id, turn)?;
            if added {
                reschedule(tx, member, &turn.question)?;
            }
            Ok(added)
        })
    }

    fn finish(&mut self, session: &SessionRecord) -> Result<usize, HistoryError> {
        self.write(|tx, member| {
            upsert_session(tx, member, session)?;
            insert_turns(tx, member, session)
        })
    }

    fn import(&mut self, export: &Export) -> Result<Imported, HistoryError> {
        self.write(|tx, member| {
            let mut imported = Imported::default();
            for session in &export.sessions {
                let known = tx
                    .query_opt(
                        "SELECT 1 FROM sessions WHERE member = $1 AND id = $2",
                        &[&member, &session.id],
                    )?
                    .is_some();
                if known {
                    // Only fill in an end the group's copy lacks; keep everything else.
                    tx.execute(
                        "UPDATE sessions SET ended_at = $3, quit_early = $4
                         WHERE member = $1 AND id = $2 AND ended_at IS NULL
                           AND $3::BIGINT IS NOT NULL",
                        &[
                            &member,
                            &session.id,
                            &session.ended_at.map(codes::int),
                            &session.quit_early,
                        ],
                    )?;
                } else {
                    upsert_session(tx, member, session)?;
                    imported.sessions_added += 1;
                }
                let added = insert_turns(tx, member, session)?;
                imported.turns_added += added;
                imported.turns_present += session.turns.len() - added;
            }
            Ok(imported)
        })
    }

    fn snapshot(&self) -> Result<Snapshot, HistoryError> {
        self.snapshot_of(&self.member)
    }

    /// Whether the stored schedules agree with the answers (the tables' keys and foreign
    /// keys are the server's to keep).
    fn integrity_check(&self) -> Result<Vec<String>, HistoryError> {
        let problems = schedule_problems(&self.snapshot()?);
        Ok(if problems.is_empty() {
            vec!["ok".to_string()]
        } else {
            problems
        })
    }

    fn cohorts(&self) -> Result<Vec<Cohort>, HistoryError> {
        let mut client = self.client.borrow_mut();
        let mut read = || -> Pg<Vec<Cohort>> {
            let mut cohorts: BTreeMap<String, Vec<String>> = client
                .query("SELECT name FROM cohorts", &[])?
                .iter()
                .map(|r| (r.get(0), Vec::new()))
                .collect();
            for r in client.query(
                "SELECT cohort, member FROM cohort_members ORDER BY member COLLATE \"C\"",
                &[],
            )? {
                if let Some(members) = cohorts.get_mut(r.get::<_, &str>(0)) {
                    members.push(r.get(1));
                }
            }
            Ok(cohorts
                .into_iter()
                .map(|(name, members)| Cohort { name, members })
                .collect())
        };
        read().map_err(|e| self.fail(e))
    }

    fn create_cohort(&mut self, name: &str) -> Result<bool, HistoryError> {
        self.write(|tx, _| {
            Ok(tx.execute(
                "INSERT INTO cohorts (name) VALUES ($1) ON CONFLICT DO NOTHING",
                &[&name],
            )? > 0)
        })
    }

    fn add_to_cohort(
        &mut self,
        cohort: &str,
        members: &[String],
    ) -> Result<Option<usize>, HistoryError> {
        self.write(|tx, _| {
            if tx
                .query_opt("SELECT 1 FROM cohorts WHERE name = $1", &[&cohort])?
                .is_none()
            {
                return Ok(None);
            }
            let mut added = 0;
            for m in members {
                added += tx.execute(
                    "INSERT INTO cohort_members (cohort, member) VALUES ($1, $2)
                     ON CONFLICT DO NOTHING",
                    &[&cohort, m],
                )? as usize;
            }
            Ok(Some(added))
        })
    }
}

/// A deadlock or a serialisation race: the server rolled back, try again.
fn retryable(e: &postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(c) if *c == SqlState::T_R_DEADLOCK_DETECTED || *c == SqlState::T_R_SERIALIZATION_FAILURE
    )
}

/// Word a client or server error for the person: which server, and what to do.
fn classify(
    server: &Server,
    secret: Option<&str>,
    e: postgres::Error,
    connecting: bool,
) -> HistoryError {
    let server = server.clone();
    if let Some(db) = e.as_db_error() {
        let detail = scrub(db.message(), secret);
        let code = db.code();
        return if *code == SqlState::INVALID_PASSWORD
            || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
        {
            HistoryError::Auth { server, detail }
        } else if *code == SqlState::INVALID_CATALOG_NAME {
            HistoryError::NoDatabase { server }
        } else if *code == SqlState::DISK_FULL {
            HistoryError::Full {
                place: Place::Server(server),
            }
        } else {
            HistoryError::Postgres {
                server,
                detail: format!("{detail} ({})", code.code()),
            }
        };
    }
    let mut detail = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        let text = s.to_string();
        if !detail.contains(&text) {
            detail = format!("{detail}: {text}");
        }
        source = s.source();
    }
    let detail = scrub(&detail, secret);
    if detail.contains("password missing") {
        return HistoryError::Auth {
            server,
            detail: "the server asks for a password and none was given".to_string(),
        };
    }
    if connecting || e.is_closed() {
        HistoryError::Unreachable { server, detail }
    } else {
        HistoryError::Postgres { server, detail }
    }
}

fn upsert_session(tx: &mut Transaction, member: &str, s: &SessionRecord) -> Pg<()> {
    tx.execute(
        "INSERT INTO sessions
             (member, id, mode, candidate, lang, started_at, ended_at, quit_early, settings)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (member, id) DO UPDATE SET
             mode = EXCLUDED.mode, candidate = EXCLUDED.candidate, lang = EXCLUDED.lang,
             ended_at = EXCLUDED.ended_at, quit_early = EXCLUDED.quit_early,
             settings = EXCLUDED.settings",
        &[
            &member,
            &s.id,
            &codes::mode_name(s.mode),
            &s.candidate,
            &s.lang.as_str(),
            &codes::int(s.started_at),
            &s.ended_at.map(codes::int),
            &s.quit_early,
            &s.settings.to_string(),
        ],
    )?;
    Ok(())
}

/// Insert the turns the group's copy lacks, rescheduling their questions (in a fixed
/// order, so two writers never wait on each other's locks in a circle).
fn insert_turns(tx: &mut Transaction, member: &str, s: &SessionRecord) -> Pg<usize> {
    let mut added = 0;
    let mut questions = BTreeSet::new();
    for turn in &s.turns {
        if insert_turn(tx, member, &s.id, turn)? {
            added += 1;
            questions.insert(turn.question.as_str());
        }
    }
    for question in questions {
        reschedule(tx, member, question)?;
    }
    Ok(added)
}

fn insert_turn(tx: &mut Transaction, member: &str, session: &str, t: &TurnRecord) -> Pg<bool> {
    let hints = serde_json::to_string(&t.hints).expect("strings always serialise");
    let index = i64::from(t.index);
    let inserted = tx.execute(
        "INSERT INTO turns (member, session_id, idx, question, topic, main, depth, answer,
             skipped, score, grade, seconds, hints, over_time, asked_at, answered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         ON CONFLICT DO NOTHING",
        &[
            &member,
            &session,
            &index,
            &t.question,
            &t.topic,
            &i64::from(t.main),
            &i16::from(t.depth),
            &t.answer,
            &t.skipped,
            &i16::from(t.score),
            &t.grade.map(i16::from),
            &i64::from(t.seconds),
            &hints,
            &t.over_time,
            &codes::int(t.asked_at),
            &codes::int(t.answered_at),
        ],
    )?;
    if inserted == 0 {
        return Ok(false);
    }
    let concept = tx.prepare(
        "INSERT INTO concept_results
             (member, session_id, idx, pos, concept, hit, weight, required)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )?;
    for (pos, c) in t.concepts.iter().enumerate() {
        tx.execute(
            &concept,
            &[
                &member,
                &session,
                &index,
                &(pos as i32),
                &c.id,
                &c.hit,
                &i64::from(c.weight),
                &c.required,
            ],
        )?;
    }
    let wrong = tx.prepare(
        "INSERT INTO misconceptions (member, session_id, idx, pos, misconception)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )?;
    for (pos, m) in t.misconceptions.iter().enumerate() {
        tx.execute(&wrong, &[&member, &session, &index, &(pos as i32), m])?;
    }
    Ok(true)
}

/// The advisory lock key of one member's question.
fn question_lock(member: &str, question: &str) -> i64 {
    let hash = member
        .bytes()
        .chain([0])
        .chain(question.bytes())
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    hash as i64
}

/// Replay the question's schedule from all the member's turns and store it, holding the
/// question's lock so that a concurrent replay sees this one's turn.
fn reschedule(tx: &mut Transaction, member: &str, question: &str) -> Pg<()> {
    tx.execute(
        "SELECT pg_advisory_xact_lock($1)",
        &[&question_lock(member, question)],
    )?;
    let reviews: Vec<schedule::Review> = tx
        .query(
            "SELECT answered_at, skipped, score FROM turns WHERE member = $1 AND question = $2
             ORDER BY answered_at, session_id COLLATE \"C\", idx",
            &[&member, &question],
        )?
        .iter()
        .map(|r| schedule::Review {
            at: codes::uint(r.get(0)),
            skipped: r.get(1),
            score: small(r.get(2)),
        })
        .collect();
    match schedule::replay(question, reviews) {
        Some(s) => tx.execute(
            "INSERT INTO schedules (member, question, due, stability, difficulty, reps, lapses,
                 last_review, last_score)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (member, question) DO UPDATE SET
                 due = EXCLUDED.due, stability = EXCLUDED.stability,
                 difficulty = EXCLUDED.difficulty, reps = EXCLUDED.reps,
                 lapses = EXCLUDED.lapses, last_review = EXCLUDED.last_review,
                 last_score = EXCLUDED.last_score",
            &[
                &member,
                &s.question,
                &codes::int(s.due),
                &s.stability,
                &s.difficulty,
                &i64::from(s.reps),
                &i64::from(s.lapses),
                &codes::int(s.last_review),
                &i16::from(s.last_score),
            ],
        )?,
        None => tx.execute(
            "DELETE FROM schedules WHERE member = $1 AND question = $2",
            &[&member, &question],
        )?,
    };
    Ok(())
}

fn small(v: i16) -> u8 {
    v.clamp(0, i16::from(u8::MAX)) as u8
}

fn count(v: i64) -> u32 {
    v.clamp(0, i64::from(u32::MAX)) as u32
}

fn read_snapshot(tx: &mut Transaction, member: &str) -> Pg<Snapshot> {
    let mut sessions = Vec::new();
    for r in tx.query(
        "SELECT id, mode, candidate, lang, started_at, ended_at, quit_early, settings
         FROM sessions WHERE member = $1 ORDER BY started_at, id COLLATE \"C\"",
        &[&member],
    )? {
        let (Some(mode), Some(lang)) = (codes::parse_mode(r.get(1)), codes::parse_lang(r.get(3)))
        else {
            // A row this kkori cannot read (a newer kkori's mode): passed over, not fatal.
            continue;
        };
        sessions.push(SessionRecord {
            id: r.get(0),
            mode,
            candidate: r.get(2),
            lang,
            started_at: codes::uint(r.get(4)),
            ended_at: r.get::<_, Option<i64>>(5).map(codes::uint),
            quit_early: r.get(6),
            settings: serde_json::from_str(r.get(7)).unwrap_or(serde_json::Value::Null),
            turns: Vec::new(),
        });
    }
    let position: HashMap<String, usize> = sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    for r in tx.query(
        "SELECT session_id, idx, question, topic, main, depth, answer, skipped, score, grade,
                seconds, hints, over_time, asked_at, answered_at
         FROM turns WHERE member = $1 ORDER BY session_id COLLATE \"C\", idx",
        &[&member],
    )? {
        let Some(&i) = position.get(r.get::<_, &str>(0)) else {
            continue;
        };
        sessions[i].turns.push(TurnRecord {
            index: count(r.get(1)),
            question: r.get(2),
            topic: r.get(3),
            main: count(r.get(4)),
            depth: small(r.get(5)),
            answer: r.get(6),
            skipped: r.get(7),
            score: small(r.get(8)),
            grade: r.get::<_, Option<i16>>(9).map(small),
            seconds: count(r.get(10)),
            hints: serde_json::from_str(r.get(11)).unwrap_or_default(),
            over_time: r.get(12),
            asked_at: codes::uint(r.get(13)),
            answered_at: codes::uint(r.get(14)),
            concepts: Vec::new(),
            misconceptions: Vec::new(),
        });
    }
    let turn_at: HashMap<(String, u32), (usize, usize)> = sessions
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            s.turns
                .iter()
                .enumerate()
                .map(move |(j, t)| ((s.id.clone(), t.index), (i, j)))
        })
        .collect();
    for r in tx.query(
        "SELECT session_id, idx, concept, hit, weight, required
         FROM concept_results WHERE member = $1 ORDER BY session_id, idx, pos",
        &[&member],
    )? {
        if let Some(&(i, j)) = turn_at.get(&(r.get(0), count(r.get(1)))) {
            sessions[i].turns[j].concepts.push(ConceptRecord {
                id: r.get(2),
                hit: r.get(3),
                weight: count(r.get(4)),
                required: r.get(5),
            });
        }
    }
    for r in tx.query(
        "SELECT session_id, idx, misconception
         FROM misconceptions WHERE member = $1 ORDER BY session_id, idx, pos",
        &[&member],
    )? {
        if let Some(&(i, j)) = turn_at.get(&(r.get(0), count(r.get(1)))) {
            sessions[i].turns[j].misconceptions.push(r.get(2));
        }
    }
    let mut schedules = BTreeMap::new();
    for r in tx.query(
        "SELECT question, due, stability, difficulty, reps, lapses, last_review, last_score
         FROM schedules WHERE member = $1",
        &[&member],
    )? {
        let schedule = Schedule {
            question: r.get(0),
            due: codes::uint(r.get(1)),
            stability: r.get(2),
            difficulty: r.get(3),
            reps: count(r.get(4)),
            lapses: count(r.get(5)),
            last_review: codes::uint(r.get(6)),
            last_score: small(r.get(7)),
        };
        schedules.insert(schedule.question.clone(), schedule);
    }
    Ok(Snapshot {
        sessions,
        schedules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_named_without_its_password() {
        let (_, server) = parse("postgres://mentor:s3cret@db.lan:6543/study", None).unwrap();
        assert_eq!(server.to_string(), "postgres://mentor@db.lan:6543/study");
        assert!(!server.createdb().contains("s3cret"));
        let (config, server) = parse("postgresql://kim@localhost/kkori", Some("pw")).unwrap();
        assert_eq!(server.port, 5432);
        assert_eq!(config.get_password(), Some(&b"pw"[..]));
    }

    #[test]
    fn a_bad_url_is_refused_without_repeating_it() {
        let err = parse("postgres://u:hunter22@host:notaport/db", None).unwrap_err();
        assert!(matches!(err, HistoryError::BadLocation { .. }), "{err:?}");
        assert!(!err.to_string().contains("hunter22"), "{err}");
        assert_eq!(
            password_in("postgres://u:hunter22@host/db").as_deref(),
            Some("hunter22")
        );
        assert_eq!(scrub("x hunter22 y", Some("hunter22")), "x *** y");
    }
}
