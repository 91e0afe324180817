//! Open now / opens at, from 三島信用金庫's own line (0120-340-030, 平日9:00～17:00 in its pack),
//! on both sides of every boundary: the hours, a weekend, a national holiday, the year end.

use super::*;
use crate::engine::pack::pack;
use chrono::{NaiveDate, NaiveDateTime};

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|x| x.and_hms_opt(h, min, 0))
        .unwrap_or_default()
}

fn mishima(now: NaiveDateTime) -> ContactPlan {
    let p = pack("mishima-shinkin/web-banking").expect("the 三島 pack");
    contact_plan(p, false, now)
}

fn open_until(close: NaiveDateTime) -> LineStatus {
    LineStatus::Open { closes_at: close }
}

fn closed_until(open: NaiveDateTime) -> LineStatus {
    LineStatus::Closed { opens_at: open }
}

#[test]
fn mishima_line_is_the_one_with_a_number() {
    let plan = mishima(at(2026, 11, 24, 13, 0));
    assert_eq!(plan.line.and_then(|l| l.phone), Some("0120-340-030"));
    assert_eq!(plan.find, None);
    let others: Vec<&str> = plan.others.iter().map(|c| c.id).collect();
    assert_eq!(others, ["branch"]);
}

#[test]
fn opening_time_both_sides() {
    // Tuesday 2026-11-24.
    let s = mishima(at(2026, 11, 24, 8, 59));
    assert_eq!(s.status, closed_until(at(2026, 11, 24, 9, 0)));
    assert!(s.closed());
    let s = mishima(at(2026, 11, 24, 9, 0));
    assert_eq!(s.status, open_until(at(2026, 11, 24, 17, 0)));
    assert!(!s.closed());
}

#[test]
fn closing_time_both_sides() {
    assert_eq!(
        mishima(at(2026, 11, 24, 16, 59)).status,
        open_until(at(2026, 11, 24, 17, 0))
    );
    assert_eq!(
        mishima(at(2026, 11, 24, 17, 0)).status,
        closed_until(at(2026, 11, 25, 9, 0))
    );
}

#[test]
fn saturday_both_sides() {
    // Friday 2026-11-27 open to the end; Saturday closed till Monday 11-30; Monday opens at 9:00.
    assert_eq!(
        mishima(at(2026, 11, 27, 16, 59)).status,
        open_until(at(2026, 11, 27, 17, 0))
    );
    assert_eq!(
        mishima(at(2026, 11, 28, 10, 0)).status,
        closed_until(at(2026, 11, 30, 9, 0))
    );
    assert_eq!(
        mishima(at(2026, 11, 30, 9, 0)).status,
        open_until(at(2026, 11, 30, 17, 0))
    );
}

#[test]
fn national_holiday_both_sides() {
    // Monday 2026-11-23 勤労感謝の日: closed all day, open again Tuesday at 9:00.
    assert_eq!(
        mishima(at(2026, 11, 20, 16, 59)).status,
        open_until(at(2026, 11, 20, 17, 0))
    );
    assert_eq!(
        mishima(at(2026, 11, 23, 10, 0)).status,
        closed_until(at(2026, 11, 24, 9, 0))
    );
    assert_eq!(
        mishima(at(2026, 11, 24, 9, 0)).status,
        open_until(at(2026, 11, 24, 17, 0))
    );
}

#[test]
fn year_end_dec_31_and_jan_4() {
    // Wednesday 12-30 is the last bank day; Dec 31 – Jan 3 closed; Monday 2027-01-04 opens at 9:00.
    assert_eq!(
        mishima(at(2026, 12, 30, 16, 59)).status,
        open_until(at(2026, 12, 30, 17, 0))
    );
    assert_eq!(
        mishima(at(2026, 12, 31, 10, 0)).status,
        closed_until(at(2027, 1, 4, 9, 0))
    );
    assert_eq!(
        mishima(at(2027, 1, 4, 8, 59)).status,
        closed_until(at(2027, 1, 4, 9, 0))
    );
    assert_eq!(
        mishima(at(2027, 1, 4, 9, 0)).status,
        open_until(at(2027, 1, 4, 17, 0))
    );
}

#[test]
fn a_pack_without_a_number_says_where_to_look() {
    // 東日本銀行's source names three channels and gives no number.
    let p = pack("higashi-nippon/business-ib").expect("the 東日本 pack");
    let plan = contact_plan(p, false, at(2026, 11, 24, 13, 0));
    assert_eq!(plan.line, None);
    assert_eq!(plan.status, LineStatus::Unknown);
    assert_eq!(plan.find, Some(FindNumber::NamedWithoutNumber));
    assert_eq!(plan.others.len(), 3);
}

#[test]
fn a_scheme_without_lines_sends_to_the_bank() {
    for id in ["jba/ib-individual", "statutory/counterfeit-card"] {
        let p = pack(id).expect("pack");
        let plan = contact_plan(p, false, at(2026, 11, 24, 13, 0));
        assert_eq!(plan.find, Some(FindNumber::AskYourBank), "{id}");
        assert!(plan.line.is_none() && plan.others.is_empty(), "{id}");
    }
}

#[test]
fn a_stolen_card_never_points_to_the_card() {
    let p = pack("statutory/stolen-card").expect("pack");
    let plan = contact_plan(p, true, at(2026, 11, 24, 13, 0));
    assert_eq!(plan.find, Some(FindNumber::AskIssuerNotCard));
    // Even where a pack has a number, the stolen card is never where to look for another.
    let m = pack("mishima-shinkin/web-banking").expect("pack");
    let plan = contact_plan(m, true, at(2026, 11, 24, 13, 0));
    assert_eq!(plan.find, Some(FindNumber::AskIssuerNotCard));
    assert_eq!(plan.line.and_then(|l| l.phone), Some("0120-340-030"));
}
