//! The printable interviewer script, for pair practice: one person interviews another with
//! the script in hand instead of kkori asking.
//!
//! [`build`] turns the library and a list of main question ids into a [`Script`]: for each
//! question, what to read aloud, what a good answer contains (the rubric's concepts with a
//! few key terms), which misconceptions to listen for, which follow-up to ask when (in plain
//! words, two levels deep, as the interview itself does) and a scoring sheet. The model holds
//! finished text in one language, so the two renderers ([`Script::markdown`] and
//! [`Script::html`]) only lay it out and cannot disagree about wording.
//!
//! Pure: no clock, no files. The seed is only shown on the cover, so that the person who
//! printed the script can make the same one again.

mod html;
mod markdown;
mod words;

use crate::bank::{Condition, Difficulty, Expects, Lang, Library, Question, Rubric};

/// How deep follow-ups go: a main question is depth 0, its follow-ups 1, theirs 2 (the
/// interview's own default limit).
pub const MAX_DEPTH: u8 = 2;

/// Key terms shown per concept.
const KEY_TERMS: usize = 3;

/// A whole script, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Script {
    pub lang: Lang,
    /// The seed the questions were chosen with, shown on the cover.
    pub seed: Option<u64>,
    /// Labels of the main questions' topics, in order of first appearance.
    pub topics: Vec<String>,
    pub questions: Vec<Entry>,
    /// Ids asked for that the library does not have; left out.
    pub missing: Vec<String>,
}

/// One question of the script: a main question, or a follow-up inside a [`Branch`].
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    /// The topic's label (its id when the library has no such topic).
    pub topic: String,
    pub difficulty: Difficulty,
    pub seconds: u32,
    /// What to read aloud.
    pub prompt: String,
    pub model_answer: String,
    /// 0 for a main question.
    pub depth: u8,
    pub rubric_id: String,
    /// `None` when the library has no rubric `rubric_id`.
    pub rubric: Option<Checklist>,
    /// Follow-up rules in the order the interview tries them; empty at [`MAX_DEPTH`].
    pub follow_ups: Vec<Branch>,
}

/// What to listen for: the rubric, as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Checklist {
    /// Naming the terms is the whole answer (`expects: terms`).
    pub terms_enough: bool,
    pub concepts: Vec<ConceptItem>,
    pub misconceptions: Vec<MisconceptionItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConceptItem {
    pub id: String,
    pub label: String,
    pub weight: u32,
    pub required: bool,
    /// The first few terms, Korean and English both represented when the rubric has both;
    /// for a concept shown only by words said together, those words joined by `+`.
    pub key_terms: Vec<String>,
    /// The rubric has more ways to show the concept than `key_terms`.
    pub more: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MisconceptionItem {
    pub id: String,
    /// What the candidate might say: the label, or the words that give it away.
    pub said: String,
    /// The teaching line.
    pub feedback: String,
}

/// A follow-up rule in plain words.
#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    pub when: Condition,
    /// "TIME_WAIT를 언급하지 않으면 → 물어보세요:" / "If they do not mention “TIME_WAIT”, ask:"
    pub lead: String,
    /// The follow-up's id.
    pub ask: String,
    pub next: Next,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    Question(Box<Entry>),
    /// Listed in full earlier under the same main question (two rules may lead to one
    /// follow-up): only its prompt here.
    SameAsAbove {
        prompt: String,
    },
    /// `ask` is this branch's own question or one it hangs from: the interview never asks a
    /// question twice, so the chain ends here.
    Loop,
    /// The library has no question `ask`.
    NotInBanks,
}

/// The script for main questions `ids`, in that order, in `lang`. Ids the library lacks are
/// listed in [`Script::missing`], never a panic.
pub fn build(library: &Library, ids: &[String], lang: Lang) -> Script {
    let mut script = Script {
        lang,
        seed: None,
        topics: Vec::new(),
        questions: Vec::new(),
        missing: Vec::new(),
    };
    for id in ids {
        let Some(question) = library.question(id) else {
            script.missing.push(id.clone());
            continue;
        };
        let entry = Walk {
            library,
            lang,
            path: Vec::new(),
            listed: Vec::new(),
        }
        .entry(question, 0);
        if !script.topics.contains(&entry.topic) {
            script.topics.push(entry.topic.clone());
        }
        script.questions.push(entry);
    }
    script
}

impl Script {
    /// The same script, showing `seed` on its cover.
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// The script as Markdown (GitHub-flavoured tables).
    pub fn markdown(&self) -> String {
        markdown::render(self)
    }

    /// The script as one self-contained HTML page that prints on A4, each main question
    /// after the first starting a new page.
    pub fn html(&self) -> String {
        html::render(self)
    }
}

/// One row of a main question's scoring sheet.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Row<'a> {
    /// A follow-up starts: its rows follow.
    FollowUp {
        depth: u8,
        prompt: &'a str,
    },
    Concept(&'a ConceptItem),
    Misconception(&'a MisconceptionItem),
}

impl Entry {
    /// The scoring sheet: this question's concepts and misconceptions, then each follow-up's
    /// under its prompt, depth first, as the branches are listed.
    pub(crate) fn sheet(&self) -> Vec<Row<'_>> {
        let mut rows = Vec::new();
        self.sheet_into(&mut rows);
        rows
    }

    fn sheet_into<'a>(&'a self, rows: &mut Vec<Row<'a>>) {
        if let Some(rubric) = &self.rubric {
            rows.extend(rubric.concepts.iter().map(Row::Concept));
            rows.extend(rubric.misconceptions.iter().map(Row::Misconception));
        }
        for branch in &self.follow_ups {
            if let Next::Question(next) = &branch.next {
                rows.push(Row::FollowUp {
                    depth: next.depth,
                    prompt: &next.prompt,
                });
                next.sheet_into(rows);
            }
        }
    }
}

/// A walk down one main question's follow-up tree.
struct Walk<'a> {
    library: &'a Library,
    lang: Lang,
    /// The ids from the main question down to the current one.
    path: Vec<String>,
    /// Every id listed in full so far under this main question.
    listed: Vec<String>,
}

impl Walk<'_> {
    fn entry(&mut self, question: &Question, depth: u8) -> Entry {
        let (library, lang) = (self.library, self.lang);
        let rubric = library.rubric(question.rubric_id());
        self.path.push(question.id.clone());
        self.listed.push(question.id.clone());
        let rules = if depth < MAX_DEPTH {
            question.follow_ups.as_slice()
        } else {
            &[]
        };
        let mut follow_ups = Vec::new();
        for rule in rules {
            let next = match library.question(&rule.ask) {
                _ if self.path.contains(&rule.ask) => Next::Loop,
                Some(q) if self.listed.contains(&rule.ask) => Next::SameAsAbove {
                    prompt: words::tidy(q.prompt.get(lang)),
                },
                Some(q) => Next::Question(Box::new(self.entry(q, depth + 1))),
                None => Next::NotInBanks,
            };
            follow_ups.push(Branch {
                lead: words::lead(&rule.when, rubric, lang),
                when: rule.when.clone(),
                ask: rule.ask.clone(),
                next,
            });
        }
        self.path.pop();
        Entry {
            id: question.id.clone(),
            topic: library
                .topic(&question.topic)
                .map_or(question.topic.clone(), |t| words::tidy(t.label.get(lang))),
            difficulty: question.difficulty,
            seconds: question.seconds(),
            prompt: words::tidy(question.prompt.get(lang)),
            model_answer: words::tidy(question.model_answer.get(lang)),
            depth,
            rubric_id: question.rubric_id().to_string(),
            rubric: rubric.map(|r| checklist(r, lang)),
            follow_ups,
        }
    }
}

fn checklist(rubric: &Rubric, lang: Lang) -> Checklist {
    Checklist {
        terms_enough: rubric.expects == Expects::Terms,
        concepts: rubric
            .concepts
            .iter()
            .map(|c| {
                let (key_terms, more) = words::key_terms(c, KEY_TERMS, lang);
                ConceptItem {
                    id: c.id.clone(),
                    label: words::tidy(c.label.get(lang)),
                    weight: c.weight,
                    required: c.required,
                    key_terms,
                    more,
                }
            })
            .collect(),
        misconceptions: rubric
            .misconceptions
            .iter()
            .map(|m| MisconceptionItem {
                id: m.id.clone(),
                said: words::said(m, lang),
                feedback: words::tidy(m.feedback.get(lang)),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library(yaml: &str) -> Library {
        let (library, _) = Library::load([("test.yaml", yaml.as_bytes().to_vec())]);
        library
    }

    const LOOP: &str = "
topics: [{id: t, label: T}]
questions:
  - id: a
    topic: t
    difficulty: easy
    prompt: A?
    model_answer: a.
    follow_ups:
      - {when: always, ask: b}
      - {when: {missed: nothing-like-this}, ask: ghost}
  - id: b
    topic: t
    difficulty: easy
    prompt: B?
    model_answer: b.
    follow_ups: [{when: always, ask: a}, {when: always, ask: b}]
";

    #[test]
    fn missing_questions_rubrics_and_follow_ups_do_not_panic() {
        let lib = library(LOOP);
        let script = build(&lib, &["nope".into(), "a".into()], Lang::En);
        assert_eq!(script.missing, ["nope"]);
        assert_eq!(script.questions.len(), 1);
        let a = &script.questions[0];
        assert!(a.rubric.is_none());
        assert_eq!(a.follow_ups[1].next, Next::NotInBanks);
        assert_eq!(
            a.follow_ups[1].lead,
            "If they do not mention “nothing-like-this”, ask:"
        );
        let Next::Question(b) = &a.follow_ups[0].next else {
            panic!("b is a question: {:?}", a.follow_ups[0].next)
        };
        assert_eq!(b.follow_ups[0].next, Next::Loop);
        assert_eq!(b.follow_ups[1].next, Next::Loop);
        // Both renderers cope with all of it.
        for text in [script.markdown(), script.html()] {
            assert!(text.contains("nope"), "{text}");
        }
    }

    #[test]
    fn a_follow_up_two_rules_lead_to_is_listed_once() {
        let lib = library(
            "
topics: [{id: t, label: T}]
questions:
  - id: q
    topic: t
    difficulty: easy
    prompt: Q?
    model_answer: x
    follow_ups: [{when: {score_below: 40}, ask: f}, {when: always, ask: f}]
  - {id: f, topic: t, difficulty: easy, prompt: F?, model_answer: x, follow_up_only: true}
rubrics:
  - {id: f, concepts: [{id: c, label: C, terms: [c]}]}
",
        );
        let script = build(&lib, &["q".into()], Lang::En);
        let q = &script.questions[0];
        assert!(matches!(q.follow_ups[0].next, Next::Question(_)));
        assert_eq!(
            q.follow_ups[1].next,
            Next::SameAsAbove {
                prompt: "F?".into()
            }
        );
        let rows = q.sheet();
        assert_eq!(rows.len(), 2, "one follow-up row and its concept: {rows:?}");
        assert!(script.markdown().contains("Always ask: **F?** (as above)"));
    }

    #[test]
    fn follow_ups_stop_at_depth_two() {
        let lib = library(
            "
topics: [{id: t, label: T}]
questions:
  - {id: q0, topic: t, difficulty: easy, prompt: Q0?, model_answer: x, follow_ups: [{when: always, ask: q1}]}
  - {id: q1, topic: t, difficulty: easy, prompt: Q1?, model_answer: x, follow_ups: [{when: always, ask: q2}]}
  - {id: q2, topic: t, difficulty: easy, prompt: Q2?, model_answer: x, follow_ups: [{when: always, ask: q3}]}
  - {id: q3, topic: t, difficulty: easy, prompt: Q3?, model_answer: x}
",
        );
        let script = build(&lib, &["q0".into()], Lang::Ko);
        let mut entry = &script.questions[0];
        let mut seen = vec![entry.id.clone()];
        while let Some(Branch {
            next: Next::Question(next),
            ..
        }) = entry.follow_ups.first()
        {
            entry = next;
            seen.push(entry.id.clone());
        }
        assert_eq!(seen, ["q0", "q1", "q2"]);
        assert_eq!(entry.depth, MAX_DEPTH);
    }
}
