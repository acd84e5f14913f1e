//! The report of a session: one model, three renderings.
//!
//! [`Report::new`] does every lookup once — prompts and labels in the chosen language, the
//! reason for each follow-up in plain words, topic averages, the weakest topics — and the
//! renderers ([`markdown()`], [`json()`], [`html()`]) only lay the facts out. So the three
//! formats cannot disagree, and the JSON is the model itself, for anyone who wants their own
//! layout.
//!
//! Building a report never fails. A session file may be older than the banks it is read
//! with: a question the banks no longer have shows its id, a label that cannot be found
//! shows the concept's id. A report is how a candidate gets back what they said, so it must
//! come out whatever the banks look like today.

pub mod date;
pub mod html;
pub mod json;
pub mod markdown;

use serde::Serialize;

use crate::bank::{Lang, Library, Localized};
use crate::grade::{explain::how_label, Cap, Evidence, How, PASS_SCORE};
use crate::i18n::Msg;
use crate::interview::{describe_reason, Mode, Session, Turn, HINT_COST};

pub use html::html;
pub use json::json;
pub use markdown::markdown;

/// Bumped when the JSON form of [`Report`] changes incompatibly.
pub const REPORT_VERSION: u32 = 1;

/// How many weak topics a report names.
pub const WEAKEST: usize = 3;

/// Everything a report shows, ready to render.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// [`REPORT_VERSION`].
    pub schema_version: u32,
    /// The language of every text below that comes from the banks or the interface.
    pub lang: Lang,
    pub session: String,
    pub mode: Mode,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate: Option<String>,
    /// Unix seconds, and the same as UTC `YYYY-MM-DD HH:MM`.
    pub started_at: u64,
    pub started: String,
    pub ended_at: Option<u64>,
    pub ended: Option<String>,
    pub finished: bool,
    /// Ended before the plan ran out.
    pub quit_early: bool,
    pub summary: Summary,
    /// One row per question asked, in the order asked.
    pub questions: Vec<Row>,
    /// One row per topic, in the order topics first came up.
    pub topics: Vec<TopicScore>,
    /// Topics below the pass mark, lowest average first, at most [`WEAKEST`].
    pub weakest: Vec<TopicScore>,
}

/// The numbers at the top of a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Main questions in the plan.
    pub planned: usize,
    /// Questions asked, follow-ups included.
    pub asked: usize,
    pub answered: usize,
    pub skipped: usize,
    pub passed: usize,
    /// Mean score of the questions asked, one decimal; a skipped question counts as 0, as
    /// it would in an interview. `None` when nothing was asked.
    pub average: Option<f64>,
    /// Seconds spent answering, all questions together.
    pub seconds: u64,
    pub hints: usize,
    pub over_time: usize,
}

/// One question asked and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// `2` for the second main question, `2.1` for its follow-up, `2.2` for the follow-up's.
    pub position: String,
    pub question: String,
    /// Whether the banks still have the question (when not, `prompt` is its id).
    pub known: bool,
    pub topic: String,
    pub topic_label: String,
    /// 0 for a main question, 1 for its follow-up, …
    pub depth: u8,
    /// "main question" or "follow-up", in the report's language.
    pub kind: String,
    /// The question this one followed up, and why, in plain words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follows: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub prompt: String,
    /// The answer as graded (evidence byte ranges point into it), or as typed when skipped.
    pub answer: String,
    /// After the cost of hints; 0 when skipped.
    pub score: u8,
    /// 0–5, of the score after hints (so score, grade and pass always agree); `None` when
    /// skipped.
    pub grade: Option<u8>,
    pub passed: bool,
    pub skipped: bool,
    /// Labels of the concepts whose hints were shown, in order.
    pub hints: Vec<String>,
    /// Points the hints cost.
    pub hint_points: u32,
    pub seconds: u32,
    pub over_time: bool,
    pub hit: Vec<Hit>,
    /// Concepts not evidenced. For a skipped question: every concept of its rubric, so the
    /// report still says what a good answer contains.
    pub missed: Vec<Miss>,
    pub misconceptions: Vec<Wrong>,
    /// What held the score down besides missed concepts and misconceptions, in plain words.
    pub caps: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_answer: Option<String>,
    /// The interviewer's notes; only in reports made with notes included.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A concept the answer evidenced.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: String,
    pub label: String,
    pub required: bool,
    pub weight: u32,
    /// Ticked by the interviewer in pair mode (there may be no words to show).
    pub heard: bool,
    pub evidence: Vec<Said>,
}

/// A concept the answer did not evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Miss {
    pub id: String,
    pub label: String,
    pub required: bool,
    pub weight: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
    /// Mentions said as "not so", which do not count.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub negated: Vec<Said>,
}

/// A misconception the answer stated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wrong {
    pub id: String,
    pub label: String,
    pub feedback: String,
    pub penalty: u32,
    pub evidence: Vec<Said>,
}

/// Words of the answer that matched a rubric term.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Said {
    /// As written in the answer.
    pub said: String,
    /// The rubric term it matched.
    pub term: String,
    /// How it matched, and the same in plain words.
    pub how: How,
    pub how_label: String,
    /// Byte range of `said` in [`Row::answer`].
    pub start: usize,
    pub end: usize,
}

/// The questions of one topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicScore {
    pub topic: String,
    pub label: String,
    pub count: usize,
    /// Mean score, one decimal; skipped questions count as 0.
    pub average: f64,
}

impl Report {
    /// The report of `session`, with texts from `library` in `lang`. Interviewer notes are
    /// left out unless `include_notes`: they are the interviewer's, and the report is
    /// usually for the candidate.
    pub fn new(session: &Session, library: &Library, lang: Lang, include_notes: bool) -> Report {
        let questions: Vec<Row> = session
            .turns
            .iter()
            .map(|turn| row(turn, library, lang, include_notes))
            .collect();
        let topics = topic_scores(&questions);
        let mut weakest: Vec<TopicScore> = topics
            .iter()
            .filter(|t| t.average < f64::from(PASS_SCORE))
            .cloned()
            .collect();
        // Stable: equal averages keep the order the topics came up in.
        weakest.sort_by(|a, b| a.average.total_cmp(&b.average));
        weakest.truncate(WEAKEST);
        Report {
            schema_version: REPORT_VERSION,
            lang,
            session: session.id.clone(),
            mode: session.mode,
            candidate: session.candidate.clone(),
            started_at: session.started_at,
            started: date::utc(session.started_at),
            ended_at: session.ended_at,
            ended: session.ended_at.map(date::utc),
            finished: session.is_finished(),
            quit_early: session.quit_early,
            summary: summary(session, &questions),
            questions,
            topics,
            weakest,
        }
    }
}

impl Report {
    /// `2024-05-01 07:00–07:03 UTC`, the end date repeated only when it differs.
    pub fn dates(&self) -> String {
        match &self.ended {
            Some(end) if end.get(..10) == self.started.get(..10) => {
                format!("{}–{} UTC", self.started, end.get(11..).unwrap_or(end))
            }
            Some(end) => format!("{} – {end} UTC", self.started),
            None => format!("{} UTC", self.started),
        }
    }

    /// Whether the session ended early or is not over; `None` for a normal end.
    pub fn status(&self) -> Option<Msg> {
        if self.quit_early {
            Some(Msg::QuitEarly)
        } else if !self.finished {
            Some(Msg::Unfinished)
        } else {
            None
        }
    }
}

fn summary(session: &Session, rows: &[Row]) -> Summary {
    Summary {
        planned: session.plan.len(),
        asked: rows.len(),
        answered: rows.iter().filter(|r| !r.skipped).count(),
        skipped: rows.iter().filter(|r| r.skipped).count(),
        passed: rows.iter().filter(|r| r.passed).count(),
        average: mean(rows.iter().map(|r| r.score)),
        seconds: rows.iter().map(|r| u64::from(r.seconds)).sum(),
        hints: rows.iter().map(|r| r.hints.len()).sum(),
        over_time: rows.iter().filter(|r| r.over_time).count(),
    }
}

/// The mean to one decimal, `None` for no scores: the session's one
/// [`average`](crate::interview::average), skips counting 0.
fn mean(scores: impl Iterator<Item = u8>) -> Option<f64> {
    crate::interview::average(scores)
}

fn topic_scores(rows: &[Row]) -> Vec<TopicScore> {
    let mut order: Vec<(&str, &str)> = Vec::new();
    for r in rows {
        if !order.iter().any(|(id, _)| *id == r.topic) {
            order.push((&r.topic, &r.topic_label));
        }
    }
    order
        .into_iter()
        .map(|(topic, label)| {
            let scores = || rows.iter().filter(|r| r.topic == topic).map(|r| r.score);
            TopicScore {
                topic: topic.to_string(),
                label: label.to_string(),
                count: scores().count(),
                average: mean(scores()).unwrap_or(0.0),
            }
        })
        .collect()
}

fn row(turn: &Turn, library: &Library, lang: Lang, notes: bool) -> Row {
    let question = library.question(&turn.question);
    let grade = turn.grade.as_ref().filter(|_| !turn.skipped);
    let words =
        |evidence: &[Evidence]| -> Vec<Said> { evidence.iter().map(|e| said(e, lang)).collect() };
    let (hit, missed, misconceptions, caps) = match grade {
        Some(g) => (
            g.concepts
                .iter()
                .filter(|c| c.hit)
                .map(|c| Hit {
                    id: c.id.clone(),
                    label: text(&c.label, lang, &c.id),
                    required: c.required,
                    weight: c.weight,
                    heard: c.heard,
                    evidence: words(&c.evidence),
                })
                .collect(),
            g.concepts
                .iter()
                .filter(|c| !c.hit)
                .map(|c| Miss {
                    id: c.id.clone(),
                    label: text(&c.label, lang, &c.id),
                    required: c.required,
                    weight: c.weight,
                    hint: c.hint.as_ref().map(|h| h.get(lang).to_string()),
                    feedback: c.feedback.as_ref().map(|f| f.get(lang).to_string()),
                    negated: words(&c.negated),
                })
                .collect(),
            g.misconceptions
                .iter()
                .map(|m| Wrong {
                    id: m.id.clone(),
                    label: misconception_label(m, turn, library, lang),
                    feedback: m.feedback.get(lang).to_string(),
                    penalty: m.penalty,
                    evidence: words(&m.evidence),
                })
                .collect(),
            g.caps
                .iter()
                // A penalty is the misconceptions' doing, and they are listed already.
                .filter(|c| !matches!(c, Cap::Penalty { .. }))
                .map(|c| c.describe(g, lang))
                .collect(),
        ),
        None => (
            Vec::new(),
            rubric_concepts(turn, library, lang),
            Vec::new(),
            Vec::new(),
        ),
    };
    let depth_kind = if turn.depth == 0 {
        Msg::MainQuestion
    } else {
        Msg::FollowUp
    };
    Row {
        position: position(turn),
        question: turn.question.clone(),
        known: question.is_some(),
        topic: turn.topic.clone(),
        topic_label: library
            .topic(&turn.topic)
            .map_or_else(|| turn.topic.clone(), |t| text(&t.label, lang, &t.id)),
        depth: turn.depth,
        kind: depth_kind.text(lang).to_string(),
        follows: turn.reason.as_ref().map(|r| r.from.clone()),
        // Worded as the interviewer said it when asking.
        reason: turn
            .reason
            .as_ref()
            .map(|r| describe_reason(r, library, lang)),
        prompt: question.map_or_else(|| turn.question.clone(), |q| q.prompt.get(lang).to_string()),
        answer: grade.map_or_else(|| turn.answer.clone(), |g| g.answer.clone()),
        score: turn.score,
        grade: turn.band(),
        passed: turn.passed(),
        skipped: turn.skipped,
        hints: turn
            .hints
            .iter()
            .map(|id| concept_label(id, turn, library, lang))
            .collect(),
        hint_points: u32::from(HINT_COST).saturating_mul(turn.hints.len() as u32),
        seconds: turn.seconds,
        over_time: turn.over_time,
        hit,
        missed,
        misconceptions,
        caps,
        model_answer: question
            .map(|q| q.model_answer.get(lang).trim_end().to_string())
            .filter(|m| !m.is_empty()),
        notes: if notes {
            turn.notes.clone()
        } else {
            Vec::new()
        },
    }
}

/// `2`, `2.1`, `2.2`: the main question's number, then the depth of the follow-up.
fn position(turn: &Turn) -> String {
    if turn.depth == 0 {
        (turn.main + 1).to_string()
    } else {
        format!("{}.{}", turn.main + 1, turn.depth)
    }
}

fn said(e: &Evidence, lang: Lang) -> Said {
    Said {
        said: e.said.clone(),
        term: e.term.clone(),
        how: e.how,
        how_label: match e.similarity {
            Some(s) => format!("{} {s:.2}", how_label(e.how, lang)),
            None => how_label(e.how, lang).to_string(),
        },
        start: e.start,
        end: e.end,
    }
}

/// The text in `lang`, or `fallback` when the bank left it blank.
fn text(l: &Localized, lang: Lang, fallback: &str) -> String {
    match l.get(lang) {
        "" => fallback.to_string(),
        t => t.to_string(),
    }
}

/// Every concept of the turn's rubric, as missed: what a skipped answer should have said.
fn rubric_concepts(turn: &Turn, library: &Library, lang: Lang) -> Vec<Miss> {
    let Some(rubric) = library
        .question(&turn.question)
        .and_then(|q| library.rubric(q.rubric_id()))
    else {
        return Vec::new();
    };
    rubric
        .concepts
        .iter()
        .map(|c| Miss {
            id: c.id.clone(),
            label: text(&c.label, lang, &c.id),
            required: c.required,
            weight: c.weight,
            hint: c.hint.as_ref().map(|h| h.get(lang).to_string()),
            feedback: c.feedback.as_ref().map(|f| f.get(lang).to_string()),
            negated: Vec::new(),
        })
        .collect()
}

/// A concept's label: from the turn's grade (what was graded), else from the rubric the
/// banks have now, else its id.
fn concept_label(id: &str, turn: &Turn, library: &Library, lang: Lang) -> String {
    if let Some(c) = turn
        .grade
        .as_ref()
        .and_then(|g| g.concepts.iter().find(|c| c.id == id))
    {
        return text(&c.label, lang, id);
    }
    library
        .question(&turn.question)
        .and_then(|q| library.rubric(q.rubric_id()))
        .and_then(|r| r.concepts.iter().find(|c| c.id == id))
        .map_or_else(|| id.to_string(), |c| text(&c.label, lang, id))
}

/// A misconception's label: from the turn's grade, else (a session graded before grades
/// carried one) from the rubric the banks have now, else its id.
fn misconception_label(
    m: &crate::grade::MisconceptionHit,
    turn: &Turn,
    library: &Library,
    lang: Lang,
) -> String {
    if let Some(label) = &m.label {
        return text(label, lang, &m.id);
    }
    library
        .question(&turn.question)
        .and_then(|q| library.rubric(q.rubric_id()))
        .and_then(|r| r.misconceptions.iter().find(|x| x.id == m.id))
        .map_or_else(|| m.id.clone(), |x| x.label_in(lang))
}

/// A cap in plain words, required concepts named by their labels.
/// `45초`, `2분 5초`; `45 s`, `2 min 5 s`.
pub fn duration(seconds: u64, lang: Lang) -> String {
    crate::i18n::duration(seconds, lang)
}

/// A message as a heading or a label: with a capital letter (`average score` → `Average
/// score`); Korean has no case and stays as it is.
pub fn heading(msg: Msg, lang: Lang) -> String {
    let text = msg.text(lang);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Evidence as a reader wants it listed: each different wording once, in order. (The
/// model keeps every occurrence: the HTML marks them all in the answer.)
pub fn distinct(evidence: &[Said]) -> Vec<&Said> {
    let mut seen: Vec<&Said> = Vec::new();
    for e in evidence {
        if !seen.iter().any(|s| s.said == e.said) {
            seen.push(e);
        }
    }
    seen
}

/// A score with one decimal, as the tables show it: `56.7`.
pub fn decimal(value: f64) -> String {
    format!("{value:.1}")
}

/// The fixture session of the report tests (shared with tests/cli/ through `include!`).
#[cfg(test)]
pub(crate) mod testing {
    use crate::bank::Library;
    use crate::grade::Grader;
    use crate::interview::{Event, Interview, Planned, Session, Settings};

    include!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/report/session.rs"
    ));

    /// The fixture session's report.
    pub fn report(lang: crate::bank::Lang, notes: bool) -> super::Report {
        let library = report_library();
        super::Report::new(&report_session(&library), &library, lang, notes)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{
        report, report_library, report_session, ENGLISH_ANSWER, KOREAN_ANSWER, STARTED_AT,
    };
    use super::*;
    use crate::grade::grade_of;
    use crate::interview::{Planned, Settings};

    #[test]
    fn rows_follow_the_session() {
        let r = report(Lang::Ko, false);
        let rows: Vec<(&str, &str, u8, bool, bool)> = r
            .questions
            .iter()
            .map(|q| {
                (
                    q.position.as_str(),
                    q.question.as_str(),
                    q.depth,
                    q.skipped,
                    q.passed,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("1", "tcp-handshake", 0, false, true),
                ("1.1", "tcp-random-isn", 1, true, false),
                ("2", "http-get-vs-post", 0, false, false),
            ]
        );
        assert_eq!(r.questions[0].answer, KOREAN_ANSWER);
        assert_eq!(r.questions[1].answer, "");
        assert_eq!(r.schema_version, REPORT_VERSION);
        assert_eq!(r.started, "2024-05-01 07:00");
        assert_eq!(r.ended.as_deref(), Some("2024-05-01 07:03"));
        assert!(r.finished && !r.quit_early);
    }

    #[test]
    fn summary_counts_skips_as_zero() {
        let r = report(Lang::Ko, false);
        let scores: Vec<u8> = r.questions.iter().map(|q| q.score).collect();
        let expected = f64::from(scores.iter().map(|&s| u32::from(s)).sum::<u32>()) / 3.0;
        assert_eq!(
            r.summary,
            Summary {
                planned: 2,
                asked: 3,
                answered: 2,
                skipped: 1,
                passed: 1,
                average: Some((expected * 10.0).round() / 10.0),
                seconds: 75 + 15 + 120,
                hints: 1,
                over_time: 1,
            }
        );
        assert_eq!(scores[1], 0, "skipped");
    }

    #[test]
    fn hints_cost_points_and_grade_follows_the_score() {
        let library = report_library();
        let session = report_session(&library);
        let turn = &session.turns[0];
        let graded = turn.grade.as_ref().unwrap().score;
        let r = Report::new(&session, &library, Lang::Ko, false);
        let row = &r.questions[0];
        assert_eq!(row.hints, ["클라이언트가 SYN으로 연결 요청"]);
        assert_eq!(row.hint_points, u32::from(HINT_COST));
        assert_eq!(row.score, graded - HINT_COST);
        assert_eq!(row.grade, Some(grade_of(row.score)));
    }

    #[test]
    fn follow_up_reason_in_plain_words() {
        let ko = report(Lang::Ko, false);
        let en = report(Lang::En, false);
        assert_eq!(ko.questions[1].follows.as_deref(), Some("tcp-handshake"));
        assert_eq!(
            ko.questions[1].reason.as_deref(),
            Some("앞 답변에서 '초기 순서 번호(ISN) 교환'을 다루지 않아서")
        );
        assert_eq!(
            en.questions[1].reason.as_deref(),
            Some("the previous answer did not cover 'both sides learn each other's ISN'")
        );
        assert_eq!(ko.questions[1].kind, "꼬리질문");
        assert_eq!(en.questions[0].kind, "main question");
        assert_eq!(ko.questions[0].reason, None);
    }

    #[test]
    fn texts_are_in_the_chosen_language() {
        let en = report(Lang::En, false);
        let q = &en.questions[0];
        assert_eq!(q.prompt, "Walk me through the TCP 3-way handshake.");
        assert_eq!(q.topic_label, "TCP and UDP");
        assert!(q
            .model_answer
            .as_deref()
            .unwrap()
            .starts_with("The client asks"));
        assert_eq!(q.missed[0].label, "both sides learn each other's ISN");
        assert_eq!(
            q.missed[0].hint.as_deref(),
            Some("What do the two sides agree on?")
        );
    }

    #[test]
    fn evidence_points_into_the_answer() {
        let r = report(Lang::Ko, false);
        let http = &r.questions[2];
        assert_eq!(http.answer, ENGLISH_ANSWER);
        let all = http
            .hit
            .iter()
            .flat_map(|h| &h.evidence)
            .chain(http.misconceptions.iter().flat_map(|m| &m.evidence));
        for e in all {
            assert_eq!(&http.answer[e.start..e.end], e.said);
        }
        assert_eq!(http.misconceptions[0].id, "post-encrypts");
        assert_eq!(
            http.misconceptions[0].feedback,
            "POST 본문도 평문입니다. 내용을 보호하는 것은 HTTPS(TLS)입니다."
        );
        assert!(http.over_time);
        assert_eq!(http.seconds, 120);
    }

    #[test]
    fn a_skipped_question_lists_what_a_good_answer_says() {
        let r = report(Lang::Ko, false);
        let skipped = &r.questions[1];
        assert_eq!(skipped.grade, None);
        assert!(skipped.hit.is_empty() && skipped.caps.is_empty());
        let missed: Vec<&str> = skipped.missed.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(missed, ["prediction", "old-segments"]);
        assert_eq!(
            skipped.missed[0].hint.as_deref(),
            Some("공격자가 번호를 안다면?")
        );
    }

    #[test]
    fn notes_only_when_asked_for() {
        assert!(report(Lang::Ko, false)
            .questions
            .iter()
            .all(|q| q.notes.is_empty()));
        let with = report(Lang::Ko, true);
        assert_eq!(
            with.questions[0].notes,
            ["SYN/ACK 순서는 정확함 — <b>자신감</b> & 말이 빠름"]
        );
    }

    #[test]
    fn topics_average_in_order_of_appearance() {
        let r = report(Lang::Ko, false);
        let topics: Vec<(&str, &str, usize)> = r
            .topics
            .iter()
            .map(|t| (t.topic.as_str(), t.label.as_str(), t.count))
            .collect();
        assert_eq!(topics, [("tcp", "TCP와 UDP", 2), ("http", "HTTP", 1)]);
        let tcp = f64::from(r.questions[0].score) / 2.0;
        assert_eq!(r.topics[0].average, (tcp * 10.0).round() / 10.0);
    }

    /// A session of bare turns: (question, topic, score).
    fn scored(turns: &[(&str, &str, u8)]) -> Session {
        let plan = turns
            .iter()
            .map(|(q, _, _)| Planned::question(*q))
            .collect();
        Session {
            turns: turns
                .iter()
                .enumerate()
                .map(|(i, (q, topic, score))| Turn {
                    question: q.to_string(),
                    topic: topic.to_string(),
                    main: i,
                    depth: 0,
                    reason: None,
                    answer: "…".into(),
                    skipped: false,
                    hints: vec!["gone".into()],
                    grade: None,
                    score: *score,
                    seconds: 10,
                    over_time: false,
                    asked_at: STARTED_AT,
                    answered_at: STARTED_AT + 10,
                    notes: Vec::new(),
                })
                .collect(),
            quit_early: true,
            ..Session::new("s", STARTED_AT, Settings::default(), plan)
        }
    }

    #[test]
    fn weakest_topics_lowest_first_below_the_pass_mark_at_most_three() {
        let session = scored(&[
            ("a", "strong", 90),
            ("b", "mid", 50),
            ("c", "weak", 10),
            ("d", "weak", 20),
            ("e", "tied", 50),
            ("f", "worse", 5),
            ("g", "pass-mark", PASS_SCORE),
        ]);
        let r = Report::new(&session, &Library::default(), Lang::En, false);
        let weakest: Vec<(&str, f64)> = r
            .weakest
            .iter()
            .map(|t| (t.topic.as_str(), t.average))
            .collect();
        // `mid` and `tied` both average 50: the one that came up first is named.
        assert_eq!(weakest, [("worse", 5.0), ("weak", 15.0), ("mid", 50.0)]);
        assert_eq!(r.topics.len(), 6);
    }

    #[test]
    fn questions_the_banks_no_longer_have_show_their_ids() {
        let session = scored(&[("deleted-question", "gone-topic", 40)]);
        let r = Report::new(&session, &Library::default(), Lang::Ko, true);
        let q = &r.questions[0];
        assert!(!q.known);
        assert_eq!(q.prompt, "deleted-question");
        assert_eq!(q.topic_label, "gone-topic");
        assert_eq!(
            q.hints,
            ["gone"],
            "a hint's concept id stands in for its label"
        );
        assert_eq!(q.model_answer, None);
        assert!(r.quit_early && !r.finished);
        assert_eq!(r.ended, None);
    }

    #[test]
    fn the_fixture_session_against_an_empty_library() {
        let library = report_library();
        let session = report_session(&library);
        let r = Report::new(&session, &Library::default(), Lang::En, false);
        assert_eq!(r.questions.len(), 3);
        assert!(r.questions.iter().all(|q| !q.known));
        // What the grade recorded is still shown: labels come from the session.
        assert_eq!(
            r.questions[0].hit[0].label,
            "the client asks to connect with SYN"
        );
        assert_eq!(
            r.questions[1].reason.as_deref(),
            Some("the previous answer did not cover 'isn'")
        );
        assert!(r.questions[1].missed.is_empty(), "no rubric to list");
    }

    #[test]
    fn an_empty_session_has_no_average() {
        let r = Report::new(&scored(&[]), &Library::default(), Lang::Ko, false);
        assert_eq!(r.summary.average, None);
        assert!(r.topics.is_empty() && r.weakest.is_empty());
    }

    #[test]
    fn durations() {
        let cases = [
            (0, Lang::Ko, "0초"),
            (45, Lang::Ko, "45초"),
            (60, Lang::Ko, "1분"),
            (125, Lang::Ko, "2분 5초"),
            (45, Lang::En, "45 s"),
            (125, Lang::En, "2 min 5 s"),
        ];
        for (seconds, lang, expected) in cases {
            assert_eq!(duration(seconds, lang), expected);
        }
    }

    #[test]
    fn headings_start_with_a_capital() {
        assert_eq!(heading(Msg::AverageScore, Lang::En), "Average score");
        assert_eq!(heading(Msg::AverageScore, Lang::Ko), "평균 점수");
    }

    #[test]
    fn evidence_listed_once_per_wording() {
        let r = report(Lang::Ko, false);
        let words = |q: usize, c: usize| -> Vec<&str> {
            distinct(&r.questions[q].hit[c].evidence)
                .iter()
                .map(|e| e.said.as_str())
                .collect()
        };
        assert_eq!(words(0, 1), ["SYN+ACK로"]);
        assert_eq!(words(2, 1), ["body"]);
        assert_eq!(
            r.questions[2].hit[1].evidence.len(),
            2,
            "both kept in the model"
        );
    }

    #[test]
    fn means_round_to_one_decimal() {
        assert_eq!(mean([1u8, 2, 2].into_iter()), Some(1.7));
        assert_eq!(mean([100u8].into_iter()), Some(100.0));
        assert_eq!(mean(std::iter::empty()), None);
        assert_eq!(decimal(36.0), "36.0");
    }
}
