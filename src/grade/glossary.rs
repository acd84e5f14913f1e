//! Phrases that mean the same in every rubric: Korean and English terms, transliterations.
//!
//! Romanisation cannot bridge `핸드셰이크` and `handshake`, so equivalences are data. A
//! glossary set applies *inside* terms too: with `[핸드셰이크, handshake]`, the term
//! `3-way handshake` also accepts `3-way 핸드셰이크`.

use rustc_hash::FxHashMap as HashMap;

use crate::text::{nfc, squash};

/// At most this many spellings of one term, so a long term of many glossary words stays cheap.
const MAX_VARIANTS: usize = 48;

#[derive(Debug, Default, Clone)]
pub struct Glossary {
    /// Squashed phrase → index of its set.
    index: HashMap<String, usize>,
    sets: Vec<Vec<String>>,
    /// The longest phrase, in tokens, worth trying at a position.
    longest: usize,
}

impl Glossary {
    pub fn new<'a>(sets: impl IntoIterator<Item = &'a Vec<String>>) -> Self {
        let mut glossary = Glossary::default();
        for set in sets {
            let squashed: Vec<String> = set
                .iter()
                .map(|p| squash(p))
                .filter(|p| !p.is_empty())
                .collect();
            // A phrase already in a set joins that set, so two files may extend one set.
            let existing = squashed.iter().find_map(|p| glossary.index.get(p).copied());
            let id = existing.unwrap_or(glossary.sets.len());
            if existing.is_none() {
                glossary.sets.push(Vec::new());
            }
            for (phrase, raw) in squashed.into_iter().zip(set) {
                glossary.longest = glossary.longest.max(crate::text::words(&nfc(raw)).len());
                glossary.index.entry(phrase.clone()).or_insert(id);
                if !glossary.sets[id].contains(&phrase) {
                    glossary.sets[id].push(phrase);
                }
            }
        }
        glossary
    }

    /// Every squashed spelling of `term`: the term itself first, then glossary variants.
    pub fn variants(&self, term: &str) -> Vec<String> {
        let words: Vec<String> = crate::text::words(&nfc(term));
        let mut out = vec![String::new()];
        let mut i = 0;
        while i < words.len() {
            let (alternatives, used) = self.alternatives_at(&words, i);
            let mut next = Vec::with_capacity(out.len() * alternatives.len());
            for prefix in &out {
                for alt in &alternatives {
                    if next.len() < MAX_VARIANTS {
                        next.push(format!("{prefix}{alt}"));
                    }
                }
            }
            out = next;
            i += used;
        }
        out.dedup();
        out
    }

    /// The longest glossary phrase starting at word `i`, as its set's spellings (the one
    /// written first), or the word itself. The phrase's last word may carry a particle
    /// (`스레드가`, `핸드셰이크를`): each spelling then carries it too (`쓰레드가`).
    fn alternatives_at(&self, words: &[String], i: usize) -> (Vec<String>, usize) {
        let end = (i + self.longest.max(1)).min(words.len());
        for j in (i + 1..=end).rev() {
            let head: String = words[i..j - 1].concat();
            let last = &words[j - 1];
            let cuts = crate::text::particle_stems(last);
            for (len, negated) in cuts {
                if negated {
                    continue;
                }
                let (stem, particle) = last.split_at(len);
                let phrase = format!("{head}{stem}");
                if let Some(&set) = self.index.get(&phrase) {
                    let mut alts = vec![format!("{phrase}{particle}")];
                    alts.extend(
                        self.sets[set]
                            .iter()
                            .filter(|p| **p != phrase)
                            .map(|p| format!("{p}{particle}")),
                    );
                    return (alts, j - i);
                }
            }
        }
        (vec![words[i].clone()], 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Glossary {
        Glossary::new(&[
            vec!["핸드셰이크".to_string(), "handshake".to_string()],
            vec![
                "3-way".to_string(),
                "3웨이".to_string(),
                "쓰리웨이".to_string(),
            ],
        ])
    }

    #[test]
    fn expands_inside_terms() {
        let v = glossary().variants("3-way handshake");
        assert_eq!(v[0], "3wayhandshake");
        assert!(v.contains(&"3웨이핸드셰이크".to_string()));
        assert!(v.contains(&"쓰리웨이handshake".to_string()));
        assert_eq!(v.len(), 6);
    }

    #[test]
    fn a_particle_stays_on_every_spelling() {
        let v = glossary().variants("핸드셰이크를 하다");
        assert!(v.contains(&"핸드셰이크를하다".to_string()), "{v:?}");
        assert!(v.contains(&"handshake를하다".to_string()), "{v:?}");
    }

    #[test]
    fn leaves_unknown_terms_alone() {
        assert_eq!(glossary().variants("TIME_WAIT"), ["timewait"]);
    }

    #[test]
    fn sets_sharing_a_phrase_merge() {
        let g = Glossary::new(&[
            vec!["세션".to_string(), "session".to_string()],
            vec!["session".to_string(), "세숀".to_string()],
        ]);
        assert_eq!(g.variants("세숀").len(), 3);
    }
}
