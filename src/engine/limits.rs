//! The one set of limits for what a case may hold: the form, the stored draft and the case file
//! all read these, so a case the form accepts always exports, and an exported file always
//! re-imports (tested in `tests/properties.rs`). Each bound is far beyond any real case.

use chrono::{Datelike, NaiveDate};

/// Dates outside these years are refused, typed or imported (the holiday calendar and the
/// schemes live well inside them).
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;
/// Largest amount of yen in any field (10兆円): above any loss this app handles, far below where
/// sums overflow.
pub const MAX_YEN: u64 = 10_000_000_000_000;
/// Largest count of unavoidable days (100 years).
/// An amount from here up is read but confirmed before it counts (a slip of zeros is likelier
/// than a ten-billion-yen transfer); 0 is confirmed too.
pub const CONFIRM_YEN_FROM: u64 = 10_000_000_000;
pub const MAX_UNAVOIDABLE_DAYS: u32 = 36_500;
/// Most losses in one case (form rows, stored draft, case file).
pub const MAX_ROWS: usize = 500;
/// Longest case name, in characters (see [`super::name::clean_name`]).
pub const MAX_NAME_CHARS: usize = 80;

/// Whether `d` lies within [`MIN_YEAR`]..=[`MAX_YEAR`].
pub fn year_ok(d: NaiveDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_bounds_are_inclusive() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        assert!(year_ok(d(1900, 1, 1)));
        assert!(year_ok(d(2200, 12, 31)));
        assert!(!year_ok(d(1899, 12, 31)));
        assert!(!year_ok(d(2201, 1, 1)));
    }
}
