//! Dates for people: Unix seconds as UTC `YYYY-MM-DD HH:MM`.
//!
//! Written by hand rather than pulling in a date crate: a report needs one format, in one
//! time zone, and the arithmetic is twenty lines. UTC because the core never reads the
//! environment (and so never the local time zone); the renderers say "UTC" next to the time.

/// Year, month (1–12) and day (1–31) of a count of days since 1970-01-01.
///
/// Howard Hinnant's `civil_from_days`: shift the calendar so that it starts on March 1st
/// (the leap day then falls at the end of a year), then count 400-year eras, years in the
/// era, and days in the year.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153; // 0 = March
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `2024-05-01 07:00`, in UTC.
pub fn utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}",
        rem / 3_600,
        rem % 3_600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_dates() {
        let cases = [
            (0, (1970, 1, 1)),
            (-1, (1969, 12, 31)),
            (59, (1970, 3, 1)),
            // 2000 is a leap year (divisible by 400), 1900 and 2100 are not.
            (11_016, (2000, 2, 29)),
            (11_017, (2000, 3, 1)),
            (-25_509, (1900, 2, 28)),
            (-25_508, (1900, 3, 1)),
            (47_541, (2100, 3, 1)),
            (19_844, (2024, 5, 1)),
            (20_780, (2026, 11, 23)),
        ];
        for (days, expected) in cases {
            assert_eq!(civil_from_days(days), expected, "day {days}");
        }
    }

    #[test]
    fn every_day_follows_the_one_before() {
        // 1968-01-01 to 2032-12-31: each date is the day after the previous one.
        let mut previous = civil_from_days(-732);
        for days in -731..=23_010 {
            let (y, m, d) = civil_from_days(days);
            let (py, pm, pd) = previous;
            let next_day = (y, m, d) == (py, pm, pd + 1);
            let next_month = (y, m, d) == (py, pm + 1, 1);
            let next_year = (y, m, d) == (py + 1, 1, 1) && (pm, pd) == (12, 31);
            assert!(
                next_day || next_month || next_year,
                "{previous:?} → {y}-{m}-{d}"
            );
            previous = (y, m, d);
        }
        assert_eq!(previous, (2032, 12, 31));
    }

    #[test]
    fn formats_minutes_in_utc() {
        assert_eq!(utc(0), "1970-01-01 00:00");
        assert_eq!(utc(1_714_546_859), "2024-05-01 07:00");
        assert_eq!(utc(1_795_430_096), "2026-11-23 10:34");
        assert_eq!(utc(951_868_799), "2000-02-29 23:59");
    }

    #[test]
    fn a_damaged_session_date_does_not_panic() {
        assert!(utc(u64::MAX).ends_with(" 07:00"));
    }
}
