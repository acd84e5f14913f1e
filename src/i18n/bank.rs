//! Every message the bank loader and validator word themselves ([`BankMsg`]), in Korean and
//! English: problems in bank and rubric files, and `kkori check`'s own lines about them.
//!
//! They live apart from the tables of [`ko`](super) and [`en`](super) because `build.rs`
//! compiles the loader to validate the bundled banks, and a build script can include only
//! modules that need nothing beyond `bank` and `text`; the language tables also word the
//! errors of history and interview. This file is those tables' part for the loader: one
//! table per language below, re-exported by [`crate::i18n`].

use crate::bank::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BankMsg {
    /// A file with no topics, questions, rubrics or glossary.
    EmptyBankFile,
    /// A file that is not UTF-8 text.
    BankNotUtf8,
    /// Nesting deeper than `{0}` levels.
    NestedTooDeep,
    /// YAML that does not parse: `{0}` is the parser's own words.
    InvalidYaml,
    /// A file whose top is not a mapping of sections.
    ExpectedMapping,
    /// A top-level key `{0}` that is no section; `{1}` a suggestion.
    UnknownSection,
    /// A section `{0}` that is not a list.
    MustBeList,
    /// A key `{0}` serde does not know; `{1}` a suggestion.
    UnknownKey,
    /// A required key `{0}` (already in backquotes) left out.
    MissingKey,
    /// A value `{0}` that is none of the allowed ones; `{1}` a suggestion or the list.
    UnknownValue,
    /// The suggestion appended to a message: the closest name `{0}`.
    DidYouMean,
    /// The names allowed, `{0}`, when none is close.
    ExpectedOneOf,
    /// Topic id `{0}` defined again; first at `{1}:{2}`.
    DuplicateTopic,
    /// Question id `{0}` defined again; first at `{1}:{2}`.
    DuplicateQuestion,
    /// Rubric id `{0}` defined again; first at `{1}:{2}`.
    DuplicateRubric,
    /// Question id `{0}` with other characters than `a-z0-9-_`.
    IdNotPlain,
    /// A topic `{0}` no file defines; `{1}` a suggestion.
    UnknownTopic,
    /// A question `{0}` no file defines; `{1}` a suggestion.
    UnknownQuestion,
    /// Question `{0}` with a blank prompt.
    EmptyPrompt,
    /// Question `{0}` with a blank model answer.
    EmptyModelAnswer,
    /// A source without `note` or `heading`.
    SourceIncomplete,
    /// Question `{0}` asks to compare; its rubric `{1}` has no sides.
    ComparisonWithoutSides,
    /// Question `{0}` names a rubric `{1}` that does not exist; `{2}` a suggestion.
    NoRubric,
    /// Question `{0}` with itself as a follow-up.
    FollowsItself,
    /// Follow-ups that loop: `{0}` is the chain (`a → b → a`).
    FollowUpCycle,
    /// Rubric `{0}` that no question uses.
    UnusedRubric,
    /// Rubric `{0}` with no concepts.
    NoConcepts,
    /// Concept id `{0}` twice in rubric `{1}`.
    DuplicateConcept,
    /// Misconception id `{0}` twice in rubric `{1}`.
    DuplicateMisconception,
    /// A concept of weight 0.
    ZeroWeight,
    /// Rubric `{0}` with `{1}` sides; at most `{2}`.
    TooManySides,
    /// Side `{0}` with no name that can match.
    SideWithoutName,
    /// Rubric `{0}` where no concept is about side `{1}`.
    SideWithoutConcept,
    /// Rubric `{0}` with `{1}` examples, fewer than `{2}`.
    FewExamples,
    /// Concept `{0}` that accepts `{2}` and its opposite `{3}`; `{1}` is [`BankMsg::OfSide`] or empty.
    OppositeClaims,
    /// The side `{0}` a claim list is about, inside [`BankMsg::OppositeClaims`].
    OfSide,
    /// An expected grade `{0}` above 5.
    ExampleGradeOutOfRange,
    /// A score `{0}` above 100 in a follow-up condition.
    ScoreOutOfRange,
    /// Rubric `{0}` without sides, and a concept about side `{1}`.
    NoSides,
    /// Rubric `{0}` with no side `{1}`; `{2}` a suggestion.
    UnknownSide,
    /// A concept with both `of` and `claims`.
    OfAndClaims,
    /// The claims about side `{0}` with no term that can match.
    ClaimsNeverMatch,
    /// A concept named in a message: `{0}` is its id.
    Concept,
    /// A misconception named in a message: `{0}` is its id.
    Misconception,
    /// `{0}` ([`BankMsg::Concept`] or [`BankMsg::Misconception`]) with no terms at all.
    NoTerms,
    /// A term `{0}` with no letters or digits.
    TermNeverMatches,
    /// A `together` group with no term that can match.
    EmptyTermGroup,
    /// A term `{0}` of `{1}` words, more than the `{2}` a term may have.
    TermTooLong,
    /// A `together` entry with neither `all` nor `denied`.
    TogetherNeedsGroups,
    /// `{0}` ([`BankMsg::Concept`] or [`BankMsg::Misconception`]) none of whose terms can match.
    NothingMatches,
    /// A glossary set of fewer than two phrases.
    GlossaryTooSmall,
    /// Rubric `{0}` with no concept `{1}`; `{2}` a suggestion.
    UnknownConcept,
    /// Rubric `{0}` with no misconception `{1}`; `{2}` a suggestion.
    UnknownMisconception,
    /// Example `{0}` of rubric `{1}` grades `{2}` (score `{3}`), expected `{4}`.
    ExampleOff,
    /// The header of the `check --examples` table, aligned with its rows (a Hangul
    /// syllable is two columns wide).
    ExamplesHeader,
    /// A row's worst miss: expected `{0}`, computed `{1}`, score `{2}`, line `{3}`.
    ExampleWorst,
    /// Below the table: `{0}`/`{1}` within ±`{2}`, Pearson `{3}`, pass/fail agreement `{4}`%.
    ExamplesSummary,
}

impl BankMsg {
    /// Every message, for the tests that check both tables.
    pub const ALL: &'static [BankMsg] = &[
        BankMsg::EmptyBankFile,
        BankMsg::BankNotUtf8,
        BankMsg::NestedTooDeep,
        BankMsg::InvalidYaml,
        BankMsg::ExpectedMapping,
        BankMsg::UnknownSection,
        BankMsg::MustBeList,
        BankMsg::UnknownKey,
        BankMsg::MissingKey,
        BankMsg::DidYouMean,
        BankMsg::UnknownValue,
        BankMsg::ExpectedOneOf,
        BankMsg::DuplicateTopic,
        BankMsg::DuplicateQuestion,
        BankMsg::DuplicateRubric,
        BankMsg::IdNotPlain,
        BankMsg::UnknownTopic,
        BankMsg::UnknownQuestion,
        BankMsg::EmptyPrompt,
        BankMsg::EmptyModelAnswer,
        BankMsg::SourceIncomplete,
        BankMsg::ComparisonWithoutSides,
        BankMsg::NoRubric,
        BankMsg::FollowsItself,
        BankMsg::FollowUpCycle,
        BankMsg::UnusedRubric,
        BankMsg::NoConcepts,
        BankMsg::DuplicateConcept,
        BankMsg::DuplicateMisconception,
        BankMsg::ZeroWeight,
        BankMsg::TooManySides,
        BankMsg::SideWithoutName,
        BankMsg::SideWithoutConcept,
        BankMsg::FewExamples,
        BankMsg::OppositeClaims,
        BankMsg::OfSide,
        BankMsg::ExampleGradeOutOfRange,
        BankMsg::ScoreOutOfRange,
        BankMsg::NoSides,
        BankMsg::UnknownSide,
        BankMsg::OfAndClaims,
        BankMsg::ClaimsNeverMatch,
        BankMsg::Concept,
        BankMsg::Misconception,
        BankMsg::NoTerms,
        BankMsg::TermNeverMatches,
        BankMsg::EmptyTermGroup,
        BankMsg::TermTooLong,
        BankMsg::TogetherNeedsGroups,
        BankMsg::NothingMatches,
        BankMsg::GlossaryTooSmall,
        BankMsg::UnknownConcept,
        BankMsg::UnknownMisconception,
        BankMsg::ExampleOff,
        BankMsg::ExamplesHeader,
        BankMsg::ExampleWorst,
        BankMsg::ExamplesSummary,
    ];

    /// The message with `{0}`, `{1}` … replaced by `args`.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        fill(self.text(lang), args)
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => ko(self),
            Lang::En => en(self),
        }
    }
}

/// The Korean table.
fn ko(m: BankMsg) -> &'static str {
    match m {
        BankMsg::EmptyBankFile => "빈 파일입니다: 주제(topics), 질문(questions), 루브릭(rubrics), 용어집(glossary)이 하나도 없습니다",
        BankMsg::BankNotUtf8 => "이 파일은 UTF-8 텍스트가 아닙니다. UTF-8로 저장한 뒤 다시 해 주세요",
        BankMsg::NestedTooDeep => "{0}단계보다 깊게 중첩되어 있습니다. 뱅크 파일에는 그렇게 깊은 구조가 없습니다 (괄호가 닫히지 않았나요?)",
        BankMsg::InvalidYaml => "YAML 문법 오류: {0}",
        BankMsg::ExpectedMapping => "맨 위에는 `topics`, `questions`, `rubrics`, `glossary` 중 하나 이상을 키로 둔 매핑이 와야 합니다",
        BankMsg::UnknownSection => "알 수 없는 섹션 `{0}`{1}",
        BankMsg::MustBeList => "`{0}`에는 목록이 와야 합니다",
        BankMsg::UnknownKey => "알 수 없는 키 `{0}`{1}",
        BankMsg::MissingKey => "필수 키가 빠졌습니다: {0}",
        BankMsg::DidYouMean => "; 혹시 `{0}` 말인가요?",
        BankMsg::UnknownValue => "알 수 없는 값 `{0}`{1}",
        BankMsg::ExpectedOneOf => "; 쓸 수 있는 것: {0}",
        BankMsg::DuplicateTopic => "주제 ID `{0}` 중복 (처음 정의된 곳: {1}:{2})",
        BankMsg::DuplicateQuestion => "질문 ID `{0}` 중복 (처음 정의된 곳: {1}:{2})",
        BankMsg::DuplicateRubric => "루브릭 ID `{0}` 중복 (처음 정의된 곳: {1}:{2})",
        BankMsg::IdNotPlain => "질문 ID `{0}`: 영문 소문자, 숫자, `-`만 쓰면 더 알아보기 쉽습니다",
        BankMsg::UnknownTopic => "알 수 없는 주제 `{0}`{1}",
        BankMsg::UnknownQuestion => "알 수 없는 질문 `{0}`{1}",
        BankMsg::EmptyPrompt => "질문 `{0}`의 질문 문장(prompt)이 비어 있습니다",
        BankMsg::EmptyModelAnswer => "질문 `{0}`의 모범 답안(model_answer)이 비어 있습니다",
        BankMsg::SourceIncomplete => "출처(source)에는 `note`와 `heading`이 모두 있어야 합니다",
        BankMsg::ComparisonWithoutSides => "질문 `{0}`: 비교를 묻는데 루브릭 `{1}`에 `sides`가 없어서, 양쪽을 뒤바꾼 답도 맞다고 채점됩니다",
        BankMsg::NoRubric => "질문 `{0}`: 알 수 없는 루브릭 `{1}`{2}",
        BankMsg::FollowsItself => "질문 `{0}`의 꼬리 질문이 자기 자신입니다",
        BankMsg::FollowUpCycle => "꼬리 질문이 순환합니다: {0}",
        BankMsg::UnusedRubric => "루브릭 `{0}`: 이 루브릭을 쓰는 질문이 없습니다",
        BankMsg::NoConcepts => "루브릭 `{0}`에 개념(concepts)이 하나도 없습니다",
        BankMsg::DuplicateConcept => "루브릭 `{1}`에서 개념 ID `{0}` 중복",
        BankMsg::DuplicateMisconception => "루브릭 `{1}`에서 오개념 ID `{0}` 중복",
        BankMsg::ZeroWeight => "개념의 가중치(weight)는 1 이상이어야 합니다",
        BankMsg::TooManySides => "루브릭 `{0}`: 비교 대상이 {1}개입니다. 구별할 수 있는 것은 최대 {2}개입니다",
        BankMsg::SideWithoutName => "비교 대상 `{0}`에는 답변에서 가리킬 수 있는 이름이 하나 이상 있어야 합니다",
        BankMsg::SideWithoutConcept => "루브릭 `{0}`에 비교 대상 `{1}`에 관한 개념이 없습니다 (`of: {1}` 또는 `claims: {{1}: …}`)",
        BankMsg::FewExamples => "루브릭 `{0}`의 예시가 {1}개뿐입니다. `check --examples`로 채점이 잘 되는지 보려면 영어 답변과 함정 답변을 포함해 {2}개 이상 넣어 주세요",
        BankMsg::OppositeClaims => "개념 `{0}`{1}에서 어떤 주장과 그 반대가 함께 인정됩니다: `{2}`, `{3}` (각각 해당 쪽에 묶거나 하나만 남기세요)",
        BankMsg::OfSide => " (비교 대상 `{0}`)",
        BankMsg::ExampleGradeOutOfRange => "등급은 0에서 5 사이여야 합니다 (적힌 값: {0})",
        BankMsg::ScoreOutOfRange => "점수는 0에서 100 사이여야 합니다 (적힌 값: {0})",
        BankMsg::NoSides => "루브릭 `{0}`에 `sides`가 없으므로 개념이 비교 대상 `{1}`에 관한 것일 수 없습니다",
        BankMsg::UnknownSide => "루브릭 `{0}`: 알 수 없는 비교 대상 `{1}`{2}",
        BankMsg::OfAndClaims => "개념에는 `of`(용어 전체가 한쪽에 관한 것)나 `claims`(쪽마다 용어) 중 하나만 쓸 수 있습니다",
        BankMsg::ClaimsNeverMatch => "비교 대상 `{0}`에 관한 주장(claims)에 일치할 수 있는 용어가 없습니다",
        BankMsg::Concept => "개념 `{0}`",
        BankMsg::Misconception => "오개념 `{0}`",
        BankMsg::NoTerms => "{0}에 `terms`도 `together`도 없어서 답변의 어떤 말도 일치할 수 없습니다",
        BankMsg::TermNeverMatches => "용어 `{0}`에는 글자나 숫자가 없어서 절대 일치할 수 없습니다",
        BankMsg::EmptyTermGroup => "이 용어 묶음은 비어 있어서 절대 일치할 수 없습니다",
        BankMsg::TermTooLong => "용어 `{0}`의 단어가 {1}개라서 일치할 수 없습니다: 용어는 {2}단어까지 읽습니다. 줄이거나 `together`로 나누세요",
        BankMsg::TogetherNeedsGroups => "`together` 항목에는 `all`이나 `denied` 묶음이 있어야 합니다",
        BankMsg::NothingMatches => "{0}: 일치할 수 있는 용어가 하나도 없습니다",
        BankMsg::GlossaryTooSmall => "용어집 묶음에는 표현이 두 개 이상 있어야 합니다",
        BankMsg::UnknownConcept => "루브릭 `{0}`: 알 수 없는 개념 `{1}`{2}",
        BankMsg::UnknownMisconception => "루브릭 `{0}`: 알 수 없는 오개념 `{1}`{2}",
        BankMsg::ExampleOff => "루브릭 `{1}`의 예시 {0}: 채점 결과 등급 {2} (점수 {3}), 기대한 등급 {4}",
        BankMsg::ExamplesHeader => "루브릭                                    예시 수   일치  가장 큰 차이 (기대 → 계산)",
        BankMsg::ExampleWorst => "{0} → {1} (점수 {2}, {3}행)",
        BankMsg::ExamplesSummary => "예시 {1}개 중 {0}개가 ±{2} 안에 듭니다. 피어슨 상관 {3}, 합격/불합격 일치율 {4}%",
    }
}

/// The English table.
fn en(m: BankMsg) -> &'static str {
    match m {
        BankMsg::EmptyBankFile => "this file is empty: no topics, questions, rubrics or glossary",
        BankMsg::BankNotUtf8 => "this file is not valid UTF-8; save it as UTF-8 and try again",
        BankMsg::NestedTooDeep => "nested deeper than {0} levels; no bank or rubric file needs that (is a bracket left open?)",
        BankMsg::InvalidYaml => "invalid YAML: {0}",
        BankMsg::ExpectedMapping => "expected a mapping with `topics`, `questions`, `rubrics` or `glossary` at the top",
        BankMsg::UnknownSection => "unknown section `{0}`{1}",
        BankMsg::MustBeList => "`{0}` must be a list",
        BankMsg::UnknownKey => "unknown key `{0}`{1}",
        BankMsg::MissingKey => "missing key {0}",
        BankMsg::DidYouMean => "; did you mean `{0}`?",
        BankMsg::UnknownValue => "unknown value `{0}`{1}",
        BankMsg::ExpectedOneOf => "; expected one of {0}",
        BankMsg::DuplicateTopic => "duplicate topic id `{0}` (first defined at {1}:{2})",
        BankMsg::DuplicateQuestion => "duplicate question id `{0}` (first defined at {1}:{2})",
        BankMsg::DuplicateRubric => "duplicate rubric id `{0}` (first defined at {1}:{2})",
        BankMsg::IdNotPlain => "question id `{0}` is clearer in lowercase letters, digits and `-`",
        BankMsg::UnknownTopic => "unknown topic `{0}`{1}",
        BankMsg::UnknownQuestion => "unknown question `{0}`{1}",
        BankMsg::EmptyPrompt => "question `{0}` has an empty prompt",
        BankMsg::EmptyModelAnswer => "question `{0}` has an empty model answer",
        BankMsg::SourceIncomplete => "a source needs both `note` and `heading`",
        BankMsg::ComparisonWithoutSides => "question `{0}` asks for a comparison, but rubric `{1}` declares no `sides`: an answer that swaps the sides would be graded as right",
        BankMsg::NoRubric => "question `{0}` has no rubric `{1}`{2}",
        BankMsg::FollowsItself => "question `{0}` follows up on itself",
        BankMsg::FollowUpCycle => "follow-up cycle: {0}",
        BankMsg::UnusedRubric => "no question uses rubric `{0}`",
        BankMsg::NoConcepts => "rubric `{0}` has no concepts",
        BankMsg::DuplicateConcept => "duplicate concept id `{0}` in rubric `{1}`",
        BankMsg::DuplicateMisconception => "duplicate misconception id `{0}` in rubric `{1}`",
        BankMsg::ZeroWeight => "a concept's weight must be at least 1",
        BankMsg::TooManySides => "rubric `{0}` compares {1} sides; at most {2} can be told apart",
        BankMsg::SideWithoutName => "side `{0}` needs at least one name an answer can call it by",
        BankMsg::SideWithoutConcept => "no concept of rubric `{0}` is about side `{1}` (`of: {1}` or `claims: {{1}: …}`)",
        BankMsg::FewExamples => "rubric `{0}` has {1} example(s): give it at least {2}, with an English answer and an adversarial one, so `check --examples` can tell whether it grades well",
        BankMsg::OppositeClaims => "concept `{0}` accepts a claim and its opposite{1}: `{2}` and `{3}` (bind each to its side, or keep one)",
        BankMsg::OfSide => " of side `{0}`",
        BankMsg::ExampleGradeOutOfRange => "grades run from 0 to 5, not {0}",
        BankMsg::ScoreOutOfRange => "scores run from 0 to 100, not {0}",
        BankMsg::NoSides => "rubric `{0}` declares no `sides`, so a concept cannot be about side `{1}`",
        BankMsg::UnknownSide => "rubric `{0}` has no side `{1}`{2}",
        BankMsg::OfAndClaims => "a concept has `of` (one side for its terms) or `claims` (terms per side), not both",
        BankMsg::ClaimsNeverMatch => "the claims about side `{0}` hold no term that can match",
        BankMsg::Concept => "concept `{0}`",
        BankMsg::Misconception => "misconception `{0}`",
        BankMsg::NoTerms => "{0} has no `terms` or `together`: nothing in an answer can match it",
        BankMsg::TermNeverMatches => "term `{0}` has no letters or digits and can never match",
        BankMsg::EmptyTermGroup => "this group of terms is empty and can never match",
        BankMsg::TermTooLong => "term `{0}` has {1} words and can never match: a term is read over at most {2} words; shorten it or split it with `together`",
        BankMsg::TogetherNeedsGroups => "a `together` entry needs `all` or `denied` groups",
        BankMsg::NothingMatches => "{0}: no term can ever match",
        BankMsg::GlossaryTooSmall => "a glossary set needs at least two phrases",
        BankMsg::UnknownConcept => "rubric `{0}` has no concept `{1}`{2}",
        BankMsg::UnknownMisconception => "rubric `{0}` has no misconception `{1}`{2}",
        BankMsg::ExampleOff => "example {0} of rubric `{1}` grades {2} (score {3}), expected {4}",
        BankMsg::ExamplesHeader => "rubric                                   examples  agree  worst (expected → computed)",
        BankMsg::ExampleWorst => "{0} → {1} (score {2}, line {3})",
        BankMsg::ExamplesSummary => "{0}/{1} examples within ±{2}; pearson {3}, pass/fail agreement {4}%",
    }
}

/// `template` with `{0}`, `{1}` … replaced by `args`: how every table's message takes its data
/// (here, where build.rs can use it too).
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut text = template.to_string();
    for (i, arg) in args.iter().enumerate() {
        text = text.replace(&format!("{{{i}}}"), arg);
    }
    text
}
