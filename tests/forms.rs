//! The analyzer's table: every conjugated or inflected form a rubric lemma or English term
//! must match in an answer, and words it must not match. Terms and answers go through the
//! real matcher (`TermSet`), as grading does.

use kkori::grade::{Glossary, Kind, TermSet};
use kkori::text::{nfc, tokenize};

/// Whether `term` is found, said plainly (not negated), in `answer`.
fn matches(term: &str, answer: &str) -> bool {
    let mut set = TermSet::default();
    set.add(term, &Glossary::default(), Kind::Concept);
    set.find(&tokenize(&nfc(answer))).iter().any(|o| !o.negated)
}

/// Korean lemmas and forms of every conjugation class (regular, 하다/되다, 르, 으, ㅂ, ㄷ, ㅅ,
/// ㅎ, ㄹ, contracted vowels), each said the way answers say them.
const KOREAN: &[(&str, &[&str])] = &[
    // regular, final consonant
    (
        "맺다",
        &[
            "맺고",
            "맺어서",
            "맺었다",
            "맺습니다",
            "맺은",
            "맺는",
            "맺을",
            "맺으면",
            "맺음",
            "맺지만",
        ],
    ),
    (
        "높다",
        &[
            "높고",
            "높아서",
            "높았고",
            "높습니다",
            "높은",
            "높을",
            "높으면",
            "높음",
            "높지만",
            "높게",
        ],
    ),
    (
        "낮다",
        &[
            "낮고",
            "낮아서",
            "낮았다",
            "낮습니다",
            "낮은",
            "낮으면",
            "낮음",
            "낮지만",
            "낮게",
            "낮아요",
        ],
    ),
    (
        "작다",
        &[
            "작고",
            "작아서",
            "작았다",
            "작습니다",
            "작은",
            "작으면",
            "작음",
            "작지만",
            "작게",
            "작아요",
        ],
    ),
    (
        "읽다",
        &[
            "읽고",
            "읽어서",
            "읽었다",
            "읽습니다",
            "읽은",
            "읽는",
            "읽으면",
            "읽음",
            "읽지만",
            "읽어요",
        ],
    ),
    (
        "잡다",
        &[
            "잡고",
            "잡아서",
            "잡았다",
            "잡습니다",
            "잡은",
            "잡는",
            "잡으면",
            "잡아요",
        ],
    ),
    (
        "좋다",
        &[
            "좋고",
            "좋아서",
            "좋았다",
            "좋습니다",
            "좋은",
            "좋으면",
            "좋음",
            "좋지만",
        ],
    ),
    (
        "넣다",
        &[
            "넣고",
            "넣어서",
            "넣었다",
            "넣습니다",
            "넣은",
            "넣는",
            "넣으면",
            "넣어요",
        ],
    ),
    // regular, open syllable (contracted and not)
    (
        "보내다",
        &[
            "보내고",
            "보내서",
            "보냈다",
            "보냅니다",
            "보낸",
            "보내는",
            "보낼",
            "보내면",
            "보냄",
            "보내지만",
        ],
    ),
    (
        "나누다",
        &[
            "나누고",
            "나눠서",
            "나누어",
            "나눴다",
            "나눕니다",
            "나눈",
            "나누는",
            "나눌",
            "나누면",
            "나눔",
        ],
    ),
    (
        "가리키다",
        &[
            "가리키고",
            "가리켜서",
            "가리켰다",
            "가리킵니다",
            "가리킨",
            "가리키는",
            "가리킬",
            "가리키면",
            "가리킴",
        ],
    ),
    (
        "기다리다",
        &[
            "기다리고",
            "기다려서",
            "기다렸다",
            "기다립니다",
            "기다린",
            "기다리는",
            "기다리면",
            "기다림",
        ],
    ),
    (
        "주다",
        &[
            "주고",
            "줘서",
            "주어서",
            "줬다",
            "줍니다",
            "준",
            "주는",
            "주면",
        ],
    ),
    (
        "오다",
        &["오고", "와서", "왔다", "옵니다", "온", "오는", "올", "오면"],
    ),
    (
        "되다",
        &[
            "되고",
            "돼서",
            "되어서",
            "됐다",
            "됩니다",
            "된",
            "되는",
            "될",
            "되면",
            "됨",
        ],
    ),
    (
        "바꾸다",
        &[
            "바꾸고",
            "바꿔서",
            "바꿨다",
            "바꿉니다",
            "바꾼",
            "바꾸는",
            "바꿀",
            "바꾸면",
        ],
    ),
    // 하다 and 되다 verbs: each also the other, and the bare noun
    (
        "보장하다",
        &[
            "보장하고",
            "보장해서",
            "보장하여",
            "보장했다",
            "보장합니다",
            "보장한",
            "보장하는",
            "보장할",
            "보장하면",
            "보장함",
            "보장되고",
            "보장된",
            "보장됩니다",
            "보장을",
        ],
    ),
    (
        "교체하다",
        &[
            "교체하거나",
            "교체해서",
            "교체된",
            "교체했다",
            "교체합니다",
            "교체하는",
            "교체할",
            "교체하면",
            "교체함",
            "교체를",
            "교체하느라",
            "교체할수록",
            "교체하자마자",
            "교체한다면",
            "교체하더라도",
        ],
    ),
    (
        "유지하다",
        &[
            "유지하고",
            "유지해서",
            "유지된",
            "유지됩니다",
            "유지했다",
            "유지하는",
            "유지하면",
            "유지하며",
            "유지하지만",
            "유지를",
        ],
    ),
    (
        "저장하다",
        &[
            "저장하고",
            "저장해서",
            "저장된",
            "저장되어",
            "저장합니다",
            "저장하는",
            "저장할",
            "저장했다",
        ],
    ),
    (
        "암호화하다",
        &[
            "암호화하고",
            "암호화해서",
            "암호화된",
            "암호화됩니다",
            "암호화하는",
            "암호화했다",
            "암호화합니다",
            "암호화",
        ],
    ),
    (
        "연결되다",
        &[
            "연결되고",
            "연결돼서",
            "연결된",
            "연결됩니다",
            "연결하고",
            "연결해서",
        ],
    ),
    // 르 irregular
    (
        "빠르다",
        &[
            "빠르고",
            "빨라서",
            "빨랐다",
            "빠릅니다",
            "빠른",
            "빠를",
            "빠름",
            "빠르지만",
            "빠르게",
            "빨라요",
        ],
    ),
    (
        "다르다",
        &[
            "다르고",
            "달라서",
            "달랐다",
            "다릅니다",
            "다른",
            "다를",
            "다름",
            "다르지만",
            "달라요",
        ],
    ),
    (
        "부르다",
        &[
            "부르고",
            "불러서",
            "불렀다",
            "부릅니다",
            "부른",
            "부르는",
            "부를",
            "부르면",
        ],
    ),
    (
        "흐르다",
        &[
            "흐르고",
            "흘러서",
            "흘렀다",
            "흐릅니다",
            "흐른",
            "흐르는",
            "흐를",
        ],
    ),
    (
        "고르다",
        &[
            "고르고",
            "골라서",
            "골랐다",
            "고릅니다",
            "고른",
            "고르는",
            "고를",
        ],
    ),
    // 으 irregular, and 르 stems that conjugate like it
    (
        "쓰다",
        &[
            "쓰고",
            "써서",
            "썼다",
            "씁니다",
            "쓴",
            "쓰는",
            "쓸",
            "쓰면",
            "씀",
        ],
    ),
    (
        "바쁘다",
        &[
            "바쁘고",
            "바빠서",
            "바빴다",
            "바쁩니다",
            "바쁜",
            "바쁠",
            "바쁨",
        ],
    ),
    (
        "크다",
        &["크고", "커서", "컸다", "큽니다", "큰", "클", "크면", "큼"],
    ),
    (
        "따르다",
        &[
            "따르고",
            "따라서",
            "따랐다",
            "따릅니다",
            "따른",
            "따르는",
            "따를",
            "따르면",
        ],
    ),
    // ㅂ irregular and regular
    (
        "가볍다",
        &[
            "가볍고",
            "가벼워서",
            "가벼웠다",
            "가볍습니다",
            "가벼운",
            "가벼울",
            "가벼우면",
            "가벼움",
            "가볍지만",
        ],
    ),
    (
        "어렵다",
        &[
            "어렵고",
            "어려워서",
            "어려웠다",
            "어렵습니다",
            "어려운",
            "어려우면",
            "어려움",
            "어렵지만",
        ],
    ),
    (
        "쉽다",
        &[
            "쉽고",
            "쉬워서",
            "쉬웠다",
            "쉽습니다",
            "쉬운",
            "쉬우면",
            "쉬움",
            "쉽지만",
        ],
    ),
    (
        "무겁다",
        &[
            "무겁고",
            "무거워서",
            "무거웠다",
            "무겁습니다",
            "무거운",
            "무거우면",
            "무거움",
        ],
    ),
    (
        "돕다",
        &[
            "돕고",
            "도와서",
            "도왔다",
            "돕습니다",
            "도운",
            "돕는",
            "도우면",
        ],
    ),
    (
        "좁다",
        &["좁고", "좁아서", "좁았다", "좁습니다", "좁은", "좁으면"],
    ),
    // ㄷ irregular and regular
    (
        "듣다",
        &[
            "듣고",
            "들어서",
            "들었다",
            "듣습니다",
            "들은",
            "듣는",
            "들을",
            "들으면",
        ],
    ),
    (
        "묻다",
        &[
            "묻고",
            "물어서",
            "물었다",
            "묻습니다",
            "물은",
            "묻는",
            "물으면",
        ],
    ),
    (
        "받다",
        &[
            "받고",
            "받아서",
            "받았다",
            "받습니다",
            "받은",
            "받는",
            "받을",
            "받으면",
        ],
    ),
    // ㅅ irregular and regular
    (
        "낫다",
        &[
            "낫고",
            "나아서",
            "나았다",
            "낫습니다",
            "나은",
            "나을",
            "나으면",
        ],
    ),
    (
        "잇다",
        &[
            "잇고",
            "이어서",
            "이었다",
            "잇습니다",
            "이은",
            "잇는",
            "이으면",
        ],
    ),
    (
        "웃다",
        &[
            "웃고",
            "웃어서",
            "웃었다",
            "웃습니다",
            "웃은",
            "웃는",
            "웃으면",
        ],
    ),
    // ㅎ irregular
    (
        "그렇다",
        &["그렇고", "그래서", "그랬다", "그렇습니다", "그런", "그럴"],
    ),
    (
        "파랗다",
        &["파랗고", "파래서", "파랬다", "파랗습니다", "파란", "파랄"],
    ),
    // ㄹ stems
    (
        "만들다",
        &[
            "만들고",
            "만들어서",
            "만들었다",
            "만듭니다",
            "만든",
            "만드는",
            "만들면",
            "만듦",
            "만들지만",
        ],
    ),
    (
        "열다",
        &["열고", "열어서", "열었다", "엽니다", "연", "여는", "열면"],
    ),
    (
        "길다",
        &["길고", "길어서", "길었다", "깁니다", "긴", "길면"],
    ),
    // phrases: the particle before the predicate may go, or change
    (
        "연결을 맺다",
        &[
            "연결을 맺고",
            "연결을 맺어서",
            "연결 맺고",
            "연결을 맺습니다",
            "연결을 맺은",
            "연결도 맺고",
        ],
    ),
    (
        "순서를 보장하다",
        &[
            "순서를 보장하고",
            "순서 보장합니다",
            "순서를 보장해 줍니다",
            "순서가 보장됩니다",
            "순서를 보장하는",
        ],
    ),
    (
        // After other words 보다 is the verb (to look at), not the particle "than".
        "포트만 보다",
        &[
            "포트만 보고",
            "포트만 봐요",
            "포트만 봅니다",
            "포트만 본다",
            "포트만 보는",
            "포트만 봐서",
        ],
    ),
    (
        "신뢰성이 낮다",
        &[
            "신뢰성이 낮고",
            "신뢰성은 낮지만",
            "신뢰성이 낮아서",
            "신뢰성이 낮습니다",
        ],
    ),
    (
        "헤더가 작다",
        &[
            "헤더가 작고",
            "헤더는 작아서",
            "헤더가 작습니다",
            "헤더 작은",
        ],
    ),
];

/// English terms and inflections the Snowball stem joins to them.
const ENGLISH: &[(&str, &[&str])] = &[
    (
        "acknowledge",
        &["acknowledges", "acknowledged", "acknowledging"],
    ),
    (
        "encrypt",
        &["encrypts", "encrypted", "encrypting", "encryption"],
    ),
    (
        "connect",
        &[
            "connects",
            "connected",
            "connecting",
            "connection",
            "connections",
        ],
    ),
    (
        "retransmit",
        &["retransmits", "retransmitted", "retransmitting"],
    ),
    ("guarantee", &["guarantees", "guaranteed", "guaranteeing"]),
    (
        "establish",
        &[
            "establishes",
            "established",
            "establishing",
            "establishment",
        ],
    ),
    (
        "compress",
        &["compresses", "compressed", "compressing", "compression"],
    ),
    ("cache", &["caches", "cached", "caching"]),
    ("reliable", &["reliability", "reliably"]),
    (
        "replicate",
        &["replicates", "replicated", "replicating", "replication"],
    ),
    ("block", &["blocks", "blocked", "blocking"]),
    ("scale", &["scales", "scaled", "scaling"]),
    ("store", &["stores", "stored", "storing"]),
    ("verify", &["verifies", "verified", "verifying"]),
    ("process", &["processes", "processed", "processing"]),
    (
        "share memory",
        &["shares memory", "shared memory", "sharing memory"],
    ),
    (
        "send requests",
        &["sends requests", "sent requests", "sending requests"],
    ),
];

#[test]
fn korean_lemmas_match_their_conjugations() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (lemma, forms) in KOREAN {
        for form in *forms {
            count += 1;
            if !matches(lemma, &format!("{form} 그렇습니다")) {
                failures.push(format!("{lemma} ↛ {form}"));
            }
        }
    }
    assert!(count >= 300, "the table holds {count} Korean forms");
    assert!(
        failures.is_empty(),
        "{} of {count}: {failures:?}",
        failures.len()
    );
}

#[test]
fn english_terms_match_their_inflections() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (term, forms) in ENGLISH {
        for form in *forms {
            count += 1;
            if !matches(term, form) {
                failures.push(format!("{term} ↛ {form}"));
            }
        }
    }
    assert!(count >= 50, "the table holds {count} English forms");
    assert!(
        failures.is_empty(),
        "{} of {count}: {failures:?}",
        failures.len()
    );
}

#[test]
fn forms_stay_inside_their_words() {
    // A verbal ending cut from a noun never makes it a lemma form or a noun term.
    assert!(!matches("인증", "인증서를 받습니다"));
    assert!(
        !matches("순서", "순서대로가 아니라"),
        "순서대로 is its own word"
    );
    assert!(!matches("빠르다", "빠르지 않습니다"), "said as not so");
    assert!(!matches("보장하다", "보장하지 않는다"), "said as not so");
    assert!(!matches("맺다", "맺지 않고"), "said as not so");
    assert!(!matches("연결을 맺다", "연결을 끊다"));
    assert!(!matches("synchronous", "asynchronous"));
}

/// Issue 12, sixth round: a dependent noun typed onto the verb form before it (보낼수, 할때,
/// 하는거, 빠른게) leaves the verb form to match, as it does written with its space.
#[test]
fn a_dependent_noun_typed_onto_its_verb_leaves_the_verb() {
    assert!(matches("보내다", "양쪽 다 아무때나 보낼수 있어요"));
    assert!(matches("보내다", "요청을 보낼때마다"));
    assert!(matches("재사용하다", "연결을 재사용하는거에요"));
    assert!(matches("빠르다", "UDP가 더 빠른게 장점이에요"));
    assert!(!matches("보내다", "보낼수 없어요"), "said as not so");
    assert!(!matches("인증", "인증서를 받습니다"));
}

/// Issue 12, sixth round: a word that only strengthens a denial (전혀, 결코, 절대) sits inside a
/// denied term as a filler does.
#[test]
fn a_strengthened_denial_is_the_denial() {
    assert!(matches(
        "커널을 거치지 않다",
        "스레드 전환은 커널을 전혀 거치지 않습니다"
    ));
    assert!(matches(
        "순서를 보장하지 않다",
        "UDP는 순서를 절대 보장하지 않아요"
    ));
}

#[test]
fn nouns_match_their_derivations() {
    assert!(matches("신뢰", "신뢰성이 높습니다"));
    assert!(matches("신뢰", "신뢰적인 전송"));
    assert!(matches("확장", "확장성이 좋다"));
    assert!(
        !matches("동기", "동기화가 필요하다"),
        "동기화 is synchronisation"
    );
}

#[test]
fn english_phrases_that_deny() {
    assert!(matches("no handshake", "UDP has no handshake"));
    assert!(matches(
        "does not retransmit",
        "UDP does not retransmit lost data"
    ));
    assert!(matches(
        "without a connection",
        "it sends without a connection"
    ));
}

#[test]
fn acronyms_are_not_plurals() {
    assert!(
        !matches("HTTP", "HTTPS encrypts"),
        "HTTPS is not the plural of HTTP"
    );
    assert!(!matches("TL", "TLS 1.3"));
    assert!(matches("session", "sessions expire"));
}
