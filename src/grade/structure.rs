//! Whether an answer explains anything, or only names things.
//!
//! A list of the right keywords ("SYN, SYN-ACK, ACK, ESTABLISHED") shows recall but not
//! understanding, and an interviewer would not pass it on an "explain" question. An
//! explanation needs words that relate things: Korean predicates and connective endings
//! (`보낸다`, `연결형이고`, `때문에`), case particles, or English function words.

use crate::text::{is_word_char, Token};

/// Fewer structure points than this and the answer is a bare list.
const MIN_STRUCTURE: f32 = 2.0;

/// Endings that make a Korean word a predicate or a connective: one point each.
const PREDICATE_ENDINGS: &[&str] = &[
    "다",
    "요",
    "고",
    "며",
    "면",
    "어서",
    "아서",
    "해서",
    "라서",
    "지만",
    "는데",
    "므로",
    "니까",
    "도록",
    "함",
    "됨",
    "음",
    "임",
    "여",
    "해",
    "게",
    "려고",
    "때문",
    "때문에",
    "는",
    "한",
    "된",
    "인",
    "하여",
    "되어",
];

/// Case particles: half a point each (`세션은 서버` relates two words, barely).
const PARTICLES: &[&str] = &[
    "은", "이", "가", "을", "를", "에", "에서", "로", "으로", "와", "과", "의", "도",
];

/// English words that only appear in sentences.
const FUNCTION_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "the", "a", "an", "to", "of", "in", "on", "for",
    "with", "by", "because", "so", "when", "which", "that", "this", "it", "its", "and", "or",
    "then", "if", "than", "as", "from", "into", "via", "uses", "use", "used", "sends", "send",
    "makes", "make", "can", "will", "must", "should", "has", "have", "does", "do", "each", "after",
    "before", "they", "we", "you", "where", "while",
];

/// Whether the answer is a bare list: too few relating words overall, or (in Korean) a run of
/// comma-separated items of which hardly any says something (see [`is_list_shaped`]).
pub fn is_bare_list(tokens: &[Token], answer: &str) -> bool {
    structure_points(tokens) < MIN_STRUCTURE || is_list_shaped(answer)
}

/// Fewer items than this and an answer is too short to call a list by its shape.
const MIN_ITEMS: usize = 4;

/// Endings that make a Korean word say something: finite (`보장합니다`), connective
/// (`맺고`, `때문에`), the note style's nominal endings (`보장함`, `저장됨`) and the common
/// adnominal predicates (`유지하는`, `없는`). Stricter than [`PREDICATE_ENDINGS`], which
/// also scores `는`/`한`/`인` and so calls `서버는`, `제한`, `로그인` predicates: fine for a
/// points count, too loose to say whether one short item says anything.
const SAYING_ENDINGS: &[&str] = &[
    "다",
    "요",
    "죠",
    "까",
    "고",
    "며",
    "면",
    "서",
    "지만",
    "는데",
    "은데",
    "니까",
    "므로",
    "도록",
    "거나",
    "려고",
    "려면",
    "때문에",
    "든지",
    "함",
    "됨",
    "하는",
    "되는",
    "있는",
    "없는",
    "않는",
    "된",
];

/// A list by its shape: four or more items (split at commas, semicolons, middle dots, line and
/// sentence ends) of which at most one in four says anything of anything — a predicate, or a
/// topic with something said of it (`세션은 서버 저장`). The particle count of
/// [`structure_points`] misses such a list when its items carry particles ("…, 쿠키는 클라이언트
/// 저장, 세션은 서버 저장, 세션 ID"). An answer that enumerates inside a sentence ("물리, 데이터
/// 링크, …, 응용 계층입니다") and says little else reads as a list too; people grade those 2 as
/// well (the one such answer in the training sets). Korean only: without a
/// part-of-speech tagger an English verb ("GET reads data, POST creates") looks like a noun,
/// and English lists are caught by their missing function words.
pub fn is_list_shaped(answer: &str) -> bool {
    let (mut hangul, mut latin, mut marks) = (0usize, 0usize, 0usize);
    for c in answer.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if crate::text::is_hangul(c) {
            hangul += 1;
        } else if ends_item(c) {
            marks += 1;
        }
    }
    // Most answers are sentences: too few marks to make four items, or English.
    if hangul < latin || marks + 1 < MIN_ITEMS {
        return false;
    }
    let items = list_items(answer);
    items.len() >= MIN_ITEMS
        && items.iter().filter(|i| says_something(i)).count() * 4 <= items.len()
}

/// Characters that end an item of a list (a full stop only before a space; see [`list_items`]).
fn ends_item(c: char) -> bool {
    matches!(c, ',' | ';' | '·' | '、' | '\n' | '.' | '!' | '?')
}

/// The items of an answer: split at `,` `;` `·` `、`, line ends, and `.` `!` `?` before a space
/// (so `1.1` and `3.0` stay whole).
fn list_items(answer: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut start = 0;
    let mut chars = answer.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends = match c {
            '.' | '!' | '?' => chars.peek().is_none_or(|&(_, n)| n.is_whitespace()),
            c => ends_item(c),
        };
        if ends {
            items.push(&answer[start..i]);
            start = i + c.len_utf8();
        }
    }
    items.push(&answer[start..]);
    items.retain(|i| i.chars().any(is_word_char));
    items
}

/// Whether one item of a list says something (see [`is_list_shaped`]).
fn says_something(item: &str) -> bool {
    let words: Vec<&str> = item
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let korean = |w: &str| w.chars().any(crate::text::is_hangul);
    let predicate = words
        .iter()
        .any(|w| korean(w) && SAYING_ENDINGS.iter().any(|e| w.ends_with(e)));
    let topic =
        words.iter().rev().skip(1).any(|w| {
            korean(w) && w.chars().count() >= 2 && (w.ends_with('은') || w.ends_with('는'))
        });
    predicate || topic
}

/// A Korean list item (one clause of tokens) that says nothing by itself: a few nouns, the
/// last one bare or joined to the next item (`도착 보장이나`, `재전송`); a denied predicate
/// after such items is said of them too (see `matcher::negated_clauses`). Stricter than
/// [`says_something`] in the other direction: a word that might be a noun (`순서`, `속도`) is
/// taken for one, since wrongly sharing a denial costs a right answer its claim.
pub fn is_bare_item(words: &[Token]) -> bool {
    const JOINING: &[&str] = &["이나", "나", "와", "과", "랑", "이랑", "및", "등"];
    // Endings that say something or give a word a role. Not 서, 도, 이, 가, 로, 의: too many
    // nouns end in them (순서, 속도, 길이, 평가, 경로, 정의).
    const ENDINGS: &[&str] = &[
        "다", "요", "죠", "고", "며", "면", "지만", "는데", "은", "는", "을", "를", "에",
    ];
    let Some(last) = words.last().map(Token::word) else {
        return false;
    };
    let says = |w: &str| {
        ENDINGS.iter().any(|e| w.ends_with(e))
            || crate::text::ends_with_connective(w)
            || crate::text::ends_with_final(w)
    };
    words.len() <= 4
        && words
            .iter()
            .all(|t| t.word().chars().any(crate::text::is_hangul))
        && (JOINING.iter().any(|j| last.ends_with(j)) || !says(last))
        && words[..words.len() - 1].iter().all(|t| !says(t.word()))
}

/// Whether the answer has no predicate or function word at all ("GET, POST, 쿼리 스트링"):
/// nothing in it is said *of* anything.
pub fn says_nothing_of_anything(tokens: &[Token]) -> bool {
    structure_points(tokens) < 1.0
}

/// Parts of names (`SO_REUSEADDR`, `no-cache`) are not sentence words.
fn structure_points(tokens: &[Token]) -> f32 {
    let mut glued_before = false;
    let mut points = 0.0;
    for t in tokens {
        if !t.glued && !glued_before {
            points += word_points(t.word());
        }
        glued_before = t.glued;
    }
    points
}

fn word_points(word: &str) -> f32 {
    if word.chars().count() >= super::matcher::UNSPACED_CHARS
        && word.chars().any(crate::text::is_hangul)
    {
        // Typed without spaces: count the particles and endings inside it instead.
        let marks = word
            .chars()
            .filter(|c| "은는을를에고며다요서".contains(*c))
            .count();
        return marks as f32 * 0.5;
    }
    if word.is_ascii() {
        return if FUNCTION_WORDS.contains(&word) {
            1.0
        } else {
            0.0
        };
    }
    if word.chars().count() < 2 {
        return 0.0;
    }
    if PREDICATE_ENDINGS.iter().any(|e| word.ends_with(e)) {
        1.0
    } else if PARTICLES.iter().any(|p| word.ends_with(p)) {
        0.5
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn lists_are_lists() {
        for list in [
            "SYN, SYN-ACK, ACK, ESTABLISHED",
            "3-way handshake SYN ACK 연결 수립",
            "connection-oriented, reliable, ordered, retransmission",
            "스티키 세션, 세션 클러스터링, 세션 스토리지",
            "SO_REUSEADDR, TCP_NODELAY, SO_KEEPALIVE, SO_LINGER",
            "원자성일관성격리성지속성",
            "HTTP 무상태, 비연결성, 사용자 식별, 로그인 유지, 장바구니, 사용자 설정, 쿠키는 클라이언트 저장, 세션은 서버 저장, 세션 ID.",
            "바이트 스트림, 수신 버퍼, 누적, 헤더 길이 확인, 길이만큼 대기, 메시지 추출, recv 0은 연결 종료.",
        ] {
            assert!(is_bare_list(&tokenize(list), list), "{list}");
        }
    }

    #[test]
    fn sentences_are_not() {
        for sentence in [
            "TCP는 연결형이고 신뢰성을 보장한다",
            "클라이언트가 SYN을 보내면 서버가 SYN-ACK로 응답합니다",
            "The client sends a SYN and the server answers",
            "쿠키는클라이언트에저장되고세션은서버에저장됩니다",
            "200번대는 성공, 300번대는 리다이렉트, 400번대는 클라이언트 잘못, 500번대는 서버 에러예요.",
            "1.1, 2.0, 3.0 순서로 점점 빨라졌습니다. 2.0부터는 헤더를 압축해요.",
            "원자성은 전부 성공하거나 전부 실패하는 것, 일관성은 규칙이 지켜지는 것, 격리성은 서로 간섭하지 않는 것, 지속성은 커밋된 데이터가 남는 것입니다.",
        ] {
            assert!(!is_bare_list(&tokenize(sentence), sentence), "{sentence}");
        }
    }

    #[test]
    fn english_is_not_judged_by_shape() {
        // Its verbs look like nouns to a list of Korean endings.
        assert!(!is_list_shaped(
            "GET reads data, POST creates, PUT updates, and DELETE removes, HEAD peeks."
        ));
    }
}
