//! `kkori progress --cohort NAME`: what a study group knows, for its mentor. A model
//! ([`CohortProgress`], also the JSON form) computed from every member's [`Snapshot`] and
//! `now`, and written as text or one HTML page: a member × topic heat map of mastery, the
//! group's weakest concepts (how many members are weak in each), the misconceptions heard
//! most (how many members, one example answer each), reviews due per member, and the trend.
//!
//! Pure like the rest of [`super`]: the command line reads the stores and the clock.
//!
//! Names are hidden unless asked for (`names`): the page is meant to be shown to the group,
//! so members appear as "member 1", "member 2" … in a fixed order, and an example answer
//! says nobody's name.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde::Serialize;

use crate::bank::{Lang, Library};
use crate::html::{chart, escape, Page};
use crate::i18n::Msg;

use super::drill::WEAK;
use super::mastery;
use super::progress::{date, sparkline, text_table, Point};
use super::record::Snapshot;

/// How many weekly points the trend has.
pub const TREND_WEEKS: usize = 8;
/// How many weak concepts and misconceptions are listed.
pub const LISTED: usize = 10;
/// How long an example answer may be, in characters, before it is cut.
pub const EXAMPLE_CHARS: usize = 240;

const WEEK: u64 = 7 * 86_400;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CohortProgress {
    pub cohort: String,
    /// When it was computed (Unix seconds).
    pub now: u64,
    pub lang: Lang,
    /// Whether `members[].name` are the members' names, or "member 1" …
    pub names: bool,
    /// The heat map's columns: the topics any member practised, in the banks' order.
    pub topics: Vec<GroupTopic>,
    /// The heat map's rows, in the cohort's order.
    pub members: Vec<MemberProgress>,
    /// Concepts weak for the most members first, at most [`LISTED`].
    pub weak_concepts: Vec<GroupConcept>,
    /// Misconceptions said by the most members first, at most [`LISTED`].
    pub misconceptions: Vec<GroupMisconception>,
    /// The group's mean mastery at the end of each of the last [`TREND_WEEKS`] weeks.
    pub trend: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupTopic {
    pub id: String,
    pub label: String,
    /// The mean of the members' mastery, over the members who practised it (0.0–1.0).
    pub mastery: f64,
    pub members_practised: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberProgress {
    /// The member's name, or "member N" when names are hidden.
    pub name: String,
    pub sessions: usize,
    pub answers: usize,
    /// The mean of the member's topic mastery (0.0–1.0); none before any answer.
    pub mastery: Option<f64>,
    /// Mastery per column of [`CohortProgress::topics`], in percent; none: not practised.
    pub topics: Vec<Option<u8>>,
    /// Questions of the banks whose review date has come.
    pub due: usize,
    pub last_practised: Option<u64>,
    /// Overall mastery at the end of each of the last [`TREND_WEEKS`] weeks with answers.
    pub trend: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupConcept {
    pub question: String,
    pub topic: String,
    pub concept: String,
    pub label: String,
    /// Members below [`WEAK`] mastery of it.
    pub members_weak: usize,
    /// Members graded on it at all.
    pub members_seen: usize,
    /// The mean of their mastery (0.0–1.0).
    pub mastery: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupMisconception {
    pub question: String,
    pub topic: String,
    pub misconception: String,
    pub label: String,
    /// How many members said it.
    pub members: usize,
    /// How many answers said it.
    pub times: usize,
    /// The latest answer that said it (cut to [`EXAMPLE_CHARS`]).
    pub example: String,
    /// Whose answer it was, only when names are shown.
    pub example_by: Option<String>,
}

/// The cohort `name` at `now`, from each member's (name, history), worded in `lang`.
pub fn cohort_progress(
    name: &str,
    histories: &[(String, Snapshot)],
    library: &Library,
    now: u64,
    lang: Lang,
    names: bool,
) -> CohortProgress {
    let shown: Vec<String> = histories
        .iter()
        .enumerate()
        .map(|(i, (member, _))| {
            if names {
                member.clone()
            } else {
                format!("{} {}", Msg::CohortMember.text(lang), i + 1)
            }
        })
        .collect();
    let by_topic: Vec<BTreeMap<String, mastery::Mastery>> = histories
        .iter()
        .map(|(_, h)| mastery::by_topic(h, now))
        .collect();

    // Columns: the banks' topics first (in their order), then any other practised topic.
    let practised: BTreeSet<&String> = by_topic.iter().flat_map(|m| m.keys()).collect();
    let mut columns: Vec<(String, String)> = library
        .topics
        .iter()
        .filter(|t| practised.contains(&t.id))
        .map(|t| (t.id.clone(), t.label.get(lang).to_string()))
        .collect();
    for id in &practised {
        if !columns.iter().any(|(c, _)| c == *id) {
            columns.push(((*id).clone(), (*id).clone()));
        }
    }
    let topics = columns
        .iter()
        .map(|(id, label)| {
            let values: Vec<f64> = by_topic
                .iter()
                .filter_map(|m| m.get(id).map(|m| m.value))
                .collect();
            GroupTopic {
                id: id.clone(),
                label: label.clone(),
                mastery: mean(&values).unwrap_or(mastery::PRIOR),
                members_practised: values.len(),
            }
        })
        .collect();

    let members = histories
        .iter()
        .zip(&by_topic)
        .zip(&shown)
        .map(|(((_, history), topics), name)| MemberProgress {
            name: name.clone(),
            sessions: history.sessions.len(),
            answers: history
                .turns()
                .filter(|(_, t)| t.answered_at <= now)
                .count(),
            mastery: overall(history, now),
            topics: columns
                .iter()
                .map(|(id, _)| topics.get(id).map(|m| m.percent()))
                .collect(),
            due: due(history, library, now),
            last_practised: topics.values().map(|m| m.last).max(),
            trend: weeks(now).filter_map(|at| overall(history, at)).collect(),
        })
        .collect();

    let trend = weeks(now)
        .filter_map(|at| {
            let values: Vec<f64> = histories
                .iter()
                .filter_map(|(_, h)| overall(h, at))
                .collect();
            mean(&values).map(|mastery| Point { at, mastery })
        })
        .collect();

    CohortProgress {
        cohort: name.to_string(),
        now,
        lang,
        names,
        topics,
        members,
        weak_concepts: weak_concepts(histories, library, now, lang),
        misconceptions: misconceptions(histories, &shown, library, now, lang, names),
        trend,
    }
}

/// The ends of the last [`TREND_WEEKS`] weeks, oldest first, `now` last.
fn weeks(now: u64) -> impl Iterator<Item = u64> {
    (0..TREND_WEEKS as u64)
        .rev()
        .filter_map(move |k| now.checked_sub(k * WEEK))
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// A member's mastery over everything: the mean of their topics' mastery at `at`.
fn overall(history: &Snapshot, at: u64) -> Option<f64> {
    let values: Vec<f64> = mastery::by_topic(history, at)
        .values()
        .map(|m| m.value)
        .collect();
    mean(&values)
}

/// Questions of the banks (main, not drafts) due at `now`, as `kkori progress` counts them.
fn due(history: &Snapshot, library: &Library, now: u64) -> usize {
    library
        .questions
        .iter()
        .filter(|q| !q.follow_up_only && !q.draft)
        .filter(|q| history.schedules.get(&q.id).is_some_and(|s| s.is_due(now)))
        .count()
}

fn weak_concepts(
    histories: &[(String, Snapshot)],
    library: &Library,
    now: u64,
    lang: Lang,
) -> Vec<GroupConcept> {
    let mut seen: BTreeMap<(String, String), Vec<f64>> = BTreeMap::new();
    let mut topic_of: BTreeMap<String, String> = BTreeMap::new();
    for (_, history) in histories {
        for (key, m) in mastery::by_concept(history, now) {
            seen.entry(key).or_default().push(m.value);
        }
        for (_, t) in history.turns() {
            topic_of.insert(t.question.clone(), t.topic.clone());
        }
    }
    let mut list: Vec<GroupConcept> = seen
        .into_iter()
        .map(|((question, concept), values)| {
            let label = library
                .question(&question)
                .and_then(|q| library.rubric(q.rubric_id()))
                .and_then(|r| r.concepts.iter().find(|c| c.id == concept))
                .map_or(concept.clone(), |c| c.label.get(lang).to_string());
            GroupConcept {
                topic: topic_of.get(&question).cloned().unwrap_or_default(),
                members_weak: values.iter().filter(|v| **v < WEAK).count(),
                members_seen: values.len(),
                mastery: mean(&values).unwrap_or(mastery::PRIOR),
                question,
                concept,
                label,
            }
        })
        .filter(|c| c.members_weak > 0)
        .collect();
    list.sort_by(|a, b| {
        b.members_weak
            .cmp(&a.members_weak)
            .then(a.mastery.total_cmp(&b.mastery))
            .then((&a.question, &a.concept).cmp(&(&b.question, &b.concept)))
    });
    list.truncate(LISTED);
    list
}

fn misconceptions(
    histories: &[(String, Snapshot)],
    shown: &[String],
    library: &Library,
    now: u64,
    lang: Lang,
    names: bool,
) -> Vec<GroupMisconception> {
    struct Heard<'a> {
        topic: &'a str,
        members: BTreeSet<usize>,
        times: usize,
        /// (when, member, answer) of the latest.
        latest: (u64, usize, &'a str),
    }
    let mut heard: BTreeMap<(&str, &str), Heard> = BTreeMap::new();
    for (i, (_, history)) in histories.iter().enumerate() {
        for (_, t) in history.turns().filter(|(_, t)| t.answered_at <= now) {
            for m in &t.misconceptions {
                let entry = heard
                    .entry((t.question.as_str(), m.as_str()))
                    .or_insert_with(|| Heard {
                        topic: &t.topic,
                        members: BTreeSet::new(),
                        times: 0,
                        latest: (t.answered_at, i, &t.answer),
                    });
                entry.members.insert(i);
                entry.times += 1;
                if t.answered_at >= entry.latest.0 {
                    entry.latest = (t.answered_at, i, &t.answer);
                }
            }
        }
    }
    let mut list: Vec<GroupMisconception> = heard
        .into_iter()
        .map(|((question, id), h)| {
            let label = library
                .question(question)
                .and_then(|q| library.rubric(q.rubric_id()))
                .and_then(|r| r.misconceptions.iter().find(|m| m.id == id))
                .and_then(|m| m.label.as_ref())
                .map_or(id.to_string(), |l| l.get(lang).to_string());
            GroupMisconception {
                question: question.to_string(),
                topic: h.topic.to_string(),
                misconception: id.to_string(),
                label,
                members: h.members.len(),
                times: h.times,
                example: cut(h.latest.2),
                example_by: names.then(|| shown[h.latest.1].clone()),
            }
        })
        .collect();
    list.sort_by(|a, b| {
        b.members
            .cmp(&a.members)
            .then(b.times.cmp(&a.times))
            .then((&a.question, &a.misconception).cmp(&(&b.question, &b.misconception)))
    });
    list.truncate(LISTED);
    list
}

/// An answer on one line, cut to [`EXAMPLE_CHARS`] with `…`.
fn cut(answer: &str) -> String {
    let line = answer.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= EXAMPLE_CHARS {
        return line;
    }
    let mut short: String = line.chars().take(EXAMPLE_CHARS).collect();
    short.push('…');
    short
}

fn percent(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |v| {
        format!("{}%", (v * 100.0).round().clamp(0.0, 100.0))
    })
}

/// The cohort as plain text: the heat map as a table, then the lists.
pub fn render_text(p: &CohortProgress) -> String {
    let lang = p.lang;
    let mut out = String::new();
    let answers: usize = p.members.iter().map(|m| m.answers).sum();
    let _ = writeln!(
        out,
        "{} {} · {} {} · {} {}",
        Msg::Cohort.text(lang),
        p.cohort,
        Msg::CohortMembers.text(lang),
        p.members.len(),
        Msg::Answers.text(lang),
        answers
    );
    if answers == 0 {
        let _ = writeln!(out, "{}", Msg::CohortNoMembers.text(lang));
        return out;
    }
    let mut header = vec![
        Msg::CohortMember.text(lang).to_string(),
        Msg::Overall.text(lang).to_string(),
        Msg::Due.text(lang).to_string(),
        Msg::Trend.text(lang).to_string(),
    ];
    header.extend(p.topics.iter().map(|t| t.id.clone()));
    let rows: Vec<Vec<String>> = p
        .members
        .iter()
        .map(|m| {
            let mut row = vec![
                m.name.clone(),
                percent(m.mastery),
                m.due.to_string(),
                sparkline(&m.trend),
            ];
            row.extend(
                m.topics
                    .iter()
                    .map(|c| c.map_or("—".to_string(), |v| format!("{v}%"))),
            );
            row
        })
        .collect();
    let _ = writeln!(out, "\n{}", table(&header, &rows));
    if !p.weak_concepts.is_empty() {
        let _ = writeln!(out, "\n{}", Msg::WeakConcepts.text(lang));
        for c in &p.weak_concepts {
            let _ = writeln!(
                out,
                "  {}/{}  {:>4}  {} ({} · {})",
                c.members_weak,
                c.members_seen,
                format!("{}%", (c.mastery * 100.0).round()),
                c.label,
                c.topic,
                c.question
            );
        }
    }
    if !p.misconceptions.is_empty() {
        let _ = writeln!(out, "\n{}", Msg::CohortHeardMost.text(lang));
        for m in &p.misconceptions {
            let by = m
                .example_by
                .as_ref()
                .map_or(String::new(), |n| format!(" — {n}"));
            let _ = writeln!(
                out,
                "  {}×{}  {} ({} · {})\n        «{}»{by}",
                m.members, m.times, m.label, m.topic, m.question, m.example
            );
        }
    }
    out
}

/// [`text_table`] for a number of columns known only now.
fn table(header: &[String], rows: &[Vec<String>]) -> String {
    const MAX: usize = 32;
    let n = header.len().min(MAX);
    let fixed = |cells: &[String]| -> [String; MAX] {
        std::array::from_fn(|i| cells.get(i).cloned().unwrap_or_default())
    };
    let right: [bool; MAX] = std::array::from_fn(|i| i == 1 || i == 2 || i >= 4);
    let text = text_table(
        &fixed(&header[..n]),
        &rows.iter().map(|r| fixed(r)).collect::<Vec<_>>(),
        &right,
    );
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The cohort as one self-contained HTML page (the shared [`Page`] head and charts).
pub fn render_html(p: &CohortProgress) -> String {
    let lang = p.lang;
    let t = |m: Msg| escape(m.text(lang));
    let w = |m: Msg| escape(m.text(lang));
    let answers: usize = p.members.iter().map(|m| m.answers).sum();
    let mut out = String::from("<main>\n");
    let _ = writeln!(
        out,
        "<h1>{} {}</h1>\n<p class=\"meta\">{} · {} {} · {} {}</p>",
        w(Msg::Cohort),
        escape(&p.cohort),
        escape(&date(p.now)),
        w(Msg::CohortMembers),
        p.members.len(),
        t(Msg::Answers),
        answers
    );
    if answers == 0 {
        let _ = writeln!(out, "<p>{}</p>", w(Msg::CohortNoMembers));
    } else {
        heatmap(&mut out, p);
        if !p.trend.is_empty() {
            let _ = writeln!(out, "<h2>{}</h2>", w(Msg::CohortTrend));
            let series = [chart::Series {
                label: Msg::Overall.text(lang).to_string(),
                color: chart::color(3),
                points: p.trend.iter().map(|pt| (pt.at, pt.mastery)).collect(),
            }];
            out.push_str(&chart::lines(Msg::CohortTrend.text(lang), &series, &date));
        }
        weak_table(&mut out, p);
        misconception_table(&mut out, p);
    }
    out.push_str("</main>\n");
    let title = format!("kkori · {} {}", Msg::Cohort.text(lang), p.cohort);
    Page::new(&title, lang).style(STYLE).render(&out)
}

fn heatmap(out: &mut String, p: &CohortProgress) {
    let lang = p.lang;
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<div class=\"scroll\"><table class=\"heatmap\">\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th>",
        escape(Msg::CohortHeatmap.text(lang)),
        escape(Msg::CohortMember.text(lang)),
        escape(Msg::Overall.text(lang)),
        escape(Msg::Due.text(lang)),
        escape(Msg::Trend.text(lang)),
    );
    for topic in &p.topics {
        let _ = write!(
            out,
            "<th class=\"topic\" title=\"{}\">{}</th>",
            escape(&topic.id),
            escape(&topic.label)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for m in &p.members {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td>",
            escape(&m.name),
            escape(&percent(m.mastery)),
            m.due,
            chart::spark(&m.trend, chart::color(3), &sparkline(&m.trend)),
        );
        for (cell, topic) in m.topics.iter().zip(&p.topics) {
            match cell {
                Some(v) => {
                    let _ = write!(
                        out,
                        "<td class=\"cell\" style=\"background:{}\" title=\"{} · {}: {v}%\">{v}%</td>",
                        heat(*v),
                        escape(&m.name),
                        escape(&topic.label)
                    );
                }
                None => out.push_str("<td class=\"cell empty\">—</td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "</tbody>\n<tfoot><tr><th scope=\"row\">{}</th><td></td><td></td><td></td>",
        escape(Msg::Overall.text(lang))
    );
    for topic in &p.topics {
        let v = (topic.mastery * 100.0).round().clamp(0.0, 100.0) as u8;
        let _ = write!(
            out,
            "<td class=\"cell\" style=\"background:{}\">{v}%</td>",
            heat(v)
        );
    }
    out.push_str("</tr></tfoot>\n</table></div>\n");
}

/// A cell's colour: red (0%) through amber to green (100%), light enough for dark text.
fn heat(percent: u8) -> String {
    let hue = f64::from(percent.min(100)) * 1.2;
    format!("hsl({hue:.0},65%,78%)")
}

fn weak_table(out: &mut String, p: &CohortProgress) {
    if p.weak_concepts.is_empty() {
        return;
    }
    let lang = p.lang;
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<table>\n<thead><tr><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape(Msg::WeakConcepts.text(lang)),
        escape(Msg::CohortWeakFor.text(lang)),
        escape(Msg::Mastery.text(lang)),
        escape(Msg::Concepts.text(lang)),
        escape(Msg::Question.text(lang)),
    );
    for c in &p.weak_concepts {
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}/{}</td><td class=\"num\">{}</td><td>{}</td><td><code>{}</code> <small>{}</small></td></tr>",
            c.members_weak,
            c.members_seen,
            escape(&percent(Some(c.mastery))),
            escape(&c.label),
            escape(&c.question),
            escape(&c.topic)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn misconception_table(out: &mut String, p: &CohortProgress) {
    if p.misconceptions.is_empty() {
        return;
    }
    let lang = p.lang;
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<table>\n<thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape(Msg::CohortHeardMost.text(lang)),
        escape(Msg::CohortMembers.text(lang)),
        escape(Msg::Misconception.text(lang)),
        escape(Msg::CohortExample.text(lang)),
    );
    for m in &p.misconceptions {
        let by = m.example_by.as_ref().map_or(String::new(), |n| {
            format!(" <small>— {}</small>", escape(n))
        });
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{} <small>({}×)</small></td><td>{} <small><code>{}</code></small></td><td><q>{}</q>{by}</td></tr>",
            m.members,
            m.times,
            escape(&m.label),
            escape(&m.question),
            escape(&m.example)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The cohort page's own styles: the heat map.
const STYLE: &str = "
.meta{color:var(--muted);margin-top:.2rem}
.scroll{overflow-x:auto}
table.heatmap th.topic{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;vertical-align:bottom}
table.heatmap td.cell{text-align:center;color:#1d2126;font-variant-numeric:tabular-nums;min-width:3.2rem}
table.heatmap td.empty{background:var(--card);color:var(--muted)}
table.heatmap tfoot th,table.heatmap tfoot td{border-top:2px solid var(--line)}
@media print{.scroll{overflow:visible}}
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::test_support::{library, script, session, T0};

    const DAY: u64 = 86_400;

    fn group() -> Vec<(String, Snapshot)> {
        let mut jisu = script(&[
            (0, &[("handshake", "tcp", 20), ("cookie", "session", 90)]),
            (3, &[("handshake", "tcp", 25)]),
        ]);
        jisu.sessions[0].turns[0].misconceptions = vec!["syn-only".to_string()];
        jisu.sessions[0].turns[0].answer = "SYN만 <b>보내면</b> 됩니다".to_string();
        let mut minho = script(&[(1, &[("handshake", "tcp", 30), ("keep-alive", "http", 95)])]);
        minho.sessions[0].turns[0].misconceptions = vec!["syn-only".to_string()];
        let nobody = Snapshot::default();
        vec![
            ("지수".to_string(), jisu),
            ("민호".to_string(), minho),
            ("서연".to_string(), nobody),
        ]
    }

    #[test]
    fn the_heat_map_has_a_row_per_member_and_a_column_per_practised_topic() {
        let p = cohort_progress("봄", &group(), &library(), T0 + 5 * DAY, Lang::Ko, true);
        let ids: Vec<&str> = p.topics.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["tcp", "session", "http"]);
        let names: Vec<&str> = p.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["지수", "민호", "서연"]);
        assert_eq!(p.members[0].topics[2], None);
        assert!(p.members[0].topics[0].unwrap() < 40);
        assert!(p.members[1].topics[2].unwrap() > 70);
        assert_eq!(p.members[2].answers, 0);
        assert_eq!(p.members[2].mastery, None);
        assert_eq!(p.topics[0].members_practised, 2);
        // Both members answered handshake badly: by day 5 it is due for both, and weak for
        // both.
        assert_eq!(p.members[0].due, 1);
        assert_eq!(p.members[1].due, 1);
        let basic = &p.weak_concepts[0];
        assert_eq!(
            (basic.question.as_str(), basic.members_weak),
            ("handshake", 2)
        );
    }

    #[test]
    fn misconceptions_count_members_and_keep_the_latest_example() {
        let p = cohort_progress("봄", &group(), &library(), T0 + 4 * DAY, Lang::En, true);
        let m = &p.misconceptions[0];
        assert_eq!((m.members, m.times), (2, 2));
        // 민호's (day 1) is later than 지수's (day 0).
        assert_eq!(m.example, "answer to handshake");
        assert_eq!(m.example_by.as_deref(), Some("민호"));
    }

    #[test]
    fn names_are_hidden_unless_asked_for() {
        let p = cohort_progress("봄", &group(), &library(), T0 + 4 * DAY, Lang::Ko, false);
        let names: Vec<&str> = p.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["구성원 1", "구성원 2", "구성원 3"]);
        assert_eq!(p.misconceptions[0].example_by, None);
        let json = serde_json::to_string(&p).unwrap();
        let html = render_html(&p);
        let text = render_text(&p);
        for out in [&json, &html, &text] {
            assert!(!out.contains("지수") && !out.contains("민호"), "{out}");
        }
    }

    #[test]
    fn the_page_escapes_answers_and_has_the_heat_map() {
        let mut members = group();
        members[0].1.sessions[0].turns[0].answered_at += 3 * DAY;
        let p = cohort_progress("<봄>", &members, &library(), T0 + 4 * DAY, Lang::Ko, true);
        let html = render_html(&p);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains(crate::html::CSP));
        assert!(html.contains("<table class=\"heatmap\">"));
        // Two topics each for two members, none for the third, and the group's row.
        assert_eq!(html.matches("<td class=\"cell\"").count(), 2 + 2 + 3);
        assert!(
            html.contains("SYN만 &lt;b&gt;보내면&lt;/b&gt; 됩니다"),
            "{html}"
        );
        assert!(!html.contains("<b>") && !html.contains("<봄>"));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn the_trend_is_weekly_and_only_where_there_are_answers() {
        let members = vec![(
            "a".to_string(),
            Snapshot::from_sessions(vec![
                session(0, &[("handshake", "tcp", 20)]),
                session(14, &[("handshake", "tcp", 95)]),
            ]),
        )];
        let p = cohort_progress("c", &members, &library(), T0 + 15 * DAY, Lang::En, false);
        // Weeks ending on days 15, 8 and 1 have answers; the five before do not.
        assert_eq!(p.trend.len(), 3);
        assert!(p.trend[2].mastery > p.trend[1].mastery);
        assert_eq!(p.members[0].trend.len(), 3);
    }

    #[test]
    fn an_empty_cohort_says_so() {
        let p = cohort_progress("c", &[], &library(), T0, Lang::En, false);
        assert!(render_text(&p).contains("no answers in this cohort yet"));
        assert!(render_html(&p).contains("no answers in this cohort yet"));
    }
}
