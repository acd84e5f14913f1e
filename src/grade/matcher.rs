//! Finding rubric terms in an answer.
//!
//! Every term is compiled to its squashed spellings (glossary variants included). An answer
//! is walked word by word: at each word, each of its stems is appended to a buffer, looked up
//! among the spellings, and the walk goes on to the next word only while the buffer is still
//! a prefix of some spelling. So `로드 밸런싱을`, `로드밸런싱` and `load balancing` all reach
//! the same spelling, in time linear in the answer, without building candidate strings.
//! Terms that are not found exactly get one more, typo-tolerant look on decomposed jamo.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::{Deserialize, Serialize};

use super::glossary::Glossary;
use crate::text::analyzer;
use crate::text::{fold, jamo, nfc, Token};

pub type TermId = usize;

/// What a term is for, which decides how loosely it may match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Evidence of a concept: typos, stems, lemmas.
    Concept,
    /// A wrong claim: never as a typo (a near miss of a wrong claim is most often the right
    /// one: `연결을 맺지만` is one edit from `연결을 맺지 않`).
    Misconception,
    /// The name of a side of a comparison: typos, but no English stem (`stateful` is not
    /// `state`).
    Name,
}

/// The most words one term may span in an answer.
const MAX_WORDS: usize = crate::bank::MAX_TERM_WORDS;

/// How a term was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// As the rubric writes it (case, width and Korean particles aside).
    Exact,
    /// As written, but spaced or hyphenated differently (`로드 밸런싱` / `로드밸런싱`).
    Spacing,
    /// Through another term of the concept or a glossary equivalent (`handshake` / `핸드셰이크`).
    Alias,
    /// Within a small edit distance on jamo (`핸드쉐이크` / `핸드셰이크`).
    Typo,
}

/// One place an answer says a term.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    pub term: TermId,
    /// First and last token, inclusive.
    pub first: usize,
    pub last: usize,
    pub how: How,
    /// 1.0 unless found as a typo.
    pub similarity: f32,
    /// Said as not so ("보장하지 않는다", "does not retransmit").
    pub negated: bool,
    /// Negated only because its clause's predicate is denied (`포트를 쓸 수 없다` for `포트`):
    /// it is still a part of a claim that says "not" itself (see `Group::pick`).
    pub by_clause: bool,
    /// Bytes at the end of the last word that follow the term: its particle or ending
    /// (`TCP는` → `는`), which tells a subject from an object.
    pub ending: usize,
}

impl Occurrence {
    /// The particle or ending after the term (`는` in `TCP는`).
    pub fn ending<'t>(&self, tokens: &'t [Token]) -> &'t str {
        let word = tokens[self.last].word();
        &word[word.len() - self.ending.min(word.len())..]
    }
}

#[derive(Debug, Clone, Copy)]
struct Spelling {
    term: TermId,
    /// Words in the written form; 0 for glossary variants.
    words: usize,
    /// A conjugated form of a lemma term: the only spellings a word with its verbal ending
    /// taken off may match (see [`crate::text::analyzer`]).
    lemma: bool,
}

#[derive(Debug, Clone)]
struct Fuzzy {
    term: TermId,
    /// The first of `jamo`, kept beside it so that searching the sorted terms reads no
    /// further memory.
    initial: char,
    jamo: Vec<char>,
    /// Which jamo it contains (see [`signature`]).
    signature: u64,
    max_edits: usize,
    /// The term's acronyms and short Latin words (`tcp`, `and`, `add`): a typo of the phrase
    /// must leave them whole, or `TCP 핸드셰이크` would be "TLS 핸드셰이크" and "add memory"
    /// "and memory".
    whole: Vec<Vec<char>>,
}

impl Fuzzy {
    /// Where it sorts: typos keep the first jamo (see `try_typo`), and the length bounds the
    /// edits, so candidates are compared only with the terms of their first jamo and length.
    fn key(&self) -> (char, usize) {
        (self.initial, self.jamo.len())
    }
}

/// The compiled terms of one rubric.
#[derive(Debug, Clone, Default)]
pub struct TermSet {
    texts: Vec<String>,
    /// By text and kind.
    ids: HashMap<(String, Kind), TermId>,
    /// Whether each term states a claim rather than names a thing (see [`is_claim`]).
    claims: Vec<bool>,
    /// What each term is evidence of.
    kinds: Vec<Kind>,
    /// Whether each term says "not" itself (see [`TermSet::denies`]), known once: grading
    /// asks for every occurrence and every group.
    denials: Vec<bool>,
    /// Whether the term never matches bare words a comma or other clause mark separates:
    /// "제어권, 반환" is no `제어권을 반환하다`, "쿠키, 브라우저, 저장" no `브라우저 저장하다`,
    /// "TLS, 핸드셰이크" no `TLS 핸드셰이크` (a list names things; it claims nothing of them).
    /// Not for a term with a mark of its own, nor for an enumeration — three or more names and
    /// nothing said of them (`헤더 페이로드 시그니처`, `scheme host port`), which an answer
    /// writes as a list.
    one_clause: Vec<bool>,
    spellings: HashMap<String, Vec<Spelling>>,
    prefixes: HashSet<String>,
    /// Sorted by [`Fuzzy::key`].
    fuzzy: Vec<Fuzzy>,
}

impl TermSet {
    /// Add a term (or find it, if already added) and return its id.
    pub fn add(&mut self, term: &str, glossary: &Glossary, kind: Kind) -> TermId {
        if let Some(&id) = self.ids.get(&(term.to_string(), kind)) {
            return id;
        }
        let exact = kind == Kind::Misconception;
        let id = self.texts.len();
        self.texts.push(term.to_string());
        self.kinds.push(kind);
        self.denials.push(analyzer::has_negation(&fold(term)));
        self.ids.insert((term.to_string(), kind), id);
        let term_words: Vec<String> = crate::text::words(&nfc(term));
        let words = term_words.len();
        self.claims.push(is_claim(&term_words));
        let enumeration = words >= 3 && !self.claims[id];
        self.one_clause
            .push(!enumeration && !crate::text::marks_clauses(&nfc(term)));
        // A term ending in a Korean predicate written as a lemma (`연결을 맺다`): its last
        // word conjugates, and the word before it may lose its particle.
        let lemma = term_words
            .last()
            .filter(|_| analyzer::ends_in_lemma(&term_words))
            .map(|w| {
                let before = words.checked_sub(2).map_or("", |i| term_words[i].as_str());
                Lemma::new(w, before)
            });
        // A term that denies something matches only as written: a typo must not erase the
        // denial (`저장하지 않` is not `저장하지만`).
        let fuzzy_ok = !exact && !analyzer::has_negation(&fold(term));
        // The term as written, and with its English words stemmed (`acknowledges the FIN`
        // → `acknowledg the fin`), which the stems of an answer's words reach.
        let stemmed = if kind == Kind::Name {
            term.to_string()
        } else {
            stem_words(term)
        };
        let written = glossary.variants(term).into_iter().enumerate();
        let stemmed = if stemmed != term {
            glossary.variants(&stemmed)
        } else {
            Vec::new()
        }
        .into_iter()
        .enumerate()
        .map(|(n, s)| (n + usize::from(n > 0), s));
        for (n, spelling) in written.chain(stemmed) {
            if spelling.is_empty() {
                continue;
            }
            // Typos are tolerated on the term as written; its glossary variants are other
            // spellings already, and tolerating typos on each would multiply the work.
            if let Some(max_edits) = typo_budget(&spelling).filter(|_| n == 0 && fuzzy_ok) {
                let jamo = jamo(&spelling);
                let whole = term
                    .split(|c: char| !c.is_alphanumeric())
                    // An article may come and go ("sends SYN" for `sends a SYN`).
                    .filter(|w| words > 1 && w.is_ascii() && !w.is_empty())
                    .filter(|w| !matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
                    .filter(|w| w.len() <= SHORT_WORD || w.chars().all(|c| !c.is_lowercase()))
                    .map(|w| w.to_lowercase().chars().collect())
                    .collect();
                let fuzzy = Fuzzy {
                    term: id,
                    initial: jamo[0],
                    signature: signature(&jamo),
                    jamo,
                    max_edits,
                    whole,
                };
                let at = self.fuzzy.partition_point(|f| f.key() <= fuzzy.key());
                self.fuzzy.insert(at, fuzzy);
            }
            let words = if n == 0 { words } else { 0 };
            for (form, is_lemma) in forms(&spelling, lemma.as_ref()) {
                self.insert(
                    form,
                    Spelling {
                        term: id,
                        words,
                        lemma: is_lemma,
                    },
                );
            }
        }
        // A denial written the long way is also said the short way: `상태를 저장하지 않다` is
        // `상태를 안 저장하다` and `상태를 저장 안 하다`, each conjugated like any lemma.
        for short in analyzer::short_negations(&term_words) {
            let n = short.len();
            let lemma = Lemma::new(&short[n - 1], &short[n - 2]);
            for (form, is_lemma) in forms(&short.concat(), Some(&lemma)) {
                self.insert(
                    form,
                    Spelling {
                        term: id,
                        words: n,
                        lemma: is_lemma,
                    },
                );
            }
        }
        id
    }

    fn insert(&mut self, spelling: String, entry: Spelling) {
        let boundaries = spelling.char_indices().map(|(i, _)| i).skip(1);
        self.prefixes
            .extend(boundaries.map(|i| spelling[..i].to_string()));
        let entries = self.spellings.entry(spelling).or_default();
        if !entries
            .iter()
            .any(|e| e.term == entry.term && e.lemma == entry.lemma)
        {
            entries.push(entry);
        }
    }

    /// Whether the term itself says "not" (`연결 없이`, `저장하지 않`): a denied clause is
    /// its own claim, not a denial of it.
    pub fn denies(&self, id: TermId) -> bool {
        self.denials[id]
    }

    /// Whether the term states a claim (`순서를 보장하다`, `all or nothing`) rather than names
    /// a thing (`원자성`, `flow control`).
    pub fn is_claim(&self, id: TermId) -> bool {
        self.claims[id]
    }

    /// Whether the term is a misconception's (a wrong claim), not a concept's or a side's name.
    pub fn is_misconception(&self, id: TermId) -> bool {
        self.kinds[id] == Kind::Misconception
    }

    pub fn text(&self, id: TermId) -> &str {
        &self.texts[id]
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// Whether the term has any spelling at all (a term of only punctuation has none).
    pub fn is_matchable(&self, id: TermId) -> bool {
        self.spellings.values().flatten().any(|s| s.term == id)
    }

    /// Every occurrence of every term in the answer's tokens.
    pub fn find(&self, tokens: &[Token]) -> Vec<Occurrence> {
        let mut found = Vec::new();
        let mut buf = String::new();
        for first in 0..tokens.len() {
            self.walk(tokens, first, first, &mut buf, &mut found);
        }
        self.find_unspaced(tokens, &mut found);
        let mut wanted = vec![true; self.texts.len()];
        for o in &found {
            wanted[o.term] = false;
        }
        self.find_typos(tokens, &wanted, &mut found);
        // Where one span was reached both plainly and negated, the negation stands.
        found.sort_by_key(|o| (o.term, o.first, o.last, !o.negated));
        found.dedup_by_key(|o| (o.term, o.first, o.last));
        found
    }

    fn walk(
        &self,
        tokens: &[Token],
        first: usize,
        k: usize,
        buf: &mut String,
        found: &mut Vec<Occurrence>,
    ) {
        for stem in tokens[k].stems() {
            let len = buf.len();
            buf.push_str(&stem.text);
            // A term matches whole names only: not `store` inside `no-store`.
            let whole = !tokens[k].glued && (first == 0 || !tokens[first - 1].glued);
            // An English article or particle word is no part of a term written without it:
            // "a synchronous" is not "asynchronous" (but "in order" is "in order").
            let glued_word = k > first
                && matches!(
                    tokens[first].word(),
                    "a" | "an"
                        | "the"
                        | "no"
                        | "not"
                        | "is"
                        | "be"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "of"
                        | "or"
                        | "and"
                        | "it"
                        | "as"
                );
            if let Some(spellings) = self.spellings.get(buf.as_str()).filter(|_| whole) {
                let word = tokens[k].word();
                let ending = word.strip_prefix(stem.text.as_str()).unwrap_or("");
                let negated = stem.negated || negated_by_context(tokens, first, k, ending);
                // Bare words a comma separates are a list, not this term (see `one_clause`),
                // unless the last says something of them (`헤더, 페이로드, 시그니처로 되어
                // 있다`): then the list is that claim's subject.
                let crosses = tokens[first + 1..=k].iter().any(|t| t.marked)
                    && ending.is_empty()
                    && !stem.verbal;
                // A form left by a verbal ending stands only for a lemma (`인증서` is no `인증`).
                let spellings = spellings
                    .iter()
                    .filter(|s| s.lemma || !stem.verbal)
                    .filter(|s| !crosses || !self.one_clause[s.term])
                    .filter(|s| {
                        // A glossary variant's words are not known: only an article is surely
                        // not part of it.
                        let article = matches!(tokens[first].word(), "a" | "an" | "the");
                        !glued_word || s.words == k + 1 - first || (s.words == 0 && !article)
                    });
                for s in spellings {
                    let how = match s.words {
                        0 => How::Alias,
                        w if w == k + 1 - first => How::Exact,
                        _ => How::Spacing,
                    };
                    found.push(Occurrence {
                        term: s.term,
                        first,
                        last: k,
                        how,
                        similarity: 1.0,
                        negated,
                        by_clause: false,
                        ending: ending.len(),
                    });
                }
            }
            if self.prefixes.contains(buf.as_str()) {
                let within = |t: usize| {
                    t < tokens.len()
                        && t - first < MAX_WORDS
                        && tokens[t].sentence == tokens[first].sentence
                };
                let next = k + 1;
                if within(next) {
                    self.walk(tokens, first, next, buf, found);
                    // A filler between a term's words is no part of its claim: `스키마가 딱
                    // 정해져 있다` says `스키마가 정해지다`.
                    if is_filler(tokens[next].word()) && within(next + 1) {
                        self.walk(tokens, first, next + 1, buf, found);
                    }
                }
            }
            buf.truncate(len);
        }
    }

    /// Korean typed without spaces (`쿠키는클라이언트에저장되고…`) is one long token, where no
    /// word boundary can be trusted: inside such a token, any spelling of two or more Hangul
    /// syllables (or three Latin letters) counts where it appears.
    fn find_unspaced(&self, tokens: &[Token], found: &mut Vec<Occurrence>) {
        for (i, token) in tokens.iter().enumerate() {
            let word = token.word();
            if word.chars().count() < UNSPACED_CHARS || !word.chars().any(crate::text::is_hangul) {
                continue;
            }
            for (spelling, terms) in &self.spellings {
                let long_enough = if spelling.is_ascii() {
                    spelling.len() >= 3
                } else {
                    spelling.chars().count() >= 2
                };
                let Some(at) = word
                    .find(spelling.as_str())
                    .filter(|_| long_enough && spelling != word)
                else {
                    continue;
                };
                // Latin letters run on in a run of Hangul only as one name: `session` is not
                // inside `sessionstorage는`.
                let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if spelling.is_ascii()
                    && (latin(word[..at].chars().next_back())
                        || latin(word[at + spelling.len()..].chars().next()))
                {
                    continue;
                }
                let after: String = word[at + spelling.len()..].chars().take(6).collect();
                let negated = ["않", "없", "아니", "안되", "안돼", "못하"]
                    .iter()
                    .any(|n| after.contains(n));
                for t in terms {
                    if !found.iter().any(|o| o.term == t.term && o.first == i) {
                        let how = How::Spacing;
                        found.push(Occurrence {
                            term: t.term,
                            first: i,
                            last: i,
                            how,
                            similarity: 1.0,
                            negated,
                            by_clause: false,
                            ending: 0,
                        });
                    }
                }
            }
        }
    }

    /// Typo-tolerant look for the terms not found exactly, over single words and pairs of
    /// adjacent words (a typo and a stray space together).
    fn find_typos(&self, tokens: &[Token], wanted: &[bool], found: &mut Vec<Occurrence>) {
        let Some(longest) = self
            .fuzzy
            .iter()
            .filter(|f| wanted[f.term])
            .map(|f| f.jamo.len() + f.max_edits)
            .max()
        else {
            return;
        };
        // A word that denies (않/없/못, not, n't) is never a typo of a word that does not: a
        // typo must not turn `저장하지만` into `저장하지 않`, nor the other way round. Verbal
        // forms are for lemmas, which are matched by rule, not by typo.
        // A word with a particle or ending that comes off is tried without it only:
        // `클라이언트는` is `클라이언트` and a particle, not a typo of `클라이언트 측`.
        let stems: Vec<Vec<(Vec<char>, bool)>> = tokens
            .iter()
            .map(|t| {
                let plain: Vec<&crate::text::Stem> = t
                    .stems()
                    .iter()
                    .filter(|s| !s.verbal && !analyzer::has_negation(&s.text))
                    .collect();
                // The whole word is the first stem; with a shorter one beside it, drop it.
                let cut = plain.len() > 1
                    && plain[0].text == t.word()
                    && t.word().chars().any(crate::text::is_hangul);
                plain
                    .iter()
                    .skip(usize::from(cut))
                    .map(|s| (jamo(&s.text), s.negated))
                    .collect()
            })
            .collect();
        // Across a comma only a term with a comma of its own can be meant.
        let across: Vec<bool> = wanted
            .iter()
            .zip(&self.one_clause)
            .map(|(&w, &one)| w && !one)
            .collect();
        let mut pair = Vec::new();
        for (i, token_stems) in stems.iter().enumerate() {
            for (candidate, negated) in token_stems {
                let span = (i, i);
                self.try_typo(wanted, candidate, tokens, span, *negated, found);
            }
            let next = stems
                .get(i + 1)
                .filter(|_| tokens[i + 1].sentence == tokens[i].sentence);
            let (Some(next), Some((head, _))) = (next, token_stems.first()) else {
                continue;
            };
            for (tail, negated) in next {
                if head.len() + tail.len() > longest {
                    continue;
                }
                pair.clear();
                pair.extend_from_slice(head);
                pair.extend_from_slice(tail);
                let span = (i, i + 1);
                let crosses = tokens[i + 1].marked;
                let wanted_here: &[bool] = if crosses { &across } else { wanted };
                self.try_typo(wanted_here, &pair, tokens, span, *negated, found);
            }
        }
    }

    /// Record the wanted terms that `candidate` is a typo of. A typo keeps the first jamo
    /// (people rarely mistype how a word starts, and another first sound is usually another
    /// word), and is not a longer or shorter form of the term.
    fn try_typo(
        &self,
        wanted: &[bool],
        candidate: &[char],
        tokens: &[Token],
        (first, last): (usize, usize),
        negated: bool,
        found: &mut Vec<Occurrence>,
    ) {
        let Some(&initial) = candidate.first() else {
            return;
        };
        let from = (initial, candidate.len().saturating_sub(2));
        let to = (initial, candidate.len() + 2);
        let near = &self.fuzzy[self.fuzzy.partition_point(|f| f.key() < from)..];
        let near = near.iter().take_while(|f| f.key() <= to);
        let candidate_signature = signature(candidate);
        for f in near.filter(|f| wanted[f.term]) {
            if candidate.len().abs_diff(f.jamo.len()) > f.max_edits
                // Each edit takes away at most one of the term's jamo.
                || (f.signature & !candidate_signature).count_ones() as usize > f.max_edits
                || candidate.starts_with(&f.jamo)
                || f.jamo.starts_with(candidate)
            {
                // A longer or shorter word is another word, not a typo (`HTTP`/`HTTPS`).
                continue;
            }
            let Some(edits) =
                levenshtein_within(&f.jamo, candidate, f.max_edits).filter(|&e| e > 0)
            else {
                continue;
            };
            let similarity = 1.0 - edits as f32 / f.jamo.len().max(candidate.len()) as f32;
            // Checked last: near spellings are rare, and this compares slices.
            if similarity < MIN_SIMILARITY
                || !f
                    .whole
                    .iter()
                    .all(|w| candidate.windows(w.len()).any(|c| c == w.as_slice()))
            {
                continue;
            }
            let negated = negated || negated_by_context(tokens, first, last, "");
            found.push(Occurrence {
                term: f.term,
                first,
                last,
                how: How::Typo,
                similarity,
                negated,
                by_clause: false,
                ending: 0,
            });
        }
    }
}

/// The set of jamo (or letters) in a spelling, one bit each (jamo past 64 share bits): a
/// term with more of its jamo missing from a word than it tolerates edits cannot be a typo
/// of that word, and two `u64`s tell so before any edit distance is computed.
fn signature(jamo: &[char]) -> u64 {
    jamo.iter().fold(0, |bits, &c| bits | 1 << (c as u32 % 64))
}

/// Edit distance between two jamo sequences when it is at most `max`, else `None`. Only
/// the diagonal band of width `2·max+1` is computed, and the work stops as soon as a whole
/// row exceeds `max`: almost every candidate is rejected within a few cells.
fn levenshtein_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    const FAR: usize = usize::MAX / 2;
    // Terms are short: rows on the stack, no allocation per comparison.
    const ROW: usize = 40;
    if b.len() >= ROW {
        let d = strsim::generic_levenshtein(&a.to_vec(), &b.to_vec());
        return (d <= max).then_some(d);
    }
    let mut prev = [FAR; ROW];
    let mut row = [FAR; ROW];
    for (j, cell) in prev.iter_mut().enumerate().take(b.len() + 1) {
        if j <= max {
            *cell = j;
        }
    }
    for i in 1..=a.len() {
        let (from, to) = (i.saturating_sub(max).max(1), (i + max).min(b.len()));
        row[..=b.len()].fill(FAR);
        if i <= max {
            row[0] = i;
        }
        let mut best = row[0];
        for j in from..=to {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (prev[j - 1] + cost).min(prev[j] + 1).min(row[j - 1] + 1);
            best = best.min(row[j]);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[b.len()]).filter(|&d| d <= max)
}

/// Whether a term's words say something of a thing, not only name it: a Korean predicate
/// (a lemma, a denial) or a case particle inside the phrase (`순서를 보장`, `연결 없이`), or an
/// English phrase with a function word (`all or nothing`, `sends the FIN`).
fn is_claim(words: &[String]) -> bool {
    const PARTICLES: &[&str] = &["을", "를", "이", "가", "에", "로", "으로", "에서", "보다"];
    const FUNCTION: &[&str] = &[
        "is", "are", "the", "a", "an", "to", "of", "in", "on", "or", "and", "with", "by", "not",
        "no", "without", "than", "per", "before", "after", "from", "into", "at", "each",
    ];
    if words.len() < 2 {
        return words.first().is_some_and(|w| analyzer::is_lemma(w));
    }
    let (_, before) = words.split_last().expect("two words or more");
    analyzer::ends_in_lemma(words)
        || words.iter().any(|w| analyzer::has_negation(w))
        || before
            .iter()
            .any(|w| w.chars().count() >= 2 && PARTICLES.iter().any(|p| w.ends_with(p)))
        || words.iter().any(|w| FUNCTION.contains(&w.as_str()))
}

/// The predicate a term ends in, and the word before it.
struct Lemma {
    word: String,
    before: String,
    /// Its conjugated forms, each with whether it is verbal (see [`forms`]): made once per
    /// term, used for every glossary spelling of it.
    forms: Vec<(String, bool)>,
}

impl Lemma {
    fn new(word: &str, before: &str) -> Lemma {
        // The bare noun of X하다/X되다 is a noun: only a noun's stems may match it (`인증서`
        // minus a verbal `서` is no `인증`).
        let root = word
            .strip_suffix("하다")
            .or_else(|| word.strip_suffix("되다"));
        let forms = analyzer::lemma_forms(word)
            .unwrap_or_default()
            .into_iter()
            .map(|f| {
                let verbal = Some(f.as_str()) != root;
                (f, verbal)
            })
            .collect();
        Lemma {
            word: word.to_string(),
            before: before.to_string(),
            forms,
        }
    }
}

/// Every spelling a squashed term spelling stands for, and whether it is a lemma form: the
/// spelling itself; a lemma's conjugated forms (`연결을맺다` → `연결을맺`, `연결을맺어` …); the
/// same without the case particle of the word before the lemma (`연결맺어`: answers say both
/// `연결을 맺고` and `연결 맺고`, and `신뢰성은 낮다` for `신뢰성이 낮다`); and a noun's
/// derivations (`신뢰` → `신뢰성`).
fn forms(spelling: &str, lemma: Option<&Lemma>) -> Vec<(String, bool)> {
    let mut out = vec![(spelling.to_string(), false)];
    if let Some(lemma) = lemma {
        let Some(head) = spelling.strip_suffix(lemma.word.as_str()) else {
            // A glossary variant that replaced the predicate itself: as written.
            return out;
        };
        let mut heads = vec![head.to_string()];
        if let Some(stem) = head.strip_suffix(lemma.before.as_str()) {
            for particle in ["을", "를", "이", "가", "은", "는", "도"] {
                if let Some(bare) = lemma
                    .before
                    .strip_suffix(particle)
                    .filter(|b| !b.is_empty())
                {
                    heads.push(format!("{stem}{bare}"));
                }
            }
        }
        for (f, verbal) in &lemma.forms {
            for h in &heads {
                out.push((format!("{h}{f}"), *verbal));
            }
        }
        return out;
    }
    let hangul_tail: String = {
        let rev: String = spelling
            .chars()
            .rev()
            .take_while(|c| crate::text::is_hangul(*c))
            .collect();
        rev.chars().rev().collect()
    };
    if !hangul_tail.is_empty() {
        let head = &spelling[..spelling.len() - hangul_tail.len()];
        for d in analyzer::derivations(&hangul_tail) {
            out.push((format!("{head}{d}"), false));
        }
    }
    out
}

/// A term with each English word replaced by its stem, words kept apart by spaces.
fn stem_words(term: &str) -> String {
    let words = crate::text::words(&nfc(term));
    let stemmed: Vec<String> = words
        .iter()
        .map(|w| analyzer::english_stem(w).into_owned())
        .collect();
    if stemmed == words {
        term.to_string()
    } else {
        stemmed.join(" ")
    }
}

/// Words that add emphasis or colour but no claim, so that a term's words may have one
/// between them. None of them denies, limits or compares: `안`, `못`, `only`, `더` are not here.
fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "딱" | "잘"
            | "좀"
            | "꼭"
            | "막"
            | "그냥"
            | "바로"
            | "미리"
            | "계속"
            | "항상"
            | "늘"
            | "되게"
            | "엄청"
            | "진짜"
            | "정말"
            | "아주"
            | "매우"
            | "일단"
            | "보통"
            | "주로"
            | "음"
            | "뭐"
            | "약간"
            | "완전"
            | "확"
            | "쫙"
            | "그대로"
            | "알아서"
            | "자동으로"
            // degree: 처리량이 크게 떨어지다 is 처리량이 떨어지다
            | "크게"
            | "많이"
            | "굉장히"
            | "상당히"
            | "너무"
            | "꽤"
            | "확실히"
            | "쭉"
            | "전부"
            | "다"
            | "모두"
            // words that only strengthen a denial already there: 전혀 거치지 않다 is 거치지 않다
            | "전혀"
            | "결코"
            | "절대"
            | "절대로"
            | "very"
            | "much"
            | "greatly"
            | "significantly"
            | "quite"
            | "fully"
            | "completely"
            | "just"
            | "also"
            | "really"
            | "actually"
            | "basically"
            | "usually"
            | "always"
            | "simply"
            | "typically"
            | "automatically"
    )
}

/// A Hangul token this long is a sentence typed without spaces, not a word.
pub const UNSPACED_CHARS: usize = 10;

/// Below this normalised similarity, a near spelling is another word.
const MIN_SIMILARITY: f32 = 0.8;

/// Latin words this short in a phrase are function words or names (`and`, `add`, `TCP`): a
/// typo of the phrase never changes them (nor any word in capitals). Four letters would be
/// too many: `send` must stay a typo away from "sent".
const SHORT_WORD: usize = 3;

/// How many edits a spelling tolerates: none for short terms and numbers (`ACK`, `키`,
/// `301`), one for medium, two for long ones. Counted in jamo, so a Hangul syllable of three
/// jamo weighs like three Latin letters.
fn typo_budget(spelling: &str) -> Option<usize> {
    if spelling.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let hangul = spelling.chars().any(crate::text::is_hangul);
    let len = jamo(spelling).len();
    let (one, two) = if hangul { (7, 14) } else { (6, 9) };
    match len {
        l if l >= two => Some(2),
        l if l >= one => Some(1),
        _ => None,
    }
}

/// Korean words after a term that deny it: `보장하지 않는다`, `연결이 없다`, `TCP가 아니라`.
fn denies_korean(word: &str) -> bool {
    const STARTS: &[&str] = &[
        "않",
        "없",
        "불필요",
        "아니",
        "아닌",
        "아닙",
        "아님",
        "아냐",
        "안되",
        "안돼",
        "안하",
        "안해",
        "안함",
        "안한",
        "안됨",
        "안됩",
        "안됐",
        "안합",
        "안했",
        "못하",
        "못해",
        "못한",
        "못함",
        "못합",
        "못했",
        "못됨",
    ];
    // Unrelated is not so ("TIME_WAIT는 포트 고갈과 관계없다") — said as the predicate;
    // "손실과 상관없는 스트림", "순서와 상관없이" (regardless of) deny nothing.
    const UNRELATED: &[&str] = &["관계없", "상관없", "무관하", "무관해", "무관합"];
    if UNRELATED.iter().any(|s| word.starts_with(s)) {
        return !["는", "이", "게", "한", "은"]
            .iter()
            .any(|e| word.ends_with(e));
    }
    // 없어지다 (to disappear) and 없애다 (to remove) state something, they do not deny it.
    const NOT_DENIALS: &[&str] = &[
        "없어지",
        "없어져",
        "없어진",
        "없어질",
        "없애",
        "없앤",
        "없앨",
        "없어집",
        "없어졌",
        "없앱",
        "없앴",
    ];
    if NOT_DENIALS.iter().any(|s| word.starts_with(s)) {
        return false;
    }
    matches!(word, "안" | "못") || STARTS.iter().any(|s| word.starts_with(s))
}

/// English words before a term that deny it: `does not retransmit`, `no handshake`.
fn denies_english(word: &str) -> bool {
    matches!(
        word,
        "not"
            | "no"
            | "never"
            | "don't"
            | "doesn't"
            | "didn't"
            | "isn't"
            | "aren't"
            | "wasn't"
            | "weren't"
            | "cannot"
            | "can't"
            | "won't"
            | "without"
            | "nor"
            | "neither"
            | "dont"
            | "doesnt"
            | "isnt"
            | "arent"
            | "cant"
            | "wont"
            | "hardly"
            | "lacks"
    )
}

/// Whether the words around tokens `first..=last` negate them, looking no further than the
/// clause: two words after (Korean puts negation after the verb), three before (English puts
/// it before), and a Korean `안`/`못` right before.
fn negated_by_context(tokens: &[Token], first: usize, last: usize, ending: &str) -> bool {
    // `훔치는 대신 심는다`: a claim said as what is not done, in place of another (대신 begins
    // the next clause).
    if adnominal(tokens[last].word())
        && tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.word(), "대신" | "대신에"))
    {
        return true;
    }
    let clause = tokens[last].clause;
    let mut after = tokens[last + 1..]
        .iter()
        .take(2)
        .take_while(|t| t.clause == clause)
        .map(Token::word);
    match (after.next(), after.next()) {
        // A claim made a noun and denied: `옮기는 게 아니라`, `물어보는 것이 아니라`.
        (Some("게" | "거" | "건" | "것이" | "것은" | "것도" | "거는"), Some(w))
            if denies_korean(w) =>
        {
            return true
        }
        // Right after the word (`보장이 없다`, `순서 보장이 안 된다`): it denies the word,
        // unless the word ended its clause, or is the topic of a verb denied by 안/못
        // (`비동기는 안 기다린다` denies the waiting, not 비동기; `TCP가 아니라` and `보장은 안
        // 된다` do deny the word).
        (Some(w), after) if denies_korean(w) => {
            let topic = matches!(ending, "은" | "는" | "도" | "에서는");
            let passive =
                after.is_some_and(|a| ["되", "돼", "됩", "된"].iter().any(|p| a.starts_with(p)));
            let verb_denied = topic && matches!(w, "안" | "못") && !passive;
            return !ends_clause(ending) && !verb_denied;
        }
        // One word later it may deny that word instead: `PUT은 멱등하지 않다`.
        (_, Some(w)) if denies_korean(w) && !ends_clause(ending) && !is_subject(ending) => {
            return true
        }
        _ => {}
    }
    let clause = tokens[first].clause;
    let before = tokens[first.saturating_sub(3)..first]
        .iter()
        .rev()
        .take_while(|t| t.clause == clause);
    let mut before = before.filter(|t| !t.glued).map(Token::word).peekable();
    if before.peek().is_some_and(|w| matches!(*w, "안" | "못")) {
        return true;
    }
    before.any(denies_english)
}

/// Whether an occurrence is what its clause contrasts with rather than what it claims:
/// followed later in its clause by `X와 달리` and the like (`클라이언트마다 스레드를 만드는
/// 방식과 달리`; the same words that make a side oblique, see [`super::claims`]), or preceded
/// in it by "unlike", "instead of", "rather than".
pub fn in_contrast(tokens: &[Token], o: &Occurrence) -> bool {
    let clause = tokens[o.last].clause;
    let after = tokens[o.last..]
        .windows(2)
        .take_while(|w| w[1].clause == clause)
        .any(|w| {
            let joined = super::claims::JOINING
                .iter()
                .any(|e| w[0].word().ends_with(e));
            joined && super::claims::contrasting(Some(w[1].word()))
        });
    let before: Vec<&str> = tokens[..o.first]
        .iter()
        .rev()
        .take_while(|t| t.clause == tokens[o.first].clause)
        .map(Token::word)
        .collect();
    let english = before.contains(&"unlike")
        || before
            .windows(2)
            .any(|w| matches!((w[0], w[1]), ("of", "instead") | ("than", "rather")));
    after || english
}

/// Verbs that report what others say or believe (`흔히 POST가 더 안전하다고 하는데`), said with
/// a contrastive ending: the speaker sets the claim up to correct it.
const REPORTING: &[&str] = &[
    "하는데",
    "하지만",
    "하던데",
    "하죠",
    "말하는데",
    "말하지만",
    "알려져",
    "알고들",
    "생각하기",
    "여기는데",
    "여기지만",
    "오해하는데",
    "오해하지만",
    "착각하는데",
    "착각하지만",
];

/// Nouns that call what precedes them wrong: `안전하다는 건 오해예요`.
const MISBELIEF: &[&str] = &[
    "오해",
    "착각",
    "미신",
    "잘못 알려진",
    "myth",
    "misconception",
    "misconceptions",
];

/// Whether an occurrence is a claim the answer reports in order to correct it, not one it
/// makes: `흔히 POST가 더 안전하다고 하는데, …`, `POST가 안전하다는 건 오해입니다`, "a common myth
/// is that POST is safer", "people often say POST is safer, but …". Only the speaker's own
/// claims are graded; `저는 … 생각합니다` is the speaker's.
pub fn reported(tokens: &[Token], o: &Occurrence) -> bool {
    let clause = tokens[o.first].clause;
    let in_clause = |t: &&Token| t.clause == clause;
    let before: Vec<&str> = tokens[..o.first]
        .iter()
        .rev()
        .take_while(in_clause)
        .map(Token::word)
        .collect();
    if before
        .iter()
        .any(|w| matches!(*w, "저는" | "제가" | "저도" | "i" | "we"))
    {
        return false;
    }
    let misbelief = |w: &&str| MISBELIEF.iter().any(|m| w.starts_with(m));
    // Korean: a quotation of the claim (`…다고`, `…라고`, `…다는`, `…라는`) that a reporting
    // verb with a contrastive ending, or a word for a misbelief, takes. The quotation ends
    // its clause (-고), so the verb is read in the next few words.
    const QUOTES: &[&str] = &["다고", "라고", "다는", "라는", "다고들", "라고들"];
    let quote = (o.last..tokens.len())
        .take_while(|&i| i == o.last || tokens[i].clause == clause)
        .find(|&i| QUOTES.iter().any(|q| tokens[i].word().ends_with(q)));
    if let Some(q) = quote {
        let next: Vec<&str> = tokens[q + 1..].iter().take(3).map(Token::word).collect();
        if next.iter().any(misbelief) || next.first().is_some_and(|w| REPORTING.contains(w)) {
            return true;
        }
    }
    // English: "a (common) myth is that …", "people (often) say/think …", "it is often said".
    before.iter().any(misbelief)
        || before.windows(2).any(|w| {
            matches!(
                w[0],
                "say" | "think" | "believe" | "assume" | "claim" | "said" | "believed" | "thought"
            ) && matches!(
                w[1],
                "people"
                    | "often"
                    | "many"
                    | "some"
                    | "commonly"
                    | "widely"
                    | "usually"
                    | "sometimes"
                    | "folks"
                    | "others"
            )
        })
}

/// A verb form that modifies the next word (`훔치는`, `보낸`): its last syllable is 는 or
/// ends in ㄴ.
fn adnominal(word: &str) -> bool {
    word.chars()
        .next_back()
        .is_some_and(|c| c == '는' || ('가'..='힣').contains(&c) && (c as u32 - 0xAC00) % 28 == 4)
}

/// Which clauses deny their predicate: the clause ends in 않다/없다/아니다/못하다 or has 안/못
/// before its last word (`라운드 로빈은 요청을 순서대로 분배하지 않고`), or, in English,
/// holds not/n't/never (`round robin does not send requests in turn`). Within such a clause a
/// concept's words state no claim, whatever the distance to the negation: "X는 Y를 Z하지
/// 않는다" says X does not Z Y.
///
/// A negation that is not the clause's predicate does not count: `않는` (adnominal),
/// `않도록`, `않게`, `않으면` and the like leave the clause to what follows them.
pub fn negated_clauses(tokens: &[Token]) -> Vec<bool> {
    let clauses = tokens.last().map_or(0, |t| t.clause as usize + 1);
    let mut out = vec![false; clauses];
    let mut i = 0;
    while i < tokens.len() {
        let clause = tokens[i].clause;
        let mut j = i;
        while j + 1 < tokens.len() && tokens[j + 1].clause == clause {
            j += 1;
        }
        let words: Vec<&str> = tokens[i..=j].iter().map(Token::word).collect();
        out[clause as usize] = if words.iter().all(|w| w.is_ascii()) {
            english_clause_denied(&words)
        } else {
            korean_clause_denied(&words)
        };
        i = j + 1;
    }
    share_denial_with_items(tokens, &mut out);
    out
}

/// Korean list items before a denied predicate are denied with it: in "도착 보장이나 순서 보장,
/// 재전송, 흐름 제어가 없습니다" the commas make clauses of the items, but 없습니다 is said of
/// every one of them.
fn share_denial_with_items(tokens: &[Token], denied: &mut [bool]) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match spans.last_mut() {
            Some(span) if tokens[span.0].clause == t.clause => span.1 = i,
            _ => spans.push((i, i)),
        }
    }
    for k in (1..spans.len()).rev() {
        let clause = tokens[spans[k].0].clause as usize;
        if !denied[clause] {
            continue;
        }
        let mut m = k;
        while m > 0 {
            let (first, last) = spans[m - 1];
            let joined_by_comma = tokens[spans[m].0].marked;
            if !joined_by_comma || !super::structure::is_bare_item(&tokens[first..=last]) {
                break;
            }
            denied[tokens[first].clause as usize] = true;
            m -= 1;
        }
    }
}

/// Which clauses call something low, weak or lacking (`일관성이 약하다`, `신뢰성이 낮고`,
/// `보안에 취약하다`): said of a quality, that denies it as surely as 없다 does.
pub fn lessened_clauses(tokens: &[Token]) -> Vec<bool> {
    const LESSENING: &[&str] = &[
        "낮",
        "약하",
        "약해",
        "약한",
        "약합",
        "약함",
        "떨어지",
        "떨어져",
        "떨어집",
        "떨어진",
        "부족",
        "나쁘",
        "나빠",
        "나쁜",
        "나쁨",
        "나쁩",
        "취약",
    ];
    let clauses = tokens.last().map_or(0, |t| t.clause as usize + 1);
    let mut out = vec![false; clauses];
    for (i, t) in tokens.iter().enumerate() {
        let last_of_clause = tokens.get(i + 1).is_none_or(|n| n.clause != t.clause);
        if last_of_clause && LESSENING.iter().any(|l| t.word().starts_with(l)) {
            out[t.clause as usize] = true;
        }
    }
    out
}

/// An English word before a term that lessens it: `weak consistency`, `low reliability`.
pub fn lessened_by_word(tokens: &[Token], first: usize) -> bool {
    first.checked_sub(1).is_some_and(|i| {
        tokens[i].clause == tokens[first].clause
            && matches!(
                tokens[i].word(),
                "weak"
                    | "weaker"
                    | "low"
                    | "lower"
                    | "less"
                    | "poor"
                    | "poorer"
                    | "limited"
                    | "reduced"
                    | "worse"
                    | "little"
            )
    })
}

fn korean_clause_denied(words: &[&str]) -> bool {
    // A reason said with 때문에 (`생기지 않기 때문에`) is denied by the predicate before it.
    let words = match words {
        [rest @ .., pred, reason] if reason.starts_with("때문") && pred.ends_with('기') => {
            return korean_clause_denied(&[rest, &[pred.trim_end_matches('기')]].concat());
        }
        _ => words,
    };
    let Some(&last) = words.last() else {
        return false;
    };
    // Not the predicate: the clause goes on past it.
    const NOT_FINAL: &[&str] = &[
        "는",
        "은",
        "을",
        "도록",
        "게",
        "면",
        "으면",
        "다면",
        "더라도",
        "도",
    ];
    let predicate = |w: &str| {
        (denies_korean(w) || negating_ending(w)) && !NOT_FINAL.iter().any(|e| w.ends_with(e))
    };
    if predicate(last) {
        return true;
    }
    let before = words.len().checked_sub(2).map(|i| words[i]);
    matches!(before, Some("안" | "못")) && !NOT_FINAL.iter().any(|e| last.ends_with(e))
}

/// A word whose own ending denies it: `보장하지않는다`, `맺지않고`.
fn negating_ending(word: &str) -> bool {
    ["지않", "지못", "지않아", "지않습"]
        .iter()
        .any(|n| word.contains(n))
}

fn english_clause_denied(words: &[&str]) -> bool {
    // Words that deny what they are said of: "escaping is unnecessary".
    const DENYING: &[&str] = &[
        "unnecessary",
        "unneeded",
        "needless",
        "pointless",
        "useless",
        "irrelevant",
    ];
    if words.iter().any(|w| DENYING.contains(w)) {
        return true;
    }
    // Names that hold a "not": `304 Not Modified`, `404 Not Found`.
    const NAMED: &[&str] = &["modified", "found", "allowed", "acceptable", "implemented"];
    words.iter().enumerate().any(|(i, w)| {
        if *w == "not" && words.get(i + 1).is_some_and(|n| NAMED.contains(n)) {
            return false;
        }
        let denies = matches!(
            *w,
            "not"
                | "never"
                | "cannot"
                | "doesn't"
                | "don't"
                | "isn't"
                | "aren't"
                | "won't"
                | "can't"
                | "didn't"
                | "wasn't"
                | "weren't"
                | "doesnt"
                | "dont"
                | "isnt"
                | "arent"
                | "cant"
                | "wont"
        );
        denies && words.get(i + 1) != Some(&"only")
    })
}

/// A subject or topic ending: `PUT은 멱등하지 않다` denies 멱등, not PUT.
fn is_subject(ending: &str) -> bool {
    matches!(
        ending,
        "은" | "는" | "이" | "가" | "께서" | "에서는" | "에서" | "도" | "만" | "에선" | "에서도"
    )
}

/// A connective ending: the clause is over, a later 않/없/못 is about something else
/// (`TIME_WAIT라서 포트를 못 쓴다`).
fn ends_clause(ending: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "이라서",
        "라서",
        "이고",
        "고",
        "이며",
        "며",
        "이니까",
        "니까",
        "이므로",
        "므로",
        "이지만",
        "지만",
        "인데",
        "는데",
        "이면",
        "면",
        "해서",
        "하고",
        "하며",
        "하면",
        "하지만",
        "라고",
        "이라고",
    ];
    ENDINGS.contains(&ending)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn find(terms: &[&str], answer: &str) -> Vec<(String, How, bool)> {
        let glossary = Glossary::new(&[vec!["핸드셰이크".to_string(), "handshake".to_string()]]);
        let mut set = TermSet::default();
        for t in terms {
            set.add(t, &glossary, Kind::Concept);
        }
        let tokens = tokenize(&nfc(answer));
        set.find(&tokens)
            .into_iter()
            .map(|o| {
                let text = answer[tokens[o.first].start..tokens[o.last].end].to_string();
                (text, o.how, o.negated)
            })
            .collect()
    }

    fn hit(term: &str, answer: &str) -> Option<How> {
        let found = find(&[term], answer);
        found
            .iter()
            .find(|(_, _, negated)| !negated)
            .map(|(_, how, _)| *how)
    }

    #[test]
    fn banded_edit_distance_agrees_with_the_full_one() {
        let words = [
            "핸드셰이크",
            "핸드쉐이크",
            "handshake",
            "handshke",
            "hanshake",
            "로드밸런싱",
            "로드벨런싱",
            "",
            "a",
        ];
        for a in words {
            for b in words {
                let (a, b) = (jamo(a), jamo(b));
                let full = strsim::generic_levenshtein(&a, &b);
                let missing = (signature(&a) & !signature(&b)).count_ones() as usize;
                assert!(
                    missing <= full,
                    "the signature filter is a lower bound: {a:?} {b:?}"
                );
                for max in 0..3 {
                    assert_eq!(
                        levenshtein_within(&a, &b, max),
                        (full <= max).then_some(full),
                        "{a:?} {b:?} {max}"
                    );
                }
            }
        }
    }

    #[test]
    fn particles() {
        for answer in [
            "세션은 서버에",
            "세션을 만든다",
            "세션이 있다",
            "세션에서는 다르다",
        ] {
            assert_eq!(hit("세션", answer), Some(How::Exact), "{answer}");
        }
    }

    #[test]
    fn spacing() {
        assert_eq!(hit("로드 밸런싱", "로드밸런싱을 한다"), Some(How::Spacing));
        assert_eq!(hit("로드밸런싱", "로드 밸런싱을 한다"), Some(How::Spacing));
        assert_eq!(hit("3-way handshake", "3way handshake"), Some(How::Spacing));
        assert_eq!(hit("3-way handshake", "3 way handshake"), Some(How::Exact));
        assert_eq!(hit("순서 보장", "순서를 보장한다"), Some(How::Exact));
    }

    #[test]
    fn unrelated_said_as_the_predicate_denies() {
        let denied = |answer: &str| {
            negated_clauses(&tokenize(answer))
                .first()
                .copied()
                .unwrap_or(false)
        };
        assert!(denied("TIME_WAIT는 포트 고갈과 관계없다"));
        assert!(denied("그건 순서랑 상관없어요"));
        // Regardless of: the clause goes on to say something.
        assert!(!denied("손실과 상관없는 스트림도 기다린다"));
        assert!(!denied("순서와 상관없이 도착한다"));
    }

    #[test]
    fn a_typo_of_a_phrase_leaves_its_short_words_whole() {
        assert_eq!(hit("TCP 핸드셰이크", "TLS 핸드셰이크만으로"), None);
        assert_eq!(hit("add memory", "CPU and memory"), None);
        // A typo in the long word is still one.
        assert_eq!(hit("TCP handshake", "TCP handshke"), Some(How::Typo));
        assert_eq!(hit("add memory", "add memry"), Some(How::Typo));
    }

    #[test]
    fn case_and_width() {
        assert_eq!(hit("TCP", "ｔｃｐ는 연결형"), Some(How::Exact));
    }

    #[test]
    fn glossary_bridges_languages() {
        assert_eq!(
            hit("3-way handshake", "3-way 핸드셰이크로 연결"),
            Some(How::Alias)
        );
        assert_eq!(hit("핸드셰이크", "the handshake"), Some(How::Alias));
    }

    #[test]
    fn typos_on_long_terms_only() {
        assert_eq!(hit("핸드셰이크", "핸드쉐이크를 한다"), Some(How::Typo));
        assert_eq!(hit("handshake", "handshke"), Some(How::Typo));
        assert_eq!(hit("로드밸런싱", "로드벨런싱"), Some(How::Typo));
        assert_eq!(hit("ACK", "ACL"), None);
        assert_eq!(hit("SYN", "SIN"), None);
        assert_eq!(hit("301", "302"), None);
    }

    #[test]
    fn never_inside_another_word() {
        assert_eq!(hit("키", "쿠키를 쓴다"), None);
        assert_eq!(hit("연결형", "비연결형이다"), None);
        assert_eq!(hit("synchronous", "asynchronous"), None);
        assert_eq!(hit("asynchronous", "synchronous"), None);
    }

    #[test]
    fn negation() {
        for answer in [
            "TCP는 순서를 보장하지 않는다",
            "순서 보장이 안 된다",
            "순서를 보장하지않는다",
            "순서 보장이 없다",
            "순서를 보장하지 못합니다",
            "순서를 보장하지 못했습니다",
            "순서 보장이 안됩니다",
            "순서를 보장하는 게 아니라 빨리 보낸다",
            "순서를 보장하는 것이 아니라 빨리 보낸다",
        ] {
            assert_eq!(hit("순서 보장", answer), None, "{answer}");
            assert!(
                !find(&["순서 보장"], answer).is_empty(),
                "still found, as negated: {answer}"
            );
        }
        assert_eq!(
            hit("retransmit", "UDP does not retransmit lost packets"),
            None
        );
        assert_eq!(hit("TCP", "TCP가 아니라 UDP를 쓴다"), None);
    }

    #[test]
    fn negation_stays_in_its_clause() {
        assert_eq!(
            hit("순서 보장", "UDP는 보장하지 않지만, TCP는 순서를 보장한다"),
            Some(How::Exact)
        );
        assert_eq!(
            hit("reliable", "UDP is fast, but TCP is reliable"),
            Some(How::Exact)
        );
    }

    #[test]
    fn negation_belongs_to_the_predicate_not_the_subject() {
        assert_eq!(hit("PUT", "PUT은 멱등하지 않습니다"), Some(How::Exact));
        assert_eq!(hit("멱등", "PUT은 멱등하지 않습니다"), None);
        assert_eq!(
            hit("HttpOnly", "HttpOnly는 스크립트에서 못 읽게 합니다"),
            Some(How::Exact)
        );
        assert_eq!(
            hit("TIME_WAIT", "TIME_WAIT라서 포트를 못 쓴다"),
            Some(How::Exact)
        );
        assert_eq!(
            hit("브라우저 종료", "브라우저 종료 시에 없어집니다"),
            Some(How::Exact)
        );
    }

    #[test]
    fn parts_of_joined_names_are_not_words() {
        assert_eq!(hit("store", "no-store는 저장하지 말라는 뜻"), None);
        assert_eq!(
            hit("no-store", "no-store는 저장하지 말라는 뜻"),
            Some(How::Exact)
        );
        assert_eq!(hit("SYN", "서버가 SYN-ACK로 답한다"), None);
        assert_eq!(hit("cache", "no-cache means revalidate"), None);
    }

    #[test]
    fn a_longer_word_is_not_a_typo() {
        assert_eq!(hit("HTTPS", "HTTP는 평문입니다"), None);
        assert_eq!(hit("HTTP", "HTTPS는 암호화합니다"), None);
    }

    #[test]
    fn korean_typed_without_spaces() {
        let answer = "쿠키는클라이언트에저장되고세션은서버에저장됩니다";
        assert_eq!(hit("클라이언트", answer), Some(How::Spacing));
        assert_eq!(hit("세션", answer), Some(How::Spacing));
        assert_eq!(
            hit("순서 보장", "UDP는순서를보장하지않습니다"),
            None,
            "negated inside the run"
        );
        assert_eq!(
            hit("키", "쿠키는클라이언트에저장되고"),
            None,
            "one syllable is too short to trust"
        );
    }

    #[test]
    fn reports_the_words_said() {
        let found = find(&["로드 밸런싱"], "서버 앞의 로드 밸런싱은");
        assert_eq!(found[0].0, "로드 밸런싱은");
    }
}
