//! The script's sentences with data in them, in Korean and English: follow-up conditions in
//! plain words, durations, key terms, what a misconception sounds like.

use crate::bank::{Concept, Condition, Difficulty, Lang, Misconception, Rubric, Together};
use crate::i18n::Msg;
use crate::text::is_hangul;
use crate::text::particle::with_particle;

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
    match lang {
        Lang::Ko => format!("‘{text}’"),
        Lang::En => format!("“{text}”"),
    }
}

/// The words before a follow-up: "TIME_WAIT를 언급하지 않으면 → 물어보세요:" /
/// "If they do not mention “TIME_WAIT”, ask:". Concepts and misconceptions are those of
/// `rubric`, the rubric of the question the follow-up hangs from.
pub fn lead(when: &Condition, rubric: Option<&Rubric>, lang: Lang) -> String {
    let concept = |id: &str| {
        let label = rubric
            .and_then(|r| r.concepts.iter().find(|c| c.id == id))
            .map_or(id.to_string(), |c| tidy(c.label.get(lang)));
        quote(&label, lang)
    };
    let misconception = |id: &str| {
        let said = rubric
            .and_then(|r| r.misconceptions.iter().find(|m| m.id == id))
            .map_or(id.to_string(), |m| said_text(m, lang));
        quote(&said, lang)
    };
    let object = |text: String| with_particle(&text, "을", "를");
    match lang {
        Lang::Ko => {
            let condition = match when {
                Condition::Missed(c) => format!("{} 언급하지 않으면", object(concept(c))),
                Condition::Mentioned(c) => format!("{} 언급하면", object(concept(c))),
                Condition::Misconception(m) => {
                    format!("오개념 {} 말하면", object(misconception(m)))
                }
                Condition::ScoreBelow(n) => format!("점수가 {n}점 미만이면"),
                Condition::ScoreAtLeast(n) => format!("점수가 {n}점 이상이면"),
                Condition::Always => "항상".to_string(),
            };
            format!("{condition} → 물어보세요:")
        }
        Lang::En => match when {
            Condition::Missed(c) => format!("If they do not mention {}, ask:", concept(c)),
            Condition::Mentioned(c) => format!("If they mention {}, ask:", concept(c)),
            Condition::Misconception(m) => format!("If they say {}, ask:", misconception(m)),
            Condition::ScoreBelow(n) => format!("If the answer is weak (below {n}), ask:"),
            Condition::ScoreAtLeast(n) => format!("If the answer is strong ({n}+), ask:"),
            Condition::Always => "Always ask:".to_string(),
        },
    }
}

/// "2분 30초" / "2 min 30 s".
pub fn duration(seconds: u32, lang: Lang) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    match (lang, m, s) {
        (Lang::Ko, 0, s) => format!("{s}초"),
        (Lang::Ko, m, 0) => format!("{m}분"),
        (Lang::Ko, m, s) => format!("{m}분 {s}초"),
        (Lang::En, 0, s) => format!("{s} s"),
        (Lang::En, m, 0) => format!("{m} min"),
        (Lang::En, m, s) => format!("{m} min {s} s"),
    }
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
    let negated = |text: String| match lang {
        Lang::Ko => format!("{text} 아님"),
        Lang::En => format!("not {text}"),
    };
    rule.all
        .iter()
        .map(|g| group(g))
        .chain(rule.denied.iter().map(|g| negated(group(g))))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// What a misconception sounds like, quoted: see [`said_text`].
pub fn said(m: &Misconception, lang: Lang) -> String {
    quote(&said_text(m, lang), lang)
}

/// The misconception's label; else its words in `lang` where it has them (`두 번` /
/// `two messages`), words said together joined by `…`; else its id.
fn said_text(m: &Misconception, lang: Lang) -> String {
    if let Some(label) = &m.label {
        return tidy(label.get(lang));
    }
    let pick = |terms: &[String]| -> Option<String> {
        let in_lang = |t: &&String| t.chars().any(is_hangul) == (lang == Lang::Ko);
        terms
            .iter()
            .find(in_lang)
            .or(terms.first())
            .map(|t| t.trim().to_string())
    };
    if let Some(term) = pick(&m.terms) {
        return term;
    }
    if let Some(rule) = m.together.first() {
        let words: Vec<String> = rule.all.iter().filter_map(|g| pick(g)).collect();
        if !words.is_empty() {
            return words.join(" … ");
        }
    }
    m.id.clone()
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
