//! Every message kkori shows a person, in Korean ([`ko`]) and English ([`en`]): one table
//! per language, holding the fixed texts ([`Msg`]), the errors ([`Error`]), the notices
//! ([`Note`]), the reasons of a drill ([`Why`]) and the interviewer script's sentences
//! with data in them ([`ScriptLine`]).
//!
//! The enums here say *what* is said, with its data (paths, ids, numbers); the tables say
//! *how*, each in one place, so a translator reads one file and a message missing in one
//! language does not compile. Korean particles after data come from
//! [`crate::text::particle`], never `을(를)`.

mod bank;
mod en;
mod error;
mod ko;

use crate::bank::Lang;

pub use bank::BankMsg;
pub use error::{Action, Error, Note, Source, INTERNAL, USER};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Score,
    Grade,
    Pass,
    Fail,
    Hint,
    Misconception,
    SaidNegated,
    CapRequired,
    CapBareList,
    CapSidesSwapped,
    EvalAnswers,
    EvalMatcherHeader,
    EvalKindHeader,
    EvalShouldNotPass,
    EvalWorst,
    EvalHuman,
    EvalScore,
    CapMostlyDenied,
    Uncounted,
    CapCore,
    CapEmpty,
    Penalty,
    ModelAnswer,
    HowExact,
    HowSpacing,
    HowAlias,
    HowTypo,
    Concepts,
    Question,
    FollowUp,
    Topic,
    Time,
    Skipped,
    NotAnswered,
    WeakTopics,
    // History and progress.
    Progress,
    Mastery,
    Trend,
    LastPractised,
    Due,
    New,
    WeakConcepts,
    Questions,
    Mode,
    Candidate,
    Sessions,
    Answers,
    NoHistory,
    MasteryOverTime,
    Answer,
    Missed,
    Report,
    Easy,
    Medium,
    Hard,
    ScriptTitle,
    ScriptHowTo,
    ScriptQuestionCount,
    ScriptTopics,
    ScriptSeed,
    ScriptLeftOut,
    ScriptSuggestedTime,
    ScriptGoodAnswer,
    ScriptRequired,
    ScriptWeight,
    ScriptTermsEnough,
    ScriptNoRubric,
    ScriptListenFor,
    ScriptSetStraight,
    ScriptFollowUps,
    ScriptNotInBanks,
    ScriptAskedAbove,
    ScriptSameAsAbove,
    ScriptSheet,
    ScriptHeard,
    ScriptNotes,
    ScriptOverall,
    Session,
    Date,
    Average,
    Feedback,
    Seconds,
    Truncated,
    Heard,
    // The report.
    Summary,
    ModeSolo,
    ModePair,
    AverageScore,
    Answered,
    Passed,
    Duration,
    HintsUsed,
    OverTime,
    Status,
    Unfinished,
    QuitEarly,
    ByQuestion,
    ByTopic,
    Count,
    NoWeakTopics,
    MainQuestion,
    UnknownQuestion,
    Notes,
    PassMark,
    Minutes,
    SchemaVersion,
    QuestionsAndAnswers,
    Required,
    SwappedClaim,
    DeniedClaim,
    SaidOfOtherSide,
    SaidAsNotSo,
    SaidOf,
    NamedOnly,
    // The interview screen and `kkori list`.
    Welcome,
    HowToAnswer,
    HowToAnswerPiped,
    Commands,
    PairWelcome,
    PairCommands,
    QuestionHead,
    FollowUpHead,
    SuggestedTime,
    Recorded,
    EchoCut,
    SkippedIt,
    EmptyAnswer,
    AnswerCleared,
    NoMoreHints,
    HintCost,
    NothingAnsweredYet,
    Finished,
    Quit,
    SessionSaved,
    SaveFailed,
    AnsweredIn,
    Picked,
    ReportWritten,
    NoAnswers,
    Noted,
    NotNow,
    CannotAsk,
    Proposal,
    NoProposal,
    ProposalKeys,
    Checklist,
    ListenFor,
    PairKeys,
    KeptBeforeQuit,
    Name,
    MainQuestions,
    FollowUpQuestions,
    ListTopicHint,
    Id,
    Difficulty,
    FollowUpDepth,
    ListQuestionsHint,
    Solo,
    Pair,
    InProgress,
    Abandoned,
    NoCohorts,
    // The cohort page.
    Cohort,
    CohortMember,
    CohortMembers,
    CohortHeatmap,
    CohortWeakFor,
    CohortHeardMost,
    CohortExample,
    CohortTrend,
    CohortNoMembers,
    Overall,
}

impl Msg {
    /// Every message, for the tests that check both tables.
    pub const ALL: &'static [Msg] = &[
        Msg::Score,
        Msg::Grade,
        Msg::Pass,
        Msg::Fail,
        Msg::Hint,
        Msg::Misconception,
        Msg::SaidNegated,
        Msg::CapRequired,
        Msg::CapBareList,
        Msg::CapSidesSwapped,
        Msg::EvalAnswers,
        Msg::EvalMatcherHeader,
        Msg::EvalKindHeader,
        Msg::EvalShouldNotPass,
        Msg::EvalWorst,
        Msg::EvalHuman,
        Msg::EvalScore,
        Msg::CapMostlyDenied,
        Msg::Uncounted,
        Msg::CapCore,
        Msg::CapEmpty,
        Msg::Penalty,
        Msg::ModelAnswer,
        Msg::HowExact,
        Msg::HowSpacing,
        Msg::HowAlias,
        Msg::HowTypo,
        Msg::Concepts,
        Msg::Question,
        Msg::FollowUp,
        Msg::Topic,
        Msg::Time,
        Msg::Skipped,
        Msg::NotAnswered,
        Msg::WeakTopics,
        Msg::Progress,
        Msg::Mastery,
        Msg::Trend,
        Msg::LastPractised,
        Msg::Due,
        Msg::New,
        Msg::WeakConcepts,
        Msg::Questions,
        Msg::Mode,
        Msg::Candidate,
        Msg::Sessions,
        Msg::Answers,
        Msg::NoHistory,
        Msg::MasteryOverTime,
        Msg::Answer,
        Msg::Missed,
        Msg::Report,
        Msg::Easy,
        Msg::Medium,
        Msg::Hard,
        Msg::ScriptTitle,
        Msg::ScriptHowTo,
        Msg::ScriptQuestionCount,
        Msg::ScriptTopics,
        Msg::ScriptSeed,
        Msg::ScriptLeftOut,
        Msg::ScriptSuggestedTime,
        Msg::ScriptGoodAnswer,
        Msg::ScriptRequired,
        Msg::ScriptWeight,
        Msg::ScriptTermsEnough,
        Msg::ScriptNoRubric,
        Msg::ScriptListenFor,
        Msg::ScriptSetStraight,
        Msg::ScriptFollowUps,
        Msg::ScriptNotInBanks,
        Msg::ScriptAskedAbove,
        Msg::ScriptSameAsAbove,
        Msg::ScriptSheet,
        Msg::ScriptHeard,
        Msg::ScriptNotes,
        Msg::ScriptOverall,
        Msg::Session,
        Msg::Date,
        Msg::Average,
        Msg::Feedback,
        Msg::Seconds,
        Msg::Truncated,
        Msg::Heard,
        Msg::Summary,
        Msg::ModeSolo,
        Msg::ModePair,
        Msg::AverageScore,
        Msg::Answered,
        Msg::Passed,
        Msg::Duration,
        Msg::HintsUsed,
        Msg::OverTime,
        Msg::Status,
        Msg::Unfinished,
        Msg::QuitEarly,
        Msg::ByQuestion,
        Msg::ByTopic,
        Msg::Count,
        Msg::NoWeakTopics,
        Msg::MainQuestion,
        Msg::UnknownQuestion,
        Msg::Notes,
        Msg::PassMark,
        Msg::Minutes,
        Msg::SchemaVersion,
        Msg::QuestionsAndAnswers,
        Msg::Required,
        Msg::SwappedClaim,
        Msg::DeniedClaim,
        Msg::SaidOfOtherSide,
        Msg::SaidAsNotSo,
        Msg::SaidOf,
        Msg::NamedOnly,
        Msg::Welcome,
        Msg::HowToAnswer,
        Msg::HowToAnswerPiped,
        Msg::Commands,
        Msg::PairWelcome,
        Msg::PairCommands,
        Msg::QuestionHead,
        Msg::FollowUpHead,
        Msg::SuggestedTime,
        Msg::Recorded,
        Msg::EchoCut,
        Msg::SkippedIt,
        Msg::EmptyAnswer,
        Msg::AnswerCleared,
        Msg::NoMoreHints,
        Msg::HintCost,
        Msg::NothingAnsweredYet,
        Msg::Finished,
        Msg::Quit,
        Msg::SessionSaved,
        Msg::SaveFailed,
        Msg::AnsweredIn,
        Msg::Picked,
        Msg::ReportWritten,
        Msg::NoAnswers,
        Msg::Noted,
        Msg::NotNow,
        Msg::CannotAsk,
        Msg::Proposal,
        Msg::NoProposal,
        Msg::ProposalKeys,
        Msg::Checklist,
        Msg::ListenFor,
        Msg::PairKeys,
        Msg::KeptBeforeQuit,
        Msg::Name,
        Msg::MainQuestions,
        Msg::FollowUpQuestions,
        Msg::ListTopicHint,
        Msg::Id,
        Msg::Difficulty,
        Msg::FollowUpDepth,
        Msg::ListQuestionsHint,
        Msg::Solo,
        Msg::Pair,
        Msg::InProgress,
        Msg::Abandoned,
        Msg::NoCohorts,
        Msg::Cohort,
        Msg::CohortMember,
        Msg::CohortMembers,
        Msg::CohortHeatmap,
        Msg::CohortWeakFor,
        Msg::CohortHeardMost,
        Msg::CohortExample,
        Msg::CohortTrend,
        Msg::CohortNoMembers,
        Msg::Overall,
    ];

    /// The label of a difficulty ("보통" / "medium"), never its id.
    pub fn difficulty(d: crate::bank::Difficulty) -> Msg {
        match d {
            crate::bank::Difficulty::Easy => Msg::Easy,
            crate::bank::Difficulty::Medium => Msg::Medium,
            crate::bank::Difficulty::Hard => Msg::Hard,
        }
    }

    /// The message with `{0}`, `{1}` … replaced by `args`.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        bank::fill(self.text(lang), args)
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => ko::msg(self),
            Lang::En => en::msg(self),
        }
    }
}

/// Why a drill picked a question, in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why<'a> {
    /// Its review date passed this many days ago.
    Overdue(u64),
    /// It comes due today.
    DueToday,
    /// Never asked before.
    New,
    /// Its topic is weak: topic label and mastery in percent.
    WeakTopic(&'a str, u8),
    /// A strong question mixed in to stay fresh: mastery in percent.
    Strong(u8),
    /// Last asked this many days ago.
    NotAskedFor(u64),
    /// Not due for this many days, but there was room.
    Ahead(u64),
}

impl Why<'_> {
    pub fn text(self, lang: Lang) -> String {
        match lang {
            Lang::Ko => ko::why(self),
            Lang::En => en::why(self),
        }
    }
}

/// A sentence of the interviewer's script that carries data from the banks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptLine<'a> {
    /// A phrase of the banks, quoted the way the language quotes: ‘…’ / “…”.
    Quoted(&'a str),
    /// Before a follow-up: ask it when the answer did not mention this concept (its label).
    AskIfMissed(&'a str),
    /// Ask it when the answer mentioned this concept (its label).
    AskIfMentioned(&'a str),
    /// Ask it when the answer said this misconception (how it sounds).
    AskIfSaid(&'a str),
    /// Ask it when the score is below this (0–100).
    AskIfBelow(u8),
    /// Ask it when the score is at least this (0–100).
    AskIfAtLeast(u8),
    /// Ask it whatever the answer was.
    AskAlways,
    /// Words that count only said negated: "보장 아님" / "not guarantee".
    Negated(&'a str),
}

impl ScriptLine<'_> {
    pub fn text(self, lang: Lang) -> String {
        match lang {
            Lang::Ko => ko::script_line(self),
            Lang::En => en::script_line(self),
        }
    }
}

/// A length of time: "45초", "2분 5초" / "45 s", "2 min 5 s" (a suggested time, the time an
/// answer took).
pub fn duration(seconds: u64, lang: Lang) -> String {
    match lang {
        Lang::Ko => ko::duration(seconds),
        Lang::En => en::duration(seconds),
    }
}

/// "1 day", "3 days".
pub fn days(n: u64) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
}
