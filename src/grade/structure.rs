//! Whether an answer explains anything, or only names things.
//!
//! A list of the right keywords ("SYN, SYN-ACK, ACK, ESTABLISHED") shows recall but not
//! understanding, and an interviewer would not pass it on an "explain" question. An
//! explanation needs words that relate things: Korean predicates and connective endings
//! (`보낸다`, `연결형이고`, `때문에`), case particles, or English function words.

use crate::text::Token;

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

pub fn is_bare_list(tokens: &[Token]) -> bool {
    structure_points(tokens) < MIN_STRUCTURE
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
        ] {
            assert!(is_bare_list(&tokenize(list)), "{list}");
        }
    }

    #[test]
    fn sentences_are_not() {
        for sentence in [
            "TCP는 연결형이고 신뢰성을 보장한다",
            "클라이언트가 SYN을 보내면 서버가 SYN-ACK로 응답합니다",
            "The client sends a SYN and the server answers",
            "쿠키는클라이언트에저장되고세션은서버에저장됩니다",
        ] {
            assert!(!is_bare_list(&tokenize(sentence)), "{sentence}");
        }
    }
}
