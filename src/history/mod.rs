//! The practice history: every session and answer, kept by a [`Store`], and what is
//! computed from it: how well each topic and concept is known ([`mastery`]), when each
//! question should come back ([`schedule`]), drills built from both ([`drill_plan`]), one
//! person's [`progress`] and a cohort's.
//!
//! # Why it is built this way
//! - **A store behind a trait** ([`Store`]): the embedded [`SqliteStore`] (one file per
//!   person, the default) and [`PgStore`] (one PostgreSQL database for a study group, rows
//!   carrying their member). Both record an answer durably before
//!   [`History::record_turn`] returns, bind every value as a parameter, keep a versioned
//!   schema ([`schema`]), and refuse (untouched) a database that is another program's or
//!   from a newer kkori.
//! - **Idempotent recording**: a turn is keyed by session id and index. Recording it twice,
//!   or importing the same export twice, adds nothing the second time.
//! - **Spaced repetition by FSRS** (the `rs-fsrs` crate, the scheduler Anki adopted): it
//!   builds offline, is small and takes `now` as an argument. A question's schedule is
//!   *replayed* from all its turns in time order, never updated in place, so the stored
//!   schedules are a cache that any import or late recording rebuilds exactly. See
//!   [`schedule`] for how scores become FSRS ratings.
//! - **Pure computation**: [`History::snapshot`] reads everything once; mastery, progress,
//!   drills and cohorts are pure functions of [`Snapshot`]s and `now` (Unix seconds): they
//!   never see a database or the clock, and tests build snapshots from scripted sessions.
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

pub(crate) mod codes;
pub mod cohort;

pub mod drill;
mod error;
pub mod mastery;

pub mod postgres;
pub mod progress;
pub mod record;
pub mod schedule;
pub mod schema;
pub mod sqlite;
pub mod store;

use std::path::Path;

use crate::interview::Session;

pub use drill::drill_plan;
pub use error::{HistoryError, Place, Server};
pub use mastery::Mastery;
pub use postgres::PgStore;

pub use record::{ConceptRecord, Export, SessionRecord, Snapshot, TurnRecord};
pub use schedule::Schedule;
pub use sqlite::{SqliteStore, BUSY_TIMEOUT};
pub use store::{Cohort, Store};

/// The history's file name inside the data directory.
pub const FILE_NAME: &str = "history.sqlite3";

/// One person's history, in whichever [`Store`] keeps it.
pub struct History {
    store: Box<dyn Store>,
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History")
            .field("place", self.store.place())
            .finish()
    }
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Imported {
    pub sessions_added: usize,
    pub turns_added: usize,
    /// Turns the history had already (same session id and index): left as they were.
    pub turns_present: usize,
}

impl History {
    /// The SQLite history at `path`, created (with its directory and schema) when there is
    /// none; see [`SqliteStore::open`].
    pub fn open(path: &Path) -> Result<History, HistoryError> {
        Ok(History::new(Box::new(SqliteStore::open(path)?)))
    }

    /// A history kept by `store`.
    pub fn new(store: Box<dyn Store>) -> History {
        History { store }
    }

    /// Where the history is kept (a server's URL without its password).
    pub fn place(&self) -> &Place {
        self.store.place()
    }

    /// The store itself: cohorts, and what [`History`] does not wrap.
    pub fn store(&mut self) -> &mut dyn Store {
        self.store.as_mut()
    }

    /// Record (or update) the session's row: mode, candidate, settings, start and end.
    pub fn record_session(&mut self, session: &Session) -> Result<(), HistoryError> {
        self.store.record_session(&SessionRecord::of(session))
    }

    /// Record turn `index` of the session (and the session's row), durably, in one
    /// transaction. Returns whether it was new: recording the same turn again adds nothing.
    /// An index past the session's turns records nothing and returns `false`.
    pub fn record_turn(&mut self, session: &Session, index: usize) -> Result<bool, HistoryError> {
        let Some(turn) = session.turns.get(index) else {
            return Ok(false);
        };
        self.store
            .record_turn(&SessionRecord::of(session), &TurnRecord::of(index, turn))
    }

    /// Record the session's end, and any of its turns not recorded yet. Returns how many
    /// turns were added (0 when every answer was recorded as it came).
    pub fn finish_session(&mut self, session: &Session) -> Result<usize, HistoryError> {
        self.store.finish(&SessionRecord::with_turns(session))
    }

    /// Add the sessions and turns of an export that the history lacks, in one transaction.
    /// Importing the same export twice adds nothing the second time.
    pub fn import(&mut self, export: &Export) -> Result<Imported, HistoryError> {
        self.store.import(export)
    }

    /// Everything the history holds, sessions oldest first.
    pub fn snapshot(&self) -> Result<Snapshot, HistoryError> {
        self.store.snapshot()
    }

    /// The whole history as an export.
    pub fn export(&self) -> Result<Export, HistoryError> {
        self.store.export()
    }

    /// `["ok"]` when the store is sound (for SQLite, `PRAGMA integrity_check`), else one
    /// line per problem.
    pub fn integrity_check(&self) -> Result<Vec<String>, HistoryError> {
        self.store.integrity_check()
    }
}

#[cfg(test)]
pub(crate) mod test_support;
