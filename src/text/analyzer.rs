//! The one place where words become comparable forms, for rubric terms and answers alike.
//!
//! Korean predicates conjugate (빠르다 → 빠르고, 빨라서, 빠릅니다, 빠른, 빠름) and English words
//! inflect (acknowledge → acknowledges, acknowledged). A dictionary-based analyser (mecab-ko,
//! lindera) would read any word, but needs a 100 MB dictionary that cannot be had offline here
//! (`shared/DEPENDENCIES.md`). Rubric terms are known in advance, so the light path works the
//! other way round: a term written as a lemma (`빠르다`, `교체하다`) is expanded by rule into
//! the *stem forms* its conjugations start with (regular verbs, 하다/되다, and the 르, 으, ㅂ,
//! ㄷ, ㅅ, ㅎ and ㄹ classes, with the common exceptions), and each word of an answer offers
//! the forms left when a verbal ending is taken off. A form matches only a lemma's forms, so
//! stripping `서` from `인증서` can never make it match the noun `인증`.
//!
//! English words go through the Snowball stemmer on both sides (`rust-stemmers`).

use std::borrow::Cow;

/// What a word of an answer may be, once an ending is taken off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stem {
    /// The form: the word itself, a prefix of it, or an English stem.
    pub text: String,
    /// The removed ending negates the word (`보장하지않는다` → `보장`, negated).
    pub negated: bool,
    /// Left by a verbal ending (`빨라서` → `빨라`): it may only match a lemma's forms.
    pub verbal: bool,
}

/// Endings that follow one of a predicate's stem forms (see [`lemma_forms`]). Only tried
/// against lemmas, so single syllables that also end nouns (서, 기, 가) are safe here.
const VERBAL_ENDINGS: &[&str] = &[
    "고",
    "고요",
    "구요",
    "지",
    "지요",
    "죠",
    "지만",
    "게",
    "기",
    "기에",
    "기도",
    "다",
    "는다",
    "는데",
    "은데",
    "데",
    "데요",
    "는지",
    "은지",
    "던",
    "도록",
    "자",
    "거나",
    "거든",
    "거든요",
    "겠다",
    "겠습니다",
    "겠",
    "네요",
    "나요",
    "니",
    "냐",
    "든지",
    "다가",
    "다고",
    "다는",
    "며",
    "면",
    "면서",
    "므로",
    "니까",
    "니다",
    "니까요",
    "려고",
    "려면",
    "러",
    "잖아요",
    "서",
    "서는",
    "서도",
    "도",
    "야",
    "야지",
    "요",
    "어요",
    "어서",
    "습니다",
    "습니까",
    "가",
    "가요",
    "을",
    "는",
    "지는",
    "지도",
    "기는",
    "기만",
    "기가",
    "기를",
    "기로",
    "기도",
    "게요",
    "세요",
    // a nominalised predicate, as said aloud: 끊는거요, 빠른거죠, 맺은건데
    "거",
    "거요",
    "거죠",
    "건",
    "건데",
    "걸",
    "거예요",
    "거에요",
    "는거",
    "는거요",
    "는거죠",
    "는건",
    "는건데",
    "는게",
    "은거",
    "은거요",
    "은건",
    // more connectives of spoken answers: 복사하느라, 늘어날수록, 받자마자, 끊는다면
    "느라",
    "느라고",
    "수록",
    "자마자",
    "다면",
    "는다면",
    "고서",
    "던데",
    "더라도",
];

/// Auxiliary verbs written onto the 아/어 form (`끊어버리다`, `저장해두다`, `보내주다`): what
/// comes before them is the main verb's form.
const AUXILIARIES: &[&str] = &[
    "버리", "버려", "버린", "두", "둬", "뒀", "둔", "주", "줘", "줬", "준", "줍", "놓", "놔", "놨",
    "내", "냈", "있", "봐", "보",
];

/// Whether a folded term word is a Korean predicate written as a lemma: Hangul ending in 다,
/// two syllables or more.
pub fn is_lemma(word: &str) -> bool {
    has_lemma_shape(word) && !NOT_LEMMAS.contains(&word) && !LEMMAS_AFTER_WORDS.contains(&word)
}

/// Whether the last word of a term is its predicate, written as a lemma. After other words,
/// `보다` is the verb (`포트만 보다`, to look at); alone it would be the particle "than".
pub fn ends_in_lemma(words: &[String]) -> bool {
    match words {
        [] => false,
        [word] => is_lemma(word),
        [.., last] => is_lemma(last) || LEMMAS_AFTER_WORDS.contains(&last.as_str()),
    }
}

fn has_lemma_shape(word: &str) -> bool {
    word.ends_with('다') && word.chars().count() >= 2 && word.chars().all(is_syllable)
}

/// Words ending in 다 that are not predicates.
const NOT_LEMMAS: &[&str] = &["바다", "마다", "부터다", "이다", "때문이다"];

/// Words ending in 다 that are predicates only after another word of the term (see
/// [`ends_in_lemma`]).
const LEMMAS_AFTER_WORDS: &[&str] = &["보다"];

fn is_syllable(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// A syllable's (initial, vowel, final) indices, or `None` for anything else.
fn split(c: char) -> Option<(u32, u32, u32)> {
    let s = (c as u32).checked_sub(0xAC00).filter(|&s| s < 11_172)?;
    Some((s / 588, s % 588 / 28, s % 28))
}

fn join(l: u32, v: u32, t: u32) -> char {
    char::from_u32(0xAC00 + l * 588 + v * 28 + t).unwrap_or('\u{FFFD}')
}

// Vowel and final indices used below (Unicode order).
const A: u32 = 0; // ㅏ
const AE: u32 = 1; // ㅐ
const YA: u32 = 2; // ㅑ
const YAE: u32 = 3; // ㅒ
const EO: u32 = 4; // ㅓ
const E: u32 = 5; // ㅔ
const YEO: u32 = 6; // ㅕ
const O: u32 = 8; // ㅗ
const WA: u32 = 9; // ㅘ
const WAE: u32 = 10; // ㅙ
const OE: u32 = 11; // ㅚ
const U: u32 = 13; // ㅜ
const WO: u32 = 14; // ㅝ
const EU: u32 = 18; // ㅡ
const I: u32 = 20; // ㅣ
const T_NONE: u32 = 0;
const T_N: u32 = 4; // ㄴ
const T_D: u32 = 7; // ㄷ
const T_L: u32 = 8; // ㄹ
const T_LM: u32 = 10; // ㄻ
const T_M: u32 = 16; // ㅁ
const T_B: u32 = 17; // ㅂ
const T_S: u32 = 19; // ㅅ
const T_SS: u32 = 20; // ㅆ
const T_H: u32 = 27; // ㅎ
const L_R: u32 = 5; // initial ㄹ

/// ㅂ-final stems that conjugate regularly (잡아, not 자와).
const B_REGULAR: &[&str] = &["잡", "좁", "입", "씹", "업", "뽑", "접", "집", "굽", "수줍"];
/// ㄷ-final stems that turn ㄷ into ㄹ before a vowel (듣 → 들어).
const D_IRREGULAR: &[&str] = &["듣", "걷", "묻", "싣", "깨닫", "일컫", "붇", "긷"];
/// ㅅ-final stems that drop ㅅ before a vowel (낫 → 나아).
const S_IRREGULAR: &[&str] = &["낫", "짓", "잇", "붓", "젓", "긋"];
/// ㅎ-final adjectives that drop ㅎ (그렇 → 그래, 그런).
const H_IRREGULAR: &[&str] = &[
    "그렇",
    "이렇",
    "저렇",
    "어떻",
    "파랗",
    "빨갛",
    "노랗",
    "하얗",
    "까맣",
    "동그랗",
];
/// 르-final stems that conjugate like 으 (따르 → 따라, not 딸라).
const REU_AS_EU: &[&str] = &["따르", "치르", "들르", "다다르"];

/// Whether a vowel takes 아 (bright) rather than 어.
fn bright(v: u32) -> bool {
    matches!(v, A | YA | O)
}

/// Which class a stem conjugates in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Regular,
    /// 가볍 → 가벼워, 가벼운
    B,
    /// 듣 → 들어, 들은
    D,
    /// 낫 → 나아, 나은
    S,
    /// 그렇 → 그래, 그런
    H,
    /// 만들 → 만드는, 만든, 만듭니다
    L,
}

fn class(stem: &str, t: u32) -> Class {
    let ends = |list: &[&str]| list.iter().any(|s| stem.ends_with(s));
    match t {
        T_B if !ends(B_REGULAR) => Class::B,
        T_D if ends(D_IRREGULAR) => Class::D,
        T_S if ends(S_IRREGULAR) => Class::S,
        T_H if ends(H_IRREGULAR) => Class::H,
        T_L => Class::L,
        _ => Class::Regular,
    }
}

/// Every form a conjugation of the lemma starts with, the lemma first: `빠르다` → 빠르다,
/// 빠르, 빨라, 빨랐, 빠릅, 빠른, 빠를, 빠름. `X하다` also gives the forms of `X되다` and the
/// noun `X` (교체하다: 교체해서, 교체된, 교체를). `None` when `lemma` is not one.
pub fn lemma_forms(lemma: &str) -> Option<Vec<String>> {
    if !has_lemma_shape(lemma) || NOT_LEMMAS.contains(&lemma) {
        return None;
    }
    let stem = &lemma[..lemma.len() - '다'.len_utf8()];
    let mut out = vec![lemma.to_string()];
    push_forms(stem, &mut out);
    if let Some(root) = stem.strip_suffix('하').filter(|r| !r.is_empty()) {
        push_forms(&format!("{root}되"), &mut out);
        out.push(root.to_string());
    } else if let Some(root) = stem.strip_suffix('되').filter(|r| !r.is_empty()) {
        push_forms(&format!("{root}하"), &mut out);
        out.push(root.to_string());
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| !f.is_empty() && seen.insert(f.clone()));
    Some(out)
}

fn push_forms(stem: &str, out: &mut Vec<String>) {
    let Some(last) = stem.chars().last() else {
        return;
    };
    let Some((l, v, t)) = split(last) else {
        return;
    };
    let head = &stem[..stem.len() - last.len_utf8()];
    let with_final = |final_: u32| format!("{head}{}", join(l, v, final_));
    let open = t == T_NONE;
    let class = class(stem, t);
    out.push(stem.to_string());

    // The infinitive (아/어 form) and the past (았/었) built on it.
    let infinitives = infinitives(stem, head, (l, v, t), class);
    for inf in &infinitives {
        out.push(inf.clone());
        if let Some(past) = add_final(inf, T_SS) {
            out.push(past);
        }
    }
    // The stem before 으-endings (맺으면, 가벼우면, 들으면).
    match class {
        Class::B => out.push(format!("{head}{}우", join(l, v, T_NONE))),
        Class::D => out.push(format!("{}으", with_final(T_L))),
        Class::S => out.push(format!("{}으", with_final(T_NONE))),
        Class::H => out.push(with_final(T_NONE)),
        Class::Regular if !open => out.push(format!("{stem}으")),
        _ => {}
    }
    // Formal (빠릅니다, 만듭니다), adnominal (빠른, 맺은, 맺는, 빠를) and nominal (빠름, 맺음).
    match class {
        Class::Regular if open => {
            out.push(with_final(T_B));
            out.push(with_final(T_N));
            out.push(with_final(T_L));
            out.push(with_final(T_M));
            out.push(format!("{stem}는"));
        }
        Class::Regular => {
            out.push(format!("{stem}은"));
            out.push(format!("{stem}을"));
            out.push(format!("{stem}음"));
            out.push(format!("{stem}는"));
        }
        Class::L => {
            out.push(with_final(T_B));
            out.push(with_final(T_N));
            out.push(with_final(T_LM));
            out.push(format!("{}는", with_final(T_NONE)));
        }
        Class::B => {
            let bare = with_final(T_NONE);
            out.extend(["운", "울", "움"].map(|e| format!("{bare}{e}")));
            out.push(format!("{stem}는"));
        }
        Class::D => {
            let l_final = with_final(T_L);
            out.extend(["은", "을", "음"].map(|e| format!("{l_final}{e}")));
            out.push(format!("{stem}는"));
        }
        Class::S => {
            let bare = with_final(T_NONE);
            out.extend(["은", "을", "음"].map(|e| format!("{bare}{e}")));
            out.push(format!("{stem}는"));
        }
        Class::H => {
            out.push(with_final(T_N));
            out.push(with_final(T_L));
            out.push(with_final(T_M));
        }
    }
}

/// The 아/어 forms of a stem (contracted first, then uncontracted where both are said).
fn infinitives(stem: &str, head: &str, (l, v, t): (u32, u32, u32), class: Class) -> Vec<String> {
    let prev_vowel = head.chars().last().and_then(split).map(|(_, v, _)| v);
    let harmony = |v: u32| if bright(v) { "아" } else { "어" };
    let syllable = |l, v, t| format!("{head}{}", join(l, v, t));
    if stem.ends_with('하') {
        return vec![syllable(l, AE, T_NONE), format!("{stem}여")];
    }
    if t == T_NONE {
        return match v {
            EU if l == L_R && !REU_AS_EU.iter().any(|s| stem.ends_with(s)) => {
                // 르 irregular: the syllable before takes ㄹ, then 라/러 (빠르 → 빨라).
                let Some(prev) = head.chars().last().and_then(split) else {
                    return vec![format!("{stem}어")];
                };
                let before = &head[..head.len() - head.chars().last().map_or(0, char::len_utf8)];
                let vowel = if bright(prev.1) { A } else { EO };
                vec![format!(
                    "{before}{}{}",
                    join(prev.0, prev.1, T_L),
                    join(L_R, vowel, T_NONE)
                )]
            }
            EU => {
                let vowel = match prev_vowel {
                    Some(p) if bright(p) => A,
                    _ => EO,
                };
                vec![syllable(l, vowel, T_NONE)]
            }
            A | AE | EO | E | YEO | YAE => vec![stem.to_string()],
            O => vec![syllable(l, WA, T_NONE), format!("{stem}아")],
            U => vec![syllable(l, WO, T_NONE), format!("{stem}어")],
            I => vec![syllable(l, YEO, T_NONE), format!("{stem}어")],
            OE => vec![syllable(l, WAE, T_NONE), format!("{stem}어")],
            _ => vec![format!("{stem}어")],
        };
    }
    match class {
        Class::B => {
            let ending = if stem.ends_with('돕') || stem.ends_with('곱') {
                "와"
            } else {
                "워"
            };
            vec![format!("{}{ending}", syllable(l, v, T_NONE))]
        }
        Class::D => vec![format!("{}{}", syllable(l, v, T_L), harmony(v))],
        Class::S => vec![format!("{}{}", syllable(l, v, T_NONE), harmony(v))],
        Class::H => {
            let vowel = if v == YA { YAE } else { AE };
            vec![syllable(l, vowel, T_NONE)]
        }
        Class::L | Class::Regular => vec![format!("{stem}{}", harmony(v))],
    }
}

/// The text with a final consonant put on its last syllable, when it has none.
fn add_final(text: &str, final_: u32) -> Option<String> {
    let last = text.chars().last()?;
    let (l, v, t) = split(last)?;
    (t == T_NONE).then(|| {
        format!(
            "{}{}",
            &text[..text.len() - last.len_utf8()],
            join(l, v, final_)
        )
    })
}

/// The short negations of a term that ends in a long one: `[상태를, 저장하지, 않다]` →
/// `[상태를, 안, 저장하다]` and `[상태를, 저장, 안, 하다]`; `보내지 못하다` → `못 보내다`.
/// Each is a lemma term in its own right, so it conjugates by the same rules.
pub fn short_negations(words: &[String]) -> Vec<Vec<String>> {
    let n = words.len();
    if n < 2 {
        return Vec::new();
    }
    let adverb = match words[n - 1].as_str() {
        "않다" => "안",
        "못하다" => "못",
        _ => return Vec::new(),
    };
    let Some(stem) = words[n - 2].strip_suffix('지').filter(|s| !s.is_empty()) else {
        return Vec::new();
    };
    let head = &words[..n - 2];
    let with = |tail: &[&str]| -> Vec<String> {
        head.iter()
            .cloned()
            .chain(tail.iter().map(|w| w.to_string()))
            .collect()
    };
    let verb = format!("{stem}다");
    let mut out = vec![with(&[adverb, &verb])];
    // `저장하다` also splits: `저장 안 하다`; one-syllable roots (`하다` itself) do not.
    if let Some(noun) = stem.strip_suffix('하').filter(|n| n.chars().count() >= 2) {
        out.push(with(&[noun, adverb, "하다"]));
    }
    out
}

/// Nouns derived from a noun term by 성/적/화 (`신뢰` → 신뢰성, 신뢰적, 신뢰화). Not for
/// lemmas, nor where the derived word means something else (동기 → 동기화 is synchronisation,
/// not "synchronous").
pub fn derivations(word: &str) -> Vec<String> {
    const NOT_DERIVED: &[&str] = &["동기화", "비동기화", "정규화", "표준화", "직렬화", "병렬화"];
    let Some(last) = word.chars().last() else {
        return Vec::new();
    };
    if !is_syllable(last) || is_lemma(word) || matches!(last, '성' | '적' | '화') {
        return Vec::new();
    }
    ["성", "적", "화"]
        .iter()
        .map(|s| format!("{word}{s}"))
        .filter(|d| !NOT_DERIVED.contains(&d.as_str()))
        .collect()
}

/// Acronyms ending in s that are not plurals: `HTTPS` is not more than one `HTTP`.
pub const NOT_PLURALS: &[&str] = &[
    "https", "tls", "dns", "cors", "xss", "css", "ddos", "dos", "qos", "ios", "macos", "os", "aws",
    "nfs", "sms", "rss", "mss", "iis", "hls", "jms", "rps", "tps", "fps", "bps", "kbps", "mbps",
    "gbps", "sass", "ns", "ms", "vs", "hsts",
];

/// The Snowball stem of an English word (`acknowledges` → `acknowledg`); other words, and
/// acronyms in s ([`NOT_PLURALS`]), as they are.
pub fn english_stem(word: &str) -> Cow<'_, str> {
    static STEMMER: std::sync::OnceLock<rust_stemmers::Stemmer> = std::sync::OnceLock::new();
    if word.len() < 3
        || !word.bytes().all(|b| b.is_ascii_lowercase())
        || NOT_PLURALS.contains(&word)
    {
        return Cow::Borrowed(word);
    }
    let stemmer =
        STEMMER.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    match stemmer.stem(word) {
        Cow::Borrowed(s) if s.len() == word.len() => Cow::Borrowed(word),
        stem => Cow::Owned(stem.into_owned()),
    }
}

/// The forms a word of an answer may take once a verbal ending is off: `빨라서` → 빨라,
/// `교체하거나` → 교체하. Each is a candidate for lemma forms only.
pub fn verbal_stems(word: &str) -> impl Iterator<Item = &str> {
    // Endings grouped by their last syllable: a word is tried only against the few that can
    // end it (this runs for every form of every word of every answer).
    static BY_LAST: std::sync::OnceLock<rustc_hash::FxHashMap<char, Vec<&'static str>>> =
        std::sync::OnceLock::new();
    let index = BY_LAST.get_or_init(|| {
        let mut index: rustc_hash::FxHashMap<char, Vec<&'static str>> = Default::default();
        for ending in VERBAL_ENDINGS {
            if let Some(last) = ending.chars().last() {
                index.entry(last).or_default().push(ending);
            }
        }
        index
    });
    let endings = word
        .chars()
        .last()
        .and_then(|c| index.get(&c))
        .map(Vec::as_slice)
        .unwrap_or_default();
    endings.iter().filter_map(move |ending| {
        word.strip_suffix(ending)
            .filter(|rest| !rest.is_empty() && rest.chars().all(is_syllable))
    })
}

/// Dependent nouns a speaker types onto the verb form before them, with what may follow:
/// `보낼수`, `할때`, `하는거`, `빠른게` (것이), `하는건` (것은).
const DEPENDENT_NOUNS: &[&str] = &["수", "거", "것", "건", "게", "걸", "때", "줄"];

/// Every form a word of an answer may stand for, the word itself first: the word with
/// particles and endings taken off (`세션에서는` → 세션), with a verbal ending taken off (for
/// lemmas only), and its English stem.
pub fn analyze(word: &str) -> Vec<Stem> {
    let cut = super::josa::stems(word);
    let mut out: Vec<Stem> = Vec::with_capacity(cut.len() + 2);
    out.extend(cut.iter().map(|&(len, negated)| Stem {
        text: word[..len].to_string(),
        negated,
        verbal: false,
    }));
    if word.is_ascii() {
        let stem = english_stem(word);
        if !out.iter().any(|s| s.text == *stem) {
            out.push(Stem {
                text: stem.into_owned(),
                negated: false,
                verbal: false,
            });
        }
        return out;
    }
    // An auxiliary verb written onto the main verb's 아/어 form: 끊어버리는거요 → 끊어.
    for (at, _) in word.char_indices().skip(1) {
        let (head, rest) = word.split_at(at);
        let infinitive = head
            .chars()
            .last()
            .and_then(split)
            .is_some_and(|(_, v, t)| t == T_NONE && matches!(v, A | AE | EO | YEO | WA | WO | WAE));
        if infinitive && AUXILIARIES.iter().any(|a| rest.starts_with(a)) {
            out.push(Stem {
                text: head.to_string(),
                negated: false,
                verbal: true,
            });
        }
    }
    // A dependent noun typed onto the verb form before it (보낼수, 할때, 하는거, 빠른게): the
    // verb form, as written with its space (보낼 수).
    for (at, _) in word.char_indices().skip(1) {
        let (head, rest) = word.split_at(at);
        let adnominal = head.chars().last().is_some_and(|c| {
            matches!(c, '는' | '던') || split(c).is_some_and(|(_, _, t)| t == T_N || t == T_L)
        });
        let dependent = DEPENDENT_NOUNS
            .iter()
            .any(|d| rest.starts_with(d) && rest.chars().count() <= d.chars().count() + 3);
        if adnominal && dependent && !out.iter().any(|s| s.text == head) {
            out.push(Stem {
                text: head.to_string(),
                negated: false,
                verbal: true,
            });
        }
    }
    // A verbal ending off the word, or off a form already cut (보장하는데도 → 보장하는데 → 보장하).
    for &(len, negated) in &cut {
        for rest in verbal_stems(&word[..len]) {
            if !out.iter().any(|s| s.text == rest && s.negated == negated) {
                out.push(Stem {
                    text: rest.to_string(),
                    negated,
                    verbal: true,
                });
            }
        }
    }
    out
}

/// Whether a word denies what it follows or precedes (않/없/못, not/no/never/…n't): a typo
/// must never turn such a word into one without it, or the other way round.
pub fn has_negation(text: &str) -> bool {
    // Only ASCII words can be English denials; Hangul splits them like a space does, so the
    // general (slow) Unicode tables are never consulted: this runs for every word graded.
    text.chars().any(|c| matches!(c, '않' | '없' | '못'))
        || ["아니", "아닌", "아닙", "아님", "아냐"]
            .iter()
            .any(|n| text.contains(n))
        || text.split_whitespace().any(|w| w == "안")
        || text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
            .any(|w| matches!(w, "안" | "not" | "no" | "never" | "cannot") || w.ends_with("n't"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(lemma: &str) -> Vec<String> {
        lemma_forms(lemma).unwrap_or_default()
    }

    #[test]
    fn lemma_forms_cover_the_conjugations() {
        let f = forms("빠르다");
        for form in ["빠르", "빨라", "빨랐", "빠릅", "빠른", "빠를", "빠름"] {
            assert!(f.contains(&form.to_string()), "{form}: {f:?}");
        }
    }

    #[test]
    fn not_every_word_in_da_is_a_lemma() {
        assert!(!is_lemma("보다"), "alone, 보다 is the particle \"than\"");
        assert!(ends_in_lemma(&["포트만".to_string(), "보다".to_string()]));
        assert!(lemma_forms("보다").is_some_and(|f| f.contains(&"봐".to_string())));
        assert!(lemma_forms("바다").is_none());
        assert!(lemma_forms("TCP").is_none());
        assert!(lemma_forms("다").is_none());
    }
}
