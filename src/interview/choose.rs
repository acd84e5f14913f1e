//! Choosing the main questions of a session: filter, then a seeded shuffle with topics
//! interleaved so that two questions in a row rarely share a topic.

use crate::bank::{suggest, Difficulty, Library, Question};

/// A small deterministic generator (SplitMix64): the same seed gives the same interview on
/// every machine, which makes sessions repeatable and tests exact.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Which questions may be asked as main questions.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub topics: Vec<String>,
    pub banks: Vec<String>,
    pub difficulty: Option<Difficulty>,
    pub drafts: bool,
}

impl Filter {
    pub fn admits(&self, library: &Library, q: &Question) -> bool {
        !q.follow_up_only
            && (self.drafts || !q.draft)
            && (self.topics.is_empty() || self.topics.contains(&q.topic))
            && (self.banks.is_empty()
                || library
                    .bank_of(&q.id)
                    .is_some_and(|b| self.banks.iter().any(|x| x == b)))
            && self.difficulty.is_none_or(|d| d == q.difficulty)
    }

    /// Topics or banks named that do not exist: a typo the user should hear about.
    pub fn unknown_names(&self, library: &Library) -> Vec<String> {
        let mut out = Vec::new();
        let topics: Vec<&str> = library.topics.iter().map(|t| t.id.as_str()).collect();
        for t in &self.topics {
            if !topics.contains(&t.as_str()) {
                out.push(format!(
                    "unknown topic `{t}`{}",
                    suggest(t, topics.iter().copied())
                ));
            }
        }
        let banks = library.bank_names();
        for b in &self.banks {
            if !banks.contains(&b.as_str()) {
                out.push(format!(
                    "unknown bank `{b}`{}",
                    suggest(b, banks.iter().copied())
                ));
            }
        }
        out
    }
}

/// Up to `count` main questions, shuffled by `seed`, topics interleaved.
pub fn plan(library: &Library, filter: &Filter, count: usize, seed: u64) -> Vec<String> {
    let mut pool: Vec<&Question> = library
        .questions
        .iter()
        .filter(|q| filter.admits(library, q))
        .collect();
    Rng::new(seed).shuffle(&mut pool);
    interleave(pool)
        .into_iter()
        .take(count)
        .map(|q| q.id.clone())
        .collect()
}

/// Reorder so that topics take turns, keeping the shuffled order within each topic.
fn interleave(pool: Vec<&Question>) -> Vec<&Question> {
    let mut topics: Vec<(&str, Vec<&Question>)> = Vec::new();
    for q in pool {
        match topics.iter_mut().find(|(t, _)| *t == q.topic) {
            Some((_, list)) => list.push(q),
            None => topics.push((&q.topic, vec![q])),
        }
    }
    let mut out = Vec::new();
    let longest = topics.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
    for round in 0..longest {
        for (_, list) in &topics {
            if let Some(q) = list.get(round) {
                out.push(*q);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        let (mut x, mut y): (Vec<u32>, Vec<u32>) = ((0..20).collect(), (0..20).collect());
        a.shuffle(&mut x);
        b.shuffle(&mut y);
        assert_eq!(x, y);
        assert_ne!(x, (0..20).collect::<Vec<_>>());
    }
}
