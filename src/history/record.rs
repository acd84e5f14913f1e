//! The history as plain data: what is stored of each session and turn, the export file
//! format, and a [`Snapshot`] of everything that mastery and drills are computed from.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::interview::{Mode, Session, Turn};

use super::schedule::{self, Review, Schedule};

/// The `format` field of an export file.
pub const EXPORT_FORMAT: &str = "kkori-history";
/// Bumped when the export file changes incompatibly.
pub const EXPORT_VERSION: u32 = 1;

/// One session as the history keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub id: String,
    pub mode: Mode,
    #[serde(default)]
    pub candidate: Option<String>,
    pub lang: crate::bank::Lang,
    pub started_at: u64,
    #[serde(default)]
    pub ended_at: Option<u64>,
    #[serde(default)]
    pub quit_early: bool,
    /// The session's [`crate::interview::Settings`], kept as JSON so that an old export
    /// still imports after the settings grow a field.
    pub settings: serde_json::Value,
    #[serde(default)]
    pub turns: Vec<TurnRecord>,
}

/// One question asked and what came of it. Private pair-mode notes are not kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnRecord {
    /// Position of the turn in its session: with the session id, what makes it unique.
    pub index: u32,
    pub question: String,
    pub topic: String,
    pub main: u32,
    pub depth: u8,
    pub answer: String,
    pub skipped: bool,
    /// After the cost of hints; 0 when skipped.
    pub score: u8,
    /// The 0–5 band of `score`; none when skipped.
    #[serde(default)]
    pub grade: Option<u8>,
    pub seconds: u32,
    #[serde(default)]
    pub hints: Vec<String>,
    #[serde(default)]
    pub over_time: bool,
    pub asked_at: u64,
    pub answered_at: u64,
    #[serde(default)]
    pub concepts: Vec<ConceptRecord>,
    #[serde(default)]
    pub misconceptions: Vec<String>,
}

/// Whether one concept of the rubric was shown in one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConceptRecord {
    pub id: String,
    pub hit: bool,
    pub weight: u32,
    pub required: bool,
}

impl SessionRecord {
    /// The session's row, without turns.
    pub fn of(session: &Session) -> Self {
        SessionRecord {
            id: session.id.clone(),
            mode: session.mode,
            candidate: session.candidate.clone(),
            lang: session.settings.lang,
            started_at: session.started_at,
            ended_at: session.ended_at,
            quit_early: session.quit_early,
            settings: serde_json::to_value(&session.settings).expect("settings always serialise"),
            turns: Vec::new(),
        }
    }

    /// The session with all its turns.
    pub fn with_turns(session: &Session) -> Self {
        let mut record = SessionRecord::of(session);
        record.turns = session
            .turns
            .iter()
            .enumerate()
            .map(|(i, t)| TurnRecord::of(i, t))
            .collect();
        record
    }

    /// Turns that were answered, not skipped.
    pub fn answered(&self) -> impl Iterator<Item = &TurnRecord> {
        self.turns.iter().filter(|t| !t.skipped)
    }

    /// The session's [`average`](crate::interview::average): every question asked, a
    /// skipped one counting 0 (its score is 0), as in the report and on screen.
    pub fn mean_score(&self) -> Option<f64> {
        crate::interview::average(self.turns.iter().map(|t| t.score))
    }
}

impl TurnRecord {
    pub fn of(index: usize, turn: &Turn) -> Self {
        let grade = turn.grade.as_ref();
        TurnRecord {
            index: index as u32,
            question: turn.question.clone(),
            topic: turn.topic.clone(),
            main: turn.main as u32,
            depth: turn.depth,
            answer: turn.answer.clone(),
            skipped: turn.skipped,
            score: turn.score,
            grade: turn.band(),
            seconds: turn.seconds,
            hints: turn.hints.clone(),
            over_time: turn.over_time,
            asked_at: turn.asked_at,
            answered_at: turn.answered_at,
            concepts: grade
                .map(|g| {
                    g.concepts
                        .iter()
                        .map(|c| ConceptRecord {
                            id: c.id.clone(),
                            hit: c.hit,
                            weight: c.weight,
                            required: c.required,
                        })
                        .collect()
                })
                .unwrap_or_default(),
            misconceptions: grade
                .map(|g| g.misconceptions.iter().map(|m| m.id.clone()).collect())
                .unwrap_or_default(),
        }
    }

    /// How well this turn went, 0.0–1.0 (a skip is 0).
    pub fn fraction(&self) -> f64 {
        if self.skipped {
            0.0
        } else {
            f64::from(self.score.min(100)) / 100.0
        }
    }

    pub(crate) fn review(&self) -> Review {
        Review {
            at: self.answered_at,
            skipped: self.skipped,
            score: self.score,
        }
    }
}

/// A history moved between machines: `kkori history export` writes it, `import` reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub sessions: Vec<SessionRecord>,
}

impl Export {
    pub fn new(sessions: Vec<SessionRecord>) -> Self {
        Export {
            format: EXPORT_FORMAT.to_string(),
            version: EXPORT_VERSION,
            sessions,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an export always serialises")
    }

    /// Parse an export file, refusing other files and versions this build does not know.
    pub fn from_json(text: &str) -> Result<Export, String> {
        #[derive(Deserialize)]
        struct Header {
            format: Option<String>,
            version: Option<u32>,
        }
        let header = serde_json::from_str::<Header>(text)
            .map_err(|e| format!("not a kkori history export (it is not JSON: {e})"))?;
        if header.format.as_deref() != Some(EXPORT_FORMAT) {
            return Err(format!(
                "not a kkori history export (it lacks \"format\": \"{EXPORT_FORMAT}\"); \
                 write one with `kkori history export FILE`"
            ));
        }
        match header.version {
            Some(EXPORT_VERSION) => {}
            Some(v) => {
                return Err(format!(
                    "history export version {v} is not supported by this kkori \
                     (it reads version {EXPORT_VERSION}); update kkori"
                ))
            }
            None => return Err("the history export has no \"version\"".to_string()),
        }
        let export: Export = serde_json::from_str(text)
            .map_err(|e| format!("the history export is damaged: {e}"))?;
        for s in &export.sessions {
            let mut seen = std::collections::BTreeSet::new();
            if let Some(t) = s.turns.iter().find(|t| !seen.insert(t.index)) {
                return Err(format!(
                    "the history export is damaged: session `{}` has turn {} twice",
                    s.id, t.index
                ));
            }
        }
        Ok(export)
    }
}

/// Everything the history holds, read at once: what progress, mastery and drills are
/// computed from, with no database in sight (tests build one from scripted sessions).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    /// Oldest first, turns in order.
    pub sessions: Vec<SessionRecord>,
    /// Per question id.
    pub schedules: BTreeMap<String, Schedule>,
}

impl Snapshot {
    /// A snapshot of these sessions, with every question's schedule replayed from its turns.
    pub fn from_sessions(mut sessions: Vec<SessionRecord>) -> Self {
        sessions.sort_by(|a, b| (a.started_at, &a.id).cmp(&(b.started_at, &b.id)));
        for s in &mut sessions {
            s.turns.sort_by_key(|t| t.index);
        }
        let mut reviews: BTreeMap<&str, Vec<(u64, &str, u32, Review)>> = BTreeMap::new();
        for s in &sessions {
            for t in &s.turns {
                reviews.entry(&t.question).or_default().push((
                    t.answered_at,
                    &s.id,
                    t.index,
                    t.review(),
                ));
            }
        }
        let schedules = reviews
            .into_iter()
            .filter_map(|(question, mut list)| {
                list.sort_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
                schedule::replay(question, list.into_iter().map(|(_, _, _, r)| r))
                    .map(|s| (question.to_string(), s))
            })
            .collect();
        Snapshot {
            sessions,
            schedules,
        }
    }

    /// Every turn with its session, oldest session first.
    pub fn turns(&self) -> impl Iterator<Item = (&SessionRecord, &TurnRecord)> {
        self.sessions
            .iter()
            .flat_map(|s| s.turns.iter().map(move |t| (s, t)))
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.iter().all(|s| s.turns.is_empty())
    }
}
