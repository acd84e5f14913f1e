//! `kkori progress`: how each topic stands, where it is heading, and the concepts most
//! often missed, as a model ([`Progress`], also the JSON form) and as text or an HTML page.
//!
//! The page is one self-contained file (inline CSS, a hand-drawn inline SVG chart, no
//! script; head and chart from [`crate::html`]) so that it can be mailed or opened
//! offline; every text on it is escaped.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use crate::bank::{Lang, Library};
use crate::html::{chart, escape, Page};
use crate::i18n::Msg;

use super::drill::WEAK;
use super::mastery::{self, Mastery};
use super::record::Snapshot;

/// How many past sessions the trend shows.
pub const TREND_SESSIONS: usize = 8;
/// How many weak concepts are listed.
pub const WEAK_CONCEPTS: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    /// When it was computed (Unix seconds).
    pub now: u64,
    pub lang: Lang,
    pub sessions: usize,
    pub answers: usize,
    /// Practised topics weakest first, then the topics never practised.
    pub topics: Vec<TopicProgress>,
    /// Concepts below [`WEAK`] mastery, weakest first, at most [`WEAK_CONCEPTS`].
    pub weak_concepts: Vec<ConceptProgress>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicProgress {
    pub id: String,
    pub label: String,
    /// None when never practised.
    pub mastery: Option<Mastery>,
    /// Mastery at the end of each of the last [`TREND_SESSIONS`] sessions that practised it.
    pub trend: Vec<f64>,
    pub last_practised: Option<u64>,
    /// Questions whose review date has come.
    pub due: usize,
    /// Questions never asked.
    pub new: usize,
    /// Mastery at the end of every session that practised it, for the chart.
    pub over_time: Vec<Point>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub at: u64,
    pub mastery: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConceptProgress {
    pub question: String,
    pub topic: String,
    pub concept: String,
    pub label: String,
    pub hint: Option<String>,
    pub mastery: Mastery,
}

/// Where the candidate stands at `now`, worded in `lang`.
pub fn progress(history: &Snapshot, library: &Library, now: u64, lang: Lang) -> Progress {
    let topic_mastery = mastery::by_topic(history, now);
    let mut topics: Vec<TopicProgress> = Vec::new();
    let mut ids: Vec<(&str, String)> = library
        .topics
        .iter()
        .map(|t| (t.id.as_str(), t.label.get(lang).to_string()))
        .collect();
    for id in topic_mastery.keys() {
        if !ids.iter().any(|(t, _)| t == id) {
            ids.push((id, id.clone()));
        }
    }
    for (id, label) in ids {
        let over_time: Vec<Point> = mastery::topic_over_time(history, id)
            .into_iter()
            .filter(|(at, _)| *at <= now)
            .map(|(at, mastery)| Point { at, mastery })
            .collect();
        let askable = library
            .questions
            .iter()
            .filter(|q| q.topic == id && !q.follow_up_only && !q.draft);
        let (mut due, mut new) = (0, 0);
        for q in askable {
            match history.schedules.get(&q.id) {
                None => new += 1,
                Some(s) if s.is_due(now) => due += 1,
                Some(_) => {}
            }
        }
        let mastery = topic_mastery.get(id).copied();
        topics.push(TopicProgress {
            id: id.to_string(),
            label,
            mastery,
            trend: over_time
                .iter()
                .rev()
                .take(TREND_SESSIONS)
                .rev()
                .map(|p| p.mastery)
                .collect(),
            last_practised: mastery.map(|m| m.last),
            due,
            new,
            over_time,
        });
    }
    // Practised weakest first; the never practised keep the banks' order, last.
    topics.sort_by(|a, b| match (&a.mastery, &b.mastery) {
        (Some(x), Some(y)) => x.value.total_cmp(&y.value).then(a.id.cmp(&b.id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });

    let concept_mastery = mastery::by_concept(history, now);
    let topic_of: BTreeMap<&str, &str> = history
        .turns()
        .map(|(_, t)| (t.question.as_str(), t.topic.as_str()))
        .collect();
    let weak_concepts = mastery::weakest(&concept_mastery)
        .into_iter()
        .filter(|(_, m)| m.value < WEAK)
        .take(WEAK_CONCEPTS)
        .map(|((question, concept), m)| {
            let found = library
                .question(question)
                .and_then(|q| library.rubric(q.rubric_id()))
                .and_then(|r| r.concepts.iter().find(|c| &c.id == concept));
            ConceptProgress {
                question: question.clone(),
                topic: topic_of.get(question.as_str()).unwrap_or(&"").to_string(),
                concept: concept.clone(),
                label: found.map_or(concept.clone(), |c| c.label.get(lang).to_string()),
                hint: found
                    .and_then(|c| c.hint.as_ref())
                    .map(|h| h.get(lang).to_string()),
                mastery: *m,
            }
        })
        .collect();

    Progress {
        now,
        lang,
        sessions: history.sessions.len(),
        answers: history.turns().count(),
        topics,
        weak_concepts,
    }
}

/// Values 0.0–1.0 as bars of eight heights: ▁ is 0%, █ is 100%.
pub fn sparkline(values: &[f64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    values
        .iter()
        .map(|v| BARS[(v.clamp(0.0, 1.0) * 7.0).round() as usize])
        .collect()
}

/// `YYYY-MM-DD` (UTC) of Unix seconds.
pub fn date(secs: u64) -> String {
    let (d, _) = crate::interview::session::civil(secs);
    format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8])
}

/// Columns a string takes in a terminal: 2 for Hangul and other wide characters.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// Rows of cells as aligned terminal columns (Hangul counts double), the header first;
/// `right` says which columns align right (numbers).
pub fn text_table<const N: usize>(
    header: &[String; N],
    rows: &[[String; N]],
    right: &[bool; N],
) -> String {
    let widths: Vec<usize> = (0..N)
        .map(|i| {
            rows.iter()
                .map(|r| display_width(&r[i]))
                .chain([display_width(&header[i])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let lines: Vec<String> = std::iter::once(header)
        .chain(rows)
        .map(|row| {
            let cells: Vec<String> = (0..N).map(|i| pad(&row[i], widths[i], right[i])).collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect();
    lines.join("\n")
}

fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(display_width(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

fn percent(m: Option<&Mastery>) -> String {
    m.map_or("—".to_string(), |m| format!("{}%", m.percent()))
}

/// The progress as a plain-text table, then the weakest concepts with their hints.
pub fn render_text(p: &Progress) -> String {
    let lang = p.lang;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} · {} {} · {} {}",
        Msg::Progress.text(lang),
        Msg::Sessions.text(lang),
        p.sessions,
        Msg::Answers.text(lang),
        p.answers
    );
    if p.answers == 0 {
        let _ = writeln!(out, "{}", Msg::NoHistory.text(lang));
    }
    let header = [
        Msg::Topic.text(lang).to_string(),
        String::new(),
        Msg::Mastery.text(lang).to_string(),
        Msg::Trend.text(lang).to_string(),
        Msg::LastPractised.text(lang).to_string(),
        Msg::Due.text(lang).to_string(),
        Msg::New.text(lang).to_string(),
    ];
    let rows: Vec<[String; 7]> = p
        .topics
        .iter()
        .map(|t| {
            [
                t.id.clone(),
                t.label.clone(),
                percent(t.mastery.as_ref()),
                sparkline(&t.trend),
                t.last_practised.map_or("—".to_string(), date),
                t.due.to_string(),
                t.new.to_string(),
            ]
        })
        .collect();
    let right = [false, false, true, false, false, true, true];
    let _ = writeln!(out, "\n{}", text_table(&header, &rows, &right));
    if !p.weak_concepts.is_empty() {
        let _ = writeln!(out, "\n{}", Msg::WeakConcepts.text(lang));
        for c in &p.weak_concepts {
            let _ = write!(
                out,
                "  {:>4}  {} ({} · {})",
                format!("{}%", c.mastery.percent()),
                c.label,
                c.topic,
                c.question
            );
            if let Some(hint) = &c.hint {
                let _ = write!(out, " — {}: {hint}", Msg::Hint.text(lang));
            }
            out.push('\n');
        }
    }
    out
}

/// The progress as one self-contained HTML page.
pub fn render_html(p: &Progress) -> String {
    let lang = p.lang;
    let t = |m: Msg| escape(m.text(lang));
    let mut out = String::from("<main>\n");
    let _ = writeln!(
        out,
        "<h1>{}</h1>\n<p class=\"meta\">{} · {} {} · {} {}</p>",
        t(Msg::Progress),
        escape(&date(p.now)),
        t(Msg::Sessions),
        p.sessions,
        t(Msg::Answers),
        p.answers
    );
    if p.answers == 0 {
        let _ = writeln!(out, "<p>{}</p>", t(Msg::NoHistory));
    } else {
        let _ = writeln!(out, "<h2>{}</h2>", t(Msg::MasteryOverTime));
        out.push_str(&over_time(p));
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        t(Msg::Topic),
        t(Msg::Mastery),
        t(Msg::Trend),
        t(Msg::LastPractised),
        t(Msg::Due),
        t(Msg::New)
    );
    for (i, topic) in p.topics.iter().enumerate() {
        let bar = topic.mastery.map_or(String::new(), |m| {
            format!(
                "<span class=\"bar\"><span style=\"width:{}%\"></span></span>",
                m.percent()
            )
        });
        let _ = writeln!(
            out,
            "<tr><td><span class=\"swatch\" style=\"background:{}\"></span>{} <code>{}</code></td>\
             <td class=\"num\">{}{}</td><td>{}</td><td>{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            chart::color(i),
            escape(&topic.label),
            escape(&topic.id),
            bar,
            escape(&percent(topic.mastery.as_ref())),
            chart::spark(&topic.trend, chart::color(i), &sparkline(&topic.trend)),
            escape(&topic.last_practised.map_or("—".to_string(), date)),
            topic.due,
            topic.new
        );
    }
    out.push_str("</tbody>\n</table>\n");
    if !p.weak_concepts.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            t(Msg::WeakConcepts),
            t(Msg::Mastery),
            t(Msg::Concepts),
            t(Msg::Question),
            t(Msg::Hint)
        );
        for c in &p.weak_concepts {
            let _ = writeln!(
                out,
                "<tr><td class=\"num\">{}%</td><td>{}</td><td><code>{}</code> <small>{}</small></td><td>{}</td></tr>",
                c.mastery.percent(),
                escape(&c.label),
                escape(&c.question),
                escape(&c.topic),
                escape(c.hint.as_deref().unwrap_or("—"))
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</main>\n");
    let title = format!("kkori · {}", Msg::Progress.text(lang));
    Page::new(&title, lang).style(STYLE).render(&out)
}

/// The progress page's own styles: a colour swatch per topic and a small mastery bar.
const STYLE: &str = "
.meta{color:var(--muted);margin-top:.2rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.4rem;vertical-align:-1px}
.bar{display:inline-block;width:4rem;height:.5rem;background:var(--track);margin-right:.4rem;border-radius:2px}
.bar span{display:block;height:100%;background:var(--accent);border-radius:2px}
";

/// Mastery of every practised topic after each session that practised it, one line each,
/// in the colour of its swatch in the table.
fn over_time(p: &Progress) -> String {
    let series: Vec<chart::Series> = p
        .topics
        .iter()
        .enumerate()
        .map(|(i, topic)| chart::Series {
            label: topic.label.clone(),
            color: chart::color(i),
            points: topic
                .over_time
                .iter()
                .map(|pt| (pt.at, pt.mastery))
                .collect(),
        })
        .collect();
    chart::lines(Msg::MasteryOverTime.text(p.lang), &series, &date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::test_support::{library, script, session, T0};

    fn xs(svg: &str) -> Vec<f64> {
        svg.split("<circle cx=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap().parse().unwrap())
            .collect()
    }

    #[test]
    fn issue14_12_the_chart_of_one_day_puts_it_in_the_middle() {
        let history = script(&[(0, &[("handshake", "tcp", 20), ("cookie", "session", 90)])]);
        let p = progress(&history, &library(), T0 + 3_600, crate::bank::Lang::En);
        let svg = over_time(&p);
        let xs = xs(&svg);
        assert!(!xs.is_empty(), "{svg}");
        // The plot runs from x = 44 to x = 704: one session's points are at its middle.
        for x in xs {
            assert!((300.0..450.0).contains(&x), "x = {x}\n{svg}");
        }
    }

    #[test]
    fn issue14_12_three_sessions_of_one_day_use_the_whole_width() {
        // Three sessions an hour apart on one evening.
        let sessions = [20, 50, 80]
            .into_iter()
            .enumerate()
            .map(|(i, score)| {
                let mut s = session(0, &[("handshake", "tcp", score)]);
                let later = 3_600 * i as u64;
                s.id = format!("evening{i}");
                s.started_at += later;
                s.ended_at = s.ended_at.map(|t| t + later);
                for t in &mut s.turns {
                    t.asked_at += later;
                    t.answered_at += later;
                }
                s
            })
            .collect();
        let history = Snapshot::from_sessions(sessions);
        let p = progress(&history, &library(), T0 + 4 * 3_600, crate::bank::Lang::En);
        let svg = over_time(&p);
        let xs = xs(&svg);
        assert_eq!(xs.len(), 3, "{svg}");
        // Never "three dots at the left edge": first in the left quarter, last in the right.
        assert!(xs[0] < 44.0 + 660.0 / 4.0, "{xs:?}");
        assert!(xs[2] > 44.0 + 660.0 * 3.0 / 4.0, "{xs:?}");
    }

    const DAY: u64 = 86_400;

    fn sample() -> Progress {
        let history = script(&[
            (0, &[("handshake", "tcp", 20), ("cookie", "session", 90)]),
            (2, &[("tcp-vs-udp", "tcp", 10), ("jwt", "session", 95)]),
            (4, &[("handshake", "tcp", 30)]),
        ]);
        progress(&history, &library(), T0 + 5 * DAY, Lang::Ko)
    }

    #[test]
    fn topics_weakest_first_never_practised_last() {
        let p = sample();
        let ids: Vec<&str> = p.topics.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["tcp", "session", "http"]);
        let tcp = &p.topics[0];
        assert_eq!(tcp.trend.len(), 3);
        assert_eq!(tcp.last_practised, Some(T0 + 4 * DAY + 60));
        // tcp-vs-udp failed on day 2 is due; handshake failed on day 4 comes back tomorrow.
        assert_eq!((tcp.due, tcp.new), (1, 1));
        assert_eq!(p.topics[2].mastery, None);
        assert_eq!((p.sessions, p.answers), (3, 5));
    }

    #[test]
    fn weak_concepts_carry_their_hints() {
        let p = sample();
        assert!(!p.weak_concepts.is_empty());
        assert!(p.weak_concepts.iter().all(|c| c.mastery.value < WEAK));
        let first = &p.weak_concepts[0];
        assert_eq!(first.label, "심화");
        let basic = p
            .weak_concepts
            .iter()
            .find(|c| c.concept == "basic")
            .expect("tcp-vs-udp missed basic");
        assert_eq!(basic.hint.as_deref(), Some("기본부터"));
    }

    #[test]
    fn sparkline_spans_eight_levels() {
        assert_eq!(sparkline(&[0.0, 0.5, 1.0, 2.0, -1.0]), "▁▅██▁");
        assert_eq!(sparkline(&[]), "");
    }

    #[test]
    fn text_table_aligns_korean_labels() {
        let text = render_text(&sample());
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].starts_with("학습 현황 · 세션 3 · 답변 5"),
            "{text}"
        );
        let header = lines[2];
        let tcp = lines[3];
        assert!(tcp.starts_with("tcp "), "{text}");
        // The mastery column ends at the same terminal column on every row.
        let end = |line: &str, needle: &str| {
            let at = line.find(needle).unwrap() + needle.len();
            display_width(&line[..at])
        };
        assert_eq!(end(header, "숙련도"), end(tcp, "%"));
        assert!(text.contains("가장 약한 개념"));
        assert!(text.contains("힌트: 기본부터"));
    }

    #[test]
    fn html_is_self_contained_and_escaped() {
        let html = render_html(&sample());
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains(crate::html::CSP));
        assert!(html.contains("<svg") && html.contains("<polyline"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("src=") && !html.contains("<link"));
        // The concept label `기본 <b>` of the test bank is escaped.
        assert!(!html.contains("기본 <b>"));
    }

    #[test]
    fn an_empty_history_still_renders() {
        let p = progress(&Snapshot::default(), &library(), T0, Lang::En);
        assert_eq!(p.topics.len(), 3);
        assert!(render_text(&p).contains("no sessions recorded yet"));
        assert!(render_html(&p).contains("no sessions recorded yet"));
    }

    #[test]
    fn widths_of_hangul() {
        assert_eq!(display_width("TCP와 UDP"), 9);
        assert_eq!(display_width("숙련도"), 6);
    }
}
