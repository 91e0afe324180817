//! The holiday calendar against an authoritative list, bank days, and contact-line hours.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use hosho_navi::engine::calendar::{
    holidays_in_year, is_bank_closed, is_provisional, line_status, national_holiday, next_bank_day,
    DayKind, Hours, HoursKind, LineStatus,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Made by `scripts/gen-holiday-fixture.py` from the PyPI `holidays` package (see the script).
const FIXTURE: &str = include_str!("fixtures/jp_holidays_1955_2027.csv");

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
}

fn at(date: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN))
}

fn fixture() -> BTreeMap<NaiveDate, String> {
    let mut map = BTreeMap::new();
    for (i, line) in FIXTURE.lines().enumerate().skip(1) {
        let (date, name) = line
            .split_once(',')
            .unwrap_or_else(|| panic!("line {i}: {line}"));
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap_or_else(|e| panic!("{e}"));
        assert!(
            map.insert(date, name.to_string()).is_none(),
            "duplicate {date}"
        );
    }
    map
}

/// The package names the 2019 ceremony day with が; the app uses the wording of its law (の).
fn fixture_name_as_app(name: &str) -> &str {
    match name {
        "即位礼正殿の儀が行われる日" => "即位礼正殿の儀の行われる日",
        other => other,
    }
}

#[test]
fn equals_fixture_every_year_1955_2027() {
    let fx = fixture();
    assert!(fx.len() > 1000, "fixture looks truncated: {}", fx.len());
    for year in 1955..=2027 {
        let expected: BTreeMap<NaiveDate, &str> = fx
            .iter()
            .filter(|(date, _)| date.year() == year)
            .map(|(date, name)| (*date, fixture_name_as_app(name)))
            .collect();
        let actual: BTreeMap<NaiveDate, &str> = holidays_in_year(year)
            .into_iter()
            .filter(|h| h.kind == DayKind::National)
            .map(|h| (h.date, h.name.ja()))
            .collect();
        for (date, name) in &expected {
            assert_eq!(
                actual.get(date),
                Some(name),
                "{year}: missing or misnamed {date}"
            );
        }
        for (date, name) in &actual {
            assert!(expected.contains_key(date), "{year}: extra {date} {name}");
        }
        for (date, name) in &expected {
            assert_eq!(
                national_holiday(*date).map(|t| t.ja()),
                Some(*name),
                "{date}"
            );
        }
    }
}

#[test]
fn every_day_1955_2027_agrees_with_fixture() {
    let fx = fixture();
    let mut day = d(1955, 1, 1);
    while day <= d(2027, 12, 31) {
        assert_eq!(
            national_holiday(day).is_some(),
            fx.contains_key(&day),
            "{day}"
        );
        day = day.succ_opt().unwrap_or(NaiveDate::MAX);
    }
}

#[test]
fn list_is_in_date_order_with_english_names() {
    for year in [1955, 1989, 2019, 2026, 2030, 2099] {
        let list = holidays_in_year(year);
        assert!(list.windows(2).all(|w| w[0].date < w[1].date), "{year}");
        assert!(list.iter().all(|h| h.date.year() == year));
        assert!(list
            .iter()
            .all(|h| !h.name.ja().is_empty() && !h.name.en().is_empty()));
    }
}

#[test]
fn law_history_spot_checks() {
    let name = |y, m, day| national_holiday(d(y, m, day)).map(|t| t.ja());
    assert_eq!(name(1966, 9, 15), Some("敬老の日"));
    assert_eq!(name(1965, 9, 15), None);
    assert_eq!(name(1966, 2, 11), None);
    assert_eq!(name(1967, 2, 11), Some("建国記念の日"));
    assert_eq!(name(1999, 1, 15), Some("成人の日"));
    assert_eq!(name(2000, 1, 15), None);
    assert_eq!(name(2000, 1, 10), Some("成人の日"));
    assert_eq!(name(2002, 7, 20), Some("海の日"));
    assert_eq!(name(2003, 7, 21), Some("海の日"));
    assert_eq!(name(2002, 9, 15), Some("敬老の日"), "a Sunday");
    assert_eq!(name(2002, 9, 16), Some("振替休日"));
    assert_eq!(name(2003, 9, 15), Some("敬老の日"));
    assert_eq!(name(1988, 4, 29), Some("天皇誕生日"));
    assert_eq!(name(1989, 4, 29), Some("みどりの日"));
    assert_eq!(name(2007, 4, 29), Some("昭和の日"));
    assert_eq!(name(2006, 5, 4), Some("国民の休日"));
    assert_eq!(name(2007, 5, 4), Some("みどりの日"));
    assert_eq!(
        name(2008, 5, 6),
        Some("振替休日"),
        "2007 rule: next non-holiday"
    );
    assert_eq!(
        name(1998, 5, 4),
        Some("振替休日"),
        "May 3 1998 was a Sunday"
    );
    assert_eq!(name(1973, 4, 30), Some("振替休日"));
    assert_eq!(name(1972, 4, 29), Some("天皇誕生日"));
    assert_eq!(name(1972, 1, 17), None, "no 振替休日 before 1973-04-12");
    assert_eq!(name(2018, 12, 23), Some("天皇誕生日"));
    assert_eq!(name(2018, 12, 24), Some("振替休日"));
    assert_eq!(name(2019, 12, 23), None);
    assert_eq!(name(2019, 2, 23), None);
    assert_eq!(name(2020, 2, 23), Some("天皇誕生日"));
    assert_eq!(name(2019, 4, 30), Some("国民の休日"));
    assert_eq!(name(2019, 5, 1), Some("天皇の即位の日"));
    assert_eq!(name(2019, 5, 2), Some("国民の休日"));
    assert_eq!(name(2019, 10, 22), Some("即位礼正殿の儀の行われる日"));
    assert_eq!(name(2015, 8, 11), None);
    assert_eq!(name(2016, 8, 11), Some("山の日"));
    assert_eq!(name(2020, 7, 23), Some("海の日"));
    assert_eq!(name(2020, 7, 24), Some("スポーツの日"));
    assert_eq!(name(2020, 8, 10), Some("山の日"));
    assert_eq!(name(2020, 10, 12), None);
    assert_eq!(name(2021, 7, 22), Some("海の日"));
    assert_eq!(name(2021, 7, 23), Some("スポーツの日"));
    assert_eq!(name(2021, 8, 8), Some("山の日"));
    assert_eq!(name(2021, 8, 9), Some("振替休日"));
    assert_eq!(name(2021, 10, 11), None);
    assert_eq!(name(2019, 10, 14), Some("体育の日"));
    assert_eq!(name(2022, 10, 10), Some("スポーツの日"));
    for (y, m, day) in [(1959, 4, 10), (1989, 2, 24), (1990, 11, 12), (1993, 6, 9)] {
        assert!(name(y, m, day).is_some(), "{y}-{m}-{day}");
    }
    assert_eq!(name(2026, 9, 22), Some("国民の休日"));
    assert_eq!(name(2027, 3, 22), Some("振替休日"));
}

#[test]
fn provisional_years_are_computed_to_2099() {
    assert!(!is_provisional(2027));
    assert!(is_provisional(2028));
    // 2030: Cabinet Office rules applied (the equinox formula gives Mar 20 and Sep 23).
    let list: Vec<(String, &str)> = holidays_in_year(2030)
        .into_iter()
        .filter(|h| h.kind == DayKind::National)
        .map(|h| (h.date.format("%m-%d").to_string(), h.name.ja()))
        .collect();
    let expected = [
        ("01-01", "元日"),
        ("01-14", "成人の日"),
        ("02-11", "建国記念の日"),
        ("02-23", "天皇誕生日"),
        ("03-20", "春分の日"),
        ("04-29", "昭和の日"),
        ("05-03", "憲法記念日"),
        ("05-04", "みどりの日"),
        ("05-05", "こどもの日"),
        ("05-06", "振替休日"),
        ("07-15", "海の日"),
        ("08-11", "山の日"),
        ("08-12", "振替休日"),
        ("09-16", "敬老の日"),
        ("09-23", "秋分の日"),
        ("10-14", "スポーツの日"),
        ("11-03", "文化の日"),
        ("11-04", "振替休日"),
        ("11-23", "勤労感謝の日"),
    ];
    let expected: Vec<(String, &str)> = expected.iter().map(|(a, b)| (a.to_string(), *b)).collect();
    assert_eq!(list, expected);
    for y in 2028..=2099 {
        let n = holidays_in_year(y)
            .iter()
            .filter(|h| h.kind == DayKind::National)
            .count();
        assert!((16..=22).contains(&n), "{y}: {n}");
    }
}

#[test]
fn bank_days_year_end() {
    let list = holidays_in_year(2026);
    let bank: Vec<NaiveDate> = list
        .iter()
        .filter(|h| h.kind == DayKind::Bank)
        .map(|h| h.date)
        .collect();
    // Jan 1 is 元日 (national); Jan 2, Jan 3 (a Saturday, still listed) and Dec 31 are bank days.
    assert_eq!(bank, vec![d(2026, 1, 2), d(2026, 1, 3), d(2026, 12, 31)]);
    assert!(list
        .iter()
        .any(|h| h.date == d(2026, 1, 1) && h.kind == DayKind::National));
    // Saturdays and Sundays are not listed as such.
    assert!(!list.iter().any(|h| h.date == d(2026, 1, 10)));

    assert!(is_bank_closed(d(2026, 12, 31)));
    assert!(is_bank_closed(d(2027, 1, 1)));
    assert!(is_bank_closed(d(2027, 1, 2)));
    assert!(is_bank_closed(d(2027, 1, 3)));
    assert!(!is_bank_closed(d(2027, 1, 4)));
    assert!(!is_bank_closed(d(2026, 12, 30)));
    assert!(is_bank_closed(d(2026, 11, 21)), "Saturday");
    assert!(is_bank_closed(d(2026, 11, 22)), "Sunday");
    assert!(is_bank_closed(d(2026, 11, 23)), "勤労感謝の日");
    assert!(!is_bank_closed(d(2026, 11, 24)));
    // Outside the computed range only weekends and the year end close.
    assert!(!is_bank_closed(d(2100, 1, 4)));
    assert!(is_bank_closed(d(2100, 12, 31)));
}

#[test]
fn serializes_as_documented() {
    let h = holidays_in_year(2019)
        .into_iter()
        .find(|h| h.date == d(2019, 5, 1));
    let json = serde_json::to_string(&h).unwrap_or_default();
    assert_eq!(
        json,
        r#"{"date":"2019-05-01","kind":"national","name":{"ja":"天皇の即位の日","en":"Enthronement Day"}}"#
    );
    let b = holidays_in_year(2026)
        .into_iter()
        .find(|h| h.date == d(2026, 12, 31));
    let json = serde_json::to_string(&b).unwrap_or_default();
    assert!(json.contains(r#""kind":"bank""#), "{json}");
}

#[test]
fn next_bank_day_year_end_and_golden_week() {
    assert_eq!(next_bank_day(d(2026, 12, 30)), d(2026, 12, 30));
    assert_eq!(next_bank_day(d(2026, 12, 31)), d(2027, 1, 4));
    assert_eq!(next_bank_day(d(2027, 1, 1)), d(2027, 1, 4));
    // 2025-12-31 Wed → Jan 1–3 closed, Jan 4 2026 Sunday → Monday Jan 5.
    assert_eq!(next_bank_day(d(2025, 12, 31)), d(2026, 1, 5));
    // Golden Week 2026: May 2 Sat … May 6 振替休日.
    assert_eq!(next_bank_day(d(2026, 5, 2)), d(2026, 5, 7));
    assert_eq!(next_bank_day(d(2026, 4, 29)), d(2026, 4, 30));
    // 2019: ten days off, Apr 27 – May 6.
    assert_eq!(next_bank_day(d(2019, 4, 27)), d(2019, 5, 7));
    // Silver Week 2026: Sep 19 Sat … Sep 23.
    assert_eq!(next_bank_day(d(2026, 9, 19)), d(2026, 9, 24));
}

fn nine_to_five() -> Hours {
    Hours {
        kind: HoursKind::BankDays,
        open: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
        close: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN),
    }
}

#[test]
fn line_status_boundaries() {
    let h = nine_to_five();
    let tue = d(2026, 11, 24);
    assert_eq!(
        line_status(&h, at(tue, 8, 59)),
        LineStatus::Closed {
            opens_at: at(tue, 9, 0)
        }
    );
    assert_eq!(
        line_status(&h, at(tue, 9, 0)),
        LineStatus::Open {
            closes_at: at(tue, 17, 0)
        }
    );
    assert_eq!(
        line_status(&h, at(tue, 16, 59)),
        LineStatus::Open {
            closes_at: at(tue, 17, 0)
        }
    );
    let last_second = tue.and_time(NaiveTime::from_hms_opt(16, 59, 59).unwrap_or(NaiveTime::MIN));
    assert!(matches!(
        line_status(&h, last_second),
        LineStatus::Open { .. }
    ));
    assert_eq!(
        line_status(&h, at(tue, 17, 0)),
        LineStatus::Closed {
            opens_at: at(d(2026, 11, 25), 9, 0)
        }
    );
    assert_eq!(
        line_status(&h, at(tue, 0, 0)),
        LineStatus::Closed {
            opens_at: at(tue, 9, 0)
        }
    );
    assert_eq!(
        line_status(&h, at(tue, 23, 59)),
        LineStatus::Closed {
            opens_at: at(d(2026, 11, 25), 9, 0)
        }
    );
}

#[test]
fn line_status_weekends_holidays_year_end() {
    let h = nine_to_five();
    // Friday after close → Monday 09:00.
    let fri = d(2026, 11, 13);
    assert_eq!(
        line_status(&h, at(fri, 17, 0)),
        LineStatus::Closed {
            opens_at: at(d(2026, 11, 16), 9, 0)
        }
    );
    // Saturday morning → Monday 09:00.
    assert_eq!(
        line_status(&h, at(d(2026, 11, 14), 10, 0)),
        LineStatus::Closed {
            opens_at: at(d(2026, 11, 16), 9, 0)
        }
    );
    // Friday before a Monday holiday (2026-11-23 勤労感謝の日) → Tuesday 09:00.
    assert_eq!(
        line_status(&h, at(d(2026, 11, 20), 17, 30)),
        LineStatus::Closed {
            opens_at: at(d(2026, 11, 24), 9, 0)
        }
    );
    // On the holiday itself, during office hours: closed.
    assert_eq!(
        line_status(&h, at(d(2026, 11, 23), 10, 0)),
        LineStatus::Closed {
            opens_at: at(d(2026, 11, 24), 9, 0)
        }
    );
    // Dec 30 after close → Jan 4 (2027: a Monday).
    assert_eq!(
        line_status(&h, at(d(2026, 12, 30), 17, 0)),
        LineStatus::Closed {
            opens_at: at(d(2027, 1, 4), 9, 0)
        }
    );
    // Dec 30, 2025 after close → Jan 5, 2026 (Jan 4 is a Sunday).
    assert_eq!(
        line_status(&h, at(d(2025, 12, 30), 17, 0)),
        LineStatus::Closed {
            opens_at: at(d(2026, 1, 5), 9, 0)
        }
    );
    // Day before Golden Week, after close.
    assert_eq!(
        line_status(&h, at(d(2026, 5, 1), 18, 0)),
        LineStatus::Closed {
            opens_at: at(d(2026, 5, 7), 9, 0)
        }
    );
}

#[test]
fn line_status_other_kinds() {
    let now = at(d(2026, 12, 31), 3, 0);
    let mut h = nine_to_five();
    h.kind = HoursKind::Always;
    assert_eq!(line_status(&h, now), LineStatus::Always);
    h.kind = HoursKind::Unknown;
    assert_eq!(line_status(&h, now), LineStatus::Unknown);
    let mut odd = nine_to_five();
    odd.open = odd.close;
    assert_eq!(line_status(&odd, now), LineStatus::Unknown);
    let _ = line_status(&nine_to_five(), NaiveDateTime::MAX);
    let _ = line_status(&nine_to_five(), NaiveDateTime::MIN);
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // 1950 to 2110: before, inside and after the computed range.
    (0i64..58_800).prop_map(|n| d(1950, 1, 1) + Duration::days(n))
}

proptest! {
    #[test]
    fn next_bank_day_is_first_open_day(day in any_date()) {
        let n = next_bank_day(day);
        prop_assert!(n >= day);
        prop_assert!(!is_bank_closed(n));
        let mut x = day;
        while x < n {
            prop_assert!(is_bank_closed(x), "{} is open, before {}", x, n);
            x = x.succ_opt().unwrap_or(n);
        }
        prop_assert!((n - day).num_days() <= 12);
    }

    #[test]
    fn line_status_is_consistent(day in any_date(), mins in 0u32..1440) {
        let h = nine_to_five();
        let now = at(day, mins / 60, mins % 60);
        match line_status(&h, now) {
            LineStatus::Open { closes_at } => {
                prop_assert!(!is_bank_closed(day));
                prop_assert_eq!(closes_at, at(day, 17, 0));
                prop_assert!(now < closes_at);
            }
            LineStatus::Closed { opens_at } => {
                prop_assert!(opens_at > now);
                prop_assert!(!is_bank_closed(opens_at.date()));
                prop_assert_eq!(opens_at.time(), h.open);
                prop_assert_eq!(opens_at.date(), next_bank_day(opens_at.date()));
            }
            other => prop_assert!(false, "unexpected {:?}", other),
        }
    }

    #[test]
    fn never_panics_on_any_year(y in proptest::num::i32::ANY) {
        let _ = holidays_in_year(y);
        let _ = is_provisional(y);
    }
}
