//! The few messages the bank loader words itself ([`BankMsg`]), in Korean and English.
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
}

impl BankMsg {
    /// Every message, for the tests that check both tables.
    pub const ALL: &'static [BankMsg] = &[
        BankMsg::EmptyBankFile,
        BankMsg::BankNotUtf8,
        BankMsg::NestedTooDeep,
    ];

    /// The message with `{0}`, `{1}` … replaced by `args`.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        let mut text = self.text(lang).to_string();
        for (i, arg) in args.iter().enumerate() {
            text = text.replace(&format!("{{{i}}}"), arg);
        }
        text
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
    }
}

/// The English table.
fn en(m: BankMsg) -> &'static str {
    match m {
        BankMsg::EmptyBankFile => "this file is empty: no topics, questions, rubrics or glossary",
        BankMsg::BankNotUtf8 => "this file is not valid UTF-8; save it as UTF-8 and try again",
        BankMsg::NestedTooDeep => "nested deeper than {0} levels; no bank or rubric file needs that (is a bracket left open?)",
    }
}
