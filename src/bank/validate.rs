//! Checks that need the whole library: ids, references, follow-up cycles, empty rubrics.
//! Each problem points at the line and column of the value to fix.

use std::collections::{HashMap, HashSet};

use super::diagnostic::{suggest, Diagnostic};
use super::load::{Library, Origin};
use super::model::{Condition, Rubric};
use crate::text::squash;

pub fn validate(lib: &Library) -> Vec<Diagnostic> {
    let mut v = Validator {
        lib,
        out: Vec::new(),
    };
    v.topics();
    v.questions();
    v.cycles();
    v.rubrics();
    v.glossary();
    v.out
}

struct Validator<'a> {
    lib: &'a Library,
    out: Vec<Diagnostic>,
}

impl<'a> Validator<'a> {
    fn error(&mut self, origin: Origin, path: &str, message: String) {
        let file = self.lib.file_of(origin);
        self.out
            .push(Diagnostic::error(&file.name, file.at(path), message));
    }

    fn warning(&mut self, origin: Origin, path: &str, message: String) {
        let file = self.lib.file_of(origin);
        self.out
            .push(Diagnostic::warning(&file.name, file.at(path), message));
    }

    /// Report every id seen before, pointing at the first definition too.
    fn duplicates<'i>(
        &mut self,
        kind: &str,
        section: &str,
        ids: impl Iterator<Item = (&'i str, Origin)>,
    ) {
        let mut seen: HashMap<&str, Origin> = HashMap::new();
        for (id, origin) in ids {
            match seen.get(id) {
                Some(&first) => {
                    let file = self.lib.file_of(first);
                    let (line, _) = file.at(&format!("{section}[{}].id", first.index));
                    let message = format!(
                        "duplicate {kind} id `{id}` (first defined at {}:{line})",
                        file.name
                    );
                    self.error(origin, &format!("{section}[{}].id", origin.index), message);
                }
                None => {
                    seen.insert(id, origin);
                }
            }
        }
    }

    fn topics(&mut self) {
        let lib = self.lib;
        self.duplicates(
            "topic",
            "topics",
            lib.topics
                .iter()
                .map(|t| t.id.as_str())
                .zip(lib.topic_origins.iter().copied()),
        );
    }

    fn questions(&mut self) {
        let lib = self.lib;
        let ids = lib
            .questions
            .iter()
            .map(|q| q.id.as_str())
            .zip(lib.question_origins.iter().copied());
        self.duplicates("question", "questions", ids);
        let topics: Vec<&str> = lib.topics.iter().map(|t| t.id.as_str()).collect();
        for (q, &origin) in lib.questions.iter().zip(&lib.question_origins) {
            let at = |field: &str| format!("questions[{}].{field}", origin.index);
            if !is_plain_id(&q.id) {
                self.warning(
                    origin,
                    &at("id"),
                    format!(
                        "question id `{}` is clearer in lowercase letters, digits and `-`",
                        q.id
                    ),
                );
            }
            if !topics.is_empty() && !topics.contains(&q.topic.as_str()) {
                let message = format!(
                    "unknown topic `{}`{}",
                    q.topic,
                    suggest(&q.topic, topics.iter().copied())
                );
                self.error(origin, &at("topic"), message);
            }
            if q.prompt.is_blank() {
                self.error(
                    origin,
                    &at("prompt"),
                    format!("question `{}` has an empty prompt", q.id),
                );
            }
            if q.model_answer.is_blank() {
                self.error(
                    origin,
                    &at("model_answer"),
                    format!("question `{}` has an empty model answer", q.id),
                );
            }
            for (i, source) in q.source.iter().enumerate() {
                if source.note.trim().is_empty() || source.heading.trim().is_empty() {
                    self.error(
                        origin,
                        &at(&format!("source[{i}]")),
                        "a source needs both `note` and `heading`".into(),
                    );
                }
            }
            let rubric = lib.rubric(q.rubric_id());
            if rubric.is_some_and(|r| r.sides.is_empty()) && q.prompt.all().any(is_comparison) {
                self.warning(
                    origin,
                    &at("prompt"),
                    format!(
                        "question `{}` asks for a comparison, but rubric `{}` declares no `sides`: an answer that swaps the sides would be graded as right",
                        q.id,
                        q.rubric_id()
                    ),
                );
            }
            if rubric.is_none() {
                let path = if q.rubric.is_some() {
                    at("rubric")
                } else {
                    at("id")
                };
                let ids = lib.rubrics.iter().map(|r| r.id.as_str());
                let message = format!(
                    "question `{}` has no rubric `{}`{}",
                    q.id,
                    q.rubric_id(),
                    suggest(q.rubric_id(), ids)
                );
                self.error(origin, &path, message);
            }
            for (i, follow) in q.follow_ups.iter().enumerate() {
                let path = at(&format!("follow_ups[{i}]"));
                if lib.question(&follow.ask).is_none() {
                    self.error(
                        origin,
                        &format!("{path}.ask"),
                        lib.unknown_question(&follow.ask),
                    );
                } else if follow.ask == q.id {
                    self.error(
                        origin,
                        &format!("{path}.ask"),
                        format!("question `{}` follows up on itself", q.id),
                    );
                }
                if let Some(rubric) = rubric {
                    if let Some(message) = condition_problem(&follow.when, rubric) {
                        self.error(origin, &format!("{path}.when"), message);
                    }
                }
            }
        }
    }

    /// Follow-up chains may branch and join, never loop: an interview would never end.
    fn cycles(&mut self) {
        let lib = self.lib;
        let mut state: HashMap<&str, Visit> = HashMap::new();
        let mut reported: HashSet<Vec<&str>> = HashSet::new();
        for q in &lib.questions {
            let mut path = Vec::new();
            self.visit(&q.id, &mut state, &mut path, &mut reported);
        }
    }

    fn visit(
        &mut self,
        id: &'a str,
        state: &mut HashMap<&'a str, Visit>,
        path: &mut Vec<&'a str>,
        reported: &mut HashSet<Vec<&'a str>>,
    ) {
        let lib: &'a Library = self.lib;
        match state.get(id) {
            Some(Visit::Done) => return,
            Some(Visit::Active) => {
                let start = path.iter().position(|p| *p == id).unwrap_or(0);
                let mut cycle: Vec<&str> = path[start..].to_vec();
                let mut key = cycle.clone();
                key.sort_unstable();
                if reported.insert(key) {
                    cycle.push(id);
                    let last = path[path.len() - 1];
                    self.report_cycle(last, id, &cycle);
                }
                return;
            }
            None => {}
        }
        state.insert(id, Visit::Active);
        path.push(id);
        if let Some(q) = lib.question(id) {
            for follow in &q.follow_ups {
                if follow.ask != q.id {
                    self.visit(&follow.ask, state, path, reported);
                }
            }
        }
        path.pop();
        state.insert(id, Visit::Done);
    }

    fn report_cycle(&mut self, from: &str, to: &str, cycle: &[&str]) {
        let lib = self.lib;
        let Some(i) = lib.questions.iter().position(|q| q.id == from) else {
            return;
        };
        let origin = lib.question_origins[i];
        let edge = lib.questions[i]
            .follow_ups
            .iter()
            .position(|f| f.ask == to)
            .unwrap_or(0);
        let message = format!("follow-up cycle: {}", cycle.join(" → "));
        self.error(
            origin,
            &format!("questions[{}].follow_ups[{edge}].ask", origin.index),
            message,
        );
    }

    fn rubrics(&mut self) {
        let lib = self.lib;
        let ids = lib
            .rubrics
            .iter()
            .map(|r| r.id.as_str())
            .zip(lib.rubric_origins.iter().copied());
        self.duplicates("rubric", "rubrics", ids);
        let used: HashSet<&str> = lib.questions.iter().map(|q| q.rubric_id()).collect();
        // Each rubric is checked on its own, on any free core; the problems come out in
        // rubric order all the same.
        use rayon::prelude::*;
        let found: Vec<Vec<Diagnostic>> = lib
            .rubrics
            .par_iter()
            .zip(&lib.rubric_origins)
            .map(|(r, &origin)| {
                let mut v = Validator {
                    lib,
                    out: Vec::new(),
                };
                v.rubric(r, origin, &used);
                v.out
            })
            .collect();
        self.out.extend(found.into_iter().flatten());
    }

    fn rubric(&mut self, r: &Rubric, origin: Origin, used: &HashSet<&str>) {
        let lib = self.lib;
        let at = |field: &str| format!("rubrics[{}].{field}", origin.index);
        if !used.contains(r.id.as_str()) && !lib.questions.is_empty() {
            self.warning(
                origin,
                &at("id"),
                format!("no question uses rubric `{}`", r.id),
            );
        }
        if r.concepts.is_empty() {
            self.error(
                origin,
                &at("concepts"),
                format!("rubric `{}` has no concepts", r.id),
            );
        }
        let mut seen = HashSet::new();
        for (i, c) in r.concepts.iter().enumerate() {
            let path = at(&format!("concepts[{i}]"));
            if !seen.insert(c.id.as_str()) {
                self.error(
                    origin,
                    &format!("{path}.id"),
                    format!("duplicate concept id `{}` in rubric `{}`", c.id, r.id),
                );
            }
            if c.weight == 0 {
                self.error(
                    origin,
                    &format!("{path}.weight"),
                    "a concept's weight must be at least 1".into(),
                );
            }
            if c.claims.is_empty() || !c.terms.is_empty() || !c.together.is_empty() {
                self.terms(
                    origin,
                    &path,
                    &c.terms,
                    &c.together,
                    &format!("concept `{}`", c.id),
                );
            }
            self.sides_of(origin, &path, r, c);
        }
        if r.sides.len() > super::model::MAX_SIDES {
            self.error(
                origin,
                &at("sides"),
                format!(
                    "rubric `{}` compares {} sides; at most {} can be told apart",
                    r.id,
                    r.sides.len(),
                    super::model::MAX_SIDES
                ),
            );
        }
        for (side, names) in &r.sides {
            if names.iter().all(|n| squash(n).is_empty()) {
                self.error(
                    origin,
                    &at(&format!("sides.{side}")),
                    format!("side `{side}` needs at least one name an answer can call it by"),
                );
            }
        }
        let bound = |side: &str| {
            r.concepts
                .iter()
                .any(|c| c.of.as_deref() == Some(side) || c.claims.contains_key(side))
        };
        if let Some(side) = r.sides.keys().find(|s| !bound(s)) {
            self.warning(
                origin,
                &at(&format!("sides.{side}")),
                format!("no concept of rubric `{}` is about side `{side}` (`of: {side}` or `claims: {{{side}: …}}`)", r.id),
            );
        }
        let mut seen = HashSet::new();
        for (i, m) in r.misconceptions.iter().enumerate() {
            let path = at(&format!("misconceptions[{i}]"));
            if !seen.insert(m.id.as_str()) {
                self.error(
                    origin,
                    &format!("{path}.id"),
                    format!("duplicate misconception id `{}` in rubric `{}`", m.id, r.id),
                );
            }
            self.terms(
                origin,
                &path,
                &m.terms,
                &m.together,
                &format!("misconception `{}`", m.id),
            );
        }
        if r.examples.len() < MIN_EXAMPLES && !r.concepts.is_empty() {
            self.warning(
                origin,
                &at("id"),
                format!(
                    "rubric `{}` has {} example(s): give it at least {MIN_EXAMPLES}, with an English answer and an adversarial one, so `check --examples` can tell whether it grades well",
                    r.id,
                    r.examples.len()
                ),
            );
        }
        for (i, c) in r.concepts.iter().enumerate() {
            let groups = std::iter::once((c.of.as_deref(), &c.terms)).chain(
                c.claims
                    .iter()
                    .map(|(side, terms)| (Some(side.as_str()), terms)),
            );
            for (side, terms) in groups {
                if let Some((a, b)) = opposites(terms) {
                    let whose = side.map_or(String::new(), |s| format!(" of side `{s}`"));
                    self.warning(
                        origin,
                        &at(&format!("concepts[{i}]")),
                        format!(
                            "concept `{}` accepts a claim and its opposite{whose}: `{a}` and `{b}` (bind each to its side, or keep one)",
                            c.id
                        ),
                    );
                }
            }
        }
        for (i, e) in r.examples.iter().enumerate() {
            if e.grade > 5 {
                self.error(
                    origin,
                    &at(&format!("examples[{i}].grade")),
                    format!("grades run from 0 to 5, not {}", e.grade),
                );
            }
        }
    }

    /// A concept's `of` and `claims` name sides of its rubric, and claims hold terms.
    fn sides_of(&mut self, origin: Origin, path: &str, rubric: &Rubric, c: &super::Concept) {
        let sides = || rubric.sides.keys().map(String::as_str);
        let unknown = |side: &str| {
            if rubric.sides.is_empty() {
                format!(
                    "rubric `{}` declares no `sides`, so a concept cannot be about side `{side}`",
                    rubric.id
                )
            } else {
                format!(
                    "rubric `{}` has no side `{side}`{}",
                    rubric.id,
                    suggest(side, sides())
                )
            }
        };
        if let Some(side) = &c.of {
            if !rubric.sides.contains_key(side) {
                self.error(origin, &format!("{path}.of"), unknown(side));
            }
            if !c.claims.is_empty() {
                self.error(
                    origin,
                    &format!("{path}.of"),
                    "a concept has `of` (one side for its terms) or `claims` (terms per side), not both".into(),
                );
            }
        }
        for (side, terms) in &c.claims {
            let at = format!("{path}.claims.{side}");
            if !rubric.sides.contains_key(side) {
                self.error(origin, &at, unknown(side));
            } else if terms.iter().all(|t| squash(t).is_empty()) {
                self.error(
                    origin,
                    &at,
                    format!("the claims about side `{side}` hold no term that can match"),
                );
            }
        }
    }

    /// Empty term lists, empty terms and terms that squash to nothing can never match.
    fn terms(
        &mut self,
        origin: Origin,
        path: &str,
        terms: &[String],
        together: &[super::Together],
        what: &str,
    ) {
        if terms.is_empty() && together.is_empty() {
            self.error(
                origin,
                path,
                format!("{what} has no `terms` or `together`: nothing in an answer can match it"),
            );
            return;
        }
        let mut matchable = false;
        for (i, term) in terms.iter().enumerate() {
            if squash(term).is_empty() {
                self.error(
                    origin,
                    &format!("{path}.terms[{i}]"),
                    format!("term `{term}` has no letters or digits and can never match"),
                );
            } else {
                matchable = true;
            }
        }
        for (g, group) in together.iter().enumerate() {
            let parts = group
                .all
                .iter()
                .map(|p| ("all", p))
                .chain(group.denied.iter().map(|p| ("denied", p)));
            let mut any_part = false;
            let mut group_ok = true;
            for (j, (kind, part)) in parts.enumerate() {
                any_part = true;
                let j = if kind == "all" {
                    j
                } else {
                    j - group.all.len()
                };
                let part_path = format!("{path}.together[{g}].{kind}[{j}]");
                if part.iter().all(|t| squash(t).is_empty()) {
                    self.error(
                        origin,
                        &part_path,
                        "this group of terms is empty and can never match".into(),
                    );
                    group_ok = false;
                }
            }
            if !any_part {
                self.error(
                    origin,
                    &format!("{path}.together[{g}]"),
                    "a `together` entry needs `all` or `denied` groups".into(),
                );
                group_ok = false;
            }
            matchable |= group_ok;
        }
        if !matchable {
            self.error(origin, path, format!("{what}: no term can ever match"));
        }
    }

    fn glossary(&mut self) {
        let lib = self.lib;
        for (set, &origin) in lib.glossary.iter().zip(&lib.glossary_origins) {
            if set.len() < 2 {
                self.warning(
                    origin,
                    &format!("glossary[{}]", origin.index),
                    "a glossary set needs at least two phrases".into(),
                );
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Visit {
    Active,
    Done,
}

/// Below this many examples a rubric's agreement cannot be judged.
const MIN_EXAMPLES: usize = 5;

/// Two terms of one claim list that say opposite things (`빠르다` and `느리다`, `high` and
/// `low`), if any: such a concept credits an answer whichever way it goes.
fn opposites(terms: &[String]) -> Option<(&str, &str)> {
    const PAIRS: &[(&str, &str)] = &[
        ("빠르", "느리"),
        ("빨라", "느려"),
        ("빠른", "느린"),
        ("빠름", "느림"),
        ("높", "낮"),
        ("있", "없"),
        ("크", "작"),
        ("커", "작"),
        ("큰", "작"),
        ("fast", "slow"),
        ("high", "low"),
        ("big", "small"),
    ];
    // A claim and its opposite say the same thing of the same words and differ in the
    // predicate: the last word in Korean, the first (the adjective) in English (`high latency`
    // / `low latency`). Compare (the other words, that word) both ways.
    let words: Vec<Vec<String>> = terms
        .iter()
        .map(|t| crate::text::words(&crate::text::nfc(t)))
        .collect();
    let split: Vec<(String, String)> = words
        .iter()
        .map(|w| match w.split_last() {
            Some((last, head)) => (head.concat(), last.clone()),
            None => (String::new(), String::new()),
        })
        .collect();
    let english: Vec<(String, String)> = words
        .iter()
        .map(|w| match w.split_first() {
            Some((first, rest)) if w.len() > 1 => (rest.concat(), first.clone()),
            _ => (String::from("\u{0}"), String::new()),
        })
        .collect();
    for (a, b) in PAIRS {
        // The English adjective as a whole word; a Korean predicate by its stem (`빠르다`).
        for (parts, whole) in [(&english, true), (&split, false)] {
            let is = |w: &str, x: &str| if whole { w == x } else { w.starts_with(x) };
            for (i, (rest_a, word_a)) in parts.iter().enumerate() {
                if !is(word_a, a) {
                    continue;
                }
                let opposite = parts
                    .iter()
                    .position(|(rest_b, word_b)| rest_b == rest_a && is(word_b, b));
                if let Some(j) = opposite {
                    return Some((&terms[i], &terms[j]));
                }
            }
        }
    }
    None
}

/// Whether a prompt asks to compare things (차이, 비교, vs, 다른가요, difference, compare).
pub fn is_comparison(prompt: &str) -> bool {
    let lower = prompt.to_lowercase();
    const MARKS: &[&str] = &[
        "차이",
        "비교",
        "다른가요",
        "다른 점",
        "다른점",
        "어떻게 다르",
        "difference",
        "differ ",
        "differs",
        "compare",
        "versus",
    ];
    MARKS.iter().any(|m| lower.contains(m))
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "vs")
}

fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn condition_problem(when: &Condition, rubric: &Rubric) -> Option<String> {
    let concepts = || rubric.concepts.iter().map(|c| c.id.as_str());
    match when {
        Condition::Missed(id) | Condition::Mentioned(id) if !concepts().any(|c| c == id) => {
            Some(format!(
                "rubric `{}` has no concept `{id}`{}",
                rubric.id,
                suggest(id, concepts())
            ))
        }
        Condition::Misconception(id) if !rubric.misconceptions.iter().any(|m| &m.id == id) => {
            let ids = rubric.misconceptions.iter().map(|m| m.id.as_str());
            Some(format!(
                "rubric `{}` has no misconception `{id}`{}",
                rubric.id,
                suggest(id, ids)
            ))
        }
        Condition::ScoreBelow(n) | Condition::ScoreAtLeast(n) if *n > 100 => {
            Some(format!("scores run from 0 to 100, not {n}"))
        }
        _ => None,
    }
}
