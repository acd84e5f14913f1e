//! What the script shows of the banks' data: follow-up conditions in plain words,
//! durations, key terms, what a misconception sounds like. The words are chosen here; the
//! sentences around them, in Korean and English, are in the tables ([`ScriptLine`]).

use crate::bank::{Concept, Condition, Difficulty, Lang, Misconception, Rubric, Together};
use crate::i18n::{Msg, ScriptLine};
use crate::text::is_hangul;

/// Bank text on one line: YAML block scalars keep their line breaks, a script does not.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` with a capital first letter, for a label starting a line or a cell ("Model answer:").
pub fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// Quoted the way each language quotes a phrase.
fn quote(text: &str, lang: Lang) -> String {
    ScriptLine::Quoted(text).text(lang)
}

/// The words before a follow-up: "‘TIME_WAIT’를 언급하지 않으면 → 물어보세요:" /
/// "If they do not mention “TIME_WAIT”, ask:". Concepts and misconceptions are those of
/// `rubric`, the rubric of the question the follow-up hangs from; the sentences are in
/// the tables ([`ScriptLine`]).
pub fn lead(when: &Condition, rubric: Option<&Rubric>, lang: Lang) -> String {
    let concept = |id: &str| {
        rubric
            .and_then(|r| r.concepts.iter().find(|c| c.id == id))
            .map_or(id.to_string(), |c| tidy(c.label.get(lang)))
    };
    let misconception = |id: &str| {
        rubric
            .and_then(|r| r.misconceptions.iter().find(|m| m.id == id))
            .map_or(id.to_string(), |m| m.label_in(lang))
    };
    match when {
        Condition::Missed(c) => ScriptLine::AskIfMissed(&concept(c)).text(lang),
        Condition::Mentioned(c) => ScriptLine::AskIfMentioned(&concept(c)).text(lang),
        Condition::Misconception(m) => ScriptLine::AskIfSaid(&misconception(m)).text(lang),
        Condition::ScoreBelow(n) => ScriptLine::AskIfBelow(*n).text(lang),
        Condition::ScoreAtLeast(n) => ScriptLine::AskIfAtLeast(*n).text(lang),
        Condition::Always => ScriptLine::AskAlways.text(lang),
    }
}

/// "2분 30초" / "2 min 30 s".
pub fn duration(seconds: u32, lang: Lang) -> String {
    crate::i18n::duration(u64::from(seconds), lang)
}

pub fn difficulty(d: Difficulty, lang: Lang) -> &'static str {
    Msg::difficulty(d).text(lang)
}

/// The first `max` terms of `concept`, with both Korean and English among them when the
/// concept has both (the last places go to the first term of a language not yet shown), and
/// whether there were more ways to show the concept. A concept with no terms is shown by its
/// first `together` rule: `서버/server + SYN`.
pub fn key_terms(concept: &Concept, max: usize, lang: Lang) -> (Vec<String>, bool) {
    if concept.terms.is_empty() {
        let Some(first) = concept.together.first() else {
            return (Vec::new(), false);
        };
        return (vec![together_text(first, lang)], concept.together.len() > 1);
    }
    let terms: Vec<&str> = concept.terms.iter().map(|t| t.trim()).collect();
    let hangul = |i: usize| terms[i].chars().any(is_hangul);
    let mut chosen: Vec<usize> = (0..terms.len().min(max)).collect();
    for wants in [true, false] {
        if chosen.iter().any(|&i| hangul(i) == wants) {
            continue;
        }
        // All chosen terms are of the other language: the last place goes to this one.
        if let (Some(first), true) = (
            (0..terms.len()).find(|&i| hangul(i) == wants),
            chosen.len() > 1,
        ) {
            *chosen.last_mut().expect("more than one") = first;
        }
    }
    let more = chosen.len() < terms.len() || !concept.together.is_empty();
    (
        chosen.into_iter().map(|i| terms[i].to_string()).collect(),
        more,
    )
}

/// `서버/server + SYN`: per group, the first term of each language, groups joined by `+`;
/// a term that must be said negated is marked so.
fn together_text(rule: &Together, lang: Lang) -> String {
    let group = |terms: &[String]| {
        let hangul = terms.iter().find(|t| t.chars().any(is_hangul));
        let other = terms.iter().find(|t| !t.chars().any(is_hangul));
        hangul
            .into_iter()
            .chain(other)
            .map(|t| t.trim())
            .collect::<Vec<_>>()
            .join("/")
    };
    let negated = |text: String| ScriptLine::Negated(&text).text(lang);
    rule.all
        .iter()
        .map(|g| group(g))
        .chain(rule.denied.iter().map(|g| negated(group(g))))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// What a misconception sounds like, quoted: see [`Misconception::label_in`].
pub fn said(m: &Misconception, lang: Lang) -> String {
    quote(&m.label_in(lang), lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Localized;

    fn concept(terms: &[&str]) -> Concept {
        Concept {
            id: "c".into(),
            label: Localized::plain("c"),
            weight: 1,
            required: false,
            terms: terms.iter().map(|t| t.to_string()).collect(),
            together: Vec::new(),
            of: None,
            claims: Default::default(),
            hint: None,
            feedback: None,
        }
    }

    #[test]
    fn key_terms_show_both_languages() {
        let cases: &[(&[&str], &[&str], bool)] = &[
            (&["SYN", "연결 요청"], &["SYN", "연결 요청"], false),
            (
                &[
                    "ESTABLISHED",
                    "연결 수립",
                    "연결이 수립",
                    "connection established",
                ],
                &["ESTABLISHED", "연결 수립", "연결이 수립"],
                true,
            ),
            (
                &["빠르", "빠름", "빠릅", "빠른", "faster", "fast"],
                &["빠르", "빠름", "faster"],
                true,
            ),
            (
                &["reuse", "persistent", "keep", "재사용"],
                &["reuse", "persistent", "재사용"],
                true,
            ),
            (&["a", "b", "c", "d"], &["a", "b", "c"], true),
            (&["FIN"], &["FIN"], false),
        ];
        for (terms, expected, more) in cases {
            let (got, got_more) = key_terms(&concept(terms), 3, Lang::Ko);
            assert_eq!(&got, expected, "{terms:?}");
            assert_eq!(got_more, *more, "{terms:?}");
        }
    }

    #[test]
    fn key_terms_of_words_said_together() {
        let mut c = concept(&[]);
        c.together = vec![Together {
            all: vec![
                vec!["서버".into(), "server".into()],
                vec!["SYN".into()],
                vec!["유실".into(), "손실".into(), "lost".into()],
            ],
            denied: vec![vec!["보장".into(), "guarantee".into()]],
            within: None,
        }];
        assert_eq!(
            key_terms(&c, 3, Lang::En),
            (
                vec!["서버/server + SYN + 유실/lost + not 보장/guarantee".to_string()],
                false
            )
        );
    }

    #[test]
    fn conditions_in_plain_words() {
        let rubric: Rubric = serde_yaml::from_str(
            "
id: r
concepts:
  - {id: time-wait, label: TIME_WAIT, terms: [TIME_WAIT]}
  - {id: syn, label: {ko: 클라이언트가 SYN 전송, en: client sends SYN}, terms: [SYN]}
misconceptions:
  - id: two-way
    together: [{all: [[두 번, two messages]]}]
    feedback: x
",
        )
        .unwrap();
        let cases = [
            (
                Condition::Missed("time-wait".into()),
                "‘TIME_WAIT’를 언급하지 않으면 → 물어보세요:",
                "If they do not mention “TIME_WAIT”, ask:",
            ),
            (
                Condition::Mentioned("syn".into()),
                "‘클라이언트가 SYN 전송’을 언급하면 → 물어보세요:",
                "If they mention “client sends SYN”, ask:",
            ),
            (
                Condition::Misconception("two-way".into()),
                "오개념 ‘두 번’을 말하면 → 물어보세요:",
                "If they say “two messages”, ask:",
            ),
            (
                Condition::ScoreAtLeast(80),
                "점수가 80점 이상이면 → 물어보세요:",
                "If the answer is strong (80+), ask:",
            ),
            (
                Condition::ScoreBelow(35),
                "점수가 35점 미만이면 → 물어보세요:",
                "If the answer is weak (below 35), ask:",
            ),
            (Condition::Always, "항상 → 물어보세요:", "Always ask:"),
        ];
        for (when, ko, en) in cases {
            assert_eq!(lead(&when, Some(&rubric), Lang::Ko), ko);
            assert_eq!(lead(&when, Some(&rubric), Lang::En), en);
        }
    }

    #[test]
    fn durations() {
        for (s, ko, en) in [
            (45, "45초", "45 s"),
            (90, "1분 30초", "1 min 30 s"),
            (240, "4분", "4 min"),
        ] {
            assert_eq!(duration(s, Lang::Ko), ko);
            assert_eq!(duration(s, Lang::En), en);
        }
    }
}
