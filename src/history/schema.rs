//! The history's schema, per database, as lists of forward migrations.
//!
//! A store records how many steps of its list it has had (SQLite: `PRAGMA user_version`;
//! PostgreSQL: the `kkori_schema` table). Opening a store runs the steps it lacks, each in
//! its own transaction, so a crash mid-way leaves it at a whole step. A step, once
//! released, never changes: a change is a new step. A store at a version above the list's
//! length is from a newer kkori and is refused, untouched.

/// The embedded SQLite file: one person's history.
pub mod sqlite {
    /// Marks the file as kkori's (`PRAGMA application_id`): the bytes of "kkor".
    pub const APPLICATION_ID: i32 = 0x6B6B_6F72;

    /// Step `i` takes a file from schema version `i` to `i + 1`.
    pub const MIGRATIONS: &[&str] = &[
        // 1: sessions, turns, what each answer showed, and a schedule per question.
        "
        CREATE TABLE sessions (
            id          TEXT PRIMARY KEY NOT NULL,
            mode        TEXT NOT NULL,
            candidate   TEXT,
            lang        TEXT NOT NULL,
            started_at  INTEGER NOT NULL,
            ended_at    INTEGER,
            quit_early  INTEGER NOT NULL DEFAULT 0,
            settings    TEXT NOT NULL
        );
        CREATE TABLE turns (
            session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            idx         INTEGER NOT NULL,
            question    TEXT NOT NULL,
            topic       TEXT NOT NULL,
            main        INTEGER NOT NULL,
            depth       INTEGER NOT NULL,
            answer      TEXT NOT NULL,
            skipped     INTEGER NOT NULL,
            score       INTEGER NOT NULL,
            grade       INTEGER,
            seconds     INTEGER NOT NULL,
            hints       TEXT NOT NULL,
            over_time   INTEGER NOT NULL,
            asked_at    INTEGER NOT NULL,
            answered_at INTEGER NOT NULL,
            PRIMARY KEY (session_id, idx)
        );
        CREATE INDEX turns_by_question ON turns (question, answered_at);
        CREATE TABLE concept_results (
            session_id  TEXT NOT NULL,
            idx         INTEGER NOT NULL,
            concept     TEXT NOT NULL,
            hit         INTEGER NOT NULL,
            weight      INTEGER NOT NULL,
            required    INTEGER NOT NULL,
            PRIMARY KEY (session_id, idx, concept),
            FOREIGN KEY (session_id, idx) REFERENCES turns (session_id, idx) ON DELETE CASCADE
        );
        CREATE TABLE misconceptions (
            session_id    TEXT NOT NULL,
            idx           INTEGER NOT NULL,
            misconception TEXT NOT NULL,
            PRIMARY KEY (session_id, idx, misconception),
            FOREIGN KEY (session_id, idx) REFERENCES turns (session_id, idx) ON DELETE CASCADE
        );
        CREATE TABLE schedules (
            question    TEXT PRIMARY KEY NOT NULL,
            due         INTEGER NOT NULL,
            stability   REAL NOT NULL,
            difficulty  REAL NOT NULL,
            reps        INTEGER NOT NULL,
            lapses      INTEGER NOT NULL,
            last_review INTEGER NOT NULL,
            last_score  INTEGER NOT NULL
        );
        ",
        COHORTS,
    ];

    /// The schema version this kkori writes.
    pub fn latest() -> u32 {
        MIGRATIONS.len() as u32
    }

    /// Step 2 (cohorts): named groups of members, kept in the history file of the
    /// person who runs the group (a mentor's laptop).
    const COHORTS: &str = "
    CREATE TABLE cohorts (
        name TEXT PRIMARY KEY NOT NULL
    );
    CREATE TABLE cohort_members (
        cohort TEXT NOT NULL REFERENCES cohorts(name) ON DELETE CASCADE,
        member TEXT NOT NULL,
        PRIMARY KEY (cohort, member)
    );
    ";
}

/// The PostgreSQL database of a study group: everyone's history, each row carrying its
/// `member` (the candidate's name), and the group's cohorts.
///
/// The tables live in the connection's current schema (`public` unless the URL says
/// otherwise), next to `kkori_schema`, whose one row names the application and the
/// version. A schema with tables but no `kkori_schema` is some other program's.
pub mod postgres {
    /// The `application` in `kkori_schema`.
    pub const APPLICATION: &str = "kkori";

    /// The key of the advisory lock taken while the schema is checked and migrated, so that
    /// twenty kkori starting at once on a new database create the tables once.
    pub const MIGRATION_LOCK: i64 = 0x6B6B_6F72;

    /// Made before step 1 on an empty schema: the marker and the version.
    pub const MARKER: &str = "
    CREATE TABLE kkori_schema (
        application TEXT NOT NULL,
        version     INTEGER NOT NULL
    );
    ";

    /// Step `i` takes a database from schema version `i` to `i + 1`.
    pub const MIGRATIONS: &[&str] = &[
        // 1: sessions, turns, what each answer showed, a schedule per question, cohorts.
        "
        CREATE TABLE sessions (
            member      TEXT NOT NULL,
            id          TEXT NOT NULL,
            mode        TEXT NOT NULL,
            candidate   TEXT,
            lang        TEXT NOT NULL,
            started_at  BIGINT NOT NULL,
            ended_at    BIGINT,
            quit_early  BOOLEAN NOT NULL DEFAULT FALSE,
            settings    TEXT NOT NULL,
            PRIMARY KEY (member, id)
        );
        CREATE TABLE turns (
            member      TEXT NOT NULL,
            session_id  TEXT NOT NULL,
            idx         BIGINT NOT NULL,
            question    TEXT NOT NULL,
            topic       TEXT NOT NULL,
            main        BIGINT NOT NULL,
            depth       SMALLINT NOT NULL,
            answer      TEXT NOT NULL,
            skipped     BOOLEAN NOT NULL,
            score       SMALLINT NOT NULL,
            grade       SMALLINT,
            seconds     BIGINT NOT NULL,
            hints       TEXT NOT NULL,
            over_time   BOOLEAN NOT NULL,
            asked_at    BIGINT NOT NULL,
            answered_at BIGINT NOT NULL,
            PRIMARY KEY (member, session_id, idx),
            FOREIGN KEY (member, session_id) REFERENCES sessions (member, id) ON DELETE CASCADE
        );
        CREATE INDEX turns_by_question ON turns (member, question, answered_at);
        CREATE TABLE concept_results (
            member      TEXT NOT NULL,
            session_id  TEXT NOT NULL,
            idx         BIGINT NOT NULL,
            pos         INTEGER NOT NULL,
            concept     TEXT NOT NULL,
            hit         BOOLEAN NOT NULL,
            weight      BIGINT NOT NULL,
            required    BOOLEAN NOT NULL,
            PRIMARY KEY (member, session_id, idx, concept),
            FOREIGN KEY (member, session_id, idx)
                REFERENCES turns (member, session_id, idx) ON DELETE CASCADE
        );
        CREATE TABLE misconceptions (
            member        TEXT NOT NULL,
            session_id    TEXT NOT NULL,
            idx           BIGINT NOT NULL,
            pos           INTEGER NOT NULL,
            misconception TEXT NOT NULL,
            PRIMARY KEY (member, session_id, idx, misconception),
            FOREIGN KEY (member, session_id, idx)
                REFERENCES turns (member, session_id, idx) ON DELETE CASCADE
        );
        CREATE TABLE schedules (
            member      TEXT NOT NULL,
            question    TEXT NOT NULL,
            due         BIGINT NOT NULL,
            stability   DOUBLE PRECISION NOT NULL,
            difficulty  DOUBLE PRECISION NOT NULL,
            reps        BIGINT NOT NULL,
            lapses      BIGINT NOT NULL,
            last_review BIGINT NOT NULL,
            last_score  SMALLINT NOT NULL,
            PRIMARY KEY (member, question)
        );
        CREATE TABLE cohorts (
            name TEXT PRIMARY KEY
        );
        CREATE TABLE cohort_members (
            cohort TEXT NOT NULL REFERENCES cohorts (name) ON DELETE CASCADE,
            member TEXT NOT NULL,
            PRIMARY KEY (cohort, member)
        );
        ",
    ];

    /// The schema version this kkori writes.
    pub fn latest() -> u32 {
        MIGRATIONS.len() as u32
    }
}
