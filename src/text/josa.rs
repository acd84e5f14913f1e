//! Korean particles (조사) and endings (어미) that may follow a term.
//!
//! A closed list, applied from the end of a word, up to three deep (`세션` + `에서` + `는`).
//! Stripping is never destructive: the full word is always the first stem, and a term has to
//! equal a stem exactly. Single syllables that often *end nouns* (서 in 인증서, 기 in 동기,
//! 간 in 시간) are left out on purpose, so `인증서` never yields the stem `인증`.

/// A candidate form of a word with some suffix removed: always a prefix of the word, so
/// it is kept as a length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stem {
    /// Length in bytes of the prefix of the word.
    len: usize,
    /// The removed suffix negates the word (`보장하지않는다` → `보장`, negated).
    negated: bool,
}

/// Suffixes that may follow a noun or a verb stem.
const SUFFIXES: &[&str] = &[
    // particles
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "에게",
    "께",
    "한테",
    "로",
    "으로",
    "와",
    "과",
    "도",
    "만",
    "까지",
    "부터",
    "보다",
    "처럼",
    "마다",
    "이나",
    "나",
    "이란",
    "란",
    "이라",
    "라",
    "이라고",
    "라고",
    "이라는",
    "라는",
    "랑",
    "이랑",
    "하고",
    "로써",
    "으로써",
    "로서",
    "으로서",
    "들",
    "적인",
    "적으로",
    "적이",
    "에는",
    "에도",
    "엔",
    // copula and connective endings
    "이며",
    "며",
    "이고",
    "고",
    "이다",
    "다",
    "입니다",
    "니다",
    "이에요",
    "예요",
    "에요",
    "이죠",
    "죠",
    "인",
    "이지만",
    "지만",
    "이므로",
    "므로",
    "이기",
    "임",
    "이면",
    "면",
    "이든",
    "든",
    "이지",
    "지",
    "이야",
    "야",
    "요",
    "는데",
    "는다",
    "습니다",
    "어서",
    "아서",
    "어",
    "아",
    "게",
    "도록",
    "니까",
    "으니까",
    "려고",
    "려면",
    "때문",
    "때문에",
    // 하다 / 되다 / 시키다 / 있다 / 주다 forms after a noun
    "하",
    "한",
    "할",
    "함",
    "해",
    "했",
    "하는",
    "하여",
    "하며",
    "하면",
    "하지",
    "하기",
    "한다",
    "합니다",
    "해서",
    "해야",
    "했다",
    "해요",
    "하는데",
    "하므로",
    "하니까",
    "하게",
    "하도록",
    "하려면",
    "하려고",
    "된",
    "될",
    "됨",
    "돼",
    "되",
    "되는",
    "되고",
    "되어",
    "되며",
    "되면",
    "되지",
    "된다",
    "됩니다",
    "됐다",
    "되기",
    "되는데",
    "되므로",
    "되어서",
    "돼서",
    "시키",
    "시킨",
    "시켜",
    "시키는",
    "시킨다",
    "시켜서",
    "있다",
    "있는",
    "있고",
    "있으며",
    "있습니다",
    "있어",
    "있음",
    "있어서",
    "있기",
    "있는데",
    "준다",
    "주는",
    "주고",
    "줍니다",
    "줘",
    "주며",
    "주기",
    "해주",
    "해준다",
    "해주는",
    "해줍니다",
    // more connective and copula endings seen in real answers
    "라서",
    "이라서",
    "인데",
    "여야",
    "이어야",
    "으니",
    "니",
    "면서",
    "하면서",
    "씩",
    "이어서",
    "였다",
    "이었다",
    "였고",
    "에서도",
    "이라면",
    "라면",
    "이자",
    "이지요",
    "지요",
    "에서의",
    "과의",
    "와의",
    // 것 as spoken: a noun or an adnominal verb form followed by 거/걸/건 (커넥션 ID라는걸로,
    // 구분하는거에요), and 같은/같이 written onto a noun (TCP같은).
    "것",
    "거",
    "걸",
    "건",
    "걸로",
    "거로",
    "거를",
    "거는",
    "거에요",
    "거예요",
    "거죠",
    "같은",
    "같이",
    "이라던가",
    "라던가",
    "이라든가",
    "라든가",
    "든가",
];

/// Suffixes that state the word is *not* so.
const NEGATING: &[&str] = &[
    "않",
    "않다",
    "않는다",
    "않고",
    "않은",
    "않는",
    "않음",
    "않아",
    "않습니다",
    "않아요",
    "않으며",
    "않지만",
    "않게",
    "않도록",
    "않아서",
    "없",
    "없다",
    "없는",
    "없이",
    "없음",
    "없고",
    "없습니다",
    "없어",
    "못",
    "못한다",
    "못하는",
    "못함",
    "못해",
    "안됨",
    "안된다",
    "안돼",
    "안함",
    "안한다",
];

const MAX_DEPTH: usize = 3;

/// Every stem of a folded word as (prefix length, negated): the word itself first, then
/// shorter ones.
pub fn stems(word: &str) -> Vec<(usize, bool)> {
    let mut out = vec![Stem {
        len: word.len(),
        negated: false,
    }];
    strip(word, false, MAX_DEPTH, &mut out);
    if word.is_ascii() {
        english_plural(word, &mut out);
    }
    out.into_iter().map(|s| (s.len, s.negated)).collect()
}

/// The suffixes grouped by their last character: a word is only tried against the few
/// that can end it (stemming runs for every word of every answer).
fn by_last_char() -> &'static rustc_hash::FxHashMap<char, Vec<(&'static str, bool)>> {
    static INDEX: std::sync::OnceLock<rustc_hash::FxHashMap<char, Vec<(&'static str, bool)>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: rustc_hash::FxHashMap<char, Vec<(&'static str, bool)>> = Default::default();
        let all = SUFFIXES
            .iter()
            .map(|s| (*s, false))
            .chain(NEGATING.iter().map(|s| (*s, true)));
        for (suffix, negates) in all {
            if let Some(last) = suffix.chars().last() {
                index.entry(last).or_default().push((suffix, negates));
            }
        }
        index
    })
}

fn strip(word: &str, negated: bool, depth: usize, out: &mut Vec<Stem>) {
    if depth == 0 {
        return;
    }
    let Some(last) = word.chars().last() else {
        return;
    };
    let Some(suffixes) = by_last_char().get(&last) else {
        return;
    };
    for &(suffix, negates) in suffixes {
        let Some(rest) = word.strip_suffix(suffix) else {
            continue;
        };
        if rest.is_empty() {
            continue;
        }
        let negated = negated || negates;
        let len = rest.len();
        if !out.iter().any(|s| s.len == len && s.negated == negated) {
            out.push(Stem { len, negated });
        }
        strip(rest, negated, depth - 1, out);
    }
}

fn english_plural(word: &str, out: &mut Vec<Stem>) {
    if word.len() < 4 || super::analyzer::NOT_PLURALS.contains(&word) {
        return;
    }
    for suffix in ["'s", "es", "s"] {
        if let Some(rest) = word.strip_suffix(suffix) {
            if !out.iter().any(|s| s.len == rest.len()) {
                out.push(Stem {
                    len: rest.len(),
                    negated: false,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(word: &str) -> Vec<String> {
        stems(word)
            .into_iter()
            .map(|(len, _)| word[..len].to_string())
            .collect()
    }

    #[test]
    fn strips_particles_and_endings() {
        for (word, stem) in [
            ("세션은", "세션"),
            ("세션을", "세션"),
            ("세션이", "세션"),
            ("세션에서는", "세션"),
            ("암호화하여", "암호화"),
            ("연결형이고", "연결형"),
            ("보장한다", "보장"),
            ("보장됩니다", "보장"),
            ("저장되어있다", "저장"),
            ("sessions", "session"),
            ("ID라는걸로", "ID"),
            ("구분하는거에요", "구분"),
            ("TCP같은", "TCP"),
        ] {
            assert!(
                texts(word).contains(&stem.to_string()),
                "{word} → {stem}: {:?}",
                texts(word)
            );
        }
    }

    #[test]
    fn keeps_the_whole_word_first() {
        assert_eq!(texts("게이트웨이")[0], "게이트웨이");
    }

    #[test]
    fn never_cuts_noun_endings() {
        assert!(!texts("인증서").contains(&"인증".to_string()));
        assert!(!texts("쿠키").contains(&"쿠".to_string()));
    }

    #[test]
    fn marks_negating_endings() {
        let s = stems("보장하지않는다");
        assert!(s
            .iter()
            .any(|&(len, negated)| len == "보장".len() && negated));
        assert!(stems("보장한다").iter().all(|&(_, negated)| !negated));
    }
}
