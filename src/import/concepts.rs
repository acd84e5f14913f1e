//! Concept candidates for a drafted rubric, from a heading and the text under it.
//!
//! Nothing here understands the text: it picks what authors of notes mark as important —
//! **bold**, `code`, ACRONYMS, a Korean word with its English name in parentheses
//! (`무상태(stateless)`, kept as one concept with both terms) and the lead words of bullets
//! (`- 라운드로빈 방식 : …`). A person reviews every draft, so a few wrong guesses cost less
//! than a missing concept.

use crate::text::{is_hangul, squash};

/// At most this many concepts per drafted rubric.
pub const MAX_CONCEPTS: usize = 8;

/// Concepts as lists of terms (the first is the concept's own word), merged when they share
/// a term.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Concepts {
    pub list: Vec<Vec<String>>,
}

impl Concepts {
    /// Add a candidate: merged into a concept that already has one of its terms, else a new
    /// concept while there is room.
    pub fn add(&mut self, terms: Vec<String>) {
        let terms: Vec<String> = terms.into_iter().filter_map(|t| clean_term(&t)).collect();
        if terms.is_empty() {
            return;
        }
        let keys: Vec<String> = terms.iter().map(|t| squash(t)).collect();
        if let Some(existing) = self
            .list
            .iter_mut()
            .find(|c| c.iter().any(|t| keys.contains(&squash(t))))
        {
            for term in terms {
                if !existing.iter().any(|t| squash(t) == squash(&term)) {
                    existing.push(term);
                }
            }
            return;
        }
        if self.list.len() < MAX_CONCEPTS {
            let mut unique: Vec<String> = Vec::new();
            for term in terms {
                if !unique.iter().any(|t| squash(t) == squash(&term)) {
                    unique.push(term);
                }
            }
            self.list.push(unique);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// A term as it will be written: trimmed of punctuation and markup, 2–40 characters, at
/// most five words, something left to match, and not a link.
fn clean_term(term: &str) -> Option<String> {
    let trimmed = term.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ','
                    | ':'
                    | ';'
                    | '!'
                    | '?'
                    | '"'
                    | '\''
                    | '`'
                    | '*'
                    | '_'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '-'
                    | '·'
                    | '•'
            )
    });
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    let text = words.join(" ");
    let chars = text.chars().count();
    if !(2..=40).contains(&chars) || words.len() > 5 || text.contains("://") {
        return None;
    }
    let key = squash(&text);
    if key.chars().count() < 2 || key.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if STOP_WORDS.contains(&key.as_str()) {
        return None;
    }
    Some(text)
}

/// Words of a heading that say what is asked, not what it is about.
const STOP_WORDS: &[&str] = &[
    "설명",
    "설명해",
    "설명하기",
    "주세요",
    "대해",
    "대한",
    "대해서",
    "무엇",
    "무엇인가요",
    "무엇인가",
    "어떻게",
    "차이",
    "차이점",
    "차이는",
    "이유",
    "과정",
    "방법",
    "경우",
    "있나요",
    "뭔지",
    "뭘까요",
    "관련",
    "질문",
    "정리",
    "특징",
    "종류",
    "필요성",
    "의미",
    "역할",
    "어떤",
    "모두",
    "여러",
    "있을까요",
    "하나요",
    "되나요",
    "인가요",
    "언제",
    "좋을까요",
    "사용하면",
    "살펴보면",
    "동작",
    "구현",
    "내용",
    "어떤",
    "다른가요",
    "the",
    "and",
    "or",
    "vs",
    "what",
    "how",
    "why",
    "is",
    "are",
    "of",
    "to",
    "in",
    "for",
    "with",
    "way",
    "explain",
    "describe",
    "difference",
    "between",
];

/// The terms of a heading: each side of "A vs B", a short bare term, acronyms and
/// parenthesised pairs, and failing those its longest words.
pub fn from_heading(core: &str, sides: &[String], concepts: &mut Concepts) {
    for side in sides {
        add_with_pairs(side, concepts);
    }
    if sides.is_empty() && core.split_whitespace().count() <= 3 && !is_question(core) {
        add_with_pairs(core, concepts);
    }
    for pair in pairs(core) {
        concepts.add(pair);
    }
    for acronym in acronyms(core) {
        concepts.add(vec![acronym]);
    }
    for word in core.split_whitespace() {
        let ascii: String = word
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if ascii.len() >= 4 && ascii.chars().any(|c| c.is_ascii_lowercase()) {
            concepts.add(vec![ascii]);
        }
    }
    if concepts.is_empty() {
        let mut words: Vec<String> = core
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '/' | '(' | ')'))
            .map(noun)
            .filter(|w| w.chars().count() >= 2)
            .collect();
        words.dedup();
        for word in words.into_iter().take(3) {
            concepts.add(vec![word]);
        }
    }
    if concepts.is_empty() {
        concepts.add(vec![core.to_string()]);
    }
}

/// Whether a (cleaned) heading already asks something.
pub fn is_question(text: &str) -> bool {
    let text = text.trim_end_matches(['.', ' ']);
    if text.ends_with(['?', '？']) {
        return true;
    }
    const ENDINGS: &[&str] = &[
        "주세요",
        "나요",
        "가요",
        "까요",
        "인가",
        "는가",
        "니까",
        "세요",
        "하시오",
        "인지",
    ];
    if ENDINGS.iter().any(|e| text.ends_with(e)) {
        return true;
    }
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        first.as_str(),
        "what" | "why" | "how" | "when" | "explain" | "describe"
    )
}

/// A side of "A vs B" or a short term: split at `,` `&` `및`, each part its parenthesised
/// pair when it has one (`스케일업(수직 스케일링)` is two names of one thing), else itself.
fn add_with_pairs(text: &str, concepts: &mut Concepts) {
    let text = text.replace(" 및 ", ",").replace('&', ",");
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let found = pairs(part);
        if !found.is_empty() {
            for pair in found {
                concepts.add(pair);
            }
        } else if let Some((name, rest)) = part.split_once('(') {
            let inner = rest.trim_end().trim_end_matches(')');
            concepts.add(vec![name.trim().to_string(), inner.trim().to_string()]);
        } else {
            concepts.add(vec![part.to_string()]);
        }
    }
}

/// A word without its Korean particle, when the particle list knows one (`쿠키와` → `쿠키`,
/// `Apache와` → `Apache`); `게이트웨이` stays whole.
fn noun(word: &str) -> String {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    // Not 이: too many words end in it (게이트웨이, 프로세스 아이디).
    const PARTICLES: &[&str] = &[
        "에서", "으로", "이란", "와", "과", "의", "은", "는", "을", "를", "에", "란", "로", "가",
        "도",
    ];
    for particle in PARTICLES {
        if let Some(rest) = word.strip_suffix(particle) {
            let before = rest.chars().next_back();
            if rest.chars().count() >= 2 || before.is_some_and(|c| c.is_ascii_alphanumeric()) {
                return rest.to_string();
            }
        }
    }
    word.to_string()
}

/// Candidates from the text under a heading, in the order they are worth: pairs, bold,
/// code, bullet leads, then acronyms by how often they occur.
pub fn from_body(body: &str, concepts: &mut Concepts) {
    let lines = prose_lines(body);
    let mut bold = Vec::new();
    let mut code = Vec::new();
    let mut leads = Vec::new();
    let mut acronym_counts: Vec<(String, usize)> = Vec::new();
    for line in &lines {
        for pair in pairs(line) {
            concepts.add(pair);
        }
        bold.extend(delimited(line, "**"));
        bold.extend(delimited(line, "__"));
        code.extend(delimited(line, "`"));
        if let Some(lead) = bullet_lead(line) {
            leads.push(lead);
        }
        for acronym in acronyms(line) {
            match acronym_counts.iter_mut().find(|(a, _)| *a == acronym) {
                Some((_, n)) => *n += 1,
                None => acronym_counts.push((acronym, 1)),
            }
        }
    }
    for term in bold.into_iter().chain(code).chain(leads) {
        concepts.add(vec![term]);
    }
    acronym_counts.sort_by_key(|a| std::cmp::Reverse(a.1));
    for (acronym, _) in acronym_counts {
        concepts.add(vec![acronym]);
    }
}

/// The lines of `body` outside fenced code blocks, with links reduced to their text.
fn prose_lines(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in body.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            out.push(unlink(line));
        }
    }
    out
}

/// `[text](url)` → `text`.
fn unlink(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(close) if !after[..close].contains('[') => {
                let tail = &after[close + 2..];
                let Some(end) = tail.find(')') else { break };
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                rest = &tail[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The texts between pairs of `mark` on one line.
fn delimited(line: &str, mark: &str) -> Vec<String> {
    let parts: Vec<&str> = line.split(mark).collect();
    parts
        .iter()
        .skip(1)
        .step_by(2)
        .take(parts.len().saturating_sub(1) / 2)
        .map(|s| s.to_string())
        .collect()
}

/// `- 라운드로빈 방식 : …` → `라운드로빈 방식`; a short bullet (`* 흐름제어`) is its own lead.
fn bullet_lead(line: &str) -> Option<String> {
    let trimmed = line.trim_start();
    let content = if let Some(rest) = trimmed.strip_prefix(['-', '*', '+']) {
        rest.strip_prefix(' ')?
    } else {
        let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        trimmed[digits..].strip_prefix(['.', ')'])?.trim_start()
    };
    let content = content.replace("**", "");
    let content = content.trim();
    if let Some((lead, _)) = content.split_once(':') {
        let lead = lead.trim();
        if lead.split_whitespace().count() <= 4 && !lead.contains("http") {
            return Some(lead.to_string());
        }
        return None;
    }
    let words = content.split_whitespace().count();
    let sentence = content.ends_with(['.', '다', '요']);
    (words <= 3 && !sentence).then(|| content.to_string())
}

/// Runs of capitals and digits with at least two letters: `TCP`, `TIME_WAIT`, `L4` is not.
pub fn acronyms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphanumeric() || c == '_' {
            run.push(c);
            continue;
        }
        let word = std::mem::take(&mut run);
        let letters = word.chars().filter(char::is_ascii_alphabetic).count();
        let acronym = letters >= 2
            && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && !word.chars().any(|c| c.is_ascii_lowercase());
        if acronym && !out.contains(&word) {
            out.push(word.trim_matches('_').to_string());
        }
    }
    out
}

/// `무상태(stateless)`, `stateless(무상태 프로토콜)`, `TCP(Transmission Control Protocol)`:
/// the word before the parenthesis and what is inside, when they are two names of one thing.
pub fn pairs(line: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = line[from..].find('(').map(|i| i + from) {
        let Some(close) = line[open..].find(')').map(|i| i + open) else {
            break;
        };
        let inner = line[open + 1..close].trim();
        from = close;
        let inner_words = inner.split_whitespace().count();
        if inner.is_empty() || inner.chars().count() > 40 || inner_words > 5 {
            continue;
        }
        let inner_hangul = inner.chars().any(is_hangul);
        let inner_latin = inner.chars().any(|c| c.is_ascii_alphabetic());
        let before = &line[..open];
        let left = if inner_latin && !inner_hangul {
            hangul_words_before(before, inner_words)
                .or_else(|| latin_word_before(before).filter(|w| is_acronym(w) && inner_words >= 2))
        } else if inner_hangul && !inner_latin {
            latin_word_before(before)
        } else {
            None
        };
        if let Some(left) = left {
            out.push(vec![left, inner.to_string()]);
        }
    }
    out
}

fn is_acronym(word: &str) -> bool {
    acronyms(word).first().is_some_and(|a| a == word)
}

/// Up to `n` Hangul words right before a parenthesis (`데이터 링크 계층(`), not verbs.
fn hangul_words_before(before: &str, n: usize) -> Option<String> {
    if before.ends_with(char::is_whitespace) && !before.trim_end().ends_with(|c: char| is_hangul(c))
    {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    for word in before.split_whitespace().rev() {
        if words.len() == n.max(1) || !word.chars().all(is_hangul) {
            break;
        }
        words.push(word);
    }
    let last = *words.first()?;
    if ["고", "며", "다", "면", "해서", "하여", "로", "을", "를"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        return None;
    }
    words.reverse();
    Some(words.join(" "))
}

/// The Latin word right before a parenthesis (`stateless(` → `stateless`).
fn latin_word_before(before: &str) -> Option<String> {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let word = word.trim_matches(['-', '.', '_']).to_string();
    (word.chars().any(|c| c.is_ascii_alphabetic()) && word.len() >= 2).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Vec<Vec<String>> {
        let mut concepts = Concepts::default();
        from_body(text, &mut concepts);
        concepts.list
    }

    fn v(terms: &[&str]) -> Vec<String> {
        terms.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn pairs_keep_both_names_together() {
        let cases: &[(&str, &[&[&str]])] = &[
            ("무상태(stateless)란", &[&["무상태", "stateless"]]),
            (
                "## stateless(무상태 프로토콜)",
                &[&["stateless", "무상태 프로토콜"]],
            ),
            (
                "2. 데이터 링크 계층(Data link layer)",
                &[&["데이터 링크 계층", "Data link layer"]],
            ),
            (
                "TCP(Transmission Control Protocol)",
                &[&["TCP", "Transmission Control Protocol"]],
            ),
            ("상태 개념이 있고(stateful)", &[]),
            ("(참고)", &[]),
        ];
        for (line, expected) in cases {
            let expected: Vec<Vec<String>> = expected.iter().map(|p| v(p)).collect();
            assert_eq!(pairs(line), expected, "{line}");
        }
    }

    #[test]
    fn acronyms_and_not() {
        assert_eq!(
            acronyms("TCP/IP와 TIME_WAIT, L4, Http, OK"),
            v(&["TCP", "IP", "TIME_WAIT", "OK"])
        );
    }

    #[test]
    fn body_candidates() {
        let text = "- 무상태(stateless)는 **상태 보존 안 함**\n- 라운드로빈 방식 : 순서대로\n```\n**not code**\n```\n`Set-Cookie` 헤더, TCP, TCP\n";
        assert_eq!(
            body(text),
            [
                v(&["무상태", "stateless"]),
                v(&["상태 보존 안 함"]),
                v(&["Set-Cookie"]),
                v(&["라운드로빈 방식"]),
                v(&["TCP"]),
            ]
        );
    }

    #[test]
    fn a_shared_term_merges_concepts() {
        let mut c = Concepts::default();
        c.add(v(&["TCP"]));
        c.add(v(&["TCP", "Transmission Control Protocol"]));
        assert_eq!(c.list, [v(&["TCP", "Transmission Control Protocol"])]);
    }

    #[test]
    fn questions() {
        for q in [
            "쿠키와 세션의 차이에 대해 설명해 주세요.",
            "webRTC란 무엇인가요",
            "JSESSIONID란?",
            "Why is the ISN random",
        ] {
            assert!(is_question(q), "{q}");
        }
        for t in ["TCP vs UDP", "스케일업(수직 스케일링)", "HTTP 캐시"] {
            assert!(!is_question(t), "{t}");
        }
    }

    #[test]
    fn heading_terms() {
        let cases: &[(&str, &[&[&str]])] = &[
            ("스케일업, 스케일아웃", &[&["스케일업"], &["스케일아웃"]]),
            ("스케일업(수직 스케일링)", &[&["스케일업", "수직 스케일링"]]),
            ("HTTPS / SSL 특징", &[&["HTTPS"], &["SSL"]]),
            (
                "쿠키와 세션의 차이에 대해 설명해 주세요.",
                &[&["쿠키"], &["세션"]],
            ),
        ];
        for (core, expected) in cases {
            let mut c = Concepts::default();
            from_heading(core, &[], &mut c);
            let expected: Vec<Vec<String>> = expected.iter().map(|p| v(p)).collect();
            assert_eq!(c.list, expected, "{core}");
        }
    }

    #[test]
    fn nouns_lose_their_particle_only() {
        assert_eq!(noun("쿠키와"), "쿠키");
        assert_eq!(noun("Apache와"), "Apache");
        assert_eq!(noun("게이트웨이"), "게이트웨이");
    }
}
