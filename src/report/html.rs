//! The report as one self-contained HTML page: inline CSS, hand-written SVG charts, no
//! scripts, no fonts or images to fetch. It opens from a file, a mail attachment or an
//! archive years later, offline, and prints well. The head, the policy and the shared
//! styles come from [`crate::html::page()`], the charts from [`crate::html::chart`].
//!
//! Every text from a person (answers, notes, the candidate's name) or a bank goes through
//! [`crate::html::escape`]; the page's Content-Security-Policy allows no scripts at all, so
//! a slip in escaping still could not run anything.
//!
//! Answers are shown with the words that counted marked: the grade's evidence is byte
//! ranges into the graded answer, merged where they overlap and cut only at those offsets.
//! A range that does not fit the answer (a session file edited by hand) is left out, never
//! a panic.

use std::fmt::Write;

use super::{decimal, distinct, duration, heading, Report, Row, Said};
use crate::bank::Lang;
use crate::grade::explain::charge;
use crate::grade::PASS_SCORE;
use crate::html::chart::{self, Bar};
use crate::html::{escape, Page};
use crate::i18n::Msg;

/// The report as a complete HTML document.
pub fn html(report: &Report) -> String {
    let lang = report.lang;
    let title = format!("{} · {}", Msg::Report.text(lang), report.session);
    let mut out = String::with_capacity(32 * 1024);
    out.push_str("<main>\n");
    header(&mut out, report);
    charts(&mut out, report);
    topics(&mut out, report);
    let _ = writeln!(
        out,
        "<section class=\"questions\">\n<h2>{}</h2>",
        Msg::QuestionsAndAnswers.text(lang)
    );
    for row in &report.questions {
        question(&mut out, report, row);
    }
    out.push_str("</section>\n");
    let _ = write!(
        out,
        "<footer>kkori · {} {}</footer>\n</main>\n",
        Msg::SchemaVersion.text(lang),
        report.schema_version
    );
    Page::new(&title, lang).style(CSS).render(&out)
}

fn header(out: &mut String, report: &Report) {
    let lang = report.lang;
    let s = &report.summary;
    let mut facts = vec![
        format!("<code>{}</code>", escape(&report.session)),
        escape(&report.dates()),
        match report.mode {
            crate::interview::Mode::Solo => Msg::ModeSolo,
            crate::interview::Mode::Pair => Msg::ModePair,
        }
        .text(lang)
        .to_string(),
    ];
    if let Some(candidate) = &report.candidate {
        facts.push(format!(
            "{} <strong>{}</strong>",
            Msg::Candidate.text(lang),
            escape(candidate)
        ));
    }
    if let Some(status) = report.status() {
        facts.push(format!("<span class=\"warn\">{}</span>", status.text(lang)));
    }
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<dl class=\"cards\">",
        Msg::Report.text(lang),
        facts.join(" · ")
    );
    let average = s.average.map_or_else(
        || "—".to_string(),
        |a| {
            format!(
                "<span class=\"{}\">{}</span><small>/100</small>",
                class(a),
                decimal(a)
            )
        },
    );
    let cards = [
        (Msg::AverageScore, average, true),
        (
            Msg::Questions,
            format!(
                "{}<small>{} {} · {} {} · {} {}</small>",
                s.asked,
                Msg::Answered.text(lang),
                s.answered,
                Msg::Skipped.text(lang),
                s.skipped,
                Msg::Passed.text(lang),
                s.passed
            ),
            false,
        ),
        (Msg::Duration, duration(s.seconds, lang), false),
        (Msg::HintsUsed, s.hints.to_string(), false),
        (Msg::OverTime, s.over_time.to_string(), false),
    ];
    for (label, value, big) in cards {
        let class = if big { " class=\"big\"" } else { "" };
        let _ = writeln!(
            out,
            "<div{class}><dt>{}</dt><dd>{value}</dd></div>",
            heading(label, lang)
        );
    }
    out.push_str("</dl>\n</header>\n");
}

fn charts(out: &mut String, report: &Report) {
    let lang = report.lang;
    if report.questions.is_empty() {
        return;
    }
    let pass = format!("{} {PASS_SCORE}", Msg::PassMark.text(lang));
    let mark = Some(chart::Mark {
        at: f64::from(PASS_SCORE),
        label: &pass,
    });
    let bars: Vec<Bar> = report
        .questions
        .iter()
        .map(|q| {
            let score = q.grade.map(|_| f64::from(q.score));
            Bar {
                label: q.position.clone(),
                value: score,
                shown: score.map_or_else(|| Msg::Skipped.text(lang).to_string(), number),
                class: score.map_or("skip", class),
                tooltip: format!("{} {} · {}", q.position, q.prompt, q.topic_label),
                href: Some(format!("#{}", anchor(q))),
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "<section class=\"charts\">\n<h2>{}</h2>\n{}",
        heading(Msg::ByQuestion, lang),
        chart::bars(Msg::ByQuestion.text(lang), &bars, mark)
    );
    let bars: Vec<Bar> = report
        .topics
        .iter()
        .map(|t| Bar {
            label: t.label.clone(),
            value: Some(t.average),
            shown: number(t.average),
            class: class(t.average),
            tooltip: format!("{} · {} {}", t.label, Msg::Count.text(lang), t.count),
            href: None,
        })
        .collect();
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n{}\n</section>",
        heading(Msg::ByTopic, lang),
        chart::bars(Msg::ByTopic.text(lang), &bars, mark)
    );
}

/// A score as a whole number when it is one, else with one decimal.
fn number(score: f64) -> String {
    if score.fract() == 0.0 {
        format!("{score:.0}")
    } else {
        decimal(score)
    }
}

/// The colour class of a score: as the terminal colours it.
fn class(score: f64) -> &'static str {
    chart::tone(score, f64::from(PASS_SCORE))
}

fn anchor(row: &Row) -> String {
    format!("q-{}", row.position)
}

fn topics(out: &mut String, report: &Report) {
    let lang = report.lang;
    if report.topics.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section class=\"topics\">\n<table>\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
        heading(Msg::Topic, lang),
        heading(Msg::Count, lang),
        heading(Msg::Average, lang)
    );
    for t in &report.topics {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num {}\">{}</td></tr>",
            escape(&t.label),
            t.count,
            class(t.average),
            decimal(t.average)
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<h2>{}</h2>",
        heading(Msg::WeakTopics, lang)
    );
    if report.weakest.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", Msg::NoWeakTopics.text(lang));
    } else {
        out.push_str("<ol class=\"weak\">\n");
        for t in &report.weakest {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong> <span class=\"{}\">{}</span></li>",
                escape(&t.label),
                class(t.average),
                decimal(t.average)
            );
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");
}

fn question(out: &mut String, report: &Report, row: &Row) {
    let lang = report.lang;
    let state = if row.skipped {
        "skipped"
    } else if row.passed {
        "pass"
    } else {
        "fail"
    };
    let _ = writeln!(
        out,
        "<article class=\"q {state}\" id=\"{}\">\n<h3><span class=\"pos\">{}</span> {}</h3>",
        escape(&anchor(row)),
        escape(&row.position),
        escape(&row.prompt)
    );
    let mut meta = vec![
        format!("<code>{}</code>", escape(&row.question)),
        escape(&row.topic_label),
    ];
    match &row.reason {
        Some(reason) => meta.push(format!("{} — {}", escape(&row.kind), escape(reason))),
        None => meta.push(escape(&row.kind)),
    }
    if !row.known {
        meta.push(format!(
            "<span class=\"warn\">{}</span>",
            Msg::UnknownQuestion.text(lang)
        ));
    }
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
    let _ = writeln!(out, "<p class=\"verdict\">{}</p>", verdict(row, lang));

    let _ = writeln!(out, "<h4>{}</h4>", heading(Msg::Answer, lang));
    if row.answer.trim().is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"none\">{}</p>",
            heading(Msg::NotAnswered, lang)
        );
    } else {
        let _ = writeln!(
            out,
            "<blockquote class=\"answer\">{}</blockquote>",
            highlight(row)
        );
    }

    if !row.hit.is_empty() || !row.missed.is_empty() {
        let _ = writeln!(
            out,
            "<h4>{}</h4>\n<ul class=\"checks\">",
            heading(Msg::Concepts, lang)
        );
        for hit in &row.hit {
            let mut item = format!(
                "<li class=\"hit\"><span class=\"sign\">✓</span> {}",
                concept(&hit.label, hit.required, lang)
            );
            if !hit.evidence.is_empty() {
                let _ = write!(
                    item,
                    " <span class=\"words\">{}</span>",
                    said(&hit.evidence)
                );
            } else if hit.heard {
                let _ = write!(
                    item,
                    " <span class=\"words\">{}</span>",
                    Msg::Heard.text(lang)
                );
            }
            let _ = writeln!(out, "{item}</li>");
        }
        for miss in &row.missed {
            let mut item = format!(
                "<li class=\"miss\"><span class=\"sign\">✗</span> {}",
                concept(&miss.label, miss.required, lang)
            );
            if !miss.negated.is_empty() {
                let _ = write!(
                    item,
                    " <span class=\"warn\">{}</span> <span class=\"words\">{}</span>",
                    Msg::SaidNegated.text(lang),
                    said(&miss.negated)
                );
            }
            if let Some(feedback) = &miss.feedback {
                let _ = write!(item, " — {}", escape(feedback));
            }
            if let Some(hint) = &miss.hint {
                let _ = write!(
                    item,
                    " <span class=\"hint\">{}: {}</span>",
                    Msg::Hint.text(lang),
                    escape(hint)
                );
            }
            let _ = writeln!(out, "{item}</li>");
        }
        out.push_str("</ul>\n");
    }

    if !row.misconceptions.is_empty() {
        let _ = writeln!(
            out,
            "<h4>{}</h4>\n<ul class=\"wrongs\">",
            heading(Msg::Misconception, lang)
        );
        for wrong in &row.misconceptions {
            let mut item = format!(
                "<li><strong>⚠ {}</strong> {} — {}",
                escape(&charge(wrong.penalty, lang)),
                escape(&wrong.label),
                escape(&wrong.feedback)
            );
            if !wrong.evidence.is_empty() {
                let _ = write!(
                    item,
                    " <span class=\"words\">{}</span>",
                    said(&wrong.evidence)
                );
            }
            let _ = writeln!(out, "{item}</li>");
        }
        out.push_str("</ul>\n");
    }

    if !row.caps.is_empty() {
        out.push_str("<ul class=\"caps\">\n");
        for cap in &row.caps {
            let _ = writeln!(out, "<li>▸ {}</li>", escape(cap));
        }
        out.push_str("</ul>\n");
    }

    if let Some(model) = &row.model_answer {
        let _ = writeln!(
            out,
            "<div class=\"model\">\n<h4>{}</h4>\n<p>{}</p>\n</div>",
            heading(Msg::ModelAnswer, lang),
            escape(model)
        );
    }

    if !row.notes.is_empty() {
        let _ = writeln!(
            out,
            "<aside class=\"notes\">\n<h4>{}</h4>\n<ul>",
            heading(Msg::Notes, lang)
        );
        for note in &row.notes {
            let _ = writeln!(out, "<li>{}</li>", escape(note));
        }
        out.push_str("</ul>\n</aside>\n");
    }
    out.push_str("</article>\n");
}

/// Score badge, grade, verdict, time and hints of one question.
fn verdict(row: &Row, lang: Lang) -> String {
    let mut parts = Vec::new();
    match row.grade {
        None => parts.push(format!(
            "<span class=\"badge skip\">{}</span>",
            heading(Msg::Skipped, lang)
        )),
        Some(grade) => {
            parts.push(format!(
                "<span class=\"badge {}\">{} {}/100</span>",
                class(f64::from(row.score)),
                heading(Msg::Score, lang),
                row.score
            ));
            parts.push(format!("{} {grade}/5", Msg::Grade.text(lang)));
            let verdict = if row.passed { Msg::Pass } else { Msg::Fail };
            parts.push(verdict.text(lang).to_string());
        }
    }
    let mut time = format!(
        "{} {}",
        Msg::Time.text(lang),
        duration(u64::from(row.seconds), lang)
    );
    if row.over_time {
        let _ = write!(
            time,
            " <span class=\"warn\">{}</span>",
            Msg::OverTime.text(lang)
        );
    }
    parts.push(time);
    if !row.hints.is_empty() {
        let labels: Vec<String> = row.hints.iter().map(|h| escape(h)).collect();
        parts.push(format!(
            "{}: {} (−{})",
            Msg::HintsUsed.text(lang),
            labels.join(", "),
            row.hint_points
        ));
    }
    parts.join(" · ")
}

fn concept(label: &str, required: bool, lang: Lang) -> String {
    if required {
        format!(
            "{} <small>({})</small>",
            escape(label),
            Msg::Required.text(lang)
        )
    } else {
        escape(label)
    }
}

/// `“SYN을”, “handshke” (오타 허용 0.89)`
fn said(evidence: &[Said]) -> String {
    let words: Vec<String> = distinct(evidence)
        .into_iter()
        .map(|e| match e.how {
            crate::grade::How::Exact => format!("“{}”", escape(&e.said)),
            _ => format!("“{}” ({})", escape(&e.said), escape(&e.how_label)),
        })
        .collect();
    words.join(", ")
}

/// A stretch of the answer to mark: a byte range, whether it states a misconception, and
/// the labels of what it evidences (shown on hover).
#[derive(Debug, Clone, PartialEq)]
struct Span {
    start: usize,
    end: usize,
    wrong: bool,
    labels: Vec<String>,
}

/// The answer, escaped, with its evidence in `<mark>` (misconceptions as `<mark class=wrong>`).
fn highlight(row: &Row) -> String {
    let hits = row
        .hit
        .iter()
        .flat_map(|h| h.evidence.iter().map(move |e| (e, false, &h.label)));
    let wrongs = row
        .misconceptions
        .iter()
        .flat_map(|m| m.evidence.iter().map(move |e| (e, true, &m.label)));
    let spans: Vec<Span> = hits
        .chain(wrongs)
        .map(|(e, wrong, label)| Span {
            start: e.start,
            end: e.end,
            wrong,
            labels: vec![label.clone()],
        })
        .collect();
    mark(&row.answer, spans)
}

/// `text` escaped, with each merged span in a `<mark>`. Spans that overlap or touch become
/// one; a span out of bounds or off a character boundary is dropped.
fn mark(text: &str, mut spans: Vec<Span>) -> String {
    spans.retain(|s| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    });
    spans.sort_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::new();
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => {
                last.end = last.end.max(span.end);
                last.wrong |= span.wrong;
                for label in span.labels {
                    if !last.labels.contains(&label) {
                        last.labels.push(label);
                    }
                }
            }
            _ => merged.push(span),
        }
    }
    let mut out = String::with_capacity(text.len() + merged.len() * 40);
    let mut at = 0;
    for span in merged {
        out.push_str(&escape(&text[at..span.start]));
        let class = if span.wrong { " class=\"wrong\"" } else { "" };
        let _ = write!(
            out,
            "<mark{class} title=\"{}\">{}</mark>",
            escape(&span.labels.join("; ")),
            escape(&text[span.start..span.end])
        );
        at = span.end;
    }
    out.push_str(&escape(&text[at..]));
    out
}

const CSS: &str = r#"
h4{font-size:.78rem;letter-spacing:.04em;color:var(--muted);margin:16px 0 6px;text-transform:uppercase}
.sub{color:var(--muted);margin:0 0 18px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin:0}
.cards div{background:var(--card);border-radius:8px;padding:10px 14px}
.cards dt{font-size:.78rem;color:var(--muted)}
.cards dd{margin:0;font-size:1.15rem;font-weight:650}
.cards dd small{display:block;font-size:.75rem;font-weight:400;color:var(--muted)}
.cards .big dd{font-size:1.7rem;line-height:1.2}
.cards .big dd small{display:inline;font-size:.9rem}
.weak{margin:0;padding-left:1.4em}
.weak li{margin:2px 0}
.q{border:1px solid var(--line);border-left:5px solid var(--skip);border-radius:8px;padding:16px 20px 12px;margin:18px 0}
.q.pass{border-left-color:var(--good)}
.q.fail{border-left-color:var(--bad)}
.pos{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:.35em}
.meta{color:var(--muted);font-size:.85rem;margin:4px 0 6px}
.verdict{margin:6px 0}
.badge{display:inline-block;border-radius:999px;padding:0 10px;font-weight:650;color:#fff;background:var(--skip)}
.badge.good,.badge.mid,.badge.bad{color:#fff}
.badge.good{background:var(--good)}
.badge.mid{background:var(--mid)}
.badge.bad{background:var(--bad)}
.warn{color:var(--mid);font-weight:600}
.answer{margin:0;padding:10px 14px;background:var(--card);border-left:3px solid var(--line);border-radius:0 6px 6px 0;white-space:pre-wrap}
.none{color:var(--muted);font-style:italic;margin:0}
mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 1px}
mark.wrong{background:var(--wrong);text-decoration:underline wavy var(--bad);text-underline-offset:3px}
.checks,.wrongs,.caps{list-style:none;padding:0;margin:0}
.checks li,.wrongs li,.caps li{padding:2px 0 2px 1.5em;text-indent:-1.5em}
.sign{display:inline-block;width:1.5em;text-indent:0;font-weight:700}
.hit .sign{color:var(--good)}
.miss .sign{color:var(--bad)}
.wrongs strong{color:var(--bad)}
.caps{color:var(--mid);margin-top:6px}
.words,.hint{color:var(--muted)}
.hint{font-style:italic}
.model p{margin:0;color:var(--fg)}
.model{border-top:1px dashed var(--line);margin-top:12px}
.notes{background:var(--note);border-radius:6px;padding:4px 14px 8px;margin-top:12px}
.notes ul{margin:0;padding-left:1.2em}
@media print{
.q{break-inside:avoid;border-width:1px 1px 1px 4px}
.charts,.cards{break-inside:avoid}
}
"#;

#[cfg(test)]
mod tests {
    use super::super::testing::report;
    use super::*;

    fn span(start: usize, end: usize, wrong: bool, label: &str) -> Span {
        Span {
            start,
            end,
            wrong,
            labels: vec![label.to_string()],
        }
    }

    #[test]
    fn marks_are_merged_and_escaped() {
        let text = "a <SYN> & SYN-ACK 세션";
        let syn = text.find("SYN-ACK").unwrap();
        let session = text.find("세션").unwrap();
        let cases: Vec<(Vec<Span>, &str)> = vec![
            (vec![], "a &lt;SYN&gt; &amp; SYN-ACK 세션"),
            (
                vec![span(3, 6, false, "syn")],
                "a &lt;<mark title=\"syn\">SYN</mark>&gt; &amp; SYN-ACK 세션",
            ),
            // Overlapping: one mark, both labels.
            (
                vec![
                    span(syn, syn + 7, false, "b"),
                    span(syn, syn + 3, false, "a"),
                ],
                "a &lt;SYN&gt; &amp; <mark title=\"a; b\">SYN-ACK</mark> 세션",
            ),
            // Touching, one a misconception: one mark, marked wrong.
            (
                vec![
                    span(syn, syn + 3, false, "x"),
                    span(syn + 3, syn + 7, true, "y"),
                ],
                "a &lt;SYN&gt; &amp; <mark class=\"wrong\" title=\"x; y\">SYN-ACK</mark> 세션",
            ),
            // Out of bounds, inside a character, empty: dropped.
            (
                vec![
                    span(session + 1, session + 3, false, "mid-char"),
                    span(3, 3, false, "empty"),
                    span(0, text.len() + 1, false, "too long"),
                ],
                "a &lt;SYN&gt; &amp; SYN-ACK 세션",
            ),
            (
                vec![span(session, text.len(), false, "<s>")],
                "a &lt;SYN&gt; &amp; SYN-ACK <mark title=\"&lt;s&gt;\">세션</mark>",
            ),
        ];
        for (spans, expected) in cases {
            assert_eq!(mark(text, spans.clone()), expected, "{spans:?}");
        }
    }

    #[test]
    fn user_text_never_becomes_markup() {
        let page = html(&report(Lang::Ko, true));
        assert!(!page.contains("<script"), "no script element at all");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;page=2"));
        assert!(page.contains("김코리 &lt;kkori@example.com&gt;"));
        assert!(page.contains("&lt;b&gt;자신감&lt;/b&gt; &amp; 말이 빠름"));
        assert!(!page.contains("<b>"));
    }

    #[test]
    fn self_contained() {
        let page = html(&report(Lang::En, false));
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(page.ends_with("</html>\n"));
        for outside in ["src=", "<link", "url(", "@import", "http://", "https://"] {
            let allowed = page.matches("http://www.w3.org/2000/svg").count();
            let found = page.matches(outside).count();
            let found = if outside == "http://" {
                found - allowed
            } else {
                found
            };
            assert_eq!(found, 0, "{outside} in the page");
        }
        assert!(page.contains(crate::html::CSP));
    }

    #[test]
    fn evidence_is_marked_in_the_answer() {
        let page = html(&report(Lang::Ko, false));
        assert!(
            page.contains(
                "클라이언트가 <mark title=\"클라이언트가 SYN으로 연결 요청\">SYN을</mark>"
            ),
            "{page}"
        );
        assert!(
            page.contains("<mark class=\"wrong\""),
            "the misconception is marked"
        );
    }

    #[test]
    fn charts_have_a_bar_per_question_and_topic() {
        let page = html(&report(Lang::Ko, false));
        assert_eq!(page.matches("<svg class=\"chart\"").count(), 2);
        assert_eq!(page.matches("<rect class=\"track\"").count(), 3 + 2);
        assert!(page.contains("<a href=\"#q-1.1\">"));
        assert!(page.contains("id=\"q-1.1\""));
        assert!(page.contains(">건너뜀</text>"), "the skipped bar says so");
    }
}
