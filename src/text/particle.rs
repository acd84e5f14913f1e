//! Choosing a Korean particle for a word that ends in a consonant or a vowel (을/를, 이/가,
//! 은/는, 과/와), so generated sentences read "TIME_WAIT를" and "FIN을", not "을(를)".
//!
//! Hangul is exact. Digits are read as Sino-Korean numbers (1 일, 3 삼 …). Latin text is a
//! guess from how loanwords are usually read: a final `l`, `m`, `n`, `ng` or `ck` keeps a
//! consonant (`SSL을`, `FIN을`, `ACK을`), anything else ends in a vowel (`TCP를`,
//! `TIME_WAIT를`, `server를`). Text that gives no clue gets both forms: `을(를)`.

/// Whether `word`, read aloud in Korean, ends in a consonant (받침). Closing quotes and
/// brackets, and a trailing parenthetical (`연결 수립(ESTABLISHED)`), are looked through.
/// `None` when the end is neither Hangul, a digit nor a Latin letter.
pub fn ends_in_consonant(word: &str) -> Option<bool> {
    let mut text = word.trim_end();
    loop {
        let trimmed = text.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '’' | '”' | '」' | '』' | '`' | '*' | '.')
        });
        match trimmed.strip_suffix(')') {
            Some(inner) if inner.contains('(') => {
                text = &inner[..inner.rfind('(').unwrap_or(0)];
            }
            _ => {
                text = trimmed;
                break;
            }
        }
    }
    let last = text.chars().next_back()?;
    match last {
        '\u{AC00}'..='\u{D7A3}' => Some((last as u32 - 0xAC00) % 28 != 0),
        '0' | '1' | '3' | '6' | '7' | '8' => Some(true),
        '2' | '4' | '5' | '9' => Some(false),
        c if c.is_ascii_alphabetic() => {
            let lower = text.to_ascii_lowercase();
            Some(
                matches!(c.to_ascii_lowercase(), 'l' | 'm' | 'n')
                    || lower.ends_with("ng")
                    || lower.ends_with("ck"),
            )
        }
        _ => None,
    }
}

/// `word` followed by the right one of two particles: `with_particle("FIN", "을", "를")` is
/// `FIN을`. When the end of `word` gives no clue, both: `…을(를)`.
pub fn with_particle(word: &str, after_consonant: &str, after_vowel: &str) -> String {
    match ends_in_consonant(word) {
        Some(true) => format!("{word}{after_consonant}"),
        Some(false) => format!("{word}{after_vowel}"),
        None => format!("{word}{after_consonant}({after_vowel})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_particle() {
        let cases = [
            ("세션", "세션을"),
            ("쿠키", "쿠키를"),
            ("연결 수립(ESTABLISHED)", "연결 수립(ESTABLISHED)을"),
            ("‘두 번’", "‘두 번’을"),
            ("TIME_WAIT", "TIME_WAIT를"),
            ("FIN", "FIN을"),
            ("SYN-ACK", "SYN-ACK을"),
            ("TCP", "TCP를"),
            ("SSL", "SSL을"),
            ("ping", "ping을"),
            ("HTTP/2", "HTTP/2를"),
            ("3", "3을"),
            ("→", "→을(를)"),
            ("", "을(를)"),
        ];
        for (word, expected) in cases {
            assert_eq!(with_particle(word, "을", "를"), expected, "{word}");
        }
    }
}
