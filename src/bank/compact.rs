//! A loaded [`Library`] as compact bytes (postcard), read back without parsing YAML.
//!
//! Why: parsing and validating YAML is nearly all of kkori's start-up. The bundled banks are
//! loaded and validated once, by `build.rs` (which includes this module), and the binary
//! carries the result; a user's banks are cached in this form after their first clean load.
//!
//! postcard is not self-describing, so it cannot read the model's YAML-friendly serde
//! attributes (`Localized` and `Condition` are read with `deserialize_any`, and empty maps
//! are skipped when written). The plain mirror types below carry the same data with none of
//! that; [`Compact`] is their root. What is not kept: the source text of each file, so a
//! library read back can name a question's bank but not point at a line (`kkori check`
//! always reads the YAML).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::load::{Library, Origin, SourceFile};
use super::localized::Localized;
use super::model::{
    Concept, Condition, Difficulty, Example, Expects, FollowUp, Misconception, Question, Rubric,
    Source, Together, Topic,
};

/// Written first; a reader refuses any other. Bump it whenever a mirror type changes.
pub const FORMAT: u32 = 1;

/// Why compact bytes could not be read back (a stale or damaged cache).
#[derive(Debug)]
pub struct Unreadable(String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unreadable {}

/// The library as written: file names, the four sections, and where each item came from.
/// Each rubric is encoded on its own, after its id, so that a reader that needs a few
/// rubrics (`kkori grade`) decodes only those: rubrics are four fifths of the bytes.
#[derive(Serialize, Deserialize)]
struct Compact<'a> {
    format: u32,
    files: Vec<String>,
    topics: Vec<TopicC>,
    questions: Vec<QuestionC>,
    #[serde(borrow)]
    rubrics: Vec<(String, &'a [u8])>,
    glossary: Vec<Vec<String>>,
    /// (file, index) of every topic, question, rubric and glossary set, in that order.
    origins: [Vec<(u32, u32)>; 4],
}

/// Encode a library. Its source texts are dropped (see the module docs).
pub fn encode(library: &Library) -> Vec<u8> {
    let origins = |o: &[Origin]| o.iter().map(|o| (o.file as u32, o.index as u32)).collect();
    let rubrics: Vec<(String, Vec<u8>)> = library
        .rubrics
        .iter()
        .map(|r| (r.id.clone(), to_bytes(&RubricC::from(r.clone()))))
        .collect();
    let compact = Compact {
        format: FORMAT,
        files: library.files.iter().map(|f| f.name.clone()).collect(),
        topics: library.topics.iter().cloned().map(TopicC::from).collect(),
        questions: library
            .questions
            .iter()
            .cloned()
            .map(QuestionC::from)
            .collect(),
        rubrics: rubrics
            .iter()
            .map(|(id, bytes)| (id.clone(), bytes.as_slice()))
            .collect(),
        glossary: library.glossary.clone(),
        origins: [
            origins(&library.topic_origins),
            origins(&library.question_origins),
            origins(&library.rubric_origins),
            origins(&library.glossary_origins),
        ],
    };
    to_bytes(&compact)
}

fn to_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    postcard::to_stdvec(value).expect("a library encodes into memory")
}

/// Decode bytes written by [`encode`] (by this same build of kkori).
pub fn decode(bytes: &[u8]) -> Result<Library, Unreadable> {
    decode_some(bytes, None)
}

/// [`decode`], keeping only the rubrics of the questions named in `only` (when given); the
/// others are not even decoded. Every topic, question and glossary set is kept.
pub fn decode_some(bytes: &[u8], only: Option<&[&str]>) -> Result<Library, Unreadable> {
    let compact: Compact =
        postcard::from_bytes(bytes).map_err(|e| Unreadable(format!("unreadable: {e}")))?;
    if compact.format != FORMAT {
        return Err(Unreadable(format!(
            "format {} where {FORMAT} was expected",
            compact.format
        )));
    }
    let [topic_o, question_o, rubric_o, glossary_o] = compact.origins;
    let counts = [
        (topic_o.len(), compact.topics.len()),
        (question_o.len(), compact.questions.len()),
        (rubric_o.len(), compact.rubrics.len()),
        (glossary_o.len(), compact.glossary.len()),
    ];
    let files = compact.files.len();
    let in_range = [&topic_o, &question_o, &rubric_o, &glossary_o]
        .iter()
        .all(|o| o.iter().all(|&(file, _)| (file as usize) < files));
    if counts.iter().any(|(a, b)| a != b) || !in_range {
        return Err(Unreadable("origins do not match the items".into()));
    }
    let origins = |o: Vec<(u32, u32)>| -> Vec<Origin> {
        o.into_iter()
            .map(|(file, index)| Origin {
                file: file as usize,
                index: index as usize,
            })
            .collect()
    };
    let questions: Vec<Question> = compact.questions.into_iter().map(Question::from).collect();
    let wanted: Option<std::collections::HashSet<&str>> = only.map(|ids| {
        let ids: std::collections::HashSet<&str> = ids.iter().copied().collect();
        questions
            .iter()
            .filter(|q| ids.contains(q.id.as_str()))
            .map(|q| q.rubric_id())
            .collect()
    });
    let mut rubrics = Vec::new();
    let mut rubric_origins = Vec::new();
    for ((id, bytes), origin) in compact.rubrics.into_iter().zip(origins(rubric_o)) {
        if wanted.as_ref().is_some_and(|w| !w.contains(id.as_str())) {
            continue;
        }
        let rubric: RubricC = postcard::from_bytes(bytes)
            .map_err(|e| Unreadable(format!("rubric `{id}` unreadable: {e}")))?;
        rubrics.push(Rubric::from(rubric));
        rubric_origins.push(origin);
    }
    Ok(Library::from_parts(
        compact
            .files
            .into_iter()
            .map(SourceFile::without_text)
            .collect(),
        compact.topics.into_iter().map(Topic::from).collect(),
        questions,
        rubrics,
        compact.glossary,
        [
            origins(topic_o),
            origins(question_o),
            rubric_origins,
            origins(glossary_o),
        ],
    ))
}

#[derive(Serialize, Deserialize)]
struct LocalizedC(Option<String>, Option<String>);

impl From<Localized> for LocalizedC {
    fn from(l: Localized) -> Self {
        LocalizedC(l.ko, l.en)
    }
}

impl From<LocalizedC> for Localized {
    fn from(LocalizedC(ko, en): LocalizedC) -> Self {
        Localized { ko, en }
    }
}

#[derive(Serialize, Deserialize)]
struct TopicC {
    id: String,
    label: LocalizedC,
}

impl From<Topic> for TopicC {
    fn from(t: Topic) -> Self {
        TopicC {
            id: t.id,
            label: t.label.into(),
        }
    }
}

impl From<TopicC> for Topic {
    fn from(t: TopicC) -> Self {
        Topic {
            id: t.id,
            label: t.label.into(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct QuestionC {
    id: String,
    topic: String,
    difficulty: Difficulty,
    prompt: LocalizedC,
    model_answer: LocalizedC,
    source: Vec<Source>,
    rubric: Option<String>,
    follow_ups: Vec<(ConditionC, String)>,
    follow_up_only: bool,
    time: Option<u32>,
    draft: bool,
}

impl From<Question> for QuestionC {
    fn from(q: Question) -> Self {
        QuestionC {
            id: q.id,
            topic: q.topic,
            difficulty: q.difficulty,
            prompt: q.prompt.into(),
            model_answer: q.model_answer.into(),
            source: q.source,
            rubric: q.rubric,
            follow_ups: q
                .follow_ups
                .into_iter()
                .map(|f| (f.when.into(), f.ask))
                .collect(),
            follow_up_only: q.follow_up_only,
            time: q.time,
            draft: q.draft,
        }
    }
}

impl From<QuestionC> for Question {
    fn from(q: QuestionC) -> Self {
        Question {
            id: q.id,
            topic: q.topic,
            difficulty: q.difficulty,
            prompt: q.prompt.into(),
            model_answer: q.model_answer.into(),
            source: q.source,
            rubric: q.rubric,
            follow_ups: q
                .follow_ups
                .into_iter()
                .map(|(when, ask)| FollowUp {
                    when: when.into(),
                    ask,
                })
                .collect(),
            follow_up_only: q.follow_up_only,
            time: q.time,
            draft: q.draft,
        }
    }
}

#[derive(Serialize, Deserialize)]
enum ConditionC {
    Missed(String),
    Mentioned(String),
    Misconception(String),
    ScoreBelow(u8),
    ScoreAtLeast(u8),
    Always,
}

impl From<Condition> for ConditionC {
    fn from(c: Condition) -> Self {
        match c {
            Condition::Missed(s) => ConditionC::Missed(s),
            Condition::Mentioned(s) => ConditionC::Mentioned(s),
            Condition::Misconception(s) => ConditionC::Misconception(s),
            Condition::ScoreBelow(n) => ConditionC::ScoreBelow(n),
            Condition::ScoreAtLeast(n) => ConditionC::ScoreAtLeast(n),
            Condition::Always => ConditionC::Always,
        }
    }
}

impl From<ConditionC> for Condition {
    fn from(c: ConditionC) -> Self {
        match c {
            ConditionC::Missed(s) => Condition::Missed(s),
            ConditionC::Mentioned(s) => Condition::Mentioned(s),
            ConditionC::Misconception(s) => Condition::Misconception(s),
            ConditionC::ScoreBelow(n) => Condition::ScoreBelow(n),
            ConditionC::ScoreAtLeast(n) => Condition::ScoreAtLeast(n),
            ConditionC::Always => Condition::Always,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct RubricC {
    id: String,
    expects: Expects,
    sides: BTreeMap<String, Vec<String>>,
    concepts: Vec<ConceptC>,
    misconceptions: Vec<MisconceptionC>,
    examples: Vec<ExampleC>,
}

impl From<Rubric> for RubricC {
    fn from(r: Rubric) -> Self {
        RubricC {
            id: r.id,
            expects: r.expects,
            sides: r.sides,
            concepts: r.concepts.into_iter().map(ConceptC::from).collect(),
            misconceptions: r
                .misconceptions
                .into_iter()
                .map(MisconceptionC::from)
                .collect(),
            examples: r
                .examples
                .into_iter()
                .map(|e| ExampleC(e.answer, e.grade, e.note))
                .collect(),
        }
    }
}

impl From<RubricC> for Rubric {
    fn from(r: RubricC) -> Self {
        Rubric {
            id: r.id,
            expects: r.expects,
            sides: r.sides,
            concepts: r.concepts.into_iter().map(Concept::from).collect(),
            misconceptions: r
                .misconceptions
                .into_iter()
                .map(Misconception::from)
                .collect(),
            examples: r
                .examples
                .into_iter()
                .map(|ExampleC(answer, grade, note)| Example {
                    answer,
                    grade,
                    note,
                })
                .collect(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct ExampleC(String, u8, Option<String>);

/// `within` of a [`Together`]; the groups as they are.
#[derive(Serialize, Deserialize)]
struct TogetherC(Vec<Vec<String>>, Vec<Vec<String>>, Option<u32>);

fn together_c(t: Vec<Together>) -> Vec<TogetherC> {
    t.into_iter()
        .map(|t| TogetherC(t.all, t.denied, t.within))
        .collect()
}

fn together(t: Vec<TogetherC>) -> Vec<Together> {
    t.into_iter()
        .map(|TogetherC(all, denied, within)| Together {
            all,
            denied,
            within,
        })
        .collect()
}

#[derive(Serialize, Deserialize)]
struct ConceptC {
    id: String,
    label: LocalizedC,
    weight: u32,
    required: bool,
    terms: Vec<String>,
    together: Vec<TogetherC>,
    of: Option<String>,
    claims: BTreeMap<String, Vec<String>>,
    hint: Option<LocalizedC>,
    feedback: Option<LocalizedC>,
}

impl From<Concept> for ConceptC {
    fn from(c: Concept) -> Self {
        ConceptC {
            id: c.id,
            label: c.label.into(),
            weight: c.weight,
            required: c.required,
            terms: c.terms,
            together: together_c(c.together),
            of: c.of,
            claims: c.claims,
            hint: c.hint.map(Into::into),
            feedback: c.feedback.map(Into::into),
        }
    }
}

impl From<ConceptC> for Concept {
    fn from(c: ConceptC) -> Self {
        Concept {
            id: c.id,
            label: c.label.into(),
            weight: c.weight,
            required: c.required,
            terms: c.terms,
            together: together(c.together),
            of: c.of,
            claims: c.claims,
            hint: c.hint.map(Into::into),
            feedback: c.feedback.map(Into::into),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct MisconceptionC {
    id: String,
    label: Option<LocalizedC>,
    terms: Vec<String>,
    together: Vec<TogetherC>,
    penalty: u32,
    feedback: LocalizedC,
}

impl From<Misconception> for MisconceptionC {
    fn from(m: Misconception) -> Self {
        MisconceptionC {
            id: m.id,
            label: m.label.map(Into::into),
            terms: m.terms,
            together: together_c(m.together),
            penalty: m.penalty,
            feedback: m.feedback.into(),
        }
    }
}

impl From<MisconceptionC> for Misconception {
    fn from(m: MisconceptionC) -> Self {
        Misconception {
            id: m.id,
            label: m.label.map(Into::into),
            terms: m.terms,
            together: together(m.together),
            penalty: m.penalty,
            feedback: m.feedback.into(),
        }
    }
}
