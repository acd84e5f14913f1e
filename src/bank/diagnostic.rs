//! Problems found in bank and rubric files, each with the place a person must look.

use std::fmt;

use super::Lang;
use crate::i18n::BankMsg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem: `file:line:column: error: message`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as the user named it; empty when the problem is not in one file.
    pub file: String,
    /// 1-based; 0 when unknown.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn error(
        file: impl Into<String>,
        (line, column): (usize, usize),
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line,
            column,
            message: message.into(),
        }
    }

    pub fn warning(
        file: impl Into<String>,
        (line, column): (usize, usize),
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            file: file.into(),
            line,
            column,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The tag of every error kkori prints, in both languages (STYLE: scripts and editors find
/// `error:` the same way whatever the language of the message after it).
pub const ERROR_TAG: &str = "error";
/// The tag of every warning kkori prints, in both languages.
pub const WARNING_TAG: &str = "warning";

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => ERROR_TAG,
            Severity::Warning => WARNING_TAG,
        };
        match (self.file.is_empty(), self.line) {
            (true, _) => write!(f, "{severity}: {}", self.message),
            (false, 0) => write!(f, "{}: {severity}: {}", self.file, self.message),
            (false, line) => write!(
                f,
                "{}:{}:{}: {severity}: {}",
                self.file, line, self.column, self.message
            ),
        }
    }
}

/// "; did you mean `x`?" for the closest of `candidates`, when one is close enough.
pub fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    suggest_in(wanted, candidates, Lang::En)
}

/// [`suggest`] worded in `lang`.
pub fn suggest_in<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    lang: Lang,
) -> String {
    let best = candidates
        .into_iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(wanted, c), c))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, c)) => BankMsg::DidYouMean.fill(lang, &[c]),
        None => String::new(),
    }
}
