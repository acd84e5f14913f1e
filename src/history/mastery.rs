//! How well a topic, a question or a concept is known, from the history, at a given time.
//!
//! Mastery is a recency-weighted mean of how answers went (score / 100, a skip counting 0;
//! for a concept, whether it was shown). An answer's weight halves every
//! [`HALF_LIFE_DAYS`]: what was known a month ago says less than what was shown yesterday.
//! A little prior ([`PRIOR`] with the weight of [`PRIOR_WEIGHT`] of a fresh answer) keeps a
//! single lucky or unlucky answer from reading as 100% or 0%, and makes three bad answers
//! weigh more than one.
//!
//! Everything here is pure: `now` (Unix seconds) is an argument, and answers given after
//! `now` are ignored, which is what draws mastery over time.

use std::collections::BTreeMap;

use serde::Serialize;

use super::record::Snapshot;

/// Days after which an answer counts half as much.
pub const HALF_LIFE_DAYS: f64 = 14.0;
/// What is assumed of a topic before any answer: half known.
pub const PRIOR: f64 = 0.5;
/// How many fresh answers the prior is worth.
pub const PRIOR_WEIGHT: f64 = 0.5;

const DAY: f64 = 86_400.0;

/// How well something is known at one time.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Mastery {
    /// 0.0–1.0.
    pub value: f64,
    /// How many answers it rests on.
    pub answers: u32,
    /// The sum of their recency weights (answers' worth today).
    pub evidence: f64,
    /// When it was last answered (Unix seconds).
    pub last: u64,
}

impl Mastery {
    /// The value as a whole percentage.
    pub fn percent(&self) -> u8 {
        (self.value * 100.0).round().clamp(0.0, 100.0) as u8
    }
}

/// The weight of an answer given at `at`, seen from `now`: 1.0 today, 0.5 after the
/// half-life. An answer from the future (another machine's clock) weighs 1.0.
pub fn recency_weight(at: u64, now: u64) -> f64 {
    let age_days = now.saturating_sub(at) as f64 / DAY;
    0.5_f64.powf(age_days / HALF_LIFE_DAYS)
}

#[derive(Debug, Default, Clone, Copy)]
struct Sum {
    total: f64,
    weight: f64,
    answers: u32,
    last: u64,
}

impl Sum {
    fn add(&mut self, value: f64, at: u64, now: u64) {
        let w = recency_weight(at, now);
        self.total += w * value;
        self.weight += w;
        self.answers += 1;
        self.last = self.last.max(at);
    }

    fn mastery(&self) -> Mastery {
        Mastery {
            value: (self.total + PRIOR * PRIOR_WEIGHT) / (self.weight + PRIOR_WEIGHT),
            answers: self.answers,
            evidence: self.weight,
            last: self.last,
        }
    }
}

fn collect<K: Ord>(sums: BTreeMap<K, Sum>) -> BTreeMap<K, Mastery> {
    sums.into_iter().map(|(k, s)| (k, s.mastery())).collect()
}

/// Mastery of every topic answered by `now`.
pub fn by_topic(history: &Snapshot, now: u64) -> BTreeMap<String, Mastery> {
    let mut sums: BTreeMap<String, Sum> = BTreeMap::new();
    for (_, t) in history.turns().filter(|(_, t)| t.answered_at <= now) {
        sums.entry(t.topic.clone())
            .or_default()
            .add(t.fraction(), t.answered_at, now);
    }
    collect(sums)
}

/// Mastery of every question answered by `now`.
pub fn by_question(history: &Snapshot, now: u64) -> BTreeMap<String, Mastery> {
    let mut sums: BTreeMap<String, Sum> = BTreeMap::new();
    for (_, t) in history.turns().filter(|(_, t)| t.answered_at <= now) {
        sums.entry(t.question.clone())
            .or_default()
            .add(t.fraction(), t.answered_at, now);
    }
    collect(sums)
}

/// Mastery of every concept graded by `now`, keyed by (question id, concept id): concept
/// ids belong to a question's rubric. Skipped turns were not graded and do not count.
pub fn by_concept(history: &Snapshot, now: u64) -> BTreeMap<(String, String), Mastery> {
    let mut sums: BTreeMap<(String, String), Sum> = BTreeMap::new();
    for (_, t) in history.turns().filter(|(_, t)| t.answered_at <= now) {
        for c in &t.concepts {
            sums.entry((t.question.clone(), c.id.clone()))
                .or_default()
                .add(if c.hit { 1.0 } else { 0.0 }, t.answered_at, now);
        }
    }
    collect(sums)
}

/// Weakest first; on a tie, the one resting on more answers (surer to be weak), then by key.
pub fn weakest<K: Ord>(mastery: &BTreeMap<K, Mastery>) -> Vec<(&K, &Mastery)> {
    let mut list: Vec<(&K, &Mastery)> = mastery.iter().collect();
    list.sort_by(|(ka, a), (kb, b)| {
        a.value
            .total_cmp(&b.value)
            .then(b.answers.cmp(&a.answers))
            .then(ka.cmp(kb))
    });
    list
}

/// The topic's mastery as it stood at the end of each session that practised it, oldest
/// first, for trends and charts: (time, mastery 0.0–1.0).
pub fn topic_over_time(history: &Snapshot, topic: &str) -> Vec<(u64, f64)> {
    history
        .sessions
        .iter()
        .filter(|s| s.turns.iter().any(|t| t.topic == topic))
        .map(|s| {
            let at = s
                .turns
                .iter()
                .map(|t| t.answered_at)
                .max()
                .unwrap_or(s.started_at);
            let value = by_topic(history, at).get(topic).map_or(PRIOR, |m| m.value);
            (at, value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::test_support::{script, T0};

    const DAY: u64 = 86_400;

    #[test]
    fn weights_halve_every_half_life() {
        assert_eq!(recency_weight(T0, T0), 1.0);
        assert!((recency_weight(T0, T0 + 14 * DAY) - 0.5).abs() < 1e-9);
        assert!((recency_weight(T0, T0 + 28 * DAY) - 0.25).abs() < 1e-9);
        assert_eq!(recency_weight(T0 + DAY, T0), 1.0);
    }

    #[test]
    fn a_topic_answered_badly_three_times_ranks_weakest() {
        // http: one poor answer; tcp: three bad ones; session: good answers.
        let history = script(&[
            (0, &[("handshake", "tcp", 20), ("cookie", "session", 90)]),
            (2, &[("keep-alive", "http", 35), ("tcp-vs-udp", "tcp", 15)]),
            (4, &[("handshake", "tcp", 25), ("jwt", "session", 85)]),
        ]);
        let now = T0 + 5 * DAY;
        let topics = by_topic(&history, now);
        let order: Vec<&str> = weakest(&topics).iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(order, ["tcp", "http", "session"]);
        assert_eq!(topics["tcp"].answers, 3);
        assert!(topics["tcp"].percent() < 30, "{:?}", topics["tcp"]);
        assert!(topics["session"].percent() > 75);
    }

    #[test]
    fn recent_answers_outweigh_old_ones() {
        // Bad long ago, good lately: improving. Good long ago, bad lately: slipping.
        let history = script(&[
            (0, &[("a1", "improving", 10), ("b1", "slipping", 95)]),
            (60, &[("a2", "improving", 95), ("b2", "slipping", 10)]),
        ]);
        let topics = by_topic(&history, T0 + 61 * DAY);
        assert!(topics["improving"].value > 0.75);
        assert!(topics["slipping"].value < 0.3);
    }

    #[test]
    fn answers_after_now_are_not_seen() {
        let history = script(&[(0, &[("q", "tcp", 90)]), (10, &[("q", "tcp", 10)])]);
        assert_eq!(by_topic(&history, T0 + DAY)["tcp"].answers, 1);
        assert!(by_topic(&history, T0 - 1).is_empty());
        let series = topic_over_time(&history, "tcp");
        assert_eq!(series.len(), 2);
        assert!(series[0].1 > series[1].1);
    }

    #[test]
    fn concepts_are_per_question() {
        let history = script(&[(0, &[("handshake", "tcp", 20)])]);
        let concepts = by_concept(&history, T0 + DAY);
        // The scripted turn misses `deep` and hits `basic`.
        let missed = &concepts[&("handshake".to_string(), "deep".to_string())];
        let hit = &concepts[&("handshake".to_string(), "basic".to_string())];
        assert!(missed.value < 0.25 && hit.value > 0.75);
    }
}
