//! A grade as text a person reads: the score, a ✓/✗ checklist with the words that counted,
//! misconceptions with what to learn, and what capped the score.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{Cap, ConceptResult, Evidence, Grade, How};
use crate::bank::Lang;
use crate::i18n::Msg;

/// Colours for a terminal; [`Paint::plain`] writes none.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    pub good: Style,
    pub bad: Style,
    pub warn: Style,
    pub dim: Style,
    pub strong: Style,
    /// Off: [`Paint::paint`] writes the text alone, no escape codes at all.
    pub enabled: bool,
}

impl Paint {
    pub fn plain() -> Self {
        let none = Style::new();
        Paint {
            good: none,
            bad: none,
            warn: none,
            dim: none,
            strong: none,
            enabled: false,
        }
    }

    pub fn colored() -> Self {
        Paint {
            good: AnsiColor::Green.on_default(),
            bad: AnsiColor::Red.on_default(),
            warn: AnsiColor::Yellow.on_default(),
            dim: Style::new().dimmed(),
            strong: Style::new().bold(),
            enabled: true,
        }
    }

    pub fn paint(&self, style: Style, text: impl std::fmt::Display) -> String {
        if !self.enabled {
            return text.to_string();
        }
        format!("{}{text}{}", style.render(), style.render_reset())
    }

    /// Green at the pass mark and above, yellow in the middle, red below.
    pub fn score_style(&self, score: u8) -> Style {
        match score {
            s if s >= super::PASS_SCORE => self.good,
            s if s >= 35 => self.warn,
            _ => self.bad,
        }
    }
}

pub fn how_label(how: How, lang: Lang) -> &'static str {
    match how {
        How::Exact => Msg::HowExact.text(lang),
        How::Spacing => Msg::HowSpacing.text(lang),
        How::Alias => Msg::HowAlias.text(lang),
        How::Typo => Msg::HowTypo.text(lang),
    }
}

/// The one-line summary: `점수 72/100 · 등급 3/5 · 통과`.
pub fn summary(grade: &Grade, lang: Lang, paint: &Paint) -> String {
    let verdict = if grade.passed { Msg::Pass } else { Msg::Fail };
    let style = paint.score_style(grade.score);
    format!(
        "{} {} · {} {}/5 · {}",
        Msg::Score.text(lang),
        paint.paint(style.bold(), format!("{}/100", grade.score)),
        Msg::Grade.text(lang),
        grade.grade,
        paint.paint(style, verdict.text(lang)),
    )
}

/// The full explanation, one line per concept, misconception and cap.
pub fn explain(grade: &Grade, lang: Lang, paint: &Paint) -> String {
    let mut out = summary(grade, lang, paint);
    out.push('\n');
    for concept in &grade.concepts {
        out.push_str(&concept_line(concept, lang, paint));
        out.push('\n');
    }
    for m in &grade.misconceptions {
        let said = quote_all(&m.evidence, lang);
        let label = m
            .label
            .as_ref()
            .map_or(m.id.clone(), |l| l.get(lang).to_string());
        let head = if m.penalty > 0 {
            paint.paint(paint.bad, format!("! {}", charge(m.penalty, lang)))
        } else {
            paint.paint(paint.warn, format!("? {}", charge(m.penalty, lang)))
        };
        let _ = writeln!(
            out,
            "  {head} {label}: {} {}",
            m.feedback.get(lang),
            paint.paint(paint.dim, said)
        );
    }
    for cap in &grade.caps {
        let text = cap.describe(grade, lang);
        let _ = writeln!(out, "  {}", paint.paint(paint.warn, format!("▸ {text}")));
    }
    out
}

fn concept_line(c: &ConceptResult, lang: Lang, paint: &Paint) -> String {
    let weight = if c.weight > 1 {
        format!(" ×{}", c.weight)
    } else {
        String::new()
    };
    let required = if c.required { "*" } else { "" };
    let label = format!("{}{required}{weight}", c.label.get(lang));
    if c.hit && c.named_only {
        // Half a tick: the word was there, the claim was not.
        let mark = paint.paint(paint.warn, "◐");
        format!(
            "  {mark} {label}  {} {}",
            paint.paint(paint.warn, Msg::NamedOnly.text(lang)),
            paint.paint(paint.dim, quote_all(&c.evidence, lang))
        )
    } else if c.hit {
        let mark = paint.paint(paint.good, "✓");
        format!(
            "  {mark} {label}  {}",
            paint.paint(paint.dim, quote_all(&c.evidence, lang))
        )
    } else {
        let mark = paint.paint(paint.bad, "✗");
        let mut line = format!("  {mark} {label}");
        if !c.negated.is_empty() {
            let _ = write!(
                line,
                "  {} {}",
                paint.paint(paint.warn, Msg::SaidNegated.text(lang)),
                quote_all(&c.negated, lang)
            );
        }
        if !c.swapped.is_empty() {
            let _ = write!(
                line,
                "  {} {}",
                paint.paint(paint.warn, Msg::SwappedClaim.text(lang)),
                quote_all(&c.swapped, lang)
            );
        }
        if let Some(hint) = &c.hint {
            let _ = write!(
                line,
                "  {}",
                paint.paint(
                    paint.dim,
                    format!("{}: {}", Msg::Hint.text(lang), hint.get(lang))
                )
            );
        }
        line
    }
}

/// `"세션을" (일치), "handshke" (오타 허용 0.89)`; a claim about a side also says whom its
/// clause was about and the clause: `"연결을 맺고" (일치; 주어 TCP: «TCP는 … 연결을 맺고»)`.
fn quote_all(evidence: &[Evidence], lang: Lang) -> String {
    // The same words said many times are shown once with a count (`"ACK를" (일치) ×1,250`),
    // and at most this many places are listed: a long answer must not flood the screen.
    const MOST: usize = 8;
    let mut shown: Vec<(String, usize)> = Vec::new();
    for e in evidence {
        let how = match e.similarity {
            Some(s) => format!("{} {s:.2}", how_label(e.how, lang)),
            None => how_label(e.how, lang).to_string(),
        };
        let claim = match (&e.subject, &e.clause) {
            (Some(subject), Some(clause)) => {
                format!(
                    "; {} {subject}: «{}»",
                    Msg::SaidOf.text(lang),
                    short(clause)
                )
            }
            (None, Some(clause)) => format!("; «{}»", short(clause)),
            _ => String::new(),
        };
        let text = format!("\"{}\" ({how}{claim})", e.said);
        match shown.iter_mut().find(|(t, _)| *t == text) {
            Some((_, n)) => *n += 1,
            None => shown.push((text, 1)),
        }
    }
    let more = shown.len().saturating_sub(MOST);
    let mut quoted: Vec<String> = shown
        .into_iter()
        .take(MOST)
        .map(|(text, n)| {
            if n > 1 {
                format!("{text} ×{}", thousands(n))
            } else {
                text
            }
        })
        .collect();
    if more > 0 {
        quoted.push(format!("… (+{})", thousands(more)));
    }
    quoted.join(", ")
}

/// `1250` as `1,250`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A clause as shown in an explanation: at most 60 characters.
fn short(clause: &str) -> String {
    const MAX: usize = 60;
    if clause.chars().count() <= MAX {
        return clause.to_string();
    }
    let head: String = clause.chars().take(MAX - 1).collect();
    format!("{head}…")
}

/// What a misconception costs, in words: `misconception −15`; a swap the rest of the answer
/// outweighs costs nothing and is shown as worth checking. The same words in `kkori grade`
/// and in every report.
pub fn charge(penalty: u32, lang: Lang) -> String {
    if penalty > 0 {
        format!("{} −{penalty}", Msg::Misconception.text(lang))
    } else {
        Msg::Uncounted.text(lang).to_string()
    }
}

/// Concepts or misconceptions named by their labels, as on the checklist, never by their ids
/// (an id stands in only where there is no label).
fn named<'g>(ids: &'g [String], label: impl Fn(&str) -> Option<&'g str>) -> String {
    ids.iter()
        .map(|id| label(id).filter(|l| !l.is_empty()).unwrap_or(id))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Cap {
    /// What the cap means, in a sentence: the same words in `kkori grade` and in reports.
    pub fn describe(&self, grade: &Grade, lang: Lang) -> String {
        match self {
            Cap::Empty => Msg::CapEmpty.text(lang).to_string(),
            Cap::RequiredMissing { concepts } => {
                let label = |id: &str| {
                    let c = grade.concepts.iter().find(|c| c.id == id)?;
                    Some(c.label.get(lang))
                };
                format!(
                    "{} ({})",
                    Msg::CapRequired.text(lang),
                    named(concepts, label)
                )
            }
            Cap::BareList => Msg::CapBareList.text(lang).to_string(),
            Cap::SidesSwapped => Msg::CapSidesSwapped.text(lang).to_string(),
            Cap::MostlyDenied => Msg::CapMostlyDenied.text(lang).to_string(),
            Cap::Penalty { points } => format!("{} −{points}", Msg::Penalty.text(lang)),
            Cap::CoreMisconception { misconceptions } => {
                let label = |id: &str| {
                    let m = grade.misconceptions.iter().find(|m| m.id == id)?;
                    Some(m.label.as_ref()?.get(lang))
                };
                format!(
                    "{} ({})",
                    Msg::CapCore.text(lang),
                    named(misconceptions, label)
                )
            }
            Cap::Truncated { chars } => format!("{} {chars}", Msg::Truncated.text(lang)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(1250), "1,250");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
