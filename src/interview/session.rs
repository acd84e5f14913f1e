//! A session as it is saved: everything needed to resume it, report on it, and record it
//! in the history. Saved after every answer, so an interrupted session loses nothing.

use serde::{Deserialize, Serialize};

use crate::bank::{Condition, Difficulty, Lang};
use crate::grade::{grade_of, Grade, PASS_SCORE};

/// Bumped when the saved form changes incompatibly.
pub const SESSION_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedbackMode {
    /// Score and checklist right after each answer.
    #[default]
    Each,
    /// Nothing until the report, as in a real interview.
    End,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// One person answering at a terminal.
    #[default]
    Solo,
    /// An interviewer recording what a candidate said.
    Pair,
}

/// What the candidate chose to practise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Lang,
    pub count: usize,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub banks: Vec<String>,
    #[serde(default)]
    pub difficulty: Option<Difficulty>,
    pub seed: u64,
    /// How many follow-ups may follow one main question.
    pub max_depth: u8,
    pub feedback: FeedbackMode,
    #[serde(default)]
    pub time_limit: Option<u32>,
    #[serde(default)]
    pub drafts: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Ko,
            count: 7,
            topics: Vec::new(),
            banks: Vec::new(),
            difficulty: None,
            seed: 0,
            max_depth: 2,
            feedback: FeedbackMode::Each,
            time_limit: None,
            drafts: false,
        }
    }
}

/// A main question of the plan, and why it was chosen (for drills).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Planned {
    pub question: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

impl Planned {
    /// A main question chosen with no reason to give (not by a drill).
    pub fn question(id: impl Into<String>) -> Planned {
        Planned {
            question: id.into(),
            why: None,
        }
    }
}

/// Why a follow-up was asked: the rule of the question before it that held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub from: String,
    pub when: Condition,
}

/// The question being asked now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    pub question: String,
    /// Index into the plan of the main question this chain belongs to.
    pub main: usize,
    /// 0 for a main question, 1 for its follow-up, …
    pub depth: u8,
    pub asked_at: u64,
    /// Concepts whose hints were shown, in order.
    #[serde(default)]
    pub hints: Vec<String>,
    #[serde(default)]
    pub reason: Option<Reason>,
    /// Pair mode: what the interviewer typed of the answer so far.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub said: Vec<String>,
    /// Pair mode: concept ids ticked as heard.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub heard: Vec<String>,
    /// Pair mode: misconception ids marked as said.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong: Vec<String>,
    /// Pair mode: the interviewer's private notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Pending {
    pub fn new(
        question: String,
        main: usize,
        depth: u8,
        asked_at: u64,
        reason: Option<Reason>,
    ) -> Self {
        Pending {
            question,
            main,
            depth,
            asked_at,
            hints: Vec::new(),
            reason,
            said: Vec::new(),
            heard: Vec::new(),
            wrong: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// Pair mode, between questions: the follow-up kkori proposes after turn `after`, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub after: usize,
    #[serde(default)]
    pub follow: Option<(String, Reason)>,
}

/// One question asked and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub question: String,
    pub topic: String,
    pub main: usize,
    pub depth: u8,
    #[serde(default)]
    pub reason: Option<Reason>,
    pub answer: String,
    pub skipped: bool,
    #[serde(default)]
    pub hints: Vec<String>,
    /// None when skipped.
    pub grade: Option<Grade>,
    /// The grade's score less the cost of hints.
    pub score: u8,
    pub seconds: u32,
    #[serde(default)]
    pub over_time: bool,
    pub asked_at: u64,
    pub answered_at: u64,
    /// The interviewer's private notes (pair mode).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Turn {
    /// The 0–5 band of [`Turn::score`] (after the cost of hints); `None` when skipped.
    pub fn band(&self) -> Option<u8> {
        self.grade
            .as_ref()
            .filter(|_| !self.skipped)
            .map(|_| grade_of(self.score))
    }

    /// Whether the answer passed, judged on [`Turn::score`] (after the cost of hints).
    pub fn passed(&self) -> bool {
        self.band().is_some() && self.score >= PASS_SCORE
    }

    /// The grade as the candidate is told it: the grader's evidence with the score, band and
    /// verdict after the cost of hints, so the screen, the report and the history agree.
    pub fn final_grade(&self) -> Option<Grade> {
        let mut grade = self.grade.clone().filter(|_| !self.skipped)?;
        grade.score = self.score;
        grade.grade = grade_of(self.score);
        grade.passed = self.passed();
        Some(grade)
    }
}

/// The one average of a session (and of a topic): the mean score of every question asked,
/// **a skipped question counting 0**, to one decimal; `None` when nothing was asked. The
/// screen, the report and `kkori history` all use it.
pub fn average(scores: impl IntoIterator<Item = u8>) -> Option<f64> {
    let (sum, count) = scores
        .into_iter()
        .fold((0u64, 0u64), |(s, n), x| (s + u64::from(x), n + 1));
    (count > 0).then(|| (sum as f64 * 10.0 / count as f64).round() / 10.0)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub version: u32,
    pub id: String,
    pub started_at: u64,
    #[serde(default)]
    pub ended_at: Option<u64>,
    #[serde(default)]
    pub mode: Mode,
    /// Whose answers these are (pair mode names the candidate).
    #[serde(default)]
    pub candidate: Option<String>,
    pub settings: Settings,
    pub plan: Vec<Planned>,
    #[serde(default)]
    pub turns: Vec<Turn>,
    /// None once the session is over, or while a proposal waits (pair mode).
    #[serde(default)]
    pub pending: Option<Pending>,
    /// Pair mode: the follow-up proposed to the interviewer, awaiting a decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<Proposal>,
    /// Ended by the candidate before the plan ran out.
    #[serde(default)]
    pub quit_early: bool,
}

impl Session {
    /// A session about to start: nothing asked yet, solo and unnamed (pair practice sets
    /// `mode` and `candidate`).
    pub fn new(
        id: impl Into<String>,
        started_at: u64,
        settings: Settings,
        plan: Vec<Planned>,
    ) -> Session {
        Session {
            version: SESSION_VERSION,
            id: id.into(),
            started_at,
            ended_at: None,
            mode: Mode::Solo,
            candidate: None,
            settings,
            plan,
            turns: Vec::new(),
            pending: None,
            proposal: None,
            quit_early: false,
        }
    }

    pub fn is_finished(&self) -> bool {
        self.ended_at.is_some()
    }

    /// The session's [`average`]: skipped questions count 0.
    pub fn average(&self) -> Option<f64> {
        average(self.turns.iter().map(|t| t.score))
    }

    /// The turns that were answered (not skipped).
    pub fn answered(&self) -> impl Iterator<Item = &Turn> {
        self.turns.iter().filter(|t| !t.skipped)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a session always serialises")
    }

    /// Parse a saved session, refusing versions this build does not know.
    pub fn from_json(text: &str) -> Result<Session, SessionProblem> {
        #[derive(Deserialize)]
        struct Version {
            version: u32,
        }
        let version =
            serde_json::from_str::<Version>(text).map_err(|e| SessionProblem::NotASession {
                line: e.line(),
                column: e.column(),
            })?;
        if version.version != SESSION_VERSION {
            return Err(SessionProblem::Version {
                found: version.version,
                supported: SESSION_VERSION,
            });
        }
        serde_json::from_str(text).map_err(|e| SessionProblem::Damaged {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        })
    }
}

/// Why a file is not a session this build can read: worded per language in `i18n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionProblem {
    /// Not text at all.
    NotUtf8,
    /// Text, but not a kkori session (no `version` where one should be).
    NotASession { line: usize, column: usize },
    /// A session of another version of kkori.
    Version { found: u32, supported: u32 },
    /// A session whose content is damaged; `detail` is the parser's own (English) words.
    Damaged {
        line: usize,
        column: usize,
        detail: String,
    },
}

/// UTC date and time of Unix seconds as (`YYYYMMDD`, `HHMMSS`), for sortable session ids.
pub fn civil(secs: u64) -> (String, String) {
    let (year, month, day) = crate::report::date::civil_from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    (
        format!("{year:04}{month:02}{day:02}"),
        format!("{:02}{:02}{:02}", rem / 3600, rem % 3600 / 60, rem % 60),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), ("19700101".to_string(), "000000".to_string()));
        assert_eq!(
            civil(1_795_430_096),
            ("20261123".to_string(), "103456".to_string())
        );
        assert_eq!(
            civil(951_782_400),
            ("20000229".to_string(), "000000".to_string())
        );
    }
}
