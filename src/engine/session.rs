//! Shared PCs (issue 14): how long an unattended staff screen stays visible, and how long saved
//! drafts are kept. **This is the one place a deployment sets them** (README, "Shared PCs"):
//! change a constant and rebuild.
//!
//! Pure: "now" is always an argument (epoch milliseconds), never read from a clock here.

/// Staff mode: the open case is hidden behind a "continue" screen after this long without input.
pub const IDLE_SECONDS: u32 = 600;

/// Drafts whose last change is older than this many days are erased when the app starts in staff
/// mode. `None` keeps them until someone erases them.
pub const RETENTION_DAYS_STAFF: Option<u32> = Some(30);

/// The same for customers (staff mode off): off, so that a customer's own draft is never lost.
pub const RETENTION_DAYS_CUSTOMER: Option<u32> = None;

const DAY_MS: i64 = 86_400_000;

/// How many days drafts are kept in this mode (`None`: until erased).
pub fn retention_days(staff: bool) -> Option<u32> {
    if staff {
        RETENTION_DAYS_STAFF
    } else {
        RETENTION_DAYS_CUSTOMER
    }
}

/// Whether a draft last changed at `updated_ms` is past `days` days at `now_ms`. An unknown time
/// (0 or less) or one in the future (a clock set wrong) never expires: erasing is for certain.
pub fn expired(updated_ms: i64, now_ms: i64, days: u32) -> bool {
    updated_ms > 0
        && updated_ms <= now_ms
        && now_ms.saturating_sub(updated_ms) > i64::from(days).saturating_mul(DAY_MS)
}

/// The idle time in milliseconds. `override_secs` is the test setting (`hosho-navi.idle-seconds`
/// in localStorage, see README): whole seconds, only ever shorter than [`IDLE_SECONDS`], at least
/// one second; anything else is ignored, so the setting can never keep a case on screen longer.
pub fn idle_ms(override_secs: Option<&str>) -> i64 {
    let secs = override_secs
        .and_then(|s| s.trim().parse::<u32>().ok())
        .filter(|s| (1..=IDLE_SECONDS).contains(s))
        .unwrap_or(IDLE_SECONDS);
    i64::from(secs) * 1000
}

/// Whether the screen should be covered: `last_input_ms` is the last key, click or touch.
pub fn idle(last_input_ms: i64, now_ms: i64, idle_ms: i64) -> bool {
    now_ms.saturating_sub(last_input_ms) >= idle_ms
}

/// Staff mode: a reload of a tab reopens its case only if the tab was left (`left_ms`, written
/// when the page was hidden, absent while the screen was covered) less than the idle time ago.
/// Longer, and the case would have been covered: the tab starts on the start screen instead (a
/// closed tab restored later with its session, or a browser's "restore pages", shows nothing).
pub fn staff_reload_reopens(left_ms: Option<i64>, now_ms: i64, idle_ms: i64) -> bool {
    left_ms.is_some_and(|t| t <= now_ms && !idle(t, now_ms, idle_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_790_000_000_000;

    #[test]
    fn defaults_staff_30_days_customers_off_ten_minutes() {
        assert_eq!(retention_days(true), Some(30));
        assert_eq!(retention_days(false), None);
        assert_eq!(IDLE_SECONDS, 600);
        assert_eq!(idle_ms(None), 600_000);
    }

    #[test]
    fn a_draft_expires_only_after_the_whole_period() {
        assert!(!expired(NOW - 30 * DAY_MS, NOW, 30));
        assert!(expired(NOW - 30 * DAY_MS - 1, NOW, 30));
        assert!(!expired(NOW - 29 * DAY_MS, NOW, 30));
        assert!(expired(NOW - 400 * DAY_MS, NOW, 30));
        assert!(!expired(NOW - 1, NOW, 30));
        assert!(expired(NOW - 1, NOW, 0));
    }

    #[test]
    fn an_unknown_or_future_time_never_expires() {
        assert!(!expired(0, NOW, 30));
        assert!(!expired(-5, NOW, 30));
        assert!(!expired(NOW + DAY_MS, NOW, 0));
        assert!(!expired(1, NOW, u32::MAX));
    }

    #[test]
    fn the_idle_override_can_only_shorten() {
        assert_eq!(idle_ms(Some("2")), 2000);
        assert_eq!(idle_ms(Some(" 90 ")), 90_000);
        assert_eq!(idle_ms(Some("600")), 600_000);
        for bad in [
            "0",
            "601",
            "99999",
            "-1",
            "1.5",
            "",
            "ten",
            "18446744073709551616",
        ] {
            assert_eq!(idle_ms(Some(bad)), 600_000, "{bad}");
        }
    }

    #[test]
    fn idle_from_the_last_input() {
        assert!(!idle(NOW - 599_999, NOW, 600_000));
        assert!(idle(NOW - 600_000, NOW, 600_000));
        assert!(!idle(NOW + 5, NOW, 600_000));
    }

    #[test]
    fn a_staff_reload_reopens_only_a_tab_left_within_the_idle_time() {
        assert!(staff_reload_reopens(Some(NOW - 2000), NOW, 600_000));
        assert!(!staff_reload_reopens(Some(NOW - 600_000), NOW, 600_000));
        assert!(!staff_reload_reopens(None, NOW, 600_000));
        assert!(!staff_reload_reopens(Some(NOW + 60_000), NOW, 600_000));
    }
}
