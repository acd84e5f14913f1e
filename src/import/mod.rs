//! `kkori import`: draft a question bank and rubrics from a Markdown note.
//!
//! Pure: a note's text and file name in, YAML text out. Every heading becomes a question
//! (`draft: true`, so the interviewer skips it until a person has reviewed it), nested
//! headings become follow-ups of their parent, and each question gets a rubric whose
//! concepts are what the note marks as important. The drafts always pass `kkori check`;
//! whether they are *good* questions is for the author to decide, so the section's own text
//! is kept as the `model_answer` to rewrite.
//!
//! Re-importing never overwrites a person's edits: [`merge`] keeps every question and
//! rubric already in the output files and adds only new ones.

mod concepts;
mod markdown;
mod merge;

use serde::Serialize;

use crate::bank::{Lang, Localized};
use crate::text::particle::with_particle;
use concepts::{is_question, Concepts};

pub use markdown::{sections, Section};
pub use merge::{merge, MergeError, Merged};

/// How to draft.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The topic id of every question; by default from the note's file name.
    pub topic: Option<String>,
    /// The language generated prompts are written in.
    pub lang: Lang,
}

/// A drafted bank and its rubrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The note's file name, as `source.note` names it.
    pub note: String,
    pub topic: String,
    pub topic_label: String,
    pub questions: Vec<DraftQuestion>,
    /// Headings that did not become questions (the note's title, a table of contents).
    pub skipped: Vec<String>,
    lang: Lang,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftQuestion {
    pub id: String,
    /// The heading verbatim, without the `#`s.
    pub heading: String,
    pub prompt: String,
    pub model_answer: String,
    /// Ids of the questions drafted from sub-headings.
    pub follow_ups: Vec<String>,
    /// Concepts as lists of terms.
    pub concepts: Vec<Vec<String>>,
}

/// Model answers are cut to about this many characters: they are a reference, not an answer.
const ANSWER_CHARS: usize = 600;

/// Headings that organise a note rather than say something.
const HOUSEKEEPING: &[&str] = &[
    "목차",
    "차례",
    "contents",
    "table of contents",
    "toc",
    "참고",
    "참고 자료",
    "참고자료",
    "references",
];

/// Draft a bank from the note `text`, read from the file `note` (a name, not a path).
pub fn draft(note: &str, text: &str, options: &Options) -> Draft {
    let note = note.rsplit(['/', '\\']).next().unwrap_or(note).to_string();
    let stem = note.split('.').next().unwrap_or(&note).to_string();
    let topic = options.topic.clone().unwrap_or_else(|| topic_id_of(&stem));
    let sections = markdown::sections(&crate::text::nfc(text));
    // A lone `#` heading at the top is the note's title, not a question.
    let title = sections.len() > 1
        && sections[0].level == 1
        && sections.iter().filter(|s| s.level == 1).count() == 1;
    let mut draft = Draft {
        note,
        topic: topic.clone(),
        topic_label: if title {
            clean_heading(&sections[0].heading)
        } else {
            stem
        },
        questions: Vec::new(),
        skipped: Vec::new(),
        lang: options.lang,
    };
    let mut stack: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, section) in sections.iter().enumerate() {
        while stack
            .last()
            .is_some_and(|(level, _)| *level >= section.level)
        {
            stack.pop();
        }
        let cleaned = clean_heading(&section.heading);
        let skip = (i == 0 && title)
            || cleaned.is_empty()
            || HOUSEKEEPING.contains(&cleaned.to_lowercase().as_str());
        if skip {
            draft.skipped.push(section.heading.clone());
            stack.push((section.level, None));
            continue;
        }
        let parent = stack.iter().rev().find_map(|(_, q)| *q);
        let number = draft.questions.len() + 1;
        let mut question = draft_question(section, &cleaned, &topic, number, options.lang);
        question.id = unique(&question.id, |id| {
            draft.questions.iter().any(|q| q.id == id)
        });
        let index = draft.questions.len();
        draft.questions.push(question);
        if let Some(parent) = parent {
            let child = draft.questions[index].id.clone();
            draft.questions[parent].follow_ups.push(child);
        }
        stack.push((section.level, Some(index)));
    }
    draft
}

/// `id`, or `id-2`, `id-3` … when `taken`.
pub(crate) fn unique(id: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut out = id.to_string();
    let mut n = 2;
    while taken(&out) {
        out = format!("{id}-{n}");
        n += 1;
    }
    out
}

impl Draft {
    /// The bank file: the topic and the questions.
    pub fn bank_yaml(&self) -> String {
        format!(
            "{}{}",
            self.header("bank"),
            to_yaml(&BankOut {
                topics: vec![self.topic_out()],
                questions: self.questions_out(),
            })
        )
    }

    /// The rubrics file: one rubric per question.
    pub fn rubrics_yaml(&self) -> String {
        format!(
            "{}{}",
            self.header("rubrics"),
            to_yaml(&RubricsOut {
                rubrics: self.rubrics_out(),
            })
        )
    }

    fn header(&self, what: &str) -> String {
        let review = if what == "bank" {
            "review every question, then remove its `draft: true`"
        } else {
            "the concepts are guesses from the note; review them and add examples"
        };
        format!(
            "# Drafted by `kkori import` from {}: {review}.\n",
            self.note
        )
    }

    fn topic_out(&self) -> TopicOut {
        TopicOut {
            id: self.topic.clone(),
            label: self.topic_label.clone(),
        }
    }

    fn questions_out(&self) -> Vec<QuestionOut> {
        self.questions
            .iter()
            .map(|q| QuestionOut {
                id: q.id.clone(),
                topic: self.topic.clone(),
                difficulty: "medium",
                draft: true,
                prompt: Text::new(&q.prompt, self.lang),
                model_answer: q.model_answer.clone(),
                source: vec![SourceOut {
                    note: self.note.clone(),
                    heading: q.heading.clone(),
                }],
                follow_ups: q
                    .follow_ups
                    .iter()
                    .map(|ask| FollowUpOut {
                        when: "always",
                        ask: ask.clone(),
                    })
                    .collect(),
            })
            .collect()
    }

    fn rubrics_out(&self) -> Vec<RubricOut> {
        self.questions
            .iter()
            .map(|q| {
                let mut ids: Vec<String> = Vec::new();
                let concepts = q
                    .concepts
                    .iter()
                    .enumerate()
                    .map(|(n, terms)| {
                        let base = terms
                            .iter()
                            .map(|t| slug(t))
                            .find(|s| s.chars().any(|c| c.is_ascii_alphabetic()))
                            .unwrap_or_else(|| format!("c{}", n + 1));
                        let id = unique(&base, |id| ids.iter().any(|i| i == id));
                        ids.push(id.clone());
                        ConceptOut {
                            id,
                            label: label_of(terms),
                            terms: terms.clone(),
                        }
                    })
                    .collect();
                RubricOut {
                    id: q.id.clone(),
                    concepts,
                }
            })
            .collect()
    }

    /// Only the questions (and their rubrics) whose ids are in `keep`, for merging.
    pub(crate) fn items(&self, ids: &[String]) -> (Vec<QuestionOut>, Vec<RubricOut>) {
        let questions = self
            .questions_out()
            .into_iter()
            .filter(|q| ids.contains(&q.id))
            .collect();
        let rubrics = self
            .rubrics_out()
            .into_iter()
            .filter(|r| ids.contains(&r.id))
            .collect();
        (questions, rubrics)
    }
}

fn draft_question(
    section: &Section,
    cleaned: &str,
    topic: &str,
    number: usize,
    lang: Lang,
) -> DraftQuestion {
    let core = core_of(cleaned);
    let sides = vs_sides(&core);
    let prompt = if is_question(cleaned) {
        cleaned.to_string()
    } else if sides.len() >= 2 {
        difference(&sides, lang)
    } else {
        explain(&core, lang)
    };
    let mut concepts = Concepts::default();
    concepts::from_heading(&core, &sides, &mut concepts);
    concepts::from_body(&section.body, &mut concepts);
    let id = {
        let s = slug(&core);
        if s.chars().any(|c| c.is_ascii_alphabetic()) {
            s
        } else {
            format!("{topic}-q{number}")
        }
    };
    DraftQuestion {
        id,
        heading: section.heading.clone(),
        prompt,
        model_answer: model_answer(&section.body, lang),
        follow_ups: Vec::new(),
        concepts: concepts.list,
    }
}

/// The heading as a reader sees it: no `:emoji:` codes, emphasis marks, emoji or trailing dot.
fn clean_heading(heading: &str) -> String {
    let mut text = String::new();
    let mut rest = heading;
    while let Some(start) = rest.find(':') {
        let after = &rest[start + 1..];
        match after.find(':') {
            Some(end)
                if end > 0
                    && after[..end]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || matches!(c, '_' | '+' | '-')) =>
            {
                text.push_str(&rest[..start]);
                rest = &after[end + 1..];
            }
            _ => {
                text.push_str(&rest[..=start]);
                rest = after;
            }
        }
    }
    text.push_str(rest);
    let text: String = text
        .replace("**", "")
        .replace("__", "")
        .replace('`', "")
        .chars()
        .filter(|&c| {
            !(('\u{1F000}'..='\u{1FAFF}').contains(&c)
                || ('\u{2600}'..='\u{27BF}').contains(&c)
                || c == '\u{FE0F}')
        })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a heading is about, without "설명하기" / "정리" around it.
fn core_of(cleaned: &str) -> String {
    let mut core = cleaned.trim_end_matches('.').trim().to_string();
    for suffix in ["에 대해서", "에 대해", "설명하기", "설명", "정리", "공부"] {
        if let Some(rest) = core.strip_suffix(suffix) {
            if !rest.trim().is_empty() {
                core = rest.trim().to_string();
                break;
            }
        }
    }
    core
}

/// "A vs B vs C" → [A, B, C]; what comes before a `:` or `,` is context, not a side.
fn vs_sides(core: &str) -> Vec<String> {
    let words: Vec<&str> = core.split_whitespace().collect();
    let mut sides: Vec<Vec<&str>> = vec![Vec::new()];
    for word in words {
        if matches!(word.to_lowercase().as_str(), "vs" | "vs." | "versus") {
            sides.push(Vec::new());
        } else if let Some(last) = sides.last_mut() {
            last.push(word);
        }
    }
    if sides.len() < 2 || sides.iter().any(|s| s.is_empty()) {
        return Vec::new();
    }
    let mut out: Vec<String> = sides.iter().map(|s| s.join(" ")).collect();
    if let Some(first) = out.first_mut() {
        if let Some(cut) = first.rfind([':', ',']) {
            *first = first[cut + 1..].trim().to_string();
        }
    }
    if out.iter().any(|s| s.is_empty()) {
        return Vec::new();
    }
    out
}

fn difference(sides: &[String], lang: Lang) -> String {
    let (init, last) = sides.split_at(sides.len() - 1);
    match lang {
        Lang::Ko => {
            let head = init.join(", ");
            format!(
                "{} {}의 차이를 설명해 주세요.",
                with_particle(&head, "과", "와"),
                last[0]
            )
        }
        Lang::En => format!(
            "What is the difference between {} and {}?",
            init.join(", "),
            last[0]
        ),
    }
}

fn explain(term: &str, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{term}에 대해 설명해 주세요."),
        Lang::En => format!("Explain {term}."),
    }
}

/// The section's text, trimmed and cut to about [`ANSWER_CHARS`] at a line end.
fn model_answer(body: &str, lang: Lang) -> String {
    let mut lines: Vec<&str> = Vec::new();
    let mut blank = false;
    for line in body.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank = !lines.is_empty();
            continue;
        }
        if blank {
            lines.push("");
            blank = false;
        }
        lines.push(line);
    }
    if lines.is_empty() {
        return match lang {
            Lang::Ko => "(노트에 이 제목 아래 내용이 없습니다. 모범 답안을 직접 써 주세요.)".into(),
            Lang::En => {
                "(The note has nothing under this heading; write the model answer yourself.)".into()
            }
        };
    }
    let mut out = String::new();
    let mut chars = 0;
    for line in lines {
        let n = line.chars().count();
        if chars + n > ANSWER_CHARS {
            if chars == 0 {
                out.extend(line.chars().take(ANSWER_CHARS));
            }
            out = out.trim_end().to_string();
            out.push_str(" …");
            return out;
        }
        out.push_str(line);
        out.push('\n');
        chars += n + 1;
    }
    out.trim_end().to_string()
}

/// Lowercase ASCII words joined by `-`, at most five of them: `TCP vs UDP` → `tcp-vs-udp`.
pub fn slug(text: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    // `vs` alone says nothing: `동기 vs 비동기` has no ASCII slug.
    if words.iter().all(|w| w == "vs") {
        words.clear();
    }
    words.truncate(5);
    words.join("-")
}

/// A topic id from a file stem: `002_4144eaa942b78dd8` → `002-4144eaa942b78dd8`.
fn topic_id_of(stem: &str) -> String {
    let s = slug(stem);
    if s.is_empty() {
        "notes".to_string()
    } else {
        s
    }
}

/// `무상태 (stateless)` for a pair, else the first term.
fn label_of(terms: &[String]) -> String {
    match terms {
        [first, second, ..] => format!("{first} ({second})"),
        [first] => first.clone(),
        [] => String::new(),
    }
}

fn to_yaml<T: Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).expect("plain data serialises")
}

// What the drafts are written as: the model's shape, without defaults and empty lists.

#[derive(Serialize)]
struct BankOut {
    topics: Vec<TopicOut>,
    questions: Vec<QuestionOut>,
}

#[derive(Serialize)]
struct RubricsOut {
    rubrics: Vec<RubricOut>,
}

#[derive(Serialize)]
pub(crate) struct TopicOut {
    pub(crate) id: String,
    label: String,
}

#[derive(Serialize)]
pub(crate) struct QuestionOut {
    pub(crate) id: String,
    topic: String,
    difficulty: &'static str,
    draft: bool,
    prompt: Text,
    model_answer: String,
    pub(crate) source: Vec<SourceOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    follow_ups: Vec<FollowUpOut>,
}

#[derive(Serialize)]
pub(crate) struct SourceOut {
    pub(crate) note: String,
    pub(crate) heading: String,
}

#[derive(Serialize)]
struct FollowUpOut {
    when: &'static str,
    ask: String,
}

#[derive(Serialize)]
pub(crate) struct RubricOut {
    pub(crate) id: String,
    concepts: Vec<ConceptOut>,
}

#[derive(Serialize)]
struct ConceptOut {
    id: String,
    label: String,
    terms: Vec<String>,
}

/// A plain string when kkori would place it in the right language, else `{en: …}`.
#[derive(Serialize)]
#[serde(untagged)]
enum Text {
    Plain(String),
    One {
        #[serde(skip_serializing_if = "Option::is_none")]
        ko: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        en: Option<String>,
    },
}

impl Text {
    fn new(text: &str, lang: Lang) -> Text {
        if Localized::plain(text).has(lang) {
            return Text::Plain(text.to_string());
        }
        let text = Some(text.to_string());
        match lang {
            Lang::Ko => Text::One { ko: text, en: None },
            Lang::En => Text::One { ko: None, en: text },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prompt(heading: &str, lang: Lang) -> String {
        let note = format!("## {heading}\n본문\n");
        let options = Options { topic: None, lang };
        draft("n.md", &note, &options).questions[0].prompt.clone()
    }

    #[test]
    fn prompts_from_headings() {
        let cases = [
            ("TCP vs UDP", Lang::Ko, "TCP와 UDP의 차이를 설명해 주세요."),
            (
                "쿠키 vs 세션",
                Lang::Ko,
                "쿠키와 세션의 차이를 설명해 주세요.",
            ),
            (
                "세션 vs 쿠키",
                Lang::Ko,
                "세션과 쿠키의 차이를 설명해 주세요.",
            ),
            (
                "Post vs Put vs Patch",
                Lang::Ko,
                "Post, Put와 Patch의 차이를 설명해 주세요.",
            ),
            (
                "TCP vs UDP",
                Lang::En,
                "What is the difference between TCP and UDP?",
            ),
            (
                "로그인 구현 : 세션 클러스터링 vs Sticky Session",
                Lang::Ko,
                "세션 클러스터링과 Sticky Session의 차이를 설명해 주세요.",
            ),
            ("HTTP 캐시", Lang::Ko, "HTTP 캐시에 대해 설명해 주세요."),
            ("HTTP 캐시", Lang::En, "Explain HTTP 캐시."),
            (
                "OSI 7계층 설명하기",
                Lang::Ko,
                "OSI 7계층에 대해 설명해 주세요.",
            ),
            ("webRTC란 무엇인가요", Lang::Ko, "webRTC란 무엇인가요"),
            (
                "동작방식에 대해서",
                Lang::Ko,
                "동작방식에 대해 설명해 주세요.",
            ),
            (":question:JSESSIONID란?", Lang::Ko, "JSESSIONID란?"),
            (
                "**Apache와 Nginx의 차이**",
                Lang::Ko,
                "Apache와 Nginx의 차이에 대해 설명해 주세요.",
            ),
        ];
        for (heading, lang, expected) in cases {
            assert_eq!(prompt(heading, lang), expected, "{heading}");
        }
    }

    #[test]
    fn structure() {
        let note = "# 제목\n서문\n## 목차\n- a\n## stateless(무상태)\n- 보존하지 않음\n### 언제 쓰나요?\n## 스케일업\n";
        let d = draft("dir/002_x.txt", note, &Options::default());
        assert_eq!(d.note, "002_x.txt");
        assert_eq!(d.topic, "002-x");
        assert_eq!(d.topic_label, "제목");
        assert_eq!(d.skipped, ["제목", "목차"]);
        let ids: Vec<&str> = d.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["stateless", "002-x-q2", "002-x-q3"]);
        assert_eq!(d.questions[0].follow_ups, ["002-x-q2"]);
        assert_eq!(
            d.questions[0].concepts[0],
            ["stateless".to_string(), "무상태".to_string()]
        );
        assert!(d.questions[2].model_answer.contains("내용이 없습니다"));
    }

    #[test]
    fn same_heading_twice_gets_unique_ids() {
        let note = "## HTTP\na\n### HTTP\nb\n## HTTP\nc\n";
        let d = draft("n.md", note, &Options::default());
        let ids: Vec<&str> = d.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["http", "http-2", "http-3"]);
        assert_eq!(d.questions[0].follow_ups, ["http-2"]);
    }
}
