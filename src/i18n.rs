//! Every message of the interface, in Korean and English.
//!
//! One enum, one match: a message missing a language does not compile, and a reader sees
//! both wordings side by side.

use crate::bank::Lang;

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
    Answer,
    Missed,
    Report,
    Session,
    Date,
    Average,
    Feedback,
    Seconds,
    Truncated,
    Heard,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Msg::Score => ("점수", "score"),
            Msg::Grade => ("등급", "grade"),
            Msg::Pass => ("통과", "pass"),
            Msg::Fail => ("미달", "below pass"),
            Msg::Hint => ("힌트", "hint"),
            Msg::Misconception => ("오개념", "misconception"),
            Msg::SaidNegated => ("부정으로 말함", "said as not so"),
            Msg::CapRequired => (
                "필수 개념이 빠져 최대 50점",
                "a required concept is missing: at most 50",
            ),
            Msg::CapBareList => (
                "설명 없이 용어만 나열해 최대 45점",
                "a bare list of terms, no explanation: at most 45",
            ),
            Msg::CapEmpty => ("답변이 비어 있음", "the answer is empty"),
            Msg::Penalty => ("감점", "penalty"),
            Msg::ModelAnswer => ("모범 답안", "model answer"),
            Msg::HowExact => ("일치", "exact"),
            Msg::HowSpacing => ("띄어쓰기 차이", "spacing"),
            Msg::HowAlias => ("동의어", "alias"),
            Msg::HowTypo => ("오타 허용", "typo"),
            Msg::Concepts => ("개념", "concepts"),
            Msg::Question => ("질문", "question"),
            Msg::FollowUp => ("꼬리질문", "follow-up"),
            Msg::Topic => ("주제", "topic"),
            Msg::Time => ("시간", "time"),
            Msg::Skipped => ("건너뜀", "skipped"),
            Msg::NotAnswered => ("답하지 않음", "not answered"),
            Msg::WeakTopics => ("약한 주제", "weakest topics"),
            Msg::Answer => ("답변", "answer"),
            Msg::Missed => ("놓친 개념", "missed concepts"),
            Msg::Report => ("모의 면접 리포트", "Mock interview report"),
            Msg::Session => ("세션", "session"),
            Msg::Date => ("날짜", "date"),
            Msg::Average => ("평균", "average"),
            Msg::Feedback => ("피드백", "feedback"),
            Msg::Seconds => ("초", "s"),
            Msg::Heard => ("면접관이 들음", "heard by the interviewer"),
            Msg::Truncated => (
                "답변이 너무 길어 앞부분만 채점한 글자 수:",
                "answer too long; characters graded:",
            ),
        };
        match lang {
            Lang::Ko => ko,
            Lang::En => en,
        }
    }
}
