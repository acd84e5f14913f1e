//! The one seam between the history and a database: [`Store`].
//!
//! Everything kkori computes from the history (mastery, schedules, drills, progress, a
//! cohort's dashboard) is a pure function of a [`Snapshot`] and `now`; a store only keeps
//! records and hands them back. Two stores exist: [`super::sqlite::SqliteStore`], one
//! embedded file per person (the default), and [`super::postgres::PgStore`], one server
//! database for a whole study group, where every row carries its member.
//!
//! Both give the same guarantees, which the tests check on both:
//! - a turn is committed when [`Store::record_turn`] returns;
//! - recording a turn twice, or importing the same export twice, adds nothing;
//! - values are bound parameters, never formatted into SQL;
//! - a database that is not kkori's, or is from a newer kkori, is refused and left as it was.

use serde::Serialize;

use super::record::{Export, SessionRecord, Snapshot, TurnRecord};
use super::{HistoryError, Imported, Place};

/// A named group of members (candidate names), e.g. a study group or a mentor's pairs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cohort {
    pub name: String,
    /// Sorted, each once.
    pub members: Vec<String>,
}

/// Where one person's history is kept, and the group's cohorts.
pub trait Store {
    /// Where the store is, for messages (a URL never shows its password).
    fn place(&self) -> &Place;

    /// Record (or update) the session's row, without turns.
    fn record_session(&mut self, session: &SessionRecord) -> Result<(), HistoryError>;

    /// Record one turn (and the session's row) durably, in one transaction. Returns
    /// whether it was new: a turn already there (same session and index) is left as it is.
    fn record_turn(
        &mut self,
        session: &SessionRecord,
        turn: &TurnRecord,
    ) -> Result<bool, HistoryError>;

    /// Record the session's row and whichever of its turns are missing; returns how many
    /// turns were added.
    fn finish(&mut self, session: &SessionRecord) -> Result<usize, HistoryError>;

    /// Add what the export has and the store lacks, in one transaction.
    fn import(&mut self, export: &Export) -> Result<Imported, HistoryError>;

    /// Everything recorded, sessions oldest first, with the stored schedules.
    fn snapshot(&self) -> Result<Snapshot, HistoryError>;

    /// The whole history as an export.
    fn export(&self) -> Result<Export, HistoryError> {
        Ok(Export::new(self.snapshot()?.sessions))
    }

    /// `["ok"]` when the store is sound, else one line per problem found.
    fn integrity_check(&self) -> Result<Vec<String>, HistoryError>;

    /// Every cohort, by name.
    fn cohorts(&self) -> Result<Vec<Cohort>, HistoryError>;

    /// Create an empty cohort; false when it exists already (left as it is).
    fn create_cohort(&mut self, name: &str) -> Result<bool, HistoryError>;

    /// Add members to an existing cohort (`None` when there is no such cohort); returns how
    /// many were new.
    fn add_to_cohort(
        &mut self,
        cohort: &str,
        members: &[String],
    ) -> Result<Option<usize>, HistoryError>;
}

/// The stored schedules against the ones replayed from the turns: they are a cache, so any
/// difference is a problem worth a line of an integrity check.
pub(crate) fn schedule_problems(snapshot: &Snapshot) -> Vec<String> {
    let replayed = Snapshot::from_sessions(snapshot.sessions.clone()).schedules;
    let mut problems = Vec::new();
    for (question, stored) in &snapshot.schedules {
        if replayed.get(question) != Some(stored) {
            problems.push(format!(
                "the schedule of `{question}` differs from its answers"
            ));
        }
    }
    for question in replayed.keys() {
        if !snapshot.schedules.contains_key(question) {
            problems.push(format!("`{question}` has answers but no schedule"));
        }
    }
    problems
}
