//! Korean/English text normalisation for matching.
//!
//! Answers are split into [`Token`]s that remember where they stand in the answer (so the
//! grader can show the exact words that matched), which sentence and clause they belong to
//! (so "said together" and negation stay local), and every *stem* the word may have once a
//! Korean particle or ending is taken off (`세션에서는` → `세션에서`, `세션`). Nothing here
//! guesses morphology beyond a closed list of suffixes: a stem is only a candidate, and a
//! term must equal a candidate exactly, so `키` never matches inside `쿠키`.

pub mod analyzer;
mod josa;
pub mod particle;

use unicode_normalization::UnicodeNormalization;

pub use analyzer::Stem;

/// The stems of a folded word with its particles and endings taken off, as (byte length,
/// negated), the whole word first: `스레드가` → 스레드가, 스레드.
pub use josa::stems as particle_stems;

/// Whether `c` is a Hangul syllable or jamo.
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Unicode NFC, the form answers are stored and shown in.
pub fn nfc(text: &str) -> String {
    // Answers are nearly always NFC already; the quick check spares rebuilding them.
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        return text.to_string();
    }
    text.nfc().collect()
}

/// The comparable form of a word: compatibility-folded (full width → ASCII), lower case.
pub fn fold(word: &str) -> String {
    // Nearly every word of an answer is plain ASCII or precomposed Hangul, which NFKC leaves
    // as it is: skip the normalisation tables for those (this runs for every word graded).
    if word.chars().all(|c| c.is_ascii() || is_syllable(c)) {
        return word.to_ascii_lowercase();
    }
    word.nfkc().flat_map(char::to_lowercase).collect()
}

/// A precomposed Hangul syllable (가–힣).
fn is_syllable(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// Hangul decomposed into conjoining jamo, so that a typo costs one vowel, not a syllable:
/// `셰` and `쉐` differ in one jamo.
pub fn jamo(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Hangul syllables decompose by arithmetic (Unicode §3.12), the same result as
            // NFD without its table look-ups: grading decomposes every word of every answer.
            c if is_syllable(c) => {
                let s = c as u32 - 0xAC00;
                let (l, v, t) = (s / (21 * 28), s % (21 * 28) / 28, s % 28);
                out.push(char::from_u32(0x1100 + l).expect("a leading jamo"));
                out.push(char::from_u32(0x1161 + v).expect("a vowel jamo"));
                if t > 0 {
                    out.push(char::from_u32(0x11A7 + t).expect("a trailing jamo"));
                }
            }
            c if c.is_ascii() => out.push(c),
            c => out.extend(c.to_string().nfd()),
        }
    }
    out
}

/// One word of an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte range in the (NFC) text it came from.
    pub start: usize,
    pub end: usize,
    /// Sentence number, from 0.
    pub sentence: u32,
    /// Clause number, from 0, across the whole text (commas and "but" start a new one).
    pub clause: u32,
    /// The folded word.
    word: String,
    /// The word, then its shorter stems.
    stems: Vec<Stem>,
    /// Joined to the next word by `-`, `_` or `+` (`no-store`, `SO_REUSEADDR`, `SYN+ACK`): part of a name,
    /// not a word of the sentence.
    pub glued: bool,
    /// Ends a condition (`쓰면`, `넣으면`): the next clause says what follows from it, and the
    /// two make one claim (`HTTPS를 쓰면 | CSRF는 불가능하다`).
    pub condition: bool,
    /// A comma, semicolon or other clause mark stands right before it: the word starts a new
    /// item of a list, or a new clause.
    pub marked: bool,
}

impl Token {
    /// The folded word as written.
    pub fn word(&self) -> &str {
        &self.word
    }

    /// Every stem of the word, the whole word first (see [`analyzer::analyze`]).
    pub fn stems(&self) -> &[Stem] {
        &self.stems
    }
}

/// Characters that end a sentence when followed by a space or the end.
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '。' | '？' | '！')
}

/// Punctuation that ends a clause. Brackets do not: `임시 포트(ephemeral port)를 할당한다` is
/// one claim with a gloss, not a list of two names and a verb.
fn ends_clause(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '，' | '；' | '、' | '→')
}

/// A letter or digit of a word.
pub(crate) fn is_word_char(c: char) -> bool {
    // The common cases first: the general Unicode look-up is slow for Hangul.
    c.is_ascii_alphanumeric() || is_syllable(c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// Words that begin a new clause ("but", "반면"), so negation before them does not reach after.
const CLAUSE_WORDS: &[&str] = &[
    "but",
    "whereas",
    "however",
    "while",
    "although",
    "하지만",
    "반면",
    "반면에",
    "그러나",
    "그런데",
    "대신",
    "반대로",
    "그리고",
    "and",
    "whilst",
    "so",
    "because",
    "since",
    "which",
    "though",
    "unless",
    "if",
    "when",
];

/// Whether a Korean word ends in a connective ending that closes its clause (`보장하고`,
/// `빠르며`, `느리지만`, `연결하면서`, `하는데`, `빠른데`): what follows is another claim,
/// possibly about another subject.
pub(crate) fn ends_with_connective(word: &str) -> bool {
    let mut rev = word.chars().rev();
    let (Some(last), Some(before)) = (rev.next(), rev.next()) else {
        return false;
    };
    if !is_syllable(last) || !is_syllable(before) {
        return false;
    }
    let (_, vowel, final_) = {
        let s = before as u32 - 0xAC00;
        (s / 588, s % 588 / 28, s % 28)
    };
    match last {
        '고' | '며' => true,
        // `A가 아니라 B`: the denied A is a clause of its own, so B is not denied with it.
        '라' => word.ends_with("아니라"),
        // -면, -으면 (a condition is its own clause: `HttpOnly 쿠키에 넣으면 | 스크립트가 못
        // 읽는다`), but not nouns in 면 after a consonant-final syllable (측면, 표면, 화면).
        '면' => final_ == 0 || before == '으',
        // -면서; and -아서/-어서/-해서/-라서 (a vowel-final 아/어 form before 서), which
        // leaves out nouns in 서 (순서, 인증서, 문서: a final consonant before it).
        '서' => {
            before == '면' || (final_ == 0 && matches!(vowel, 0 | 1 | 4 | 6 | 9 | 10 | 11 | 14))
        }
        '만' => before == '지',
        '로' => before == '므',
        '까' => before == '니',
        '에' => word.ends_with("때문에"),
        // -는데, -은데, -ㄴ데 (빠른데): a final ㄴ before 데.
        '데' => final_ == 4,
        _ => false,
    }
}

/// Whether a Korean word ends a sentence by its ending (`봐요`, `까보고요`, `하죠`, `합니다`):
/// spoken answers often run sentences together without a full stop ("L4는 포트만 봐요 내용은
/// 안 까보고요"), and a denial in the second must not reach back into the first.
pub(crate) fn ends_with_final(word: &str) -> bool {
    /// Nouns in 요 (a final 요 that is no ending).
    const NOUNS: &[&str] = &[
        "필요", "중요", "주요", "수요", "개요", "강요", "소요", "요요",
    ];
    let mut rev = word.chars().rev();
    let (Some(last), Some(before)) = (rev.next(), rev.next()) else {
        return false;
    };
    match last {
        '요' => is_syllable(before) && !NOUNS.iter().any(|n| word.ends_with(n)),
        '죠' => is_syllable(before),
        '다' => before == '니',
        _ => false,
    }
}

/// A word without the quotes that close before a Korean particle: `no-cors'를` → `no-cors를`.
fn drop_closing_quotes(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' && chars.peek().copied().is_some_and(is_hangul) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Split NFC text into tokens. Apostrophes inside a word stay (`doesn't`); every other
/// non-alphanumeric character separates words, so `3-way`, `TIME_WAIT` and `SYN+ACK`
/// become several tokens whose concatenation is what terms are compared with.
pub fn tokenize(text: &str) -> Vec<Token> {
    split(text, true)
}

/// Whether a comma or another clause mark stands between two words of `text` (see
/// [`Token::marked`]); cheap, for rubric terms.
pub fn marks_clauses(text: &str) -> bool {
    split(text, false).iter().any(|t| t.marked)
}

/// The folded words of a text, without their stems: what rubric terms need (squashing,
/// lemma detection), thousands of times as banks load.
pub fn words(text: &str) -> Vec<String> {
    split(text, false).into_iter().map(|t| t.word).collect()
}

fn split(text: &str, with_stems: bool) -> Vec<Token> {
    let mut tokens = Vec::new();
    let (mut sentence, mut clause) = (0u32, 0u32);
    let mut pending_break = false;
    let mut after_connective = false;
    let mut after_condition = false;
    let mut after_final = false;
    let mut marked = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                // An apostrophe joins letters (`doesn't`); a closing quote before a particle
                // (`'no-cors'를`) is dropped from the word, as if it were not written.
                let joins = is_word_char(d)
                    || (matches!(d, '\'' | '’')
                        && text[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic));
                if !joins {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let mut word = fold(&text[i..end]);
            if word.contains('’') {
                word = word.replace('’', "'");
            }
            if word.contains('\'') {
                word = drop_closing_quotes(&word);
            }
            // `-면 안 되다` is one claim (a prohibition), not a condition and a denial.
            let prohibition = after_condition
                && (word == "안" || word.starts_with("안돼") || word.starts_with("안되"));
            if after_final && !pending_break {
                sentence += 1;
                clause += 1;
            } else if (after_connective && !pending_break && !prohibition)
                || CLAUSE_WORDS.contains(&word.as_str())
            {
                clause += 1;
            }
            pending_break = false;
            let mut rest = text[end..].chars();
            let glued = matches!(rest.next(), Some('-' | '_' | '+'))
                && rest.next().is_some_and(char::is_alphanumeric);
            after_connective = !glued && ends_with_connective(&word);
            after_condition = after_connective && word.ends_with('면');
            after_final = !glued && ends_with_final(&word);
            tokens.push(Token {
                start: i,
                end,
                sentence,
                clause,
                stems: if with_stems {
                    analyzer::analyze(&word)
                } else {
                    Vec::new()
                },
                word,
                glued,
                condition: after_condition,
                marked,
            });
            marked = false;
            continue;
        }
        let next_is_space = chars.peek().is_none_or(|&(_, d)| d.is_whitespace());
        if c == '\n' || (ends_sentence(c) && next_is_space) {
            if !pending_break && !tokens.is_empty() {
                sentence += 1;
                clause += 1;
            }
            pending_break = true;
        } else if ends_clause(c) && !pending_break && !tokens.is_empty() {
            clause += 1;
            pending_break = true;
            marked = true;
        }
    }
    tokens
}

/// The comparable form of a rubric term: its folded words, joined without separators,
/// so that `로드 밸런싱`, `로드밸런싱` and `3-way`/`3 way` compare equal.
pub fn squash(term: &str) -> String {
    words(&nfc(term)).concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| t.word().to_string())
            .collect()
    }

    #[test]
    fn folds_case_and_full_width() {
        assert_eq!(words("ＴＣＰ와 Http"), ["tcp와", "http"]);
    }

    #[test]
    fn splits_punctuation_but_keeps_apostrophes() {
        assert_eq!(
            words("3-way SYN+ACK, doesn't TIME_WAIT"),
            ["3", "way", "syn", "ack", "doesn't", "time", "wait"]
        );
        // A closing quote before a particle is no apostrophe: `'no-cors'를` is `no-cors를`.
        assert_eq!(words("mode: 'no-cors'를"), ["mode", "no", "cors를"]);
    }

    #[test]
    fn squash_ignores_spacing_and_punctuation() {
        assert_eq!(squash("로드 밸런싱"), squash("로드밸런싱"));
        assert_eq!(squash("3-way handshake"), "3wayhandshake");
        assert_eq!(squash("TIME_WAIT"), squash("time wait"));
    }

    #[test]
    fn decimal_points_do_not_end_sentences() {
        let t = tokenize("HTTP/1.1은 지속 연결. 다음 문장");
        assert_eq!(
            t.iter().map(|t| t.sentence).collect::<Vec<_>>(),
            [0, 0, 0, 0, 0, 1, 1]
        );
    }

    #[test]
    fn commas_and_but_start_clauses() {
        let t = tokenize("TCP는 보장하고, UDP는 보장하지 않는다 but fast");
        let clauses: Vec<u32> = t.iter().map(|t| t.clause).collect();
        assert_eq!(clauses, [0, 0, 1, 1, 1, 2, 2]);
    }

    #[test]
    fn spoken_endings_end_sentences_without_a_full_stop() {
        let t =
            tokenize("L4는 포트만 봐요 내용은 안 까보고요 L7은 다 보죠 그게 필요 없다고 합니다 끝");
        let sentences: Vec<u32> = t.iter().map(|t| t.sentence).collect();
        // 필요 is a noun, not an ending.
        assert_eq!(sentences, [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4]);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "세션은  서버에";
        let t = tokenize(text);
        assert_eq!(&text[t[1].start..t[1].end], "서버에");
    }

    #[test]
    fn jamo_is_nfd() {
        for text in ["핸드셰이크", "값을 읽다 ㅋ", "Ａcafé 세션", "뷁"] {
            assert_eq!(jamo(text), text.nfd().collect::<Vec<char>>(), "{text}");
        }
    }

    #[test]
    fn jamo_makes_similar_vowels_close() {
        let a = jamo("핸드셰이크");
        let b = jamo("핸드쉐이크");
        assert_eq!(strsim::generic_levenshtein(&a, &b), 1);
    }
}
