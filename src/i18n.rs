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
    EmptyBankFile,
}

impl Msg {
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
        let mut text = self.text(lang).to_string();
        for (i, arg) in args.iter().enumerate() {
            text = text.replace(&format!("{{{i}}}"), arg);
        }
        text
    }

    pub fn text(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Msg::Score => ("점수", "score"),
            Msg::Grade => ("등급", "grade"),
            Msg::Pass => ("통과", "pass"),
            Msg::Fail => ("미달", "below pass"),
            Msg::Hint => ("힌트", "hint"),
            Msg::Misconception => ("오개념", "misconception"),
            Msg::SaidNegated => ("부정으로 말함", "said as not so"),
            Msg::SwappedClaim => ("뒤바뀐 비교", "swapped comparison"),
            Msg::DeniedClaim => ("핵심 주장을 부정", "denied a key claim"),
            Msg::NamedOnly => (
                "이름만 말하고 설명은 없음: 절반",
                "named, not explained: half weight",
            ),
            Msg::SaidOfOtherSide => (
                "{0}에 대해 말했지만, 루브릭은 이를 {1}의 특징으로 봅니다.",
                "said of {0}; the rubric expects it of {1}.",
            ),
            Msg::SaidAsNotSo => (
                "‘{0}’ — 이것을 아니라고 말했지만, 맞는 설명의 핵심입니다.",
                "said “{0}” is not so, where it is part of the right answer.",
            ),
            Msg::SaidOf => ("주어", "of"),
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
            Msg::Progress => ("학습 현황", "Progress"),
            Msg::Mastery => ("숙련도", "mastery"),
            Msg::Trend => ("추이", "trend"),
            Msg::LastPractised => ("최근 연습", "last practised"),
            Msg::Due => ("복습 예정", "due"),
            Msg::New => ("새 질문", "new"),
            Msg::WeakConcepts => ("가장 약한 개념", "weakest concepts"),
            Msg::Questions => ("질문 수", "questions"),
            Msg::Mode => ("방식", "mode"),
            Msg::Candidate => ("지원자", "candidate"),
            Msg::Sessions => ("세션", "sessions"),
            Msg::Answers => ("답변", "answers"),
            Msg::NoHistory => (
                "아직 기록된 세션이 없습니다. `kkori interview`로 시작해 보세요.",
                "no sessions recorded yet; start one with `kkori interview`",
            ),
            Msg::MasteryOverTime => ("주제별 숙련도 변화", "mastery over time, per topic"),
            Msg::Answer => ("답변", "answer"),
            Msg::Missed => ("놓친 개념", "missed concepts"),
            Msg::Report => ("모의 면접 리포트", "Mock interview report"),
            Msg::Easy => ("쉬움", "easy"),
            Msg::Medium => ("보통", "medium"),
            Msg::Hard => ("어려움", "hard"),
            Msg::ScriptTitle => ("면접관 스크립트", "Interviewer script"),
            Msg::ScriptHowTo => (
                "질문을 소리 내어 읽고, 답변을 들으며 나온 개념에 체크하세요. 꼬리질문은 조건이 맞는 첫 번째 것 하나만, 두 단계까지 물어봅니다. 질문이 끝날 때마다 채점표를 채우세요.",
                "Read each question aloud and tick the concepts you hear. Then ask the first follow-up whose condition holds, at most two levels deep. Fill in the scoring sheet after each question.",
            ),
            Msg::ScriptQuestionCount => ("질문 수", "questions"),
            Msg::ScriptTopics => ("주제", "topics"),
            Msg::ScriptSeed => ("시드", "seed"),
            Msg::ScriptLeftOut => ("문제 은행에 없어 뺀 질문", "not in the banks, left out"),
            Msg::ScriptSuggestedTime => ("권장 시간", "suggested time"),
            Msg::ScriptGoodAnswer => ("좋은 답변에 들어갈 내용", "What a good answer contains"),
            Msg::ScriptRequired => ("필수", "required"),
            Msg::ScriptWeight => ("가중치", "weight"),
            Msg::ScriptTermsEnough => (
                "설명 없이 용어만 말해도 됩니다.",
                "Naming the terms is enough; no explanation needed.",
            ),
            Msg::ScriptNoRubric => ("채점 기준이 없습니다", "no rubric"),
            Msg::ScriptListenFor => ("주의해서 들을 오개념", "Misconceptions to listen for"),
            Msg::ScriptSetStraight => ("바로잡기", "set it straight"),
            Msg::ScriptFollowUps => (
                "꼬리질문 (조건이 맞는 첫 번째 것 하나만)",
                "Follow-ups (only the first that applies)",
            ),
            Msg::ScriptNotInBanks => ("문제 은행에 없는 질문", "not in the banks"),
            Msg::ScriptAskedAbove => ("이미 위에서 물은 질문", "already asked above"),
            Msg::ScriptSameAsAbove => ("위에 나온 질문", "as above"),
            Msg::ScriptSheet => ("채점표", "Scoring sheet"),
            Msg::ScriptHeard => ("들었나요?", "heard?"),
            Msg::ScriptNotes => ("메모", "notes"),
            Msg::ScriptOverall => ("종합 점수 (0–5)", "Overall (0–5)"),
            Msg::Session => ("세션", "session"),
            Msg::Date => ("날짜", "date"),
            Msg::Average => ("평균", "average"),
            Msg::Feedback => ("피드백", "feedback"),
            Msg::Seconds => ("초", "s"),
            Msg::Heard => ("면접관이 들음", "heard by the interviewer"),
            Msg::Summary => ("요약", "Summary"),
            Msg::ModeSolo => ("혼자 연습", "solo practice"),
            Msg::ModePair => (
                "짝 연습 (면접관이 기록)",
                "pair practice (recorded by an interviewer)",
            ),
            Msg::AverageScore => ("평균 점수", "average score"),
            Msg::Answered => ("답변", "answered"),
            Msg::Passed => ("통과", "passed"),
            Msg::Duration => ("답변 시간 합계", "total answering time"),
            Msg::HintsUsed => ("사용한 힌트", "hints used"),
            Msg::OverTime => ("시간 초과", "over time"),
            Msg::Status => ("상태", "status"),
            Msg::Unfinished => ("끝나지 않은 세션", "not finished"),
            Msg::QuitEarly => ("중간에 끝냄", "ended early"),
            Msg::ByQuestion => ("질문별 점수", "Score per question"),
            Msg::ByTopic => ("주제별 점수", "Score per topic"),
            Msg::Count => ("질문 수", "questions"),
            Msg::NoWeakTopics => (
                "통과 기준에 못 미친 주제가 없습니다.",
                "No topic fell below the pass mark.",
            ),
            Msg::MainQuestion => ("본 질문", "main question"),
            Msg::UnknownQuestion => (
                "문제 은행에 더 이상 없는 질문입니다",
                "this question is no longer in the banks",
            ),
            Msg::Notes => ("면접관 메모", "interviewer's notes"),
            Msg::PassMark => ("통과 기준", "pass mark"),
            Msg::Minutes => ("분", "min"),
            Msg::SchemaVersion => ("리포트 형식", "report format"),
            Msg::QuestionsAndAnswers => ("질문과 답변", "Questions and answers"),
            Msg::Required => ("필수", "required"),
            Msg::Truncated => (
                "답변이 너무 길어 앞부분만 채점한 글자 수:",
                "answer too long; characters graded:",
            ),
            Msg::EmptyBankFile => (
                "빈 파일입니다: 주제(topics), 질문(questions), 루브릭(rubrics), 용어집(glossary)이 하나도 없습니다",
                "this file is empty: no topics, questions, rubrics or glossary",
            ),
        };
        match lang {
            Lang::Ko => ko,
            Lang::En => en,
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
    /// Its topic is weak: topic id and mastery in percent.
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
        match (self, lang) {
            (Why::Overdue(d), Lang::Ko) => format!("복습 예정일이 지났습니다 ({d}일 전)"),
            (Why::Overdue(d), Lang::En) => format!("due for review ({} ago)", days(d)),
            (Why::DueToday, Lang::Ko) => "오늘 복습할 차례입니다".to_string(),
            (Why::DueToday, Lang::En) => "due for review today".to_string(),
            (Why::New, Lang::Ko) => "아직 풀어 보지 않은 질문입니다".to_string(),
            (Why::New, Lang::En) => "not asked before".to_string(),
            (Why::WeakTopic(t, p), Lang::Ko) => format!("약한 주제: {t} (숙련도 {p}%)"),
            (Why::WeakTopic(t, p), Lang::En) => format!("weak topic: {t} ({p}% mastery)"),
            (Why::Strong(p), Lang::Ko) => format!("잘 아는 질문도 가끔 점검합니다 (숙련도 {p}%)"),
            (Why::Strong(p), Lang::En) => {
                format!("a strong one, asked now and then to keep it ({p}% mastery)")
            }
            (Why::NotAskedFor(d), Lang::Ko) => format!("한동안 묻지 않았습니다 ({d}일 전)"),
            (Why::NotAskedFor(d), Lang::En) => {
                format!("not asked for a while ({} ago)", days(d))
            }
            (Why::Ahead(d), Lang::Ko) => format!("복습 예정일 전입니다 ({d}일 후)"),
            (Why::Ahead(d), Lang::En) => format!("ahead of its review date (in {})", days(d)),
        }
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
