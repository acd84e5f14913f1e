//! Every message of kkori in Korean: one table for fixed texts ([`msg`]), one for
//! messages that carry data ([`error`], [`note`], [`why`], [`script_line`]). The other language's table
//! has the same shape; a message missing from either does not compile.

use super::*;

/// A fixed text.
pub(super) fn msg(m: Msg) -> &'static str {
    match m {
        Msg::Score => "점수",
        Msg::Grade => "등급",
        Msg::Pass => "통과",
        Msg::Fail => "미달",
        Msg::Hint => "힌트",
        Msg::Misconception => "오개념",
        Msg::SaidNegated => "부정으로 말함",
        Msg::SwappedClaim => "뒤바뀐 비교",
        Msg::DeniedClaim => "핵심 주장을 부정",
        Msg::NamedOnly => "이름만 말하고 설명은 없음: 절반",
        Msg::SaidOfOtherSide => "{0}에 대해 말했지만, 루브릭은 이를 {1}의 특징으로 봅니다.",
        Msg::SaidAsNotSo => "‘{0}’ — 이것을 아니라고 말했지만, 맞는 설명의 핵심입니다.",
        Msg::SaidOf => "주어",
        Msg::CapRequired => "필수 개념이 빠져 최대 50점",
        Msg::CapBareList => "설명 없이 용어만 나열해 최대 45점",
        Msg::CapSidesSwapped => "주장 대부분을 반대쪽에 대해 말해 최대 30점",
        Msg::EvalAnswers => "답변 {0}개, 질문 {1}개",
        Msg::EvalMatcherHeader => "채점기          n  피어슨   스피어만  카파     MAE  합불 일치",
        Msg::EvalKindHeader => "종류                n  사람   kkori  평균 오차   합불 일치  통과",
        Msg::EvalShouldNotPass => "  ← 통과하면 안 됨",
        Msg::EvalWorst => "가장 크게 어긋난 답변:",
        Msg::EvalHuman => "사람",
        Msg::EvalScore => "점수",
        Msg::CapMostlyDenied => "말한 주장만큼 부정해 최대 30점",
        Msg::Uncounted => "확인해 볼 점 (감점 없음)",
        Msg::CapCore => "핵심 주장이 틀려 최대 50점",
        Msg::CapEmpty => "답변이 비어 있음",
        Msg::Penalty => "감점",
        Msg::ModelAnswer => "모범 답안",
        Msg::HowExact => "일치",
        Msg::HowSpacing => "띄어쓰기 차이",
        Msg::HowAlias => "동의어",
        Msg::HowTypo => "오타 허용",
        Msg::Concepts => "개념",
        Msg::Question => "질문",
        Msg::FollowUp => "꼬리질문",
        Msg::Topic => "주제",
        Msg::Time => "시간",
        Msg::Skipped => "건너뜀",
        Msg::NotAnswered => "답하지 않음",
        Msg::WeakTopics => "약한 주제",
        Msg::Progress => "학습 현황",
        Msg::Mastery => "숙련도",
        Msg::Trend => "추이",
        Msg::LastPractised => "최근 연습",
        Msg::Due => "복습 예정",
        Msg::New => "새 질문",
        Msg::WeakConcepts => "가장 약한 개념",
        Msg::Questions => "질문 수",
        Msg::Mode => "방식",
        Msg::Candidate => "지원자",
        Msg::Sessions => "세션",
        Msg::Answers => "답변",
        Msg::NoHistory => "아직 기록된 세션이 없습니다. `kkori interview`로 시작해 보세요.",
        Msg::MasteryOverTime => "주제별 숙련도 변화",
        Msg::Answer => "답변",
        Msg::Missed => "놓친 개념",
        Msg::Report => "모의 면접 리포트",
        Msg::Easy => "쉬움",
        Msg::Medium => "보통",
        Msg::Hard => "어려움",
        Msg::ScriptTitle => "면접관 스크립트",
        Msg::ScriptHowTo => "질문을 소리 내어 읽고, 답변을 들으며 나온 개념에 체크하세요. 꼬리질문은 조건이 맞는 첫 번째 것 하나만, 두 단계까지 물어봅니다. 질문이 끝날 때마다 채점표를 채우세요.",
        Msg::ScriptQuestionCount => "질문 수",
        Msg::ScriptTopics => "주제",
        Msg::ScriptSeed => "시드",
        Msg::ScriptLeftOut => "문제 은행에 없어 뺀 질문",
        Msg::ScriptSuggestedTime => "권장 시간",
        Msg::ScriptGoodAnswer => "좋은 답변에 들어갈 내용",
        Msg::ScriptRequired => "필수",
        Msg::ScriptWeight => "가중치",
        Msg::ScriptTermsEnough => "설명 없이 용어만 말해도 됩니다.",
        Msg::ScriptNoRubric => "채점 기준이 없습니다",
        Msg::ScriptListenFor => "주의해서 들을 오개념",
        Msg::ScriptSetStraight => "바로잡기",
        Msg::ScriptFollowUps => "꼬리질문 (조건이 맞는 첫 번째 것 하나만)",
        Msg::ScriptNotInBanks => "문제 은행에 없는 질문",
        Msg::ScriptAskedAbove => "이미 위에서 물은 질문",
        Msg::ScriptSameAsAbove => "위에 나온 질문",
        Msg::ScriptSheet => "채점표",
        Msg::ScriptHeard => "들었나요?",
        Msg::ScriptNotes => "메모",
        Msg::ScriptOverall => "종합 점수 (0–5)",
        Msg::Session => "세션",
        Msg::Date => "날짜",
        Msg::Average => "평균",
        Msg::Feedback => "피드백",
        Msg::Seconds => "초",
        Msg::Heard => "면접관이 들음",
        Msg::Summary => "요약",
        Msg::ModeSolo => "혼자 연습",
        Msg::ModePair => "짝 연습 (면접관이 기록)",
        Msg::AverageScore => "평균 점수",
        Msg::Answered => "답변",
        Msg::Passed => "통과",
        Msg::Duration => "답변 시간 합계",
        Msg::HintsUsed => "사용한 힌트",
        Msg::OverTime => "시간 초과",
        Msg::Status => "상태",
        Msg::Unfinished => "끝나지 않은 세션",
        Msg::QuitEarly => "중간에 끝냄",
        Msg::ByQuestion => "질문별 점수",
        Msg::ByTopic => "주제별 점수",
        Msg::Count => "질문 수",
        Msg::NoWeakTopics => "통과 기준에 못 미친 주제가 없습니다.",
        Msg::MainQuestion => "본 질문",
        Msg::UnknownQuestion => "문제 은행에 더 이상 없는 질문입니다",
        Msg::Notes => "면접관 메모",
        Msg::PassMark => "통과 기준",
        Msg::Minutes => "분",
        Msg::SchemaVersion => "리포트 형식",
        Msg::QuestionsAndAnswers => "질문과 답변",
        Msg::Required => "필수",
        Msg::Truncated => "답변이 너무 길어 앞부분만 채점한 글자 수:",
        Msg::Welcome => "꼬리 모의 면접을 시작합니다",
        Msg::HowToAnswer => "여러 줄로 답할 수 있습니다. 빈 줄에서 Enter를 누르면 답변이 제출됩니다. Ctrl-C는 쓰던 답을 지우고, Ctrl-D는 (쓰던 답이 있으면 제출한 뒤) 면접을 끝냅니다.",
        Msg::HowToAnswerPiped => "표준 입력에서 답변을 읽습니다: 빈 줄로 나뉜 블록 하나가 답변 또는 명령 하나입니다",
        Msg::Commands => ":hint 힌트(감점)  :skip 건너뛰기  :repeat 질문 다시  :model 모범 답안  :quit 끝내기  :help 도움말",
        Msg::PairWelcome => "페어 면접을 시작합니다. 질문을 소리 내어 읽어 주고, 후보자의 답을 들은 대로 입력하세요",
        Msg::PairCommands => ":heard 1 3 들은 개념  :wrong 1 오개념  :note 메모(후보자 리포트에는 빠짐)  :done 채점  :skip 건너뛰기  :model 모범 답안  :quit 끝내기  :help 도움말",
        Msg::QuestionHead => "질문",
        Msg::FollowUpHead => "꼬리질문",
        Msg::SuggestedTime => "권장 시간",
        Msg::EchoCut => " … (글자 {0}개 더)",
        Msg::Recorded => "답변을 기록했습니다.",
        Msg::SkippedIt => "건너뛰었습니다.",
        Msg::EmptyAnswer => "답변이 비어 있습니다. 답을 입력하거나 :skip 으로 건너뛰세요.",
        Msg::AnswerCleared => "쓰던 답변을 지웠습니다.",
        Msg::NoMoreHints => "더 드릴 힌트가 없습니다.",
        Msg::HintCost => "점 감점",
        Msg::NothingAnsweredYet => "먼저 질문에 답해 주세요. 모범 답안은 답한 뒤에 볼 수 있습니다.",
        Msg::Finished => "면접이 끝났습니다. 수고하셨습니다!",
        Msg::Quit => "면접을 중단합니다. 답한 내용까지 저장합니다.",
        Msg::SessionSaved => "세션 파일",
        Msg::SaveFailed => "세션을 저장하지 못했습니다 (답변은 메모리에 남아 있고, 다음 답변 때 다시 저장을 시도합니다)",
        Msg::AnsweredIn => "답변 시간",
        Msg::Picked => "선택 이유",
        Msg::ReportWritten => "리포트",
        Msg::NoAnswers => "답한 질문이 없습니다.",
        Msg::Noted => "기록했습니다.",
        Msg::NotNow => "지금은 할 수 없는 명령입니다. :help 를 보세요.",
        Msg::CannotAsk => "없는 질문이거나 이미 물어본 질문입니다",
        Msg::Proposal => "제안하는 꼬리질문",
        Msg::NoProposal => "규칙에 맞는 꼬리질문이 없습니다. 다음 본 질문으로 넘어갑니다.",
        Msg::ProposalKeys => "Enter 또는 :take 로 진행 · :ask ID 로 다른 질문 · :next 로 다음 본 질문",
        Msg::Checklist => "좋은 답변에 들어갈 개념 (:heard 번호)",
        Msg::ListenFor => "잘못된 설명 (:wrong 번호)",
        Msg::PairKeys => "들은 답을 입력(빈 줄로 끝) · :heard 1 3 · :wrong 1 · :note 메모 · :done 채점",
        Msg::KeptBeforeQuit => "쓰던 답변을 제출하고 면접을 중단합니다. 답한 내용까지 저장합니다.",
        Msg::Name => "이름",
        Msg::MainQuestions => "본 질문",
        Msg::FollowUpQuestions => "꼬리질문 전용",
        Msg::ListTopicHint => "주제의 질문 보기: kkori list --topic 주제 · 면접: kkori interview --topic 주제",
        Msg::Id => "ID",
        Msg::Difficulty => "난이도",
        Msg::FollowUpDepth => "꼬리 깊이",
        Msg::ListQuestionsHint => "↳ 는 꼬리질문으로만 나오는 질문입니다 · 한 문제 채점: kkori grade ID --answer \"…\"",
        Msg::Solo => "혼자",
        Msg::Pair => "페어",
        Msg::InProgress => "진행 중",
        Msg::Abandoned => "중단됨",
        Msg::NoCohorts => "코호트가 없습니다 (`kkori cohort create 이름`으로 만드세요).",
        Msg::Cohort => "코호트",
        Msg::CohortMember => "구성원",
        Msg::CohortMembers => "구성원 수",
        Msg::CohortHeatmap => "구성원 × 주제 숙련도",
        Msg::CohortWeakFor => "약한 구성원",
        Msg::CohortHeardMost => "자주 나온 오개념",
        Msg::CohortExample => "예시 답변",
        Msg::CohortTrend => "그룹 숙련도 추이 (주별)",
        Msg::CohortNoMembers => "이 코호트에는 아직 답변이 없습니다 (`kkori cohort add`로 구성원을 더하세요).",
        Msg::Overall => "전체",
    }
}

/// Why a drill picked a question.
pub(super) fn why(w: Why) -> String {
    match w {
        Why::Overdue(d) => format!("복습 예정일이 지났습니다 ({d}일 전)"),
        Why::DueToday => "오늘 복습할 차례입니다".to_string(),
        Why::New => "아직 풀어 보지 않은 질문입니다".to_string(),
        Why::WeakTopic(t, p) => format!("약한 주제: {t} (숙련도 {p}%)"),
        Why::Strong(p) => format!("잘 아는 질문도 가끔 점검합니다 (숙련도 {p}%)"),
        Why::NotAskedFor(d) => format!("한동안 묻지 않았습니다 ({d}일 전)"),
        Why::Ahead(d) => format!("복습 예정일 전입니다 ({d}일 후)"),
    }
}

/// A sentence of the interviewer's script.
pub(super) fn script_line(line: ScriptLine) -> String {
    let quoted = |text: &str| format!("‘{text}’");
    let ask = |condition: String| format!("{condition} → 물어보세요:");
    match line {
        ScriptLine::Quoted(text) => quoted(text),
        ScriptLine::AskIfMissed(concept) => ask(format!(
            "{} 언급하지 않으면",
            josa(&quoted(concept), "을", "를")
        )),
        ScriptLine::AskIfMentioned(concept) => {
            ask(format!("{} 언급하면", josa(&quoted(concept), "을", "를")))
        }
        ScriptLine::AskIfSaid(said) => {
            ask(format!("오개념 {} 말하면", josa(&quoted(said), "을", "를")))
        }
        ScriptLine::AskIfBelow(n) => ask(format!("점수가 {n}점 미만이면")),
        ScriptLine::AskIfAtLeast(n) => ask(format!("점수가 {n}점 이상이면")),
        ScriptLine::AskAlways => ask("항상".to_string()),
        ScriptLine::Negated(words) => format!("{words} 아님"),
    }
}

/// A length of time.
pub(super) fn duration(seconds: u64) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s}초"),
        (m, 0) => format!("{m}분"),
        (m, s) => format!("{m}분 {s}초"),
    }
}

/// `word` with 을/를 (이/가, 은/는 …) chosen by how it ends.
fn josa(word: &str, after_consonant: &str, after_vowel: &str) -> String {
    crate::text::particle::with_particle(word, after_consonant, after_vowel)
}

/// `` `x` `` with its object particle: `` `tcp`를 ``.
fn code_obj(text: &str) -> String {
    josa(&format!("`{text}`"), "을", "를")
}

fn list(items: &[String]) -> String {
    items.join(", ")
}

fn paths(items: &[std::path::PathBuf]) -> String {
    items
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// An error, without the `error:` before it.
pub(super) fn error(e: &Error) -> String {
    match e {
        Error::Io {
            action,
            path,
            detail,
            full,
            denied,
        ..
        } => {
            let p = path.display();
            let what = match action {
                Action::Read => "읽을",
                Action::Write => "쓸",
                Action::CreateDir => "만들",
                Action::ReadDir => "읽을",
                Action::Lock => "잠글",
            };
            let noun = match action {
                Action::CreateDir | Action::ReadDir => "폴더",
                _ => "파일",
            };
            let hint = if *full {
                " (디스크가 가득 찼습니다. 공간을 비운 뒤 다시 해 주세요)"
            } else if *denied {
                " (권한이 없습니다)"
            } else {
                ""
            };
            format!(
                "`{p}` {} {what} 수 없습니다: {detail}{hint}",
                josa(noun, "을", "를")
            )
        }
        Error::StdinUnreadable { detail } => format!("표준 입력을 읽을 수 없습니다: {detail}"),
        Error::StdoutUnwritable { detail } => format!("표준 출력에 쓸 수 없습니다: {detail}"),
        Error::NotUtf8 { source, offset } => {
            let from = match source {
                Source::Stdin => "표준 입력".to_string(),
                Source::File(p) => format!("`{}`", p.display()),
            };
            let at = offset.map_or(String::new(), |o| format!(" ({o}바이트 위치)"));
            format!("{from}의 내용이 UTF-8 텍스트가 아닙니다{at}. UTF-8로 저장한 뒤 다시 해 주세요")
        }
        Error::Internal { detail } => format!("내부 문제가 생겼습니다: {detail}"),
        Error::Reported { .. } => "위에 적은 문제를 고친 뒤 다시 해 주세요".to_string(),
        Error::Several(errors) => errors.iter().map(error).collect::<Vec<_>>().join("\n"),
        Error::BankErrors { count } => {
            format!("문제 은행에 오류가 {count}개 있습니다. 고친 뒤 다시 해 주세요 (`kkori check` 참고)")
        }
        Error::BanksHoldNoQuestion { paths: p } => format!(
            "문제 은행이 비어 있습니다: {}에 질문이 하나도 없습니다 (`kkori check` 로 확인하세요)",
            paths(p)
        ),
        Error::NoMainQuestion => "문제 은행의 질문이 모두 초안(draft)이거나 꼬리질문 전용이라 면접을 시작할 질문이 없습니다 (초안도 쓰려면 --drafts)".to_string(),
        Error::NothingMatches => "고른 주제, 뱅크, 난이도에 맞는 질문이 없습니다. 조건을 줄여 보세요 (`kkori list` 로 주제와 질문을 볼 수 있습니다)".to_string(),
        Error::UnknownTopic { topic, suggestion: Some(s), .. } => {
            format!("없는 주제 `{topic}`입니다. {} 말씀하신 건가요?", code_obj(s))
        }
        Error::UnknownTopic { topic, suggestion: None, valid } => format!(
            "없는 주제 `{topic}`입니다. 주제는 {} 입니다 (`kkori list` 로 질문 수와 함께 볼 수 있습니다)",
            list(valid)
        ),
        Error::UnknownBank { bank, suggestion: Some(s), .. } => {
            format!("없는 뱅크 `{bank}`입니다. {} 말씀하신 건가요?", code_obj(s))
        }
        Error::UnknownBank { bank, suggestion: None, valid } => {
            format!("없는 뱅크 `{bank}`입니다. 뱅크는 {} 입니다", list(valid))
        }
        Error::UnknownQuestion { id, suggestion: Some(s) } => format!(
            "없는 질문 `{id}`입니다. {} 말씀하신 건가요? (`kkori list --topic 주제` 로 질문 ID를 볼 수 있습니다)",
            code_obj(s)
        ),
        Error::UnknownQuestion { id, suggestion: None } => format!(
            "없는 질문 `{id}`입니다. `kkori list` 로 주제를, `kkori list --topic 주제` 로 질문 ID를 볼 수 있습니다"
        ),
        Error::NoRubric { question, rubric } => format!(
            "질문 `{question}`의 채점 기준 {} 문제 은행에 없습니다 (`kkori check` 로 확인하세요)",
            josa(&format!("`{rubric}`"), "이", "가")
        ),
        Error::SessionLocked { session, pid, lock } => {
            let who = pid.map_or("다른 kkori".to_string(), |p| format!("다른 kkori (pid {p})"));
            format!(
                "세션 {} {who}가 진행하고 있습니다. 그쪽 면접이 끝난 뒤에 이어서 하세요 (그런 프로세스가 없다면 {} 지우세요)",
                josa(&format!("`{session}`"), "은", "는"),
                code_obj(&lock.display().to_string())
            )
        }
        Error::SessionUnreadable { path, problem } => {
            use crate::interview::SessionProblem as P;
            let why = match problem {
                P::NotUtf8 => "kkori 세션 파일이 아닙니다 (UTF-8 텍스트가 아닙니다)".to_string(),
                P::NotASession { line, column } => {
                    format!("kkori 세션 파일이 아닙니다 ({line}번째 줄 {column}번째 글자)")
                }
                P::Version { found, supported } => format!(
                    "세션 파일 버전 {found}은 이 kkori가 읽지 못합니다 (읽을 수 있는 버전: {supported})"
                ),
                P::Damaged {
                    line,
                    column,
                    detail,
                } => format!("세션 파일이 손상되었습니다 ({line}번째 줄 {column}번째 글자: {detail})"),
            };
            format!("{}: 세션 파일을 읽을 수 없습니다: {why}", path.display())
        }
        Error::NewestSessionDamaged { error: inner } => format!(
            "가장 최근 세션 파일이 손상되어 이어서 할 수 없습니다: {}. 파일을 고치거나 옮긴 뒤 다시 하거나, `kkori resume 파일` 로 다른 세션을 고르거나, `kkori interview` 로 새로 시작하세요",
            error(inner)
        ),
        Error::NoUnfinishedSession { dir } => format!(
            "{}에 끝나지 않은 세션이 없습니다. 새 면접은 `kkori interview` 로 시작하세요",
            dir.display()
        ),
        Error::NoSuchSession { id, dir, suggestion } => {
            let guess = suggestion
                .as_ref()
                .map_or(String::new(), |s| format!(" {} 말씀하신 건가요?", code_obj(s)));
            format!(
                "`{}`에 세션 {} 없습니다.{guess} (`kkori history` 로 세션 목록을 볼 수 있습니다)",
                dir.display(),
                josa(&format!("`{id}`"), "이", "가")
            )
        }
        Error::Interview { path: Some(p), error: e } => format!("{}: {}", p.display(), interview(e)),
        Error::Interview { path: None, error: e } => interview(e),
        Error::SessionNotSaved { path } => format!(
            "세션을 {}에 저장하지 못했습니다. 잃지 않도록 내용을 위에 출력했습니다",
            path.display()
        ),
        Error::ReportWhichSession { dir } => format!(
            "어떤 세션의 리포트인지 알려 주세요: `kkori report --session ID` (ID는 `kkori history` 에 나옵니다) 또는 `kkori report 세션파일` ({} 안의 .json)",
            dir.display()
        ),
        Error::ReportNotWritten { error: inner, id } => format!(
            "리포트를 쓰지 못했습니다: {}. 세션은 저장되어 있으니 `kkori report --session {id} --out 파일` 로 다시 쓸 수 있습니다",
            error(inner)
        ),
        Error::OutIsAFolder { path } => {
            let p = path.display();
            format!(
                "--out {} 폴더입니다. 파일 이름을 주세요 (예: {p}/report.md)",
                josa(&format!("`{p}`"), "은", "는")
            )
        }
        Error::FormatDisagrees { path, by_ext, format } => format!(
            "--out `{}`의 확장자는 {by_ext} 형식인데 --format {format} 형식을 주었습니다. 둘 중 하나를 빼거나 맞춰 주세요",
            path.display()
        ),
        Error::ScriptFormat { path } => format!(
            "`{}`의 확장자로는 형식을 알 수 없습니다. 파일.md 나 파일.html 로 이름을 주세요 (표준 출력에 Markdown으로 쓰려면 `--out -`)",
            path.display()
        ),
        Error::History(h) => history(h),
        Error::EmptyName => "빈 이름은 쓸 수 없습니다".to_string(),
        Error::UnknownCohort {
            name,
            closest: Some(c),
        } => format!(
            "코호트 {} 없습니다. {} 말씀하신 건가요? (`kkori cohort list`로 목록을 볼 수 있습니다)",
            josa(&format!("`{name}`"), "은", "는"),
            code_obj(c)
        ),
        Error::UnknownCohort {
            name,
            closest: None,
        } => format!(
            "코호트 {} 없습니다 (목록: `kkori cohort list`, 만들기: `kkori cohort create {name}`)",
            josa(&format!("`{name}`"), "은", "는")
        ),
        Error::NotAnExport { path, detail } => format!(
            "{}: kkori 기록 내보내기 파일이 아닙니다 ({detail})",
            path.display()
        ),
        Error::NoLabels => "채점 라벨 파일에 답변이 하나도 없습니다".to_string(),
        Error::NoLabelFiles { dir } => format!(
            "`{}`에 채점 라벨 .yaml 파일이 없습니다",
            dir.display()
        ),
        Error::SameOutputs => "--out-bank 와 --out-rubrics 가 같은 파일입니다. 서로 다른 이름을 주세요".to_string(),
        Error::CannotMerge { path, detail } => format!(
            "`{}`에 합칠 수 없습니다: {detail}. 고치거나 옮긴 뒤 다시 가져오세요",
            path.display()
        ),
        Error::BatchNotJson { detail } => {
            format!("`question`과 `answer` 문자열이 있는 JSON 객체가 아닙니다 ({detail})")
        }
        Error::BatchCsv { detail } => format!("CSV로 읽을 수 없습니다: {detail}"),
        Error::BatchCsvHeader => "CSV의 첫 줄은 `question`과 `answer` 열 이름이어야 합니다".to_string(),
        Error::BatchFieldMissing => "`question`이나 `answer` 열이 비어 있습니다".to_string(),
        Error::BatchFailed { failed, total } => format!(
            "{total}줄 중 {failed}줄은 채점하지 못했습니다 (위의 줄 번호를 보세요)"
        ),
        Error::BundledBanksBroken { detail } => format!(
            "이 kkori에 들어 있는 문제 은행을 읽을 수 없습니다 (빌드가 잘못되었습니다): {detail}"
        ),
    }
}

/// A notice that is not an error.
pub(super) fn note(n: &Note) -> String {
    match n {
        Note::SharedLegacyFolder { folder, name } => format!(
            "이전 버전의 후보자 폴더 `{}`에는 `{name}` 말고 다른 이름의 기록도 섞여 있어 그대로 두었습니다. `{name}`의 기록은 이제 새 폴더에 쌓입니다 (옮기려면 `kkori history export`/`import`)",
            folder.display()
        ),
        Note::StaleLockTakenOver { pid } => format!(
            "이전에 이 세션을 진행하던 kkori (pid {pid})는 이미 끝났습니다. 잠금을 넘겨받았습니다."
        ),
        Note::DamagedPassedOver { paths: p } => format!("손상되어 건너뛴 세션 파일: {}", paths(p)),
        Note::NotRecorded { session } => format!(
            "기록에 이 답변을 넣지 못했습니다. 답변은 세션 {session}의 파일에 안전하게 있고, 다음에 kkori가 이 기록을 열 때 더해집니다"
        ),
        Note::CaughtUp { session, answers } => format!(
            "기록에서 빠졌던 세션 {session}의 답변 {answers}개를 더했습니다"
        ),
        Note::ImportSkipped { heading } => {
            format!("제목 `{heading}`은 건너뛰었습니다 (문서 제목이나 목차)")
        }
        Note::ImportRenamed { from, to } => format!(
            "id `{from}`은 다른 질문이 쓰고 있어 새 질문의 id를 `{to}`로 했습니다"
        ),
        Note::ImportRewritten { path } => format!(
            "참고: `{}`는 읽은 내용으로 다시 썼습니다 (파일의 주석은 사라졌습니다)",
            path.display()
        ),
        Note::ImportWrote { count, rubrics, path } => format!(
            "{} 초안 {count}개를 `{}`에 썼습니다",
            if *rubrics { "루브릭" } else { "질문" },
            path.display()
        ),
        Note::ImportMerged { kept, added, rubrics, path } => {
            let what = if *rubrics { "루브릭" } else { "질문" };
            let path = path.display();
            let mut lines = Vec::new();
            if !kept.is_empty() {
                lines.push(format!(
                    "`{path}`에 이미 있는 {what} {}개는 그대로 두었습니다: {}",
                    kept.len(),
                    kept.join(", ")
                ));
            }
            lines.push(if added.is_empty() {
                format!("`{path}`에 더할 것이 없어 그대로 두었습니다")
            } else {
                format!(
                    "`{path}`에 새 {what} {}개를 더했습니다: {}",
                    added.len(),
                    added.join(", ")
                )
            });
            lines.join("\n")
        }
        Note::Exported { sessions, answers, path } => format!(
            "세션 {sessions}개, 답변 {answers}개를 {}에 내보냈습니다.",
            path.display()
        ),
        Note::Imported { sessions, answers, present, place } => format!(
            "세션 {sessions}개, 답변 {answers}개를 가져왔습니다 (이미 있던 답변 {present}개는 그대로 둠): {place}"
        ),
        Note::CohortCreated { name, created: true } => {
            format!("코호트 {} 만들었습니다.", code_obj(name))
        }
        Note::CohortCreated { name, created: false } => format!(
            "코호트 {} 이미 있습니다.",
            josa(&format!("`{name}`"), "은", "는")
        ),
        Note::CohortAdded { name, added, present } => format!(
            "코호트 `{name}`에 {added}명을 더했습니다 (이미 있던 {present}명은 그대로)."
        ),
        Note::Resuming { path, answered } => format!(
            "세션 {} 이어서 진행합니다 (기록된 답변 {answered}개).",
            josa(&path.display().to_string(), "을", "를")
        ),
        Note::UnknownQuestions { ids } => format!(
            "이 세션의 질문 {}개({})가 질문 은행에 없어 id로 보여 줍니다 (다른 은행으로 면접했나요? --banks 를 써 보세요)",
            ids.len(),
            ids.join(", ")
        ),
        Note::FewerThanAsked { asked, found } => format!(
            "질문 {asked}개를 요청했지만 조건에 맞는 본 질문은 {found}개뿐이라 {found}개로 진행합니다"
        ),
        Note::ScriptWritten { path, questions } => format!(
            "질문 {questions}개의 스크립트를 {}에 썼습니다.",
            path.display()
        ),
        Note::Checked { files, questions, rubrics, examples, errors, warnings } => format!(
            "파일 {files}개 검사: 질문 {questions}개, 루브릭 {rubrics}개, 예시 답안 {examples}개; 오류 {errors}개, 경고 {warnings}개"
        ),
        Note::NotUtf8Replaced { lines } => format!(
            "입력 {}번째 줄이 UTF-8 텍스트가 아니어서, 읽을 수 없는 바이트를 �(U+FFFD)로 바꿔 답에 남겼습니다. 입력을 UTF-8로 저장해 주세요",
            lines
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Why an interview cannot start or go on.
fn interview(e: &crate::interview::InterviewError) -> String {
    use crate::interview::{Damage, InterviewError as I};
    match e {
        I::NothingToAsk => "고른 주제, 뱅크, 난이도에 맞는 질문이 없습니다".to_string(),
        I::UnknownQuestion(id) => format!(
            "세션에 있는 질문 {} 지금 뱅크에 없습니다 (뱅크가 바뀌었나요? 그때의 --banks 로 다시 해 보세요)",
            josa(&format!("`{id}`"), "이", "가")
        ),
        I::AlreadyFinished => {
            "이미 끝난 세션입니다. 새 면접은 `kkori interview` 로 시작하세요".to_string()
        }
        I::Damaged(damage) => {
            let what = match damage {
                Damage::PendingOutsidePlan { main, plan } => format!(
                    "진행 중인 질문이 본 질문 {}번에 속한다고 되어 있지만 계획에는 {plan}개뿐입니다",
                    main + 1
                ),
                Damage::ProposalAfterMissingTurn { after, turns } => format!(
                    "제안된 꼬리질문이 {}번째 답변 뒤라고 되어 있지만 답변은 {turns}개뿐입니다",
                    after + 1
                ),
                Damage::ProposalInSolo => {
                    "혼자 하는 세션에 페어 면접의 제안이 들어 있습니다".to_string()
                }
            };
            format!("세션 파일이 손상되었습니다: {what}")
        }
    }
}

/// The history's errors: which file or server, and what to do.
fn history(h: &crate::history::HistoryError) -> String {
    use crate::history::{HistoryError as H, Place};
    match h {
        H::NotADatabase { path, detail } => {
            let p = path.display();
            format!(
                "{p}의 기록은 kkori 데이터베이스가 아니거나 손상되었습니다 ({detail}). 옮겨 두고 (mv {p} {p}.bak) 새로 시작하거나 백업을 되돌리세요"
            )
        }
        H::Foreign {
            place: Place::File(path),
        } => {
            let p = path.display();
            format!(
                "`{p}` 파일은 kkori가 아닌 다른 프로그램의 SQLite 데이터베이스입니다. 옮겨 두거나 (mv {p} {p}.bak) 다른 --data-dir 을 쓰세요"
            )
        }
        H::Foreign {
            place: Place::Server(s),
        } => format!(
            "데이터베이스 {s}에는 kkori가 아닌 다른 프로그램의 테이블이 있습니다. kkori용 빈 데이터베이스를 만들고 ({}) --history 로 지정하세요",
            s.createdb_named("kkori")
        ),
        H::Damaged { path, detail } => {
            let p = path.display();
            format!(
                "{p}의 기록이 손상되었습니다 ({detail}). 옮겨 두고 (mv {p} {p}.bak) 새로 시작하거나 백업을 되돌리세요 (`sqlite3 {p} .recover` 로 남은 것을 살릴 수도 있습니다)"
            )
        }
        H::TooNew {
            place,
            found,
            supported,
        } => {
            let way_out = match place {
                Place::File(_) => "kkori를 업데이트하거나 다른 --data-dir 을 쓰세요",
                Place::Server(_) => {
                    "이 컴퓨터의 kkori를 업데이트하세요 (그룹의 데이터베이스는 그대로 둡니다)"
                }
            };
            format!(
                "{place}의 기록은 더 새로운 kkori가 쓴 것입니다 (스키마 버전 {found}, 이 kkori는 {supported}까지 읽습니다). {way_out}"
            )
        }
        H::Access { path, detail } => format!(
            "{}의 기록을 열거나 쓸 수 없습니다 ({detail}). 읽고 쓸 수 있는 파일인지 확인하거나 다른 --data-dir 을 쓰세요",
            path.display()
        ),
        H::Full {
            place: place @ Place::File(_),
        } => format!("{place}에 기록을 쓸 수 없습니다: 디스크가 가득 찼습니다. 공간을 비운 뒤 다시 해 주세요"),
        H::Full {
            place: place @ Place::Server(_),
        } => format!(
            "{place}에 기록을 쓸 수 없습니다: 서버의 디스크가 가득 찼습니다. 서버를 맡은 사람에게 공간을 비워 달라고 한 뒤 다시 해 주세요"
        ),
        H::Busy { path } => format!(
            "다른 kkori가 {}의 기록을 너무 오래 잠그고 있습니다. 그쪽을 끝내거나 닫은 뒤 다시 해 주세요",
            path.display()
        ),
        H::Sqlite { path, detail } => {
            format!("{}의 기록을 쓸 수 없었습니다: {detail}", path.display())
        }
        H::BadLocation { detail } => format!(
            "이 기록을 쓸 수 없습니다 ({detail}). --history (또는 KKORI_HISTORY)는 sqlite:경로 또는 postgres://사용자:비밀번호@호스트:포트/데이터베이스 로 주세요"
        ),
        H::UnknownKind { scheme } => format!(
            "`{scheme}:`는 kkori가 아는 기록 종류가 아닙니다. --history (또는 KKORI_HISTORY)는 sqlite:경로 또는 postgres://사용자:비밀번호@호스트:포트/데이터베이스 로 주세요"
        ),
        H::NoSqlitePath => {
            "`--history sqlite:`에 파일이 없습니다. sqlite:경로 로 주세요 (예: sqlite:history.sqlite3)"
                .to_string()
        }
        H::Unreachable { server, detail } => format!(
            "기록 서버 {server}에 연결할 수 없습니다 ({detail}). 서버를 켜거나 --history 또는 KKORI_HISTORY의 호스트와 포트를 확인하세요"
        ),
        H::Auth { server, detail } => format!(
            "기록 서버 {server}가 사용자 {} 거부했습니다 ({detail}). --history 또는 KKORI_HISTORY (또는 PGPASSWORD)의 사용자와 비밀번호를 확인하세요",
            code_obj(&server.user)
        ),
        H::NoDatabase { server } => format!(
            "기록 서버 {server}에 데이터베이스 `{}`가 없습니다. 만들거나 ({}) --history 또는 KKORI_HISTORY에 다른 데이터베이스를 주세요",
            server.database,
            server.createdb()
        ),
        H::Postgres { server, detail } => {
            format!("기록 서버 {server}를 쓸 수 없었습니다: {detail}")
        }
    }
}
