//! Grading an answer against a rubric, with evidence for every point.
//!
//! A score is only useful if the candidate can see why: every concept result carries the
//! words of the answer that evidenced it and how they matched (exact, spacing, alias, typo),
//! or, when missed, its hint; negated mentions are shown as such; caps say what held the
//! score down. A wrong answer is a grade, never an error.

pub mod bands;
mod claims;
pub mod explain;
mod glossary;
mod matcher;
mod structure;

use serde::{Deserialize, Serialize};

pub use bands::{grade_of, PASS_GRADE, PASS_SCORE};
pub use claims::MAX_SIDES;
pub use glossary::Glossary;
pub use matcher::{How, Kind, Occurrence, TermId, TermSet};

use crate::bank::{Expects, Lang, Localized, Rubric, Together};
use crate::i18n::Msg;
use crate::text::{nfc, squash, tokenize, Token};

/// The score an answer cannot exceed while a required concept is missing.
pub const REQUIRED_CAP: u8 = 50;
/// Coverage at which a missing required concept no longer caps an answer that denies
/// nothing: one that already states this much of the rubric knows the topic, and its missing
/// claim was most likely said in words the rubric lacks (it is still shown as missing).
pub const REQUIRED_WAIVED_AT: u8 = 70;
/// The score a bare list of terms cannot exceed on a question that asks to explain.
pub const LIST_CAP: u8 = 45;
/// The most an answer scores that says more claims of the other side than of their own.
pub const SWAPPED_CAP: u8 = 30;
/// The most an answer scores that denies at least as many of the rubric's claims as it makes.
pub const DENIED_CAP: u8 = 30;
/// How many concepts an answer must deny before it is read as a denied answer: one or two
/// denials are what good answers say of the other option ("UDP는 순서를 보장하지 않고").
pub const DENIED_ANSWER_MIN: usize = 3;
/// A misconception this costly is a wrong core claim: the answer cannot pass.
pub const CORE_PENALTY: u32 = 25;
/// The most an answer scores that states a wrong core claim.
pub const CORE_CAP: u8 = 50;
/// Points off for a claim said of the wrong side of a comparison.
pub const SWAP_PENALTY: u32 = 15;
/// Points off for a required claim (or a side's claim) said as not so.
pub const DENIAL_PENALTY: u32 = 15;

/// Answers are graded on their first this-many characters (about ten minutes of speech).
pub const MAX_ANSWER_CHARS: usize = 20_000;

/// A rubric made ready for matching: terms compiled once, answers graded many times.
#[derive(Debug, Clone)]
pub struct CompiledRubric {
    pub rubric: Rubric,
    terms: TermSet,
    concepts: Vec<Pattern>,
    misconceptions: Vec<Pattern>,
    /// The rubric's sides, in the order of `rubric.sides`.
    sides: Vec<Side>,
    /// Terms the question itself says: repeating them answers nothing.
    echo: Vec<bool>,
    /// For each term, the sides it is a name of: said of that side, it is the subject of a
    /// claim, not the claim (`SYN` in "SYN은 연결을 끊을 때 보낸다").
    name_of: Vec<claims::Sides>,
}

/// One side of a comparison: what it is called in the answer.
#[derive(Debug, Clone)]
struct Side {
    /// Its first name, as the rubric writes it: how explanations name it.
    name: String,
    terms: Vec<TermId>,
    /// The word that tells this side's name from another's (`업` of `스케일 업` beside
    /// `스케일 아웃`): said as a subject (`업은 사양만 올리면`), it names this side.
    short: Vec<TermId>,
}

/// For each side, the words that tell its names from the other sides' names: where two
/// names of as many words differ in their last word only (`스케일 업`, `스케일 아웃`), a
/// speaker shortens each to that word (`업은 …, 아웃은 …`). A word that is in any other
/// side's names is no short name.
fn short_names(sides: &[&Vec<String>]) -> Vec<Vec<String>> {
    let split = |n: &String| n.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let words: Vec<Vec<Vec<String>>> = sides
        .iter()
        .map(|names| names.iter().map(split).collect())
        .collect();
    let mut out = vec![Vec::new(); sides.len()];
    for (i, mine) in words.iter().enumerate() {
        for (j, theirs) in words.iter().enumerate() {
            if i == j {
                continue;
            }
            for a in mine {
                for b in theirs.iter().filter(|b| b.len() == a.len() && a.len() >= 2) {
                    // Only the last word: a shared head with a distinguishing tail (`스케일
                    // 업`) shortens to the tail; a distinguishing first word is most often a
                    // word of its own (`서버 소켓`, `세션 쿠키`, `전송 계층`).
                    let last = a.len() - 1;
                    if a[..last] == b[..last] && a[last] != b[last] {
                        let word = &a[last];
                        if word.chars().all(|c| c.is_ascii_digit()) {
                            continue;
                        }
                        let elsewhere = words
                            .iter()
                            .enumerate()
                            .any(|(o, names)| o != i && names.iter().flatten().any(|w| w == word));
                        if !elsewhere && !out[i].contains(word) {
                            out[i].push(word.clone());
                        }
                    }
                }
            }
        }
    }
    out
}

/// What evidences a concept or a misconception: any one term, or any together-group.
#[derive(Debug, Clone, Default)]
struct Pattern {
    /// Term id, whether it is the concept's own (first) term, and the side it is a claim
    /// about.
    any: Vec<(TermId, bool, Option<usize>)>,
    together: Vec<Group>,
}

#[derive(Debug, Clone)]
struct Group {
    side: Option<usize>,
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
        let side_ids: Vec<&String> = rubric.sides.keys().collect();
        let side_index = |id: &str| {
            side_ids
                .iter()
                .position(|s| *s == id)
                .filter(|&i| i < claims::MAX_SIDES)
        };
        let concepts = rubric
            .concepts
            .iter()
            .map(|c| {
                let of = c.of.as_deref().and_then(side_index);
                let mut p = Pattern::new(&c.terms, &c.together, of, false, &mut terms, glossary);
                for (side, claims) in &c.claims {
                    let side = side_index(side);
                    for t in claims {
                        p.any
                            .push((terms.add(t, glossary, Kind::Concept), false, side));
                    }
                }
                p
            })
            .collect();
        let misconceptions = rubric
            .misconceptions
            .iter()
            .map(|m| Pattern::new(&m.terms, &m.together, None, true, &mut terms, glossary))
            .collect();
        // Past `MAX_SIDES` (a `check` error) a side binds nothing, rather than overflow.
        let named: Vec<&Vec<String>> = rubric.sides.values().take(claims::MAX_SIDES).collect();
        let mut add_names = |names: &[String]| -> Vec<TermId> {
            names
                .iter()
                .map(|n| terms.add(n, glossary, Kind::Name))
                .collect()
        };
        let sides: Vec<Side> = named
            .iter()
            .zip(short_names(&named))
            .map(|(names, short)| Side {
                name: names.first().cloned().unwrap_or_default(),
                terms: add_names(names),
                short: add_names(&short),
            })
            .collect();
        let side_names: Vec<Vec<String>> = sides
            .iter()
            .map(|s| s.terms.iter().map(|&n| squash(terms.text(n))).collect())
            .collect();
        let name_of = (0..terms.len())
            .map(|t| {
                let text = squash(terms.text(t));
                (0..sides.len())
                    .filter(|&i| side_names[i].contains(&text))
                    .fold(0, |set, i| set | 1 << i)
            })
            .collect();
        CompiledRubric {
            rubric: rubric.clone(),
            echo: vec![false; terms.len()],
            name_of,
            terms,
            concepts,
            misconceptions,
            sides,
        }
    }

    /// The same rubric, told what its question asks: terms found in `prompts` are echoes.
    pub fn with_prompts<'p>(mut self, prompts: impl IntoIterator<Item = &'p str>) -> Self {
        for prompt in prompts {
            for o in self.terms.find(&tokenize(&nfc(prompt))) {
                self.echo[o.term] = true;
            }
        }
        self
    }

    /// The subject of every token (empty without sides; see [`claims`]).
    fn subjects(&self, found: &[Occurrence], tokens: &[Token]) -> Vec<claims::Sides> {
        // A bare list of words makes no claims to bind: "GET, POST, 쿼리 스트링" says nothing
        // of whom (it is capped as a list instead).
        if self.sides.is_empty() || structure::says_nothing_of_anything(tokens) {
            return Vec::new();
        }
        let mut mentions: Vec<claims::Mention> = found
            .iter()
            .filter(|o| !o.negated && !claims::Mention::is_participle(o, tokens))
            .filter_map(|o| {
                if let Some(side) = self.sides.iter().position(|s| s.terms.contains(&o.term)) {
                    return Some(claims::Mention::of(o, side, tokens));
                }
                // A short name names a side only as the clause's subject (`업은`).
                let side = self.sides.iter().position(|s| s.short.contains(&o.term))?;
                Some(claims::Mention::of(o, side, tokens)).filter(|m| m.marked)
            })
            .collect();
        // A longer name wins where two overlap (`L7 로드 밸런서` over `L7`, `롱 폴링` over `폴링`).
        mentions.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
        mentions.dedup_by_key(|m| m.first);
        let spans: Vec<(usize, usize)> = mentions.iter().map(|m| (m.first, m.last)).collect();
        mentions.retain(|m| {
            !spans
                .iter()
                .any(|&(f, l)| f <= m.first && m.last <= l && (f, l) != (m.first, m.last))
        });
        let places = claims::former_and_latter(&mentions, tokens);
        mentions.extend(places);
        claims::subjects(&mut mentions, tokens)
    }

    /// The names of the sides in `sides`, joined: `TCP`, `TCP·UDP`.
    fn side_names(&self, sides: claims::Sides) -> String {
        self.sides
            .iter()
            .enumerate()
            .filter(|(i, _)| sides & (1 << i) != 0)
            .map(|(_, s)| s.name.as_str())
            .collect::<Vec<_>>()
            .join("·")
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
            // The interviewer heard the claim, not only the name.
            c.named_only = false;
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
                    label: Some(m.labels()),
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
        // The interviewer's judgement replaces what the words alone suggested.
        let limits = Limits::default();
        let mut regraded = Grade::score(grade.answer, concepts, misconceptions, false, limits);
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
        let mut found = self.terms.find(&tokens);
        // Side names are read before clause negation: `UDP는 … 보장하지 않는다` is still about UDP.
        let subjects = self.subjects(&found, &tokens);
        // A denied clause states none of its words, except a term that says "not" itself
        // (`상태를 저장하지 않다`: the denial is that claim). A clause that calls a quality low or
        // weak (`일관성이 약하다`, `low reliability`) denies the bare noun of that quality.
        let denied = matcher::negated_clauses(&tokens);
        let lessened = matcher::lessened_clauses(&tokens);
        for o in found.iter_mut() {
            let clause = tokens[o.last].clause as usize;
            let bare = !self.terms.is_claim(o.term);
            let by_clause = denied[clause] && !self.terms.denies(o.term);
            let weakened =
                bare && (lessened[clause] || matcher::lessened_by_word(&tokens, o.first));
            if (by_clause || weakened) && !o.negated {
                o.negated = true;
                o.by_clause = by_clause && !weakened;
            }
        }
        let ctx = Context {
            terms: &self.terms,
            found: &found,
            tokens: &tokens,
            subjects: &subjects,
            sides: self.sides.len(),
        };
        // Evidence of a side-bound claim says which clause it was in and what that clause
        // was about, so a swap or a denial can be seen, not just believed.
        let evidence = |b: &Bound| {
            let mut e = Evidence::new(b.occurrence, b.how, &self.terms, &tokens, &answer);
            if b.side.is_some() {
                let subject = ctx.subject(b.occurrence.first);
                e.subject = (subject != 0).then(|| self.side_names(subject));
                e.clause = Some(clause_text(&tokens, &answer, b.occurrence.first));
            }
            e
        };

        // A list of the right words, not an explanation; "모르겠습니다" names nothing and is no
        // list of anything. A whole answer that is a list is capped below; a list inside an
        // explanation credits its items at half weight. Where the question asks for a list,
        // a list is the answer.
        let explains = self.rubric.expects == Expects::Explanation;
        let list_answer = explains && structure::is_bare_list(&tokens, &answer);
        let items = list_items(&found, &tokens, &self.terms);
        let mut auto_misconceptions = Vec::new();
        let mut swaps = Vec::new();
        let mut sided_credit = 0;
        let concepts: Vec<ConceptResult> = self
            .rubric
            .concepts
            .iter()
            .zip(&self.concepts)
            .map(|(concept, pattern)| {
                let e = pattern.evidence(&ctx);
                // A name is not an explanation: words the question already says, or a term
                // standing alone in a list, show that the candidate knows the word.
                let listed = |b: &Bound| {
                    !self.terms.is_claim(b.occurrence.term)
                        && in_list(&items, &tokens, b.occurrence)
                };
                let echo = |b: &Bound| self.echo[b.occurrence.term];
                // A side's own name, said of it, names what the claim is about.
                let subject = |b: &Bound| {
                    explains
                        && !b.grouped
                        && b.side
                            .is_some_and(|i| self.name_of[b.occurrence.term] & (1 << i) != 0)
                };
                let named_only = !e.said.is_empty()
                    && e.said
                        .iter()
                        .all(|b| echo(b) || subject(b) || (explains && !list_answer && listed(b)));
                // What is said as not so outweighs a bare name said elsewhere (`SYN, ACK, FIN
                // 같은 플래그가 있습니다. SYN은 연결 수립에 쓰이지 않고 …`).
                let contradicted =
                    !e.negated.is_empty() && e.said.iter().all(|b| echo(b) || listed(b));
                let hit = !e.said.is_empty() && !contradicted;
                let named_only = hit && named_only;
                if !e.swapped.is_empty() {
                    swaps.push(self.swap(concept, &e, &evidence));
                }
                // Only a claim said of its side outweighs a swap: a name is no claim.
                if hit && !named_only && e.said.iter().any(|b| b.side.is_some()) {
                    sided_credit += 1;
                }
                let denied = e.negated.iter().any(|b| b.denied);
                if !hit && (denied || (concept.required && !e.negated.is_empty())) {
                    auto_misconceptions.push(denial(concept, &e, &evidence));
                }
                ConceptResult {
                    id: concept.id.clone(),
                    label: concept.label.clone(),
                    weight: concept.weight,
                    required: concept.required,
                    hit,
                    named_only,
                    heard: false,
                    evidence: e.said.iter().map(evidence).collect(),
                    negated: e.negated.iter().map(evidence).collect(),
                    swapped: e.swapped.iter().map(evidence).collect(),
                    hint: concept.hint.clone(),
                    feedback: concept.feedback.clone(),
                }
            })
            .collect();

        let mut misconceptions: Vec<MisconceptionHit> = self
            .rubric
            .misconceptions
            .iter()
            .zip(&self.misconceptions)
            .filter_map(|(m, pattern)| {
                let mut said = pattern.evidence(&ctx).said;
                // What the answer sets its claim against is not claimed: `스레드를 하나씩 만드는
                // 방식과 달리`, "unlike a thread per client".
                said.retain(|b| !matcher::in_contrast(&tokens, b.occurrence));
                // Nor is what it reports in order to correct: `흔히 … 안전하다고 하는데`.
                said.retain(|b| !matcher::reported(&tokens, b.occurrence));
                (!said.is_empty()).then(|| MisconceptionHit {
                    id: m.id.clone(),
                    label: Some(m.labels()),
                    penalty: m.penalty,
                    feedback: m.feedback.clone(),
                    evidence: said.iter().map(evidence).collect(),
                })
            })
            .collect();
        // Sides are weighed over the whole answer. One claim read as said of the other side,
        // among more said of their own, is more often a subject misread (a clause whose
        // subject was carried over, a side named in passing) than sides confused: it is shown,
        // at no cost. Most claims said of the other side is a swapped answer, however many of
        // its words are right.
        let swapped_answer = swaps.len() >= 2 && swaps.len() > sided_credit;
        if swaps.len() < sided_credit {
            for s in &mut swaps {
                s.penalty = 0;
            }
        }
        misconceptions.extend(swaps);
        misconceptions.extend(auto_misconceptions);

        let bare_list = list_answer && concepts.iter().any(|c| c.hit);
        // The same weighing for denials: "세션 클러스터링은 세션을 복제하지 않고 … 스티키 세션은
        // 같은 서버로 보내지 않는" names every concept and denies them. A good answer denies a
        // claim or two of the other option; one that denies three or more and states no more
        // than it denies is a negated answer, however many of its words are right.
        let denied_concepts = concepts.iter().filter(|c| !c.negated.is_empty()).count();
        let stated = concepts.iter().filter(|c| c.hit).count();
        let denied_answer = denied_concepts >= DENIED_ANSWER_MIN && denied_concepts >= stated;
        let mut grade = Grade::score(
            answer,
            concepts,
            misconceptions,
            tokens.is_empty(),
            Limits {
                bare_list,
                swapped_answer,
                denied_answer,
            },
        );
        if truncated {
            grade.caps.push(Cap::Truncated {
                chars: MAX_ANSWER_CHARS,
            });
        }
        grade
    }
}

/// What grading one answer needs to hand to every pattern.
struct Context<'a> {
    terms: &'a TermSet,
    found: &'a [Occurrence],
    tokens: &'a [Token],
    /// The subject of each token; empty without sides.
    subjects: &'a [claims::Sides],
    sides: usize,
}

impl Context<'_> {
    fn subject(&self, token: usize) -> claims::Sides {
        self.subjects.get(token).copied().unwrap_or(0)
    }
}

/// One occurrence, how it counts, and the side it was bound to.
struct Bound<'a> {
    occurrence: &'a Occurrence,
    how: How,
    side: Option<usize>,
    /// Said of its own side as not so.
    denied: bool,
    /// The subject it was said of, when that was the other side.
    said_of: claims::Sides,
    /// One part of a together-group: the group says the claim, even when this part is the
    /// side's own name (`인터넷 계층` + `IP`).
    grouped: bool,
}

/// The evidence of one pattern, sorted out by how it counts.
#[derive(Default)]
struct PatternEvidence<'a> {
    said: Vec<Bound<'a>>,
    negated: Vec<Bound<'a>>,
    swapped: Vec<Bound<'a>>,
}

impl Pattern {
    fn new(
        terms: &[String],
        together: &[Together],
        side: Option<usize>,
        one_clause: bool,
        set: &mut TermSet,
        glossary: &Glossary,
    ) -> Self {
        let kind = if one_clause {
            Kind::Misconception
        } else {
            Kind::Concept
        };
        let any = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (set.add(t, glossary, kind), i == 0, side))
            .collect();
        let ids = |groups: &Vec<Vec<String>>, set: &mut TermSet| -> Vec<Vec<TermId>> {
            groups
                .iter()
                .map(|g| g.iter().map(|t| set.add(t, glossary, kind)).collect())
                .collect()
        };
        let together = together
            .iter()
            .map(|t| Group {
                side,
                all: ids(&t.all, set),
                denied: ids(&t.denied, set),
                within: t.within,
                one_clause,
            })
            .collect();
        Pattern { any, together }
    }

    /// The occurrences that evidence this pattern; those of its plain terms said as not so
    /// (shown to the candidate as "you said the opposite"); and those said of the wrong side.
    fn evidence<'a>(&self, ctx: &Context<'a>) -> PatternEvidence<'a> {
        let mut out = PatternEvidence::default();
        let mut sort = |occurrence: &'a Occurrence, how: How, side: Option<usize>, negated| {
            // A near spelling said as not so is no evidence either way: it may be another word
            // (`받았는지 확인할 수 없다` is not the term `받았다는 확인`), and a claim is denied
            // only in the words of the claim.
            if negated && how == How::Typo {
                return;
            }
            let subject = ctx.subject(occurrence.first);
            let mut binding = claims::bind(side, negated, subject, ctx.sides);
            // The right contrast is a claim denied of the other side ("UDP는 순서를 보장하지
            // 않는다"), not a bare word under a denial ("403은 인증이 안 된 것").
            if binding == claims::Binding::Credit && negated && !ctx.terms.is_claim(occurrence.term)
            {
                binding = claims::Binding::Negated;
            }
            let bound = |denied, said_of| Bound {
                occurrence,
                how,
                side,
                denied,
                said_of,
                grouped: false,
            };
            match binding {
                claims::Binding::Credit => out.said.push(bound(false, 0)),
                claims::Binding::Negated => out.negated.push(bound(false, 0)),
                claims::Binding::Denied => out.negated.push(bound(true, 0)),
                claims::Binding::Swapped(of) => out.swapped.push(bound(false, of)),
            }
        };
        for &(term, primary, side) in &self.any {
            for o in ctx.found.iter().filter(|o| o.term == term) {
                let how = if primary || o.how == How::Typo {
                    o.how
                } else {
                    How::Alias.max(o.how)
                };
                sort(o, how, side, o.negated);
            }
        }
        for group in &self.together {
            let own_side = |o: &Occurrence| {
                claims::bind(group.side, false, ctx.subject(o.first), ctx.sides)
                    == claims::Binding::Credit
            };
            let picked = group.evidence(ctx.found, ctx.tokens, ctx.terms, &own_side);
            // The group is one claim: the clause of its first part says whose.
            if let Some(anchor) = picked.first() {
                let subject = ctx.subject(anchor.first);
                let binding = claims::bind(group.side, false, subject, ctx.sides);
                for o in picked {
                    let b = Bound {
                        occurrence: o,
                        how: o.how,
                        side: group.side,
                        denied: false,
                        said_of: 0,
                        grouped: true,
                    };
                    match binding {
                        claims::Binding::Swapped(of) => {
                            out.swapped.push(Bound { said_of: of, ..b })
                        }
                        _ => out.said.push(b),
                    }
                }
            }
        }
        // One place in the answer is one piece of evidence, shown by its best match; words
        // inside a longer match are part of it (`handshake` in `3-way handshake`).
        for list in [&mut out.said, &mut out.negated, &mut out.swapped] {
            list.sort_by_key(|b| (b.occurrence.first, b.occurrence.last, b.how));
            list.dedup_by_key(|b| (b.occurrence.first, b.occurrence.last));
            let spans: Vec<(usize, usize)> = list
                .iter()
                .map(|b| (b.occurrence.first, b.occurrence.last))
                .collect();
            list.retain(|b| {
                let (f, l) = (b.occurrence.first, b.occurrence.last);
                !spans
                    .iter()
                    .any(|&(sf, sl)| sf <= f && l <= sl && (sf, sl) != (f, l))
            });
        }
        // Where the same words were also read as a claim of their own side (a longer claim,
        // `신뢰성이 낮` for UDP over `신뢰성` for TCP), they are not a swap.
        let credited: Vec<(usize, usize)> = out
            .said
            .iter()
            .map(|b| (b.occurrence.first, b.occurrence.last))
            .collect();
        out.swapped.retain(|b| {
            !credited
                .iter()
                .any(|&(f, l)| f <= b.occurrence.last && b.occurrence.first <= l)
        });
        out
    }
}

impl CompiledRubric {
    /// The misconception a swapped claim makes, by itself: "said of UDP; the rubric expects
    /// it of TCP".
    fn swap(
        &self,
        concept: &crate::bank::Concept,
        e: &PatternEvidence,
        evidence: &dyn Fn(&Bound) -> Evidence,
    ) -> MisconceptionHit {
        // One sentence per way the sides were swapped ("said of UDP; … of TCP").
        let mut pairs: Vec<(String, String)> = Vec::new();
        for b in &e.swapped {
            let pair = (
                self.side_names(b.said_of),
                b.side
                    .map(|s| self.sides[s].name.clone())
                    .unwrap_or_default(),
            );
            if !pairs.contains(&pair) {
                pairs.push(pair);
            }
        }
        let feedback = |lang| {
            pairs
                .iter()
                .map(|(said, expected)| Msg::SaidOfOtherSide.fill(lang, &[said, expected]))
                .collect::<Vec<_>>()
                .join(" ")
        };
        MisconceptionHit {
            id: format!("swapped:{}", concept.id),
            label: Some(found_by_itself(Msg::SwappedClaim, concept)),
            penalty: SWAP_PENALTY,
            feedback: Localized::new(feedback(Lang::Ko), feedback(Lang::En)),
            evidence: e.swapped.iter().map(evidence).collect(),
        }
    }
}

/// The label of a misconception the grader finds by itself: its kind, then the concept.
fn found_by_itself(kind: Msg, concept: &crate::bank::Concept) -> Localized {
    let label = |lang| format!("{} — {}", kind.text(lang), concept.label.get(lang));
    Localized::new(label(Lang::Ko), label(Lang::En))
}

/// The misconception a denied claim makes, by itself: the answer says as not so what the
/// rubric counts as true.
fn denial(
    concept: &crate::bank::Concept,
    e: &PatternEvidence,
    evidence: &dyn Fn(&Bound) -> Evidence,
) -> MisconceptionHit {
    MisconceptionHit {
        id: format!("denied:{}", concept.id),
        label: Some(found_by_itself(Msg::DeniedClaim, concept)),
        penalty: DENIAL_PENALTY,
        feedback: Localized::new(
            Msg::SaidAsNotSo.fill(Lang::Ko, &[concept.label.get(Lang::Ko)]),
            Msg::SaidAsNotSo.fill(Lang::En, &[concept.label.get(Lang::En)]),
        ),
        evidence: e.negated.iter().map(evidence).collect(),
    }
}

/// Which clauses are items of a list: a clause that is nothing but a name (`SYN, ACK, FIN`),
/// but for list words (`등`, `같은`, `and`).
fn list_items(found: &[Occurrence], tokens: &[Token], terms: &TermSet) -> Vec<bool> {
    const LIST_WORDS: &[&str] = &[
        "등", "등등", "같은", "등이", "등을", "및", "and", "or", "etc",
    ];
    let clauses = tokens.last().map_or(0, |t| t.clause as usize + 1);
    let mut items = vec![false; clauses];
    // A misconception's words make no list: "CLOSE_WAIT가 아니라" must not turn the claims
    // around it into items.
    let named = |o: &&Occurrence| !terms.is_claim(o.term) && !terms.is_misconception(o.term);
    for o in found.iter().filter(named) {
        let clause = tokens[o.first].clause;
        items[clause as usize] |= tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.clause == clause)
            .all(|(i, t)| (o.first..=o.last).contains(&i) || LIST_WORDS.contains(&t.word()));
    }
    items
}

/// Whether `o` is said as an item of a list: its clause is one, or it opens or closes a list
/// (`조건은 상호 배제, 점유 대기, 비선점, 순환 대기가 있다`: the first and last carry the frame).
fn in_list(items: &[bool], tokens: &[Token], o: &Occurrence) -> bool {
    let clause = tokens[o.first].clause as usize;
    let sentence = tokens[o.first].sentence;
    let same_sentence = |c: usize| {
        tokens
            .iter()
            .any(|t| t.clause as usize == c && t.sentence == sentence)
    };
    items[clause]
        || (clause > 0 && items[clause - 1] && same_sentence(clause - 1))
        || (items.get(clause + 1) == Some(&true) && same_sentence(clause + 1))
}

/// The words of the clause holding token `at`, as written.
fn clause_text(tokens: &[Token], answer: &str, at: usize) -> String {
    let clause = tokens[at].clause;
    let first = tokens[..at]
        .iter()
        .rposition(|t| t.clause != clause)
        .map_or(0, |i| i + 1);
    let last = tokens[at..]
        .iter()
        .position(|t| t.clause != clause)
        .map_or(tokens.len(), |i| at + i)
        - 1;
    answer[tokens[first].start..tokens[last].end].to_string()
}

impl Group {
    /// One occurrence per part, all close enough together; empty when the group fails.
    /// Anchors that `prefer` accepts are tried first (a claim said of its own side, where the
    /// same words also come near each other elsewhere).
    fn evidence<'a>(
        &self,
        found: &'a [Occurrence],
        tokens: &[Token],
        terms: &TermSet,
        prefer: &dyn Fn(&Occurrence) -> bool,
    ) -> Vec<&'a Occurrence> {
        let picked = self.pick(found, tokens, terms, prefer);
        if picked.is_empty() {
            self.pick(found, tokens, terms, &|_| true)
        } else {
            picked
        }
    }

    fn pick<'a>(
        &self,
        found: &'a [Occurrence],
        tokens: &[Token],
        terms: &TermSet,
        accept: &dyn Fn(&Occurrence) -> bool,
    ) -> Vec<&'a Occurrence> {
        let parts: Vec<(&Vec<TermId>, bool)> = self
            .all
            .iter()
            .map(|g| (g, false))
            .chain(self.denied.iter().map(|g| (g, true)))
            .collect();
        // Where one part of the group says "not" itself (`쓸 수 없다`), its clause's denial is
        // that part's claim: the other parts said in that clause (`포트를`) belong to it.
        let denial_clauses: Vec<u32> = found
            .iter()
            .filter(|o| !o.negated && terms.denies(o.term))
            .filter(|o| self.all.iter().any(|part| part.contains(&o.term)))
            .map(|o| tokens[o.last].clause)
            .collect();
        let usable = |o: &Occurrence, negated: bool| {
            o.negated == negated
                || (!negated && o.by_clause && denial_clauses.contains(&tokens[o.last].clause))
        };
        let Some(((anchor_terms, anchor_negated), rest)) = parts.split_first() else {
            return Vec::new();
        };
        // The other parts' occurrences by position, so that only those within reach of an
        // anchor are looked at: an answer may say a term thousands of times.
        let rest: Vec<Vec<&Occurrence>> = rest
            .iter()
            .map(|(terms, negated)| {
                let mut said: Vec<&Occurrence> = found
                    .iter()
                    .filter(|o| terms.contains(&o.term) && usable(o, *negated))
                    .collect();
                said.sort_by_key(|o| o.first);
                said
            })
            .collect();
        if rest.iter().any(Vec::is_empty) {
            return Vec::new();
        }
        let anchors = found
            .iter()
            .filter(|o| anchor_terms.contains(&o.term) && usable(o, *anchor_negated));
        for anchor in anchors.filter(|o| accept(o)) {
            let near = |o: &&&Occurrence| {
                let close = match self.within {
                    Some(words) => o.first.abs_diff(anchor.first) <= words as usize,
                    None => tokens[o.first].sentence == tokens[anchor.first].sentence,
                };
                close && (!self.one_clause || one_claim(tokens, anchor.first, o.first))
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

/// Whether two words are in one claim: one clause, or a condition and the clause that says what
/// follows from it (`HTTPS를 쓰면 CSRF는 불가능하다`, "if you use HTTPS, CSRF is impossible").
fn one_claim(tokens: &[Token], a: usize, b: usize) -> bool {
    let (a, b) = (a.min(b), a.max(b));
    let (first, second) = (tokens[a].clause, tokens[b].clause);
    if first == second {
        return true;
    }
    if second != first + 1 {
        return false;
    }
    // The last word of the first clause ends a condition, or the first clause opens with one.
    let boundary = (a..b).find(|&t| tokens[t + 1].clause == second);
    let opens_with_if = tokens[..=a]
        .iter()
        .rev()
        .take_while(|t| t.clause == first)
        .last()
        .is_some_and(|t| matches!(t.word(), "if" | "when" | "once"));
    boundary.is_some_and(|t| tokens[t].condition) || opens_with_if
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
    /// Evidenced only by names (the question's own words, or a term alone in a list): half
    /// its weight.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub named_only: bool,
    /// Ticked by an interviewer who heard it (pair mode), whatever the text shows.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heard: bool,
    pub evidence: Vec<Evidence>,
    /// Mentions said negated, which do not count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub negated: Vec<Evidence>,
    /// Claims said of the other side of a comparison, which count against.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub swapped: Vec<Evidence>,
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
    /// For a claim about a side: the side(s) its clause was about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// For a claim about a side: the clause it was said in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
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
            subject: None,
            clause: None,
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
    /// More claims said of the other side than of their own: capped at [`SWAPPED_CAP`].
    SidesSwapped,
    /// As many of the rubric's claims denied as stated: capped at [`DENIED_CAP`].
    MostlyDenied,
    /// Misconceptions cost this many points.
    Penalty { points: u32 },
    /// A misconception of [`CORE_PENALTY`] or more was stated: capped at [`CORE_CAP`].
    CoreMisconception { misconceptions: Vec<String> },
    /// Only the first `chars` characters were graded.
    Truncated { chars: usize },
}

/// What the whole answer is, beyond its concepts, that limits its score.
#[derive(Default)]
struct Limits {
    /// A bare list of terms where an explanation was asked for.
    bare_list: bool,
    /// More claims said of the other side than of their own.
    swapped_answer: bool,
    /// As many claims said as not so as said as so.
    denied_answer: bool,
}

impl Grade {
    fn score(
        answer: String,
        concepts: Vec<ConceptResult>,
        misconceptions: Vec<MisconceptionHit>,
        empty: bool,
        limits: Limits,
    ) -> Grade {
        let total: u32 = concepts.iter().map(|c| c.weight).sum();
        // Half weights are counted in halves.
        let hit: u32 = concepts
            .iter()
            .filter(|c| c.hit)
            .map(|c| if c.named_only { c.weight } else { 2 * c.weight })
            .sum();
        let coverage = (100 * hit + total).checked_div(2 * total).unwrap_or(0) as u8;
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
        // Points off are not enough for a wrong core claim: an answer that names every other
        // concept would still pass (100 − 40). An interviewer fails it.
        let core: Vec<String> = misconceptions
            .iter()
            .filter(|m| m.penalty >= CORE_PENALTY)
            .map(|m| m.id.clone())
            .collect();
        if !core.is_empty() {
            score = score.min(CORE_CAP as i64);
            caps.push(Cap::CoreMisconception {
                misconceptions: core,
            });
        }
        let missing: Vec<String> = concepts
            .iter()
            .filter(|c| c.required && !c.hit)
            .map(|c| c.id.clone())
            .collect();
        // Evidence against anything keeps the cap: a negated or misconceived answer can name
        // most of the rubric.
        let clean = penalty == 0 && concepts.iter().all(|c| c.negated.is_empty());
        let waived = clean && coverage >= REQUIRED_WAIVED_AT;
        if !missing.is_empty() && !empty && !waived {
            score = score.min(REQUIRED_CAP as i64);
            caps.push(Cap::RequiredMissing { concepts: missing });
        }
        if limits.bare_list && !empty {
            score = score.min(LIST_CAP as i64);
            caps.push(Cap::BareList);
        }
        if limits.swapped_answer {
            score = score.min(SWAPPED_CAP as i64);
            caps.push(Cap::SidesSwapped);
        }
        if limits.denied_answer {
            score = score.min(DENIED_CAP as i64);
            caps.push(Cap::MostlyDenied);
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
    /// The prompts (both languages) of the questions each rubric grades.
    prompts: std::collections::HashMap<String, Vec<String>>,
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
            prompts: prompts_of(library, |_| true),
            rubrics,
        }
    }

    /// A grader for the rubrics of `questions` only (each once): what `kkori grade` needs,
    /// without copying every rubric of the library first. Any other rubric is `None`.
    pub fn for_questions<'q>(
        library: &crate::bank::Library,
        questions: impl IntoIterator<Item = &'q crate::bank::Question>,
    ) -> Grader {
        let mut rubrics = std::collections::HashMap::new();
        for q in questions {
            if let Some(r) = library.rubric(q.rubric_id()) {
                rubrics
                    .entry(r.id.clone())
                    .or_insert_with(|| (r.clone(), Default::default()));
            }
        }
        Grader {
            glossary: Glossary::new(&library.glossary),
            // Every question of the library that a chosen rubric grades, as [`Grader::new`]:
            // the grade of an answer does not depend on which questions were asked for.
            prompts: prompts_of(library, |id| rubrics.contains_key(id)),
            rubrics,
        }
    }

    /// [`CompiledRubric::new`] told the prompts of the questions rubric `id` grades.
    fn build(&self, id: &str, rubric: &Rubric) -> CompiledRubric {
        CompiledRubric::new(rubric, &self.glossary).with_prompts(
            self.prompts
                .get(id)
                .into_iter()
                .flatten()
                .map(String::as_str),
        )
    }

    pub fn rubric(&self, id: &str) -> Option<&CompiledRubric> {
        let (rubric, compiled) = self.rubrics.get(id)?;
        Some(compiled.get_or_init(|| self.build(id, rubric)))
    }

    /// Rubric `id` compiled afresh and not kept: for one pass over every rubric (`kkori
    /// check`), where keeping them all compiled would take gigabytes on a large bank.
    pub fn compile(&self, id: &str) -> Option<CompiledRubric> {
        let (rubric, compiled) = self.rubrics.get(id)?;
        Some(match compiled.get() {
            Some(done) => done.clone(),
            None => self.build(id, rubric),
        })
    }

    /// Grade an answer to `question`; `None` when its rubric is missing (a `check` error).
    pub fn grade(&self, question: &crate::bank::Question, answer: &str) -> Option<Grade> {
        Some(self.rubric(question.rubric_id())?.grade(answer))
    }
}

/// The prompts (both languages) of the questions of `library` whose rubric `wanted` keeps,
/// by rubric id.
fn prompts_of(
    library: &crate::bank::Library,
    wanted: impl Fn(&str) -> bool,
) -> std::collections::HashMap<String, Vec<String>> {
    let mut prompts: std::collections::HashMap<String, Vec<String>> = Default::default();
    for q in library.questions.iter().filter(|q| wanted(q.rubric_id())) {
        let texts = prompts.entry(q.rubric_id().to_string()).or_default();
        texts.push(q.prompt.get(Lang::Ko).to_string());
        texts.push(q.prompt.get(Lang::En).to_string());
    }
    prompts
}
