//! Japan Standard Time. Japan has had no daylight saving since 1951, so a fixed +09:00 offset is
//! exact for every date this app handles; no time-zone database is needed.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};

const JST_OFFSET_SECS: i64 = 9 * 3600;

/// Japan wall-clock time for a UTC instant.
pub fn from_utc(t: DateTime<Utc>) -> NaiveDateTime {
    t.naive_utc() + Duration::seconds(JST_OFFSET_SECS)
}

/// Japan wall-clock time for milliseconds since the Unix epoch (what `Date.now()` returns).
/// Returns `None` for a value outside chrono's range (a broken clock), never panics.
pub fn from_epoch_millis(ms: f64) -> Option<NaiveDateTime> {
    if !ms.is_finite() {
        return None;
    }
    DateTime::<Utc>::from_timestamp_millis(ms as i64).map(from_utc)
}

/// Japan calendar date for milliseconds since the Unix epoch.
pub fn today_from_epoch_millis(ms: f64) -> Option<NaiveDate> {
    from_epoch_millis(ms).map(|t| t.date())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn los_angeles_evening_is_next_day_in_japan() {
        // 2026-11-23 20:00 PST (UTC-8) = 2026-11-24 04:00 UTC = 2026-11-24 13:00 JST.
        let ms = chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
            .and_then(|d| d.and_hms_opt(4, 0, 0))
            .map(|t| t.and_utc().timestamp_millis())
            .unwrap_or_default() as f64;
        assert_eq!(
            today_from_epoch_millis(ms),
            NaiveDate::from_ymd_opt(2026, 11, 24)
        );
    }

    #[test]
    fn jst_midnight_boundary() {
        // 14:59:59 UTC is 23:59:59 JST the same day; 15:00 UTC is the next JST day.
        let d = |h, m, s| {
            chrono::NaiveDate::from_ymd_opt(2026, 3, 31)
                .and_then(|d| d.and_hms_opt(h, m, s))
                .map(|t| t.and_utc().timestamp_millis() as f64)
                .unwrap_or_default()
        };
        assert_eq!(
            today_from_epoch_millis(d(14, 59, 59)),
            NaiveDate::from_ymd_opt(2026, 3, 31)
        );
        assert_eq!(
            today_from_epoch_millis(d(15, 0, 0)),
            NaiveDate::from_ymd_opt(2026, 4, 1)
        );
    }

    #[test]
    fn broken_clock_is_none() {
        assert_eq!(today_from_epoch_millis(f64::NAN), None);
        assert_eq!(today_from_epoch_millis(f64::INFINITY), None);
    }
}
