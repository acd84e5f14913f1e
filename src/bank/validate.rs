//! Checks that need the whole library: ids, references, follow-up cycles, empty rubrics.
//! Each problem points at the line and column of the value to fix.

use std::collections::{HashMap, HashSet};

use super::diagnostic::{suggest_in, Diagnostic};
use super::load::{Library, Origin};
use super::model::{Condition, Rubric};
use super::Lang;
use crate::i18n::BankMsg;
use crate::text::squash;

/// Every problem of `lib`, worded in `lang`.
pub fn validate(lib: &Library, lang: Lang) -> Vec<Diagnostic> {
    let mut v = Validator {
        lib,
        lang,
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
    lang: Lang,
    out: Vec<Diagnostic>,
}

impl<'a> Validator<'a> {
    /// `m` in the chosen language, its `{0}`, `{1}` … filled with `args`.
    fn say(&self, m: BankMsg, args: &[&str]) -> String {
        m.fill(self.lang, args)
    }

    /// "; did you mean `x`?" in the chosen language, or nothing.
    fn suggest<'c>(&self, wanted: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
        suggest_in(wanted, candidates, self.lang)
    }

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
        kind: BankMsg,
        section: &str,
        ids: impl Iterator<Item = (&'i str, Origin)>,
    ) {
        let mut seen: HashMap<&str, Origin> = HashMap::new();
        for (id, origin) in ids {
            match seen.get(id) {
                Some(&first) => {
                    let file = self.lib.file_of(first);
                    let (line, _) = file.at(&format!("{section}[{}].id", first.index));
                    let message = self.say(kind, &[id, &file.name, &line.to_string()]);
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
            BankMsg::DuplicateTopic,
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
        self.duplicates(BankMsg::DuplicateQuestion, "questions", ids);
        let topics: Vec<&str> = lib.topics.iter().map(|t| t.id.as_str()).collect();
        for (q, &origin) in lib.questions.iter().zip(&lib.question_origins) {
            let at = |field: &str| format!("questions[{}].{field}", origin.index);
            if !is_plain_id(&q.id) {
                let message = self.say(BankMsg::IdNotPlain, &[&q.id]);
                self.warning(origin, &at("id"), message);
            }
            if !topics.is_empty() && !topics.contains(&q.topic.as_str()) {
                let hint = self.suggest(&q.topic, topics.iter().copied());
                let message = self.say(BankMsg::UnknownTopic, &[&q.topic, &hint]);
                self.error(origin, &at("topic"), message);
            }
            if q.prompt.is_blank() {
                let message = self.say(BankMsg::EmptyPrompt, &[&q.id]);
                self.error(origin, &at("prompt"), message);
            }
            if q.model_answer.is_blank() {
                let message = self.say(BankMsg::EmptyModelAnswer, &[&q.id]);
                self.error(origin, &at("model_answer"), message);
            }
            for (i, source) in q.source.iter().enumerate() {
                if source.note.trim().is_empty() || source.heading.trim().is_empty() {
                    let message = self.say(BankMsg::SourceIncomplete, &[]);
                    self.error(origin, &at(&format!("source[{i}]")), message);
                }
            }
            let rubric = lib.rubric(q.rubric_id());
            if rubric.is_some_and(|r| r.sides.is_empty()) && q.prompt.all().any(is_comparison) {
                let message = self.say(BankMsg::ComparisonWithoutSides, &[&q.id, q.rubric_id()]);
                self.warning(origin, &at("prompt"), message);
            }
            if rubric.is_none() && !lib.unreadable.contains(q.rubric_id()) {
                let path = if q.rubric.is_some() {
                    at("rubric")
                } else {
                    at("id")
                };
                let ids = lib.rubrics.iter().map(|r| r.id.as_str());
                let hint = self.suggest(q.rubric_id(), ids);
                let message = self.say(BankMsg::NoRubric, &[&q.id, q.rubric_id(), &hint]);
                self.error(origin, &path, message);
            }
            for (i, follow) in q.follow_ups.iter().enumerate() {
                let path = at(&format!("follow_ups[{i}]"));
                if lib.question(&follow.ask).is_none() && !lib.unreadable.contains(&follow.ask) {
                    let message = lib.unknown_question_in(&follow.ask, self.lang);
                    self.error(origin, &format!("{path}.ask"), message);
                } else if follow.ask == q.id {
                    let message = self.say(BankMsg::FollowsItself, &[&q.id]);
                    self.error(origin, &format!("{path}.ask"), message);
                }
                if let Some(rubric) = rubric {
                    if let Some(message) = condition_problem(&follow.when, rubric, self.lang) {
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
        let message = self.say(BankMsg::FollowUpCycle, &[&cycle.join(" → ")]);
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
        self.duplicates(BankMsg::DuplicateRubric, "rubrics", ids);
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
                    lang: self.lang,
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
            let message = self.say(BankMsg::UnusedRubric, &[&r.id]);
            self.warning(origin, &at("id"), message);
        }
        if r.concepts.is_empty() {
            let message = self.say(BankMsg::NoConcepts, &[&r.id]);
            self.error(origin, &at("concepts"), message);
        }
        let mut seen = HashSet::new();
        for (i, c) in r.concepts.iter().enumerate() {
            let path = at(&format!("concepts[{i}]"));
            if !seen.insert(c.id.as_str()) {
                let message = self.say(BankMsg::DuplicateConcept, &[&c.id, &r.id]);
                self.error(origin, &format!("{path}.id"), message);
            }
            if c.weight == 0 {
                let message = self.say(BankMsg::ZeroWeight, &[]);
                self.error(origin, &format!("{path}.weight"), message);
            }
            if c.claims.is_empty() || !c.terms.is_empty() || !c.together.is_empty() {
                let what = self.say(BankMsg::Concept, &[&c.id]);
                self.terms(origin, &path, &c.terms, &c.together, &what);
            }
            self.sides_of(origin, &path, r, c);
        }
        if r.sides.len() > super::model::MAX_SIDES {
            let message = self.say(
                BankMsg::TooManySides,
                &[
                    &r.id,
                    &r.sides.len().to_string(),
                    &super::model::MAX_SIDES.to_string(),
                ],
            );
            self.error(origin, &at("sides"), message);
        }
        for (side, names) in &r.sides {
            if names.iter().all(|n| squash(n).is_empty()) {
                let message = self.say(BankMsg::SideWithoutName, &[side]);
                self.error(origin, &at(&format!("sides.{side}")), message);
            }
        }
        let bound = |side: &str| {
            r.concepts
                .iter()
                .any(|c| c.of.as_deref() == Some(side) || c.claims.contains_key(side))
        };
        if let Some(side) = r.sides.keys().find(|s| !bound(s)) {
            let message = self.say(BankMsg::SideWithoutConcept, &[&r.id, side]);
            self.warning(origin, &at(&format!("sides.{side}")), message);
        }
        let mut seen = HashSet::new();
        for (i, m) in r.misconceptions.iter().enumerate() {
            let path = at(&format!("misconceptions[{i}]"));
            if !seen.insert(m.id.as_str()) {
                let message = self.say(BankMsg::DuplicateMisconception, &[&m.id, &r.id]);
                self.error(origin, &format!("{path}.id"), message);
            }
            let what = self.say(BankMsg::Misconception, &[&m.id]);
            self.terms(origin, &path, &m.terms, &m.together, &what);
        }
        if r.examples.len() < MIN_EXAMPLES && !r.concepts.is_empty() {
            let message = self.say(
                BankMsg::FewExamples,
                &[
                    &r.id,
                    &r.examples.len().to_string(),
                    &MIN_EXAMPLES.to_string(),
                ],
            );
            self.warning(origin, &at("id"), message);
        }
        for (i, c) in r.concepts.iter().enumerate() {
            let groups = std::iter::once((c.of.as_deref(), &c.terms)).chain(
                c.claims
                    .iter()
                    .map(|(side, terms)| (Some(side.as_str()), terms)),
            );
            for (side, terms) in groups {
                if let Some((a, b)) = opposites(terms) {
                    let whose = side.map_or(String::new(), |s| self.say(BankMsg::OfSide, &[s]));
                    let message = self.say(BankMsg::OppositeClaims, &[&c.id, &whose, a, b]);
                    self.warning(origin, &at(&format!("concepts[{i}]")), message);
                }
            }
        }
        for (i, e) in r.examples.iter().enumerate() {
            if e.grade > 5 {
                let message = self.say(BankMsg::ExampleGradeOutOfRange, &[&e.grade.to_string()]);
                self.error(origin, &at(&format!("examples[{i}].grade")), message);
            }
        }
    }

    /// A concept's `of` and `claims` name sides of its rubric, and claims hold terms.
    fn sides_of(&mut self, origin: Origin, path: &str, rubric: &Rubric, c: &super::Concept) {
        let sides = || rubric.sides.keys().map(String::as_str);
        let lang = self.lang;
        let unknown = |side: &str| {
            if rubric.sides.is_empty() {
                BankMsg::NoSides.fill(lang, &[&rubric.id, side])
            } else {
                let hint = suggest_in(side, sides(), lang);
                BankMsg::UnknownSide.fill(lang, &[&rubric.id, side, &hint])
            }
        };
        if let Some(side) = &c.of {
            if !rubric.sides.contains_key(side) {
                let message = unknown(side);
                self.error(origin, &format!("{path}.of"), message);
            }
            if !c.claims.is_empty() {
                let message = self.say(BankMsg::OfAndClaims, &[]);
                self.error(origin, &format!("{path}.of"), message);
            }
        }
        for (side, terms) in &c.claims {
            let at = format!("{path}.claims.{side}");
            if !rubric.sides.contains_key(side) {
                let message = unknown(side);
                self.error(origin, &at, message);
            } else if terms.iter().all(|t| squash(t).is_empty()) {
                let message = self.say(BankMsg::ClaimsNeverMatch, &[side]);
                self.error(origin, &at, message);
            }
            for (i, term) in terms.iter().enumerate() {
                self.term_length(origin, &format!("{at}[{i}]"), term);
            }
        }
    }

    /// A term longer than the grader reads in a row can never match.
    fn term_length(&mut self, origin: Origin, path: &str, term: &str) {
        let words = crate::text::words(&crate::text::nfc(term)).len();
        if words > super::model::MAX_TERM_WORDS {
            let message = self.say(
                BankMsg::TermTooLong,
                &[
                    term,
                    &words.to_string(),
                    &super::model::MAX_TERM_WORDS.to_string(),
                ],
            );
            self.error(origin, path, message);
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
            let message = self.say(BankMsg::NoTerms, &[what]);
            self.error(origin, path, message);
            return;
        }
        let mut matchable = false;
        for (i, term) in terms.iter().enumerate() {
            if squash(term).is_empty() {
                let message = self.say(BankMsg::TermNeverMatches, &[term]);
                self.error(origin, &format!("{path}.terms[{i}]"), message);
            } else {
                matchable = true;
            }
            self.term_length(origin, &format!("{path}.terms[{i}]"), term);
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
                for (k, term) in part.iter().enumerate() {
                    self.term_length(origin, &format!("{part_path}[{k}]"), term);
                }
                if part.iter().all(|t| squash(t).is_empty()) {
                    let message = self.say(BankMsg::EmptyTermGroup, &[]);
                    self.error(origin, &part_path, message);
                    group_ok = false;
                }
            }
            if !any_part {
                let message = self.say(BankMsg::TogetherNeedsGroups, &[]);
                self.error(origin, &format!("{path}.together[{g}]"), message);
                group_ok = false;
            }
            matchable |= group_ok;
        }
        if !matchable {
            let message = self.say(BankMsg::NothingMatches, &[what]);
            self.error(origin, path, message);
        }
    }

    fn glossary(&mut self) {
        let lib = self.lib;
        for (set, &origin) in lib.glossary.iter().zip(&lib.glossary_origins) {
            if set.len() < 2 {
                let message = self.say(BankMsg::GlossaryTooSmall, &[]);
                self.warning(origin, &format!("glossary[{}]", origin.index), message);
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

fn condition_problem(when: &Condition, rubric: &Rubric, lang: Lang) -> Option<String> {
    let concepts = || rubric.concepts.iter().map(|c| c.id.as_str());
    match when {
        Condition::Missed(id) | Condition::Mentioned(id) if !concepts().any(|c| c == id) => {
            let hint = suggest_in(id, concepts(), lang);
            Some(BankMsg::UnknownConcept.fill(lang, &[&rubric.id, id, &hint]))
        }
        Condition::Misconception(id) if !rubric.misconceptions.iter().any(|m| &m.id == id) => {
            let ids = rubric.misconceptions.iter().map(|m| m.id.as_str());
            let hint = suggest_in(id, ids, lang);
            Some(BankMsg::UnknownMisconception.fill(lang, &[&rubric.id, id, &hint]))
        }
        Condition::ScoreBelow(n) | Condition::ScoreAtLeast(n) if *n > 100 => {
            Some(BankMsg::ScoreOutOfRange.fill(lang, &[&n.to_string()]))
        }
        _ => None,
    }
}
