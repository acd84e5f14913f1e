//! The script as Markdown: a cover, then per main question the prompt as a heading, the
//! checklist, misconceptions, follow-up branches as nested lists and the scoring sheet as a
//! table. Terms and ids are code spans, so bank text cannot turn into markup there; table
//! cells escape `|`.

use std::fmt::Write;

use super::{words, Branch, Checklist, Entry, Next, Row, Script};
use crate::bank::Lang;
use crate::i18n::Msg;

pub fn render(script: &Script) -> String {
    let lang = script.lang;
    let t = |m: Msg| m.text(lang);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", t(Msg::ScriptTitle));
    let _ = writeln!(
        out,
        "- {}: {}",
        words::capital(Msg::ScriptQuestionCount.text(lang)),
        script.questions.len()
    );
    if !script.topics.is_empty() {
        let _ = writeln!(
            out,
            "- {}: {}",
            words::capital(Msg::ScriptTopics.text(lang)),
            script.topics.join(", ")
        );
    }
    if let Some(seed) = script.seed {
        let _ = writeln!(
            out,
            "- {}: {seed}",
            words::capital(Msg::ScriptSeed.text(lang))
        );
    }
    if !script.missing.is_empty() {
        let ids: Vec<String> = script.missing.iter().map(|id| code(id)).collect();
        let _ = writeln!(
            out,
            "- {}: {}",
            words::capital(Msg::ScriptLeftOut.text(lang)),
            ids.join(", ")
        );
    }
    let _ = writeln!(out, "\n{}\n", t(Msg::ScriptHowTo));
    for (i, q) in script.questions.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. {} ({})",
            i + 1,
            q.prompt,
            words::duration(q.seconds, lang)
        );
    }
    for (i, q) in script.questions.iter().enumerate() {
        out.push_str("\n---\n\n");
        question(&mut out, i + 1, q, lang);
    }
    out
}

fn question(out: &mut String, number: usize, q: &Entry, lang: Lang) {
    let t = |m: Msg| m.text(lang);
    let _ = writeln!(out, "## {number}. {}\n", q.prompt);
    let _ = writeln!(out, "{}\n", facts(q, lang));
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        words::capital(Msg::ModelAnswer.text(lang)),
        q.model_answer
    );
    let _ = writeln!(out, "### {}\n", t(Msg::ScriptGoodAnswer));
    match &q.rubric {
        Some(rubric) => {
            if rubric.terms_enough {
                let _ = writeln!(out, "{}\n", t(Msg::ScriptTermsEnough));
            }
            for line in concepts(rubric, lang) {
                let _ = writeln!(out, "- {line}");
            }
            if !rubric.misconceptions.is_empty() {
                let _ = writeln!(out, "\n### {}\n", t(Msg::ScriptListenFor));
                for line in misconceptions(rubric, lang) {
                    let _ = writeln!(out, "- {line}");
                }
            }
        }
        None => {
            let _ = writeln!(out, "{}", no_rubric(q, lang));
        }
    }
    if !q.follow_ups.is_empty() {
        let _ = writeln!(out, "\n### {}\n", t(Msg::ScriptFollowUps));
        branches(out, &q.follow_ups, 0, lang);
    }
    let _ = writeln!(out, "\n### {}\n", t(Msg::ScriptSheet));
    sheet(out, q, lang);
}

/// "TCP와 UDP · 보통 · 권장 시간 2분 30초 · `handshake`"
fn facts(q: &Entry, lang: Lang) -> String {
    format!(
        "{} · {} · {} {} · {}",
        q.topic,
        words::difficulty(q.difficulty, lang),
        Msg::ScriptSuggestedTime.text(lang),
        words::duration(q.seconds, lang),
        code(&q.id)
    )
}

fn no_rubric(q: &Entry, lang: Lang) -> String {
    format!(
        "_{} ({})_",
        Msg::ScriptNoRubric.text(lang),
        code(&q.rubric_id)
    )
}

/// "☐ **클라이언트가 SYN 전송** — 필수 · 가중치 2 · `SYN`, `연결 요청`"
fn concepts(rubric: &Checklist, lang: Lang) -> Vec<String> {
    let t = |m: Msg| m.text(lang);
    rubric
        .concepts
        .iter()
        .map(|c| {
            let mut line = format!("☐ **{}** — ", c.label);
            if c.required {
                let _ = write!(line, "{} · ", t(Msg::ScriptRequired));
            }
            let _ = write!(line, "{} {}", t(Msg::ScriptWeight), c.weight);
            if !c.key_terms.is_empty() {
                let terms: Vec<String> = c.key_terms.iter().map(|k| code(k)).collect();
                let _ = write!(line, " · {}", terms.join(", "));
                if c.more {
                    line.push_str(" …");
                }
            }
            line
        })
        .collect()
}

/// "‘두 번’ — 바로잡기: 두 번으로는 …"
fn misconceptions(rubric: &Checklist, lang: Lang) -> Vec<String> {
    rubric
        .misconceptions
        .iter()
        .map(|m| {
            format!(
                "{} — {}: {}",
                m.said,
                Msg::ScriptSetStraight.text(lang),
                m.feedback
            )
        })
        .collect()
}

/// Follow-up branches as a nested list, each follow-up's details indented under it.
fn branches(out: &mut String, list: &[Branch], indent: usize, lang: Lang) {
    let t = |m: Msg| m.text(lang);
    let pad = "  ".repeat(indent);
    let inner = "  ".repeat(indent + 1);
    for b in list {
        match &b.next {
            Next::Question(q) => {
                let _ = writeln!(out, "{pad}- {} **{}**", b.lead, q.prompt);
                let _ = writeln!(out, "{inner}- {}", facts(q, lang));
                let _ = writeln!(
                    out,
                    "{inner}- {}: {}",
                    words::capital(Msg::ModelAnswer.text(lang)),
                    q.model_answer
                );
                match &q.rubric {
                    Some(rubric) => {
                        if rubric.terms_enough {
                            let _ = writeln!(out, "{inner}- {}", t(Msg::ScriptTermsEnough));
                        }
                        for line in concepts(rubric, lang) {
                            let _ = writeln!(out, "{inner}- {line}");
                        }
                        for line in misconceptions(rubric, lang) {
                            let _ = writeln!(
                                out,
                                "{inner}- {}: {line}",
                                words::capital(Msg::Misconception.text(lang))
                            );
                        }
                    }
                    None => {
                        let _ = writeln!(out, "{inner}- {}", no_rubric(q, lang));
                    }
                }
                if !q.follow_ups.is_empty() {
                    let _ = writeln!(out, "{inner}- {}:", t(Msg::ScriptFollowUps));
                    branches(out, &q.follow_ups, indent + 2, lang);
                }
            }
            Next::SameAsAbove { prompt } => {
                let _ = writeln!(
                    out,
                    "{pad}- {} **{prompt}** ({})",
                    b.lead,
                    t(Msg::ScriptSameAsAbove)
                );
            }
            Next::Loop => {
                let _ = writeln!(
                    out,
                    "{pad}- {} {} ({})",
                    b.lead,
                    code(&b.ask),
                    t(Msg::ScriptAskedAbove)
                );
            }
            Next::NotInBanks => {
                let _ = writeln!(
                    out,
                    "{pad}- {} {} ({})",
                    b.lead,
                    code(&b.ask),
                    t(Msg::ScriptNotInBanks)
                );
            }
        }
    }
}

fn sheet(out: &mut String, q: &Entry, lang: Lang) {
    let t = |m: Msg| m.text(lang);
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- | :---: | --- |",
        words::capital(Msg::Concepts.text(lang)),
        words::capital(Msg::ScriptHeard.text(lang)),
        words::capital(Msg::ScriptNotes.text(lang))
    );
    for row in q.sheet() {
        let cell = match row {
            Row::FollowUp { depth, prompt } => {
                let _ = writeln!(
                    out,
                    "| **{} {}** | | |",
                    "↳".repeat(depth.into()),
                    cell(prompt)
                );
                continue;
            }
            Row::Concept(c) if c.required => {
                format!("{} ({})", cell(&c.label), t(Msg::ScriptRequired))
            }
            Row::Concept(c) => cell(&c.label),
            Row::Misconception(m) => format!(
                "{}: {}",
                words::capital(Msg::Misconception.text(lang)),
                cell(&m.said)
            ),
        };
        let _ = writeln!(out, "| {cell} | ☐ | |");
    }
    let boxes: Vec<String> = (0..=5).map(|n| format!("☐ {n}")).collect();
    let _ = writeln!(out, "\n**{}:** {}", t(Msg::ScriptOverall), boxes.join("  "));
}

/// Text for a table cell: a `|` would end the cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// An inline code span that survives backticks in `text`.
fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}
