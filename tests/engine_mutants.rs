//! Tests that kill the mutants `scripts/mutants.sh` found the other tests missed: each pins a
//! behaviour a user can see, with values worked out by hand from the sources and the calendar.
//! The mutants that change nothing a user can see are in `tests/mutants-equivalent.txt`.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use hosho_navi::engine::calendar::{line_status, Hours, HoursKind, LineStatus};
use hosho_navi::engine::pack::{pack, ContactHours, ContactHoursKind, CIVIL_CODE_142};

fn at(date: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN))
}

fn nine_to_five() -> Hours {
    Hours {
        kind: HoursKind::BankDays,
        open: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
        close: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN),
    }
}

// ---- calendar.rs

/// On the last day but one of chrono's calendar, after hours, the only later day is Dec 31 (a
/// bank holiday): there is no opening to show, so the status is unknown, never "opens" on a
/// closed day.
#[test]
fn no_opening_on_a_closed_day_at_the_end_of_the_calendar() {
    let dec_30 = NaiveDate::MAX.pred_opt().unwrap_or(NaiveDate::MIN);
    assert_eq!(
        line_status(&nine_to_five(), at(dec_30, 18, 0)),
        LineStatus::Unknown
    );
}

// ---- pack.rs

/// A reason's citation is shown as its document and clause.
#[test]
fn citations_split_into_document_and_clause() {
    assert_eq!(CIVIL_CODE_142.cite.doc(), "民法");
    assert_eq!(CIVIL_CODE_142.cite.clause(), "第142条");
    let start = pack("statutory/stolen-card").map(|p| p.start.clause.cite);
    assert_eq!(start.map(|c| c.doc()), Some("預金者保護法"));
    assert_eq!(start.map(|c| c.clause()), Some("附則第1条第2項"));
}

/// A line staffed around the clock is shown as such, whatever hours the pack leaves empty.
#[test]
fn contact_hours_always_staffed() {
    let ch = ContactHours {
        kind: ContactHoursKind::Always,
        open: None,
        close: None,
        text: hosho_navi::text!("24時間365日", "24 hours a day"),
    };
    assert_eq!(ch.hours().kind, HoursKind::Always);
    let sunday_night = at(
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default(),
        23,
        0,
    );
    assert_eq!(line_status(&ch.hours(), sunday_night), LineStatus::Always);
}

/// A question's group title (shown above the question and in its reason) is the group it names.
#[test]
fn groups_are_found_by_id() {
    let p = pack("statutory/stolen-card");
    let title = |id: &str| p.and_then(|p| p.group(id)).map(|g| g.title.ja());
    assert_eq!(title("conditions"), Some("補てんを求める条件"));
    assert_eq!(title("exclusions"), Some("補てんされない・減額される場合"));
    assert_eq!(title("fault"), None);
}
