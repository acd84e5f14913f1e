//! What the interviewer says on screen, in Korean and English: [`W`] for fixed lines,
//! [`Say`] for messages that carry data (paths, names, numbers).

use kkori::bank::Lang;

#[derive(Debug, Clone, Copy)]
pub enum W {
    Welcome,
    PairWelcome,
    HowToAnswer,
    HowToAnswerPiped,
    Commands,
    PairCommands,
    Question,
    FollowUp,
    SuggestedTime,
    Recorded,
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
    OverTime,
    Answered,
    Picked,
    Average,
    NoAnswers,
    ReportWritten,
    Noted,
    NotNow,
    CannotAsk,
    Proposal,
    NoProposal,
    ProposalKeys,
    Checklist,
    ListenFor,
    PairKeys,
    Solo,
    Pair,
    KeptBeforeQuit,
    Name,
    MainQuestions,
    FollowUpQuestions,
    ListTopicHint,
    Id,
    Difficulty,
    FollowUpDepth,
    ListQuestionsHint,
}

impl W {
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            W::Welcome => ("꼬리 모의 면접을 시작합니다", "Starting a kkori mock interview"),
            W::HowToAnswer => (
                "여러 줄로 답할 수 있습니다. 빈 줄에서 Enter를 누르면 답변이 제출됩니다. Ctrl-C는 쓰던 답을 지우고, Ctrl-D는 (쓰던 답이 있으면 제출한 뒤) 면접을 끝냅니다.",
                "Answers may span several lines; press Enter on an empty line to submit. Ctrl-C clears the answer; Ctrl-D ends the interview (submitting the answer being typed, if any).",
            ),
            W::HowToAnswerPiped => (
                "표준 입력에서 답변을 읽습니다: 빈 줄로 나뉜 블록 하나가 답변 또는 명령 하나입니다",
                "Reading answers from standard input: each block of lines up to a blank line is one answer or command",
            ),
            W::Commands => (
                ":hint 힌트(감점)  :skip 건너뛰기  :repeat 질문 다시  :model 모범 답안  :quit 끝내기  :help 도움말",
                ":hint a hint (costs points)  :skip skip  :repeat ask again  :model model answer  :quit end  :help help",
            ),
            W::PairWelcome => (
                "페어 면접을 시작합니다. 질문을 소리 내어 읽어 주고, 후보자의 답을 들은 대로 입력하세요",
                "Starting a pair interview. Read each question aloud and type what the candidate says",
            ),
            W::PairCommands => (
                ":heard 1 3 들은 개념  :wrong 1 오개념  :note 메모(후보자 리포트에는 빠짐)  :done 채점  :skip 건너뛰기  :model 모범 답안  :quit 끝내기  :help 도움말",
                ":heard 1 3 concepts heard  :wrong 1 misconceptions  :note text (kept out of the candidate's report)  :done grade  :skip skip  :model model answer  :quit end  :help help",
            ),
            W::Question => ("질문", "Question"),
            W::FollowUp => ("꼬리질문", "Follow-up"),
            W::SuggestedTime => ("권장 시간", "suggested time"),
            W::Recorded => ("답변을 기록했습니다.", "Answer recorded."),
            W::SkippedIt => ("건너뛰었습니다.", "Skipped."),
            W::EmptyAnswer => ("답변이 비어 있습니다. 답을 입력하거나 :skip 으로 건너뛰세요.", "The answer is empty: type an answer, or :skip."),
            W::AnswerCleared => ("쓰던 답변을 지웠습니다.", "Answer cleared."),
            W::NoMoreHints => ("더 드릴 힌트가 없습니다.", "No more hints for this question."),
            W::HintCost => ("점 감점", " points off"),
            W::NothingAnsweredYet => ("먼저 질문에 답해 주세요. 모범 답안은 답한 뒤에 볼 수 있습니다.", "Answer a question first; the model answer comes after."),
            W::Finished => ("면접이 끝났습니다. 수고하셨습니다!", "The interview is over. Well done!"),
            W::Quit => ("면접을 중단합니다. 답한 내용까지 저장합니다.", "Ending the interview; everything answered so far is kept."),
            W::SessionSaved => ("세션 파일", "session file"),
            W::SaveFailed => ("세션을 저장하지 못했습니다 (답변은 메모리에 남아 있고, 다음 답변 때 다시 저장을 시도합니다)", "could not save the session (your answers are kept in memory; saving is retried after the next answer)"),
            W::OverTime => ("시간 초과", "over time"),
            W::Answered => ("답변 시간", "answered in"),
            W::Picked => ("선택 이유", "picked because"),
            W::Average => ("평균 점수", "average score"),
            W::ReportWritten => ("리포트", "report"),
            W::NoAnswers => ("답한 질문이 없습니다.", "No question was answered."),
            W::Noted => ("기록했습니다.", "Noted."),
            W::NotNow => ("지금은 할 수 없는 명령입니다. :help 를 보세요.", "That does not fit now; see :help."),
            W::CannotAsk => ("없는 질문이거나 이미 물어본 질문입니다", "no such question, or it was asked already"),
            W::Proposal => ("제안하는 꼬리질문", "Proposed follow-up"),
            W::NoProposal => ("규칙에 맞는 꼬리질문이 없습니다. 다음 본 질문으로 넘어갑니다.", "No follow-up rule applies; next is the next main question."),
            W::ProposalKeys => ("Enter 또는 :take 로 진행 · :ask ID 로 다른 질문 · :next 로 다음 본 질문", "Enter or :take to go on · :ask ID for another question · :next for the next main question"),
            W::Checklist => ("좋은 답변에 들어갈 개념 (:heard 번호)", "What a good answer contains (:heard numbers)"),
            W::ListenFor => ("잘못된 설명 (:wrong 번호)", "Misconceptions to listen for (:wrong numbers)"),
            W::PairKeys => ("들은 답을 입력(빈 줄로 끝) · :heard 1 3 · :wrong 1 · :note 메모 · :done 채점", "type what you heard (empty line ends) · :heard 1 3 · :wrong 1 · :note text · :done to grade"),
            W::KeptBeforeQuit => (
                "쓰던 답변을 제출하고 면접을 중단합니다. 답한 내용까지 저장합니다.",
                "Submitting the answer being typed, then ending the interview; everything answered is kept.",
            ),
            W::Name => ("이름", "name"),
            W::MainQuestions => ("본 질문", "questions"),
            W::FollowUpQuestions => ("꼬리질문 전용", "follow-up only"),
            W::ListTopicHint => (
                "주제의 질문 보기: kkori list --topic 주제 · 면접: kkori interview --topic 주제",
                "a topic's questions: kkori list --topic TOPIC · an interview: kkori interview --topic TOPIC",
            ),
            W::Id => ("ID", "id"),
            W::Difficulty => ("난이도", "difficulty"),
            W::FollowUpDepth => ("꼬리 깊이", "follow-up depth"),
            W::ListQuestionsHint => (
                "↳ 는 꼬리질문으로만 나오는 질문입니다 · 한 문제 채점: kkori grade ID --answer \"…\"",
                "↳ marks questions asked only as follow-ups · grade one: kkori grade ID --answer \"…\"",
            ),
            W::Solo => ("혼자", "solo"),
            W::Pair => ("페어", "pair"),
        };
        match lang {
            Lang::Ko => ko,
            Lang::En => en,
        }
    }
}

/// Messages with data in them, in Korean and English.
#[derive(Debug, Clone, PartialEq)]
pub enum Say {
    /// An old candidate folder holds the sessions of several names.
    SharedLegacyFolder { folder: String, name: String },
    /// Another live kkori holds the session.
    SessionLocked {
        session: String,
        pid: Option<u32>,
        lock: String,
    },
    /// A lock file of a dead process was taken over.
    StaleLockTakenOver { pid: u32 },
    /// A session file that cannot be read as a session.
    SessionUnreadable { path: String, detail: String },
    /// The newest session file is damaged, so `resume` cannot guess.
    NewestSessionDamaged { message: String },
    /// Damaged session files passed over by `resume`.
    DamagedPassedOver { paths: String },
    /// `resume` found no unfinished session.
    NoUnfinishedSession { dir: String },
    /// Resuming a session.
    Resuming { path: String, answered: usize },
    /// `--out` names a folder.
    OutIsAFolder { path: String },
    /// `--format` and the extension of `--out` disagree.
    FormatDisagrees {
        path: String,
        by_ext: &'static str,
        format: &'static str,
    },
    /// The report could not be written; the session is safe.
    ReportNotWritten { error: String, id: String },
    /// The session could not be saved at the end; its JSON was printed.
    SessionNotSaved { path: String },
    /// The banks given hold no question at all.
    BanksHoldNoQuestion { paths: String },
    /// No filter was given, yet no question can open an interview.
    NoMainQuestion,
    /// The filters given leave nothing.
    NothingMatches,
    /// `--count` asked for more main questions than match.
    FewerThanAsked { asked: usize, found: usize },
    /// `kkori report` with neither a file nor `--session`.
    ReportWhichSession { dir: String },
    /// A topic the banks do not have: the closest one, else all of them.
    UnknownTopic {
        topic: String,
        suggestion: Option<String>,
        valid: String,
    },
    /// A bank (file name) the banks do not have.
    UnknownBank {
        bank: String,
        suggestion: Option<String>,
        valid: String,
    },
    /// A question id the banks do not have.
    UnknownQuestion {
        id: String,
        suggestion: Option<String>,
    },
}

/// The candidate closest to `wanted` by edit distance, if it is close enough to be a typo.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(wanted, c), c))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_string())
}

impl Say {
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Say::SharedLegacyFolder { folder, name }, Lang::Ko) => format!(
                "이전 버전의 후보자 폴더 `{folder}`에는 `{name}` 말고 다른 이름의 기록도 섞여 있어 그대로 두었습니다. `{name}`의 기록은 이제 새 폴더에 쌓입니다 (옮기려면 `kkori history export`/`import`)"
            ),
            (Say::SharedLegacyFolder { folder, name }, Lang::En) => format!(
                "the candidate folder `{folder}` of an older kkori also holds other names' sessions, so it was left as it is; `{name}`'s history now goes to a folder of its own (`kkori history export`/`import` move sessions)"
            ),
            (Say::SessionLocked { session, pid, lock }, Lang::Ko) => {
                let who = pid.map_or("다른 kkori".to_string(), |p| format!("다른 kkori (pid {p})"));
                format!(
                    "세션 `{session}`은(는) {who}가 진행하고 있습니다. 그쪽 면접이 끝난 뒤에 이어서 하세요 (그런 프로세스가 없다면 `{lock}`을(를) 지우세요)"
                )
            }
            (Say::SessionLocked { session, pid, lock }, Lang::En) => {
                let who = pid.map_or("another kkori".to_string(), |p| {
                    format!("another kkori (pid {p})")
                });
                format!(
                    "session `{session}` is in use by {who}; continue it once that one has ended (if no such process is running, delete `{lock}`)"
                )
            }
            (Say::StaleLockTakenOver { pid }, Lang::Ko) => format!(
                "이전에 이 세션을 진행하던 kkori (pid {pid})는 이미 끝났습니다. 잠금을 넘겨받았습니다."
            ),
            (Say::StaleLockTakenOver { pid }, Lang::En) => format!(
                "the kkori that had this session (pid {pid}) is no longer running; its lock was taken over"
            ),
            (Say::SessionUnreadable { path, detail }, Lang::Ko) => {
                format!("{path}: 세션 파일을 읽을 수 없습니다: {detail}")
            }
            (Say::SessionUnreadable { path, detail }, Lang::En) => format!("{path}: {detail}"),
            (Say::NewestSessionDamaged { message }, Lang::Ko) => format!(
                "가장 최근 세션 파일이 손상되어 이어서 할 수 없습니다: {message}. 파일을 고치거나 옮긴 뒤 다시 하거나, `kkori resume 파일` 로 다른 세션을 고르거나, `kkori interview` 로 새로 시작하세요"
            ),
            (Say::NewestSessionDamaged { message }, Lang::En) => format!(
                "the newest session file is damaged and cannot be resumed: {message}. Fix or move the file and try again, name another with `kkori resume FILE`, or start anew with `kkori interview`"
            ),
            (Say::DamagedPassedOver { paths }, Lang::Ko) => {
                format!("손상되어 건너뛴 세션 파일: {paths}")
            }
            (Say::DamagedPassedOver { paths }, Lang::En) => {
                format!("damaged session files passed over: {paths}")
            }
            (Say::NoUnfinishedSession { dir }, Lang::Ko) => format!(
                "{dir}에 끝나지 않은 세션이 없습니다. 새 면접은 `kkori interview` 로 시작하세요"
            ),
            (Say::NoUnfinishedSession { dir }, Lang::En) => {
                format!("no unfinished session in {dir}; start one with `kkori interview`")
            }
            (Say::Resuming { path, answered }, Lang::Ko) => {
                format!("세션 {path}을(를) 이어서 진행합니다 (기록된 답변 {answered}개).")
            }
            (Say::Resuming { path, answered }, Lang::En) => {
                format!("Resuming session {path} ({answered} answers recorded).")
            }
            (Say::OutIsAFolder { path }, Lang::Ko) => format!(
                "--out `{path}`은(는) 폴더입니다. 파일 이름을 주세요 (예: {path}/report.md)"
            ),
            (Say::OutIsAFolder { path }, Lang::En) => format!(
                "--out `{path}` is a folder; give a file name (e.g. {path}/report.md)"
            ),
            (Say::FormatDisagrees { path, by_ext, format }, Lang::Ko) => format!(
                "--out `{path}`의 확장자는 {by_ext} 형식인데 --format {format}을(를) 주었습니다. 둘 중 하나를 빼거나 맞춰 주세요"
            ),
            (Say::FormatDisagrees { path, by_ext, format }, Lang::En) => format!(
                "--out `{path}` is named as {by_ext} but --format {format} was given; drop one, or make them agree"
            ),
            (Say::ReportNotWritten { error, id }, Lang::Ko) => format!(
                "리포트를 쓰지 못했습니다: {error}. 세션은 저장되어 있으니 `kkori report --session {id} --out 파일` 로 다시 쓸 수 있습니다"
            ),
            (Say::ReportNotWritten { error, id }, Lang::En) => format!(
                "the report was not written: {error}. The session is saved: `kkori report --session {id} --out FILE` writes it again"
            ),
            (Say::BanksHoldNoQuestion { paths }, Lang::Ko) => format!(
                "문제 은행이 비어 있습니다: {paths}에 질문이 하나도 없습니다 (`kkori check` 로 확인하세요)"
            ),
            (Say::BanksHoldNoQuestion { paths }, Lang::En) => format!(
                "the question banks are empty: {paths} hold no question (see `kkori check`)"
            ),
            (Say::NoMainQuestion, Lang::Ko) => "문제 은행의 질문이 모두 초안(draft)이거나 꼬리질문 전용이라 면접을 시작할 질문이 없습니다 (초안도 쓰려면 --drafts)".to_string(),
            (Say::NoMainQuestion, Lang::En) => "every question of the banks is a draft or a follow-up only, so none can open an interview (--drafts uses drafts too)".to_string(),
            (Say::NothingMatches, Lang::Ko) => "고른 주제, 뱅크, 난이도에 맞는 질문이 없습니다. 조건을 줄여 보세요 (`kkori list` 로 주제와 질문을 볼 수 있습니다)".to_string(),
            (Say::NothingMatches, Lang::En) => "no question matches the chosen topics, banks and difficulty; try fewer filters".to_string(),
            (Say::FewerThanAsked { asked, found }, Lang::Ko) => format!(
                "질문 {asked}개를 요청했지만 조건에 맞는 본 질문은 {found}개뿐이라 {found}개로 진행합니다"
            ),
            (Say::FewerThanAsked { asked, found }, Lang::En) => format!(
                "{asked} questions were asked for, but only {found} match; going on with {found}"
            ),
            (Say::ReportWhichSession { dir }, Lang::Ko) => format!(
                "어떤 세션의 리포트인지 알려 주세요: `kkori report --session ID` (ID는 `kkori history` 에 나옵니다) 또는 `kkori report 세션파일` ({dir} 안의 .json)"
            ),
            (Say::ReportWhichSession { dir }, Lang::En) => format!(
                "say which session to report on: `kkori report --session ID` (`kkori history` lists the ids) or `kkori report FILE` (a .json in {dir})"
            ),
            (Say::UnknownTopic { topic, suggestion: Some(s), .. }, Lang::Ko) => {
                format!("없는 주제 `{topic}`입니다. `{s}`을(를) 말씀하신 건가요?")
            }
            (Say::UnknownTopic { topic, suggestion: Some(s), .. }, Lang::En) => {
                format!("unknown topic `{topic}`; did you mean `{s}`?")
            }
            (Say::UnknownTopic { topic, suggestion: None, valid }, Lang::Ko) => format!(
                "없는 주제 `{topic}`입니다. 주제는 {valid} 입니다 (`kkori list` 로 질문 수와 함께 볼 수 있습니다)"
            ),
            (Say::UnknownTopic { topic, suggestion: None, valid }, Lang::En) => format!(
                "unknown topic `{topic}`; the topics are {valid} (`kkori list` shows them with their questions)"
            ),
            (Say::UnknownBank { bank, suggestion: Some(s), .. }, Lang::Ko) => {
                format!("없는 뱅크 `{bank}`입니다. `{s}`을(를) 말씀하신 건가요?")
            }
            (Say::UnknownBank { bank, suggestion: Some(s), .. }, Lang::En) => {
                format!("unknown bank `{bank}`; did you mean `{s}`?")
            }
            (Say::UnknownBank { bank, suggestion: None, valid }, Lang::Ko) => {
                format!("없는 뱅크 `{bank}`입니다. 뱅크는 {valid} 입니다")
            }
            (Say::UnknownBank { bank, suggestion: None, valid }, Lang::En) => {
                format!("unknown bank `{bank}`; the banks are {valid}")
            }
            (Say::UnknownQuestion { id, suggestion: Some(s) }, Lang::Ko) => format!(
                "없는 질문 `{id}`입니다. `{s}`을(를) 말씀하신 건가요? (`kkori list --topic 주제` 로 질문 ID를 볼 수 있습니다)"
            ),
            (Say::UnknownQuestion { id, suggestion: Some(s) }, Lang::En) => format!(
                "unknown question `{id}`; did you mean `{s}`? (`kkori list --topic TOPIC` lists the ids)"
            ),
            (Say::UnknownQuestion { id, suggestion: None }, Lang::Ko) => format!(
                "없는 질문 `{id}`입니다. `kkori list` 로 주제를, `kkori list --topic 주제` 로 질문 ID를 볼 수 있습니다"
            ),
            (Say::UnknownQuestion { id, suggestion: None }, Lang::En) => format!(
                "unknown question `{id}`; `kkori list` lists the topics and `kkori list --topic TOPIC` their question ids"
            ),
            (Say::SessionNotSaved { path }, Lang::Ko) => format!(
                "세션을 {path}에 저장하지 못했습니다. 잃지 않도록 내용을 위에 출력했습니다"
            ),
            (Say::SessionNotSaved { path }, Lang::En) => format!(
                "could not save the session to {path}; its contents are printed above so nothing is lost"
            ),
        }
    }
}
