//! The script as one self-contained HTML page made for paper: A4 with 15 mm margins, a
//! cover on page 1 followed by the first question, and every later main question starting a
//! new page (`break-before: page`, with the old `page-break-before` for older engines).
//! Checkboxes are drawn with CSS borders rather than a glyph, so they print as boxes in any
//! font. Every piece of text goes through [`crate::html::escape`]. The head and its policy
//! come from [`crate::html::page()`]; the styles here override the shared ones for paper
//! (black on white even in a dark-mode browser, point sizes, millimetre margins).

use std::fmt::Write;

use super::{words, Branch, Checklist, Entry, Next, Row, Script};
use crate::bank::Lang;
use crate::html::{escape, Page};
use crate::i18n::Msg;

const STYLE: &str = r#"
@page { size: A4; margin: 15mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; color: #111; background: #fff; }
body {
  margin: 0; color: #111; background: #fff; word-break: normal; overflow-wrap: normal;
  font-family: "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic",
    "Nanum Gothic", "Helvetica Neue", Arial, sans-serif;
  font-size: 10.5pt; line-height: 1.45;
}
@media screen {
  body { max-width: 180mm; margin: 12mm auto; padding: 0 6mm; }
  .question + .question { margin-top: 10mm; padding-top: 6mm; border-top: 1pt dashed #999; }
}
h1 { font-size: 18pt; margin: 0 0 3mm; }
h2 { font-size: 14pt; margin: 0 0 2mm; line-height: 1.3; padding: 0; border: 0; }
h3 { font-size: 11pt; margin: 5mm 0 1.5mm; border-bottom: 0.5pt solid #999; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
.cover { border-bottom: 1pt solid #111; padding-bottom: 4mm; margin-bottom: 6mm; }
.meta { margin: 0 0 2mm; padding: 0; list-style: none; }
.meta li { display: inline; margin-right: 6mm; }
.meta b { font-weight: 600; }
.contents { margin: 2mm 0 0; padding-left: 6mm; }
.question + .question { break-before: page; page-break-before: always; }
.num { display: inline-block; min-width: 8mm; text-align: left; }
.facts { color: #444; margin: 0 0 2mm; }
.id { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
.model { margin: 0 0 2mm; }
ul { margin: 0; padding-left: 5mm; }
ul.check { list-style: none; padding-left: 0; }
li { margin: 0.6mm 0; break-inside: avoid; page-break-inside: avoid; }
.box {
  display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.9pt solid #111;
  vertical-align: -0.6mm; margin-right: 1.8mm; background: #fff;
}
.req { font-weight: 700; }
.term {
  font-size: 0.92em; border: 0.5pt solid #aaa; border-radius: 1mm; padding: 0 1mm;
  white-space: nowrap;
}
.lead { color: #333; }
.branch { margin-top: 1.5mm; }
.branch > p { margin: 0 0 1mm; break-after: avoid; page-break-after: avoid; }
.sub { margin-left: 2mm; padding-left: 3mm; border-left: 1pt solid #bbb; }
table { width: 100%; border-collapse: collapse; margin-top: 1mm; }
th, td { border: 0.6pt solid #555; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; white-space: nowrap; color: #111; font-size: inherit; }
tbody td { height: 8mm; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.heard { width: 20mm; text-align: center; }
td.notes { width: 45%; }
tr.follow-up td { background: #f4f4f4; font-weight: 600; height: auto; }
.overall { margin-top: 3mm; font-weight: 600; }
.overall span.score { margin-right: 5mm; white-space: nowrap; }
"#;

pub fn render(script: &Script) -> String {
    let lang = script.lang;
    let mut out = String::new();
    cover(&mut out, script);
    for (i, q) in script.questions.iter().enumerate() {
        question(&mut out, i + 1, q, lang);
    }
    Page::new(Msg::ScriptTitle.text(lang), lang)
        .style(STYLE)
        .render(&out)
}

fn cover(out: &mut String, script: &Script) {
    let lang = script.lang;
    let t = |m: Msg| escape(m.text(lang));
    let _ = writeln!(out, "<header class=\"cover\">");
    let _ = writeln!(out, "<h1>{}</h1>", t(Msg::ScriptTitle));
    let _ = writeln!(out, "<ul class=\"meta\">");
    let mut meta = |label: Msg, value: String| {
        let _ = writeln!(
            out,
            "<li><b>{}:</b> {value}</li>",
            escape(&words::capital(label.text(lang)))
        );
    };
    meta(Msg::ScriptQuestionCount, script.questions.len().to_string());
    if !script.topics.is_empty() {
        meta(Msg::ScriptTopics, escape(&script.topics.join(", ")));
    }
    if let Some(seed) = script.seed {
        meta(Msg::ScriptSeed, seed.to_string());
    }
    if !script.missing.is_empty() {
        let ids: Vec<String> = script.missing.iter().map(|id| id_span(id)).collect();
        meta(Msg::ScriptLeftOut, ids.join(", "));
    }
    let _ = writeln!(out, "</ul>");
    let _ = writeln!(out, "<p>{}</p>", t(Msg::ScriptHowTo));
    if !script.questions.is_empty() {
        let _ = writeln!(out, "<ol class=\"contents\">");
        for q in &script.questions {
            let _ = writeln!(
                out,
                "<li>{} ({})</li>",
                escape(&q.prompt),
                escape(&words::duration(q.seconds, lang))
            );
        }
        let _ = writeln!(out, "</ol>");
    }
    let _ = writeln!(out, "</header>");
}

fn question(out: &mut String, number: usize, q: &Entry, lang: Lang) {
    let t = |m: Msg| escape(m.text(lang));
    let _ = writeln!(out, "<section class=\"question\" id=\"q{number}\">");
    let _ = writeln!(
        out,
        "<h2><span class=\"num\">{number}.</span> {}</h2>",
        escape(&q.prompt)
    );
    let _ = writeln!(out, "<p class=\"facts\">{}</p>", facts(q, lang));
    let _ = writeln!(
        out,
        "<p class=\"model\"><b>{}:</b> {}</p>",
        escape(&words::capital(Msg::ModelAnswer.text(lang))),
        escape(&q.model_answer)
    );
    let _ = writeln!(out, "<h3>{}</h3>", t(Msg::ScriptGoodAnswer));
    checklist(out, q, lang, true);
    if !q.follow_ups.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", t(Msg::ScriptFollowUps));
        branches(out, &q.follow_ups, lang);
    }
    let _ = writeln!(out, "<h3>{}</h3>", t(Msg::ScriptSheet));
    sheet(out, q, lang);
    let _ = writeln!(out, "</section>");
}

/// Topic, difficulty, time and id, already escaped.
fn facts(q: &Entry, lang: Lang) -> String {
    format!(
        "{} · {} · {} {} · {}",
        escape(&q.topic),
        escape(words::difficulty(q.difficulty, lang)),
        escape(Msg::ScriptSuggestedTime.text(lang)),
        escape(&words::duration(q.seconds, lang)),
        id_span(&q.id)
    )
}

/// Concepts as boxes to tick, then misconceptions (under their own heading for a main
/// question, `main`; inline for a follow-up).
fn checklist(out: &mut String, q: &Entry, lang: Lang, main: bool) {
    let t = |m: Msg| escape(m.text(lang));
    let Some(rubric) = &q.rubric else {
        let _ = writeln!(
            out,
            "<p><i>{}</i> ({})</p>",
            escape(&words::capital(Msg::ScriptNoRubric.text(lang))),
            id_span(&q.rubric_id)
        );
        return;
    };
    if rubric.terms_enough {
        let _ = writeln!(out, "<p>{}</p>", t(Msg::ScriptTermsEnough));
    }
    let _ = writeln!(out, "<ul class=\"check\">");
    for c in &rubric.concepts {
        let _ = write!(
            out,
            "<li><span class=\"box\"></span><b>{}</b> — ",
            escape(&c.label)
        );
        if c.required {
            let _ = write!(
                out,
                "<span class=\"req\">{}</span> · ",
                t(Msg::ScriptRequired)
            );
        }
        let _ = write!(out, "{} {}", t(Msg::ScriptWeight), c.weight);
        if !c.key_terms.is_empty() {
            let terms: Vec<String> = c
                .key_terms
                .iter()
                .map(|k| format!("<span class=\"term\">{}</span>", escape(k)))
                .collect();
            let _ = write!(out, " · {}", terms.join(" "));
            if c.more {
                out.push_str(" …");
            }
        }
        let _ = writeln!(out, "</li>");
    }
    let _ = writeln!(out, "</ul>");
    misconceptions(out, rubric, lang, main);
}

fn misconceptions(out: &mut String, rubric: &Checklist, lang: Lang, main: bool) {
    let t = |m: Msg| escape(m.text(lang));
    if rubric.misconceptions.is_empty() {
        return;
    }
    if main {
        let _ = writeln!(out, "<h3>{}</h3>", t(Msg::ScriptListenFor));
    }
    let _ = writeln!(out, "<ul>");
    for m in &rubric.misconceptions {
        let label = if main {
            String::new()
        } else {
            format!(
                "{}: ",
                escape(&words::capital(Msg::Misconception.text(lang)))
            )
        };
        let _ = writeln!(
            out,
            "<li>{label}<b>{}</b> — {}: {}</li>",
            escape(&m.said),
            t(Msg::ScriptSetStraight),
            escape(&m.feedback)
        );
    }
    let _ = writeln!(out, "</ul>");
}

fn branches(out: &mut String, list: &[Branch], lang: Lang) {
    let t = |m: Msg| escape(m.text(lang));
    for b in list {
        let _ = write!(
            out,
            "<div class=\"branch\">\n<p><span class=\"lead\">{}</span> ",
            escape(&b.lead)
        );
        match &b.next {
            Next::Question(q) => {
                let _ = writeln!(out, "<b>{}</b></p>", escape(&q.prompt));
                let _ = writeln!(out, "<div class=\"sub\">");
                let _ = writeln!(out, "<p class=\"facts\">{}</p>", facts(q, lang));
                let _ = writeln!(
                    out,
                    "<p class=\"model\">{}: {}</p>",
                    escape(&words::capital(Msg::ModelAnswer.text(lang))),
                    escape(&q.model_answer)
                );
                checklist(out, q, lang, false);
                branches(out, &q.follow_ups, lang);
                let _ = writeln!(out, "</div>");
            }
            Next::SameAsAbove { prompt } => {
                let _ = writeln!(
                    out,
                    "<b>{}</b> ({})</p>",
                    escape(prompt),
                    t(Msg::ScriptSameAsAbove)
                );
            }
            Next::Loop => {
                let _ = writeln!(
                    out,
                    "{} ({})</p>",
                    id_span(&b.ask),
                    t(Msg::ScriptAskedAbove)
                );
            }
            Next::NotInBanks => {
                let _ = writeln!(
                    out,
                    "{} ({})</p>",
                    id_span(&b.ask),
                    t(Msg::ScriptNotInBanks)
                );
            }
        }
        let _ = writeln!(out, "</div>");
    }
}

fn sheet(out: &mut String, q: &Entry, lang: Lang) {
    let t = |m: Msg| escape(m.text(lang));
    let _ = writeln!(
        out,
        "<table class=\"sheet\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape(&words::capital(Msg::Concepts.text(lang))),
        escape(&words::capital(Msg::ScriptHeard.text(lang))),
        escape(&words::capital(Msg::ScriptNotes.text(lang)))
    );
    for row in q.sheet() {
        let label = match row {
            Row::FollowUp { depth, prompt } => {
                let _ = writeln!(
                    out,
                    "<tr class=\"follow-up\"><td colspan=\"3\">{} {}</td></tr>",
                    "↳".repeat(depth.into()),
                    escape(prompt)
                );
                continue;
            }
            Row::Concept(c) if c.required => format!(
                "{} <span class=\"req\">({})</span>",
                escape(&c.label),
                t(Msg::ScriptRequired)
            ),
            Row::Concept(c) => escape(&c.label),
            Row::Misconception(m) => {
                format!(
                    "{}: {}",
                    escape(&words::capital(Msg::Misconception.text(lang))),
                    escape(&m.said)
                )
            }
        };
        let _ = writeln!(
            out,
            "<tr><td>{label}</td><td class=\"heard\"><span class=\"box\"></span></td><td class=\"notes\"></td></tr>"
        );
    }
    let _ = writeln!(out, "</tbody>\n</table>");
    let _ = write!(out, "<p class=\"overall\">{}: ", t(Msg::ScriptOverall));
    for n in 0..=5 {
        let _ = write!(
            out,
            "<span class=\"score\"><span class=\"box\"></span>{n}</span>"
        );
    }
    let _ = writeln!(out, "</p>");
}

fn id_span(id: &str) -> String {
    format!("<span class=\"id\">{}</span>", escape(id))
}
