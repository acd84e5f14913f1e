//! Grading an answer against a rubric, with evidence for every point.
//!
//! A score is only useful if the candidate can see why: every concept result carries the
//! words of the answer that evidenced it and how they matched (exact, spacing, alias, typo),
//! or, when missed, its hint; negated mentions are shown as such; caps say what held the
//! score down. A wrong answer is a grade, never an error.

pub mod bands;
pub mod explain;
mod glossary;
mod matcher;
mod structure;

use serde::{Deserialize, Serialize};

pub use bands::{grade_of, PASS_GRADE, PASS_SCORE};
pub use glossary::Glossary;
pub use matcher::{How, Occurrence, TermId, TermSet};

use crate::bank::{Expects, Localized, Rubric, Together};
use crate::text::{nfc, tokenize, Token};

/// The score an answer cannot exceed while a required concept is missing.
pub const REQUIRED_CAP: u8 = 50;
/// The score a bare list of terms cannot exceed on a question that asks to explain.
pub const LIST_CAP: u8 = 45;

/// Answers are graded on their first this-many characters (about ten minutes of speech).
pub const MAX_ANSWER_CHARS: usize = 20_000;

/// A rubric made ready for matching: terms compiled once, answers graded many times.
#[derive(Debug, Clone)]
pub struct CompiledRubric {
    pub rubric: Rubric,
    terms: TermSet,
    concepts: Vec<Pattern>,
    misconceptions: Vec<Pattern>,
}

/// What evidences a concept or a misconception: any one term, or any together-group.
#[derive(Debug, Clone, Default)]
struct Pattern {
    /// Term id and whether it is the concept's own (first) term.
    any: Vec<(TermId, bool)>,
    together: Vec<Group>,
}

#[derive(Debug, Clone)]
struct Group {
    all: Vec<Vec<TermId>>,
    denied: Vec<Vec<TermId>>,
    within: Option<u32>,
    /// All parts in one clause: a misconception is one wrong claim, so `순서대로 처리하고,
    /// 비동기는 …` must not read as "비동기 is sequential".
    one_clause: bool,
}

impl CompiledRubric {
    pub fn new(rubric: &Rubric, glossary: &Glossary) -> Self {
        let mut terms = TermSet::default();
        let concepts = rubric
            .concepts
            .iter()
            .map(|c| Pattern::new(&c.terms, &c.together, false, &mut terms, glossary))
            .collect();
        let misconceptions = rubric
            .misconceptions
            .iter()
            .map(|m| Pattern::new(&m.terms, &m.together, true, &mut terms, glossary))
            .collect();
        CompiledRubric {
            rubric: rubric.clone(),
            terms,
            concepts,
            misconceptions,
        }
    }

    /// Add what an interviewer observed (pair mode) to a grade of the typed text: concepts
    /// ticked as heard count as evidenced, misconceptions marked count as said. With any
    /// observation the interviewer's judgement replaces the bare-list check.
    pub fn with_observations(&self, grade: Grade, heard: &[String], wrong: &[String]) -> Grade {
        if heard.is_empty() && wrong.is_empty() {
            return grade;
        }
        let mut concepts = grade.concepts;
        for c in concepts.iter_mut().filter(|c| heard.contains(&c.id)) {
            c.hit = true;
            c.heard = true;
        }
        let mut misconceptions = grade.misconceptions;
        for m in self
            .rubric
            .misconceptions
            .iter()
            .filter(|m| wrong.contains(&m.id))
        {
            if !misconceptions.iter().any(|hit| hit.id == m.id) {
                misconceptions.push(MisconceptionHit {
                    id: m.id.clone(),
                    label: m.label.clone(),
                    penalty: m.penalty,
                    feedback: m.feedback.clone(),
                    evidence: Vec::new(),
                });
            }
        }
        let truncated = grade
            .caps
            .iter()
            .find(|c| matches!(c, Cap::Truncated { .. }))
            .cloned();
        let mut regraded = Grade::score(grade.answer, concepts, misconceptions, false, false);
        regraded.caps.extend(truncated);
        regraded
    }

    /// Terms of the rubric that can never match anything (only punctuation, say).
    pub fn unmatchable_terms(&self) -> Vec<&str> {
        (0..self.terms.len())
            .filter(|&id| !self.terms.is_matchable(id))
            .map(|id| self.terms.text(id))
            .collect()
    }

    /// Grade one answer. Past [`MAX_ANSWER_CHARS`] the rest is not read (and a cap says so),
    /// so no answer, however long, makes grading slow.
    pub fn grade(&self, answer: &str) -> Grade {
        let mut answer = nfc(answer);
        let truncated = match answer.char_indices().nth(MAX_ANSWER_CHARS) {
            Some((cut, _)) => {
                answer.truncate(cut);
                true
            }
            None => false,
        };
        let tokens = tokenize(&answer);
        let found = self.terms.find(&tokens);
        let evidence =
            |o: &Occurrence, how: How| Evidence::new(o, how, &self.terms, &tokens, &answer);

        let concepts: Vec<ConceptResult> = self
            .rubric
            .concepts
            .iter()
            .zip(&self.concepts)
            .map(|(concept, pattern)| {
                let (said, negated) = pattern.evidence(&found, &tokens);
                ConceptResult {
                    id: concept.id.clone(),
                    label: concept.label.clone(),
                    weight: concept.weight,
                    required: concept.required,
                    hit: !said.is_empty(),
                    heard: false,
                    evidence: said.iter().map(|(o, how)| evidence(o, *how)).collect(),
                    negated: negated.iter().map(|(o, how)| evidence(o, *how)).collect(),
                    hint: concept.hint.clone(),
                    feedback: concept.feedback.clone(),
                }
            })
            .collect();

        let misconceptions: Vec<MisconceptionHit> = self
            .rubric
            .misconceptions
            .iter()
            .zip(&self.misconceptions)
            .filter_map(|(m, pattern)| {
                let (said, _) = pattern.evidence(&found, &tokens);
                (!said.is_empty()).then(|| MisconceptionHit {
                    id: m.id.clone(),
                    label: m.label.clone(),
                    penalty: m.penalty,
                    feedback: m.feedback.clone(),
                    evidence: said.iter().map(|(o, how)| evidence(o, *how)).collect(),
                })
            })
            .collect();

        let bare_list =
            self.rubric.expects == Expects::Explanation && structure::is_bare_list(&tokens);
        let mut grade = Grade::score(
            answer,
            concepts,
            misconceptions,
            tokens.is_empty(),
            bare_list,
        );
        if truncated {
            grade.caps.push(Cap::Truncated {
                chars: MAX_ANSWER_CHARS,
            });
        }
        grade
    }
}

/// Occurrences with how each counts for the concept.
type Found<'a> = Vec<(&'a Occurrence, How)>;

impl Pattern {
    fn new(
        terms: &[String],
        together: &[Together],
        one_clause: bool,
        set: &mut TermSet,
        glossary: &Glossary,
    ) -> Self {
        let any = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (set.add(t, glossary), i == 0))
            .collect();
        let ids = |groups: &Vec<Vec<String>>, set: &mut TermSet| -> Vec<Vec<TermId>> {
            groups
                .iter()
                .map(|g| g.iter().map(|t| set.add(t, glossary)).collect())
                .collect()
        };
        let together = together
            .iter()
            .map(|t| Group {
                all: ids(&t.all, set),
                denied: ids(&t.denied, set),
                within: t.within,
                one_clause,
            })
            .collect();
        Pattern { any, together }
    }

    /// The occurrences that evidence this pattern, and those of its plain terms that were
    /// said negated (shown to the candidate as "you said the opposite").
    fn evidence<'a>(&self, found: &'a [Occurrence], tokens: &[Token]) -> (Found<'a>, Found<'a>) {
        let mut said = Vec::new();
        let mut negated = Vec::new();
        for &(term, primary) in &self.any {
            for o in found.iter().filter(|o| o.term == term) {
                let how = if primary || o.how == How::Typo {
                    o.how
                } else {
                    How::Alias.max(o.how)
                };
                if o.negated {
                    negated.push((o, how));
                } else {
                    said.push((o, how));
                }
            }
        }
        for group in &self.together {
            said.extend(
                group
                    .evidence(found, tokens)
                    .into_iter()
                    .map(|o| (o, o.how)),
            );
        }
        // One place in the answer is one piece of evidence, shown by its best match.
        for list in [&mut said, &mut negated] {
            list.sort_by_key(|(o, how)| (o.first, o.last, *how));
            list.dedup_by_key(|(o, _)| (o.first, o.last));
        }
        (said, negated)
    }
}

impl Group {
    /// One occurrence per part, all close enough together; empty when the group fails.
    fn evidence<'a>(&self, found: &'a [Occurrence], tokens: &[Token]) -> Vec<&'a Occurrence> {
        let parts: Vec<(&Vec<TermId>, bool)> = self
            .all
            .iter()
            .map(|g| (g, false))
            .chain(self.denied.iter().map(|g| (g, true)))
            .collect();
        let Some(((anchor_terms, anchor_negated), rest)) = parts.split_first() else {
            return Vec::new();
        };
        // The other parts' occurrences by position, so that only those within reach of an
        // anchor are looked at: an answer may say a term thousands of times.
        let rest: Vec<Vec<&Occurrence>> = rest
            .iter()
            .map(|(terms, negated)| {
                let mut said: Vec<&Occurrence> = occurrences_of(found, terms, *negated).collect();
                said.sort_by_key(|o| o.first);
                said
            })
            .collect();
        if rest.iter().any(Vec::is_empty) {
            return Vec::new();
        }
        for anchor in occurrences_of(found, anchor_terms, *anchor_negated) {
            let near = |o: &&&Occurrence| {
                let close = match self.within {
                    Some(words) => o.first.abs_diff(anchor.first) <= words as usize,
                    None => tokens[o.first].sentence == tokens[anchor.first].sentence,
                };
                close && (!self.one_clause || tokens[o.first].clause == tokens[anchor.first].clause)
            };
            let (from, to) = self.reach(anchor, tokens);
            let picked: Option<Vec<&Occurrence>> = rest
                .iter()
                .map(|said| {
                    let within = &said[said.partition_point(|o| o.first < from)..];
                    // The same pick as a scan of `found` in its order would make.
                    within
                        .iter()
                        .take_while(|o| o.first <= to)
                        .filter(near)
                        .min_by_key(|o| (o.term, o.first, o.last))
                        .copied()
                })
                .collect();
            if let Some(mut picked) = picked {
                picked.insert(0, anchor);
                return picked;
            }
        }
        Vec::new()
    }

    /// The first and last token where a part said with `anchor` may start.
    fn reach(&self, anchor: &Occurrence, tokens: &[Token]) -> (usize, usize) {
        match self.within {
            Some(words) => {
                let words = words as usize;
                (anchor.first.saturating_sub(words), anchor.first + words)
            }
            None => {
                let sentence = tokens[anchor.first].sentence;
                let first = tokens.partition_point(|t| t.sentence < sentence);
                let last = tokens.partition_point(|t| t.sentence <= sentence) - 1;
                (first, last)
            }
        }
    }
}

fn occurrences_of<'a: 'b, 'b>(
    found: &'a [Occurrence],
    terms: &'b [TermId],
    negated: bool,
) -> impl Iterator<Item = &'a Occurrence> + 'b {
    found
        .iter()
        .filter(move |o| terms.contains(&o.term) && o.negated == negated)
}

/// The grade of one answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grade {
    /// 0–100 after penalties and caps.
    pub score: u8,
    /// The weighted share of concepts evidenced, before penalties and caps.
    pub coverage: u8,
    /// 0–5, by [`bands`].
    pub grade: u8,
    pub passed: bool,
    /// The answer as graded (NFC); evidence byte ranges point into it.
    pub answer: String,
    pub concepts: Vec<ConceptResult>,
    pub misconceptions: Vec<MisconceptionHit>,
    /// What held the score down, besides missed concepts.
    pub caps: Vec<Cap>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConceptResult {
    pub id: String,
    pub label: Localized,
    pub weight: u32,
    pub required: bool,
    pub hit: bool,
    /// Ticked by an interviewer who heard it (pair mode), whatever the text shows.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heard: bool,
    pub evidence: Vec<Evidence>,
    /// Mentions said negated, which do not count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub negated: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Localized>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MisconceptionHit {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Localized>,
    pub penalty: u32,
    pub feedback: Localized,
    pub evidence: Vec<Evidence>,
}

/// Words of the answer that matched a rubric term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The rubric term, as written in the rubric.
    pub term: String,
    /// The words of the answer, as written.
    pub said: String,
    /// Byte range of `said` in the graded answer.
    pub start: usize,
    pub end: usize,
    pub how: How,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f32>,
}

impl Evidence {
    fn new(o: &Occurrence, how: How, terms: &TermSet, tokens: &[Token], answer: &str) -> Self {
        let (start, end) = (tokens[o.first].start, tokens[o.last].end);
        Evidence {
            term: terms.text(o.term).to_string(),
            said: answer[start..end].to_string(),
            start,
            end,
            how,
            similarity: (how == How::Typo).then_some((o.similarity * 100.0).round() / 100.0),
        }
    }
}

/// A reason the score is lower than the concepts alone would give.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cap {
    /// Nothing was said.
    Empty,
    /// Required concepts are missing: the score is capped at [`REQUIRED_CAP`].
    RequiredMissing { concepts: Vec<String> },
    /// Only terms, no explanation: capped at [`LIST_CAP`].
    BareList,
    /// Misconceptions cost this many points.
    Penalty { points: u32 },
    /// Only the first `chars` characters were graded.
    Truncated { chars: usize },
}

impl Grade {
    fn score(
        answer: String,
        concepts: Vec<ConceptResult>,
        misconceptions: Vec<MisconceptionHit>,
        empty: bool,
        bare_list: bool,
    ) -> Grade {
        let total: u32 = concepts.iter().map(|c| c.weight).sum();
        let hit: u32 = concepts.iter().filter(|c| c.hit).map(|c| c.weight).sum();
        let coverage = (100 * hit + total / 2).checked_div(total).unwrap_or(0) as u8;
        let mut score = coverage as i64;
        let mut caps = Vec::new();
        if empty {
            caps.push(Cap::Empty);
        }
        let penalty: u32 = misconceptions.iter().map(|m| m.penalty).sum();
        if penalty > 0 {
            score -= penalty as i64;
            caps.push(Cap::Penalty { points: penalty });
        }
        let missing: Vec<String> = concepts
            .iter()
            .filter(|c| c.required && !c.hit)
            .map(|c| c.id.clone())
            .collect();
        if !missing.is_empty() && !empty {
            score = score.min(REQUIRED_CAP as i64);
            caps.push(Cap::RequiredMissing { concepts: missing });
        }
        if bare_list && !empty {
            score = score.min(LIST_CAP as i64);
            caps.push(Cap::BareList);
        }
        let score = score.clamp(0, 100) as u8;
        Grade {
            score,
            coverage,
            grade: grade_of(score),
            passed: score >= PASS_SCORE,
            answer,
            concepts,
            misconceptions,
            caps,
        }
    }
}

/// Every rubric of a library, each compiled with the library's glossary the first time it
/// is needed: an interview touches a dozen rubrics of hundreds, and `kkori grade` one.
#[derive(Debug, Clone, Default)]
pub struct Grader {
    glossary: Glossary,
    rubrics: std::collections::HashMap<String, (Rubric, std::sync::OnceLock<CompiledRubric>)>,
}

impl Grader {
    pub fn new(library: &crate::bank::Library) -> Grader {
        let rubrics = library
            .rubrics
            .iter()
            .map(|r| (r.id.clone(), (r.clone(), Default::default())))
            .collect();
        Grader {
            glossary: Glossary::new(&library.glossary),
            rubrics,
        }
    }

    pub fn rubric(&self, id: &str) -> Option<&CompiledRubric> {
        let (rubric, compiled) = self.rubrics.get(id)?;
        Some(compiled.get_or_init(|| CompiledRubric::new(rubric, &self.glossary)))
    }

    /// Grade an answer to `question`; `None` when its rubric is missing (a `check` error).
    pub fn grade(&self, question: &crate::bank::Question, answer: &str) -> Option<Grade> {
        Some(self.rubric(question.rubric_id())?.grade(answer))
    }
}
