//! When to ask a question again: FSRS, replayed from the question's turns.
//!
//! Each turn is a review. Its score becomes an FSRS rating: a skip or a score below the
//! pass mark (grade 0–2) is *Again*, grade 3 *Hard*, grade 4 *Good*, grade 5 *Easy*. The
//! long-term scheduler is used (intervals in whole days; a drill is not a flash-card deck
//! reviewed every few minutes), without fuzz, so the same turns give the same schedule on
//! every machine and in every order they were recorded or imported.

use chrono::{DateTime, Utc};
use rs_fsrs::{Card, Parameters, Rating, Seed, State, FSRS};
use serde::{Deserialize, Serialize};

use crate::grade::grade_of;

/// Longest interval between two reviews: a year. Interview preparation is not a lifetime.
pub const MAXIMUM_INTERVAL_DAYS: i32 = 365;

/// The share of questions one should still answer well when they come due.
pub const REQUEST_RETENTION: f64 = 0.9;

/// FSRS-5's published default weights (those of rs-fsrs 1.2). Written out because
/// `Parameters::default()` reads the clock for a fuzz seed, and this crate never does.
const WEIGHTS: [f64; 19] = [
    0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813,
    0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567,
];

const DAY: u64 = 86_400;

/// One answer to a question, as the scheduler sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Review {
    pub at: u64,
    pub skipped: bool,
    pub score: u8,
}

/// A question's place in the review cycle after all its turns so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub question: String,
    /// Unix seconds from which it should be asked again.
    pub due: u64,
    /// FSRS memory stability: days until recall falls to 90%.
    pub stability: f64,
    /// FSRS difficulty, 1 (easy) to 10 (hard).
    pub difficulty: f64,
    pub reps: u32,
    /// Reviews rated *Again* after the first.
    pub lapses: u32,
    pub last_review: u64,
    pub last_score: u8,
}

impl Schedule {
    /// Whether it should be asked at `now`.
    pub fn is_due(&self, now: u64) -> bool {
        self.due <= now
    }

    /// Whole days since it came due (0 when due today or not yet due).
    pub fn overdue_days(&self, now: u64) -> u64 {
        now.saturating_sub(self.due) / DAY
    }

    /// FSRS's estimate of the chance to answer it well at `now`, 0.0–1.0.
    pub fn retrievability(&self, now: u64) -> f64 {
        self.card().get_retrievability(time(now))
    }

    fn card(&self) -> Card {
        Card {
            due: time(self.due),
            stability: self.stability,
            difficulty: self.difficulty,
            elapsed_days: 0,
            scheduled_days: 0,
            reps: self.reps as i32,
            lapses: self.lapses as i32,
            state: State::Review,
            last_review: time(self.last_review),
        }
    }
}

/// The FSRS rating of an answer.
pub(crate) fn rating(skipped: bool, score: u8) -> Rating {
    if skipped {
        return Rating::Again;
    }
    match grade_of(score) {
        0..=2 => Rating::Again,
        3 => Rating::Hard,
        4 => Rating::Good,
        _ => Rating::Easy,
    }
}

fn scheduler() -> FSRS {
    FSRS::new(Parameters {
        request_retention: REQUEST_RETENTION,
        maximum_interval: MAXIMUM_INTERVAL_DAYS,
        w: WEIGHTS,
        decay: Parameters::DECAY,
        factor: Parameters::FACTOR,
        enable_short_term: false,
        enable_fuzz: false,
        seed: Seed::String("kkori".to_string()),
    })
}

fn time(secs: u64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs.min(i64::MAX as u64 / 2) as i64, 0).unwrap_or_default()
}

fn secs(time: DateTime<Utc>) -> u64 {
    time.timestamp().max(0) as u64
}

/// The schedule after these reviews, oldest first; none without reviews.
pub fn replay(question: &str, reviews: impl IntoIterator<Item = Review>) -> Option<Schedule> {
    let fsrs = scheduler();
    let mut card: Option<Card> = None;
    let mut last_score = 0;
    for review in reviews {
        let at = time(review.at);
        let current = card.take().unwrap_or(Card {
            due: at,
            last_review: at,
            ..Card::default()
        });
        // A review recorded before the previous one (clocks of two machines): as if at once.
        let at = at.max(current.last_review);
        card = Some(
            fsrs.next(current, at, rating(review.skipped, review.score))
                .card,
        );
        last_score = if review.skipped { 0 } else { review.score };
    }
    let card = card?;
    Some(Schedule {
        question: question.to_string(),
        due: secs(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        reps: card.reps.max(0) as u32,
        lapses: card.lapses.max(0) as u32,
        last_review: secs(card.last_review),
        last_score,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_800_000_000;

    fn review(day: u64, score: u8) -> Review {
        Review {
            at: T0 + day * DAY,
            skipped: false,
            score,
        }
    }

    #[test]
    fn ratings_follow_the_grade_bands() {
        assert_eq!(rating(true, 100), Rating::Again);
        assert_eq!(rating(false, 59), Rating::Again);
        assert_eq!(rating(false, 60), Rating::Hard);
        assert_eq!(rating(false, 80), Rating::Good);
        assert_eq!(rating(false, 95), Rating::Easy);
    }

    #[test]
    fn no_reviews_no_schedule() {
        assert_eq!(replay("q", []), None);
    }

    #[test]
    fn a_failed_answer_comes_back_sooner_than_a_good_one() {
        let bad = replay("q", [review(0, 20)]).unwrap();
        let good = replay("q", [review(0, 85)]).unwrap();
        let easy = replay("q", [review(0, 100)]).unwrap();
        assert_eq!(bad.due, T0 + DAY);
        assert!(bad.due < good.due && good.due < easy.due);
        assert_eq!(bad.last_score, 20);
    }

    #[test]
    fn good_answers_stretch_the_interval_and_a_lapse_shrinks_it() {
        let two = replay("q", [review(0, 85), review(3, 85)]).unwrap();
        let one = replay("q", [review(0, 85)]).unwrap();
        assert!(two.due - two.last_review > one.due - one.last_review);
        let lapsed = replay("q", [review(0, 85), review(3, 85), review(20, 10)]).unwrap();
        assert_eq!(lapsed.lapses, 1);
        assert!(lapsed.due - lapsed.last_review < (two.due - two.last_review) / 2);
        assert_eq!(lapsed.reps, 3);
    }

    #[test]
    fn due_and_overdue() {
        let s = replay("q", [review(0, 20)]).unwrap();
        assert!(!s.is_due(T0));
        assert!(s.is_due(T0 + DAY));
        assert_eq!(s.overdue_days(T0 + 4 * DAY + 5), 3);
        assert!(s.retrievability(T0 + DAY) > s.retrievability(T0 + 30 * DAY));
    }

    #[test]
    fn out_of_order_clocks_do_not_break_the_replay() {
        let s = replay("q", [review(5, 85), review(2, 85)]).unwrap();
        assert!(s.due >= T0 + 5 * DAY);
    }
}
