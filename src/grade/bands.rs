//! How 0–100 scores relate to the 0–5 grades a human interviewer gives.

/// A score at or above this passes; a human grade of 3 or more passes.
pub const PASS_SCORE: u8 = 60;
pub const PASS_GRADE: u8 = 3;

/// The lowest score of grades 1..=5.
const BANDS: [u8; 5] = [15, 35, 60, 75, 90];

/// The grade (0–5) a score falls in.
pub fn grade_of(score: u8) -> u8 {
    BANDS.iter().filter(|&&lowest| score >= lowest).count() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_agree_with_the_pass_mark() {
        assert_eq!(grade_of(0), 0);
        assert_eq!(grade_of(14), 0);
        assert_eq!(grade_of(15), 1);
        assert_eq!(grade_of(59), 2);
        assert_eq!(grade_of(PASS_SCORE), PASS_GRADE);
        assert_eq!(grade_of(89), 4);
        assert_eq!(grade_of(100), 5);
    }
}
