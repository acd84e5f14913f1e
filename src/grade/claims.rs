//! Who a claim is about: the subject of each clause of an answer, for rubrics with `sides`.
//!
//! "UDP는 연결을 맺고 … TCP는 연결 없이" has every right word, each said of the wrong side. A
//! comparison is graded on claims, so a term bound to a side (`of: tcp`) counts only in a
//! clause whose subject is that side. Clauses come from the tokenizer (sentence ends,
//! commas, connective endings -고/-며/-면서/-지만/-는데 and words like 하지만, but, while,
//! whereas, and). A clause's subject is:
//!
//! - the side marked as subject or topic (`TCP는`, `UDP가`, `스케일 아웃도`), with any side
//!   joined to it (`TCP와 UDP는` is both);
//! - else the side the clause names first (English: "TCP is …"), with any side joined to it by
//!   와/과/랑/and/or;
//! - never a side named only as the thing compared with (`VM보다`, `TCP와 달리`, "than TCP");
//! - else, when the clause names no side, the previous clause's subject.

use super::matcher::Occurrence;
use crate::text::Token;

/// Sides as bits: side `i` is `1 << i`. 0 is "unknown": nothing named yet.
pub type Sides = u32;

/// The most sides a rubric may compare (one bit each). Declared with the model, so that
/// validation (which `build.rs` also compiles) needs nothing of the grader.
pub use crate::bank::MAX_SIDES;
const _: () = assert!(MAX_SIDES <= Sides::BITS as usize);

/// Endings that mark a side as the subject or topic of its clause.
const SUBJECT_MARKS: &[&str] = &[
    "은",
    "는",
    "이",
    "가",
    "도",
    "에서는",
    "에선",
    "에서도",
    "만",
    "이란",
    "란",
    "께서",
    "으로는",
    "로는",
    "의경우",
    "이라는건",
    "라는건",
    "쪽은",
    "쪽이",
    "측은",
];

/// Endings that join a side to the next one: `TCP와 UDP는` is about both.
pub const JOINING: &[&str] = &["와", "과", "랑", "이랑", "하고", "및"];

/// Words after `X와` that make it a contrast, not a pair: `TCP와 달리 UDP는`.
const CONTRASTING: &[&str] = &[
    "달리",
    "다르게",
    "비교해",
    "비교하면",
    "비교해서",
    "비해",
    "비해서",
    "대조적으로",
    "반대로",
    "대비",
    "대비해",
];

/// Endings that name a side only as the thing compared with: `VM보다 가볍다` is about the
/// other side.
const OBLIQUE: &[&str] = &[
    "보다",
    "보다는",
    "보다도",
    "처럼",
    "만큼",
    "대신",
    "같이",
    "과는",
    "와는",
];

/// Forms of "be" (and "get") before a participle: "the payload is stored" uses the word
/// `stored` as a verb, not as the name of stored XSS.
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "isn't", "aren't",
    "wasn't", "not",
];

/// One side named in the answer.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub side: usize,
    pub first: usize,
    pub last: usize,
    /// Marked as subject or topic (`TCP는`).
    pub marked: bool,
    /// Joined to the next mention (`TCP와`, `TCP and`).
    pub joins_next: bool,
    /// Named only as what the subject is compared with (`VM보다`, `TCP와 달리`, `than TCP`,
    /// `unlike TCP`): it never becomes the subject.
    pub oblique: bool,
}

/// Whether the word after `X와` makes X what is contrasted with (`TCP와 달리`, `방식과
/// 다르게`, `VM에 비해`), not a partner of what follows.
pub fn contrasting(next: Option<&str>) -> bool {
    next.is_some_and(|w| CONTRASTING.iter().any(|c| w.starts_with(c)))
}

impl Mention {
    /// Whether the occurrence is a side's name used as a passive participle ("is stored",
    /// "gets reflected"): a predicate of the clause, not the side it is about.
    pub fn is_participle(o: &Occurrence, tokens: &[Token]) -> bool {
        let word = tokens[o.first].word();
        o.first == o.last
            && word.len() > 3
            && word.ends_with("ed")
            && word.is_ascii()
            && o.first
                .checked_sub(1)
                .is_some_and(|i| BE.contains(&tokens[i].word()))
    }

    pub fn of(o: &Occurrence, side: usize, tokens: &[Token]) -> Mention {
        // The plural changes no role: `스레드들은` is marked as `스레드는` is.
        let ending = o.ending(tokens);
        let ending = ending.strip_prefix("들").unwrap_or(ending);
        let next = tokens.get(o.last + 1).map(Token::word);
        // `X와 달리`, `X에 비해`, `X 대비`: but not `X는 반대로` (X is the subject there).
        let contrasted = (JOINING.contains(&ending) || matches!(ending, "" | "에" | "에게"))
            && contrasting(next);
        let joins_next = if JOINING.contains(&ending) {
            !contrasted
        } else {
            ending.is_empty() && matches!(next, Some("and" | "or" | "및" | "&"))
        };
        let word = |back: usize| o.first.checked_sub(back).map(|i| tokens[i].word());
        let oblique = OBLIQUE.contains(&ending)
            || contrasted
            || matches!(word(1), Some("than" | "unlike" | "over" | "versus" | "vs"))
            || matches!(
                (word(2), word(1)),
                (
                    Some("compared" | "contrast" | "opposed" | "relative" | "similar"),
                    Some("with" | "to")
                )
            );
        Mention {
            side,
            first: o.first,
            last: o.last,
            marked: SUBJECT_MARKS.contains(&ending),
            joins_next,
            oblique,
        }
    }
}

/// Words that name a side by its place among the two named before: `전자는`/`후자는`, "the
/// former"/"the latter". Only as a subject or topic: `전자 서명` is a digital signature.
const FORMER: &[&str] = &["전자는", "전자가", "전자도", "전자에서는"];
const LATTER: &[&str] = &["후자는", "후자가", "후자도", "후자에서는"];

/// The sides an answer calls "the former" and "the latter" (`전자는 …, 후자는 …`): the first
/// and second side it named before, when it named exactly two. Returned as mentions of those
/// sides, to be read with the others.
pub fn former_and_latter(mentions: &[Mention], tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let w = t.word();
        let english = matches!(w, "former" | "latter")
            && i.checked_sub(1).is_some_and(|p| tokens[p].word() == "the");
        let place = if FORMER.contains(&w) || (english && w == "former") {
            0
        } else if LATTER.contains(&w) || (english && w == "latter") {
            1
        } else {
            continue;
        };
        let mut named: Vec<usize> = Vec::new();
        for m in mentions.iter().filter(|m| m.last < i) {
            if !named.contains(&m.side) {
                named.push(m.side);
            }
        }
        if named.len() == 2 {
            out.push(Mention {
                side: named[place],
                first: i,
                last: i,
                marked: !english,
                joins_next: false,
                oblique: false,
            });
        }
    }
    out
}

/// The subject of every token of the answer. A clause's subject holds for the whole clause,
/// the words before its subject included (Korean often describes a thing before naming it);
/// where a clause runs on into a second marked side without a connective ("TCP는 연결형
/// UDP는 비연결형"), the words from that side on are about it.
pub fn subjects(mentions: &mut [Mention], tokens: &[Token]) -> Vec<Sides> {
    mentions.sort_by_key(|m| (m.first, m.last));
    let mut out = vec![0; tokens.len()];
    let mut current: Sides = 0;
    // The sentence the current subject was named in.
    let mut set_in: Option<u32> = None;
    let mut i = 0;
    let mut t = 0;
    while t < tokens.len() {
        let clause = tokens[t].clause;
        let end = tokens[t..]
            .iter()
            .position(|x| x.clause != clause)
            .map_or(tokens.len(), |n| t + n);
        let start = i;
        while i < mentions.len() && mentions[i].first < end {
            i += 1;
        }
        let here: Vec<Mention> = mentions[start..i]
            .iter()
            .filter(|m| !m.oblique)
            .copied()
            .collect();
        let sentence = tokens[t].sentence;
        let opens = continues(&tokens[t..end]);
        let keeps = match opens {
            Continues::Pronoun => true,
            Continues::Predicate => set_in == Some(sentence),
            Continues::Relative | Continues::No => false,
        };
        // A relative clause ("…, where the TCP connection is reused, …") has its own subject,
        // but the clause after it goes on with the one before it.
        let before = (current, set_in);
        if let Some(named) = subject_of(&here).filter(|_| !keeps) {
            current = named;
            set_in = Some(sentence);
        }
        out[t..end].fill(current);
        if matches!(opens, Continues::Relative) {
            (current, set_in) = before;
            t = end;
            continue;
        }
        // A later marked side of another subject takes over from where it is named.
        let first_marked = here.iter().position(|m| m.marked);
        for (k, m) in here.iter().enumerate() {
            if first_marked.is_some_and(|f| k > f) && m.marked && current & (1 << m.side) == 0 {
                current = subject_of(&here[k..]).unwrap_or(1 << m.side);
                out[m.first..end].fill(current);
            }
        }
        t = end;
    }
    out
}

/// Pronouns an English clause opens with that refer back to the subject before it: "It
/// keeps its data in memory" is about what the sentence before was about, and the side named
/// in it (`memory`) is what is said of that subject.
const PRONOUNS: &[&str] = &["it", "its", "it's", "they", "they're", "their"];

/// Words an English clause opens its predicate with: "(Redis, by contrast,) is disk-based"
/// goes on with the subject named earlier in its sentence.
const PREDICATE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could", "will",
    "would", "should", "must", "may", "might", "isn't", "aren't", "doesn't", "don't", "can't",
    "won't",
];

/// Words that join a clause to the one before without changing its subject.
const CONNECTORS: &[&str] = &["and", "so", "then", "also", "thus", "therefore", "hence"];

/// How an English clause goes on with the subject before it.
enum Continues {
    /// It opens with a pronoun: the subject before, whichever sentence named it.
    Pronoun,
    /// It opens with its verb: the subject named earlier in the same sentence, if one was
    /// (in "The receiver, meanwhile, is using delayed ACK" no side was).
    Predicate,
    /// It is a relative clause ("where …", "which …"): its subject holds inside it only.
    Relative,
    No,
}

fn continues(clause: &[Token]) -> Continues {
    let first = clause
        .iter()
        .map(Token::word)
        .find(|w| !CONNECTORS.contains(w));
    match first {
        Some(w) if PRONOUNS.contains(&w) => Continues::Pronoun,
        Some(w) if PREDICATE.contains(&w) => Continues::Predicate,
        Some("where" | "which" | "who" | "whose" | "whom") => Continues::Relative,
        _ => Continues::No,
    }
}

/// The subject a clause's mentions give it, if any.
fn subject_of(mentions: &[Mention]) -> Option<Sides> {
    mentions.first()?;
    // The marked side, with the sides joined to it; else the first side, with those joined.
    let anchor = mentions.iter().position(|m| m.marked).unwrap_or(0);
    let mut sides: Sides = 1 << mentions[anchor].side;
    let mut k = anchor;
    while k > 0 && mentions[k - 1].joins_next {
        k -= 1;
        sides |= 1 << mentions[k].side;
    }
    let mut k = anchor;
    while mentions[k].joins_next && k + 1 < mentions.len() {
        k += 1;
        sides |= 1 << mentions[k].side;
    }
    Some(sides)
}

/// How one occurrence of a side-bound term counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// Said of its side (or of nothing yet): evidence.
    Credit,
    /// Said as not so, with no side to tell more: no evidence.
    Negated,
    /// Said of its own side as not so: evidence against.
    Denied,
    /// Said of the other side: a swapped claim.
    Swapped(Sides),
}

/// How an occurrence of a term bound to `side` counts in a clause about `subject`, among
/// `sides` sides in all. Said of the other side of a two-sided comparison *as not so*
/// (`UDP는 순서를 보장하지 않는다` for TCP's ordering), it is the right contrast: evidence.
pub fn bind(side: Option<usize>, negated: bool, subject: Sides, sides: usize) -> Binding {
    let Some(side) = side.filter(|_| subject != 0) else {
        return if negated {
            Binding::Negated
        } else {
            Binding::Credit
        };
    };
    let about = subject & (1 << side) != 0;
    match (about, negated) {
        (true, false) => Binding::Credit,
        (true, true) => Binding::Denied,
        (false, false) => Binding::Swapped(subject),
        (false, true) if sides == 2 => Binding::Credit,
        (false, true) => Binding::Negated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binding_table() {
        let (tcp, udp) = (1 << 0, 1 << 1);
        assert_eq!(bind(Some(0), false, tcp, 2), Binding::Credit);
        assert_eq!(bind(Some(0), true, tcp, 2), Binding::Denied);
        assert_eq!(bind(Some(0), false, udp, 2), Binding::Swapped(udp));
        assert_eq!(bind(Some(0), true, udp, 2), Binding::Credit);
        assert_eq!(bind(Some(0), true, 1 << 2, 3), Binding::Negated);
        assert_eq!(bind(Some(0), false, tcp | udp, 2), Binding::Credit);
        assert_eq!(bind(Some(0), false, 0, 2), Binding::Credit);
        assert_eq!(bind(None, true, tcp, 2), Binding::Negated);
    }
}
