//! Japanese national holidays (国民の祝日に関する法律, 祝日法) computed by rule, bank closing days,
//! and "is this line open now, and when next".
//!
//! Range: national holidays are computed for 1955–2099. Before 1955 and after 2099 no national
//! holiday is computed (the equinox approximation is only valid to 2099), so for those years only
//! Saturdays, Sundays and Dec 31 – Jan 3 close the bank. The Cabinet Office list is official
//! up to [`LAST_OFFICIAL_YEAR`]; later years are provisional: the law may change and the
//! equinox days are only fixed by the National Astronomical Observatory each February for the
//! following year.

use super::Text;
use crate::text as t;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// Last year covered by the official Cabinet Office list (equinoxes announced Feb 2026).
pub const LAST_OFFICIAL_YEAR: i32 = 2027;
/// First and last year for which national holidays are computed.
pub const FIRST_COMPUTED_YEAR: i32 = 1955;
pub const LAST_COMPUTED_YEAR: i32 = 2099;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DayKind {
    /// A 祝日法 day: a 国民の祝日, a 振替休日, a 国民の休日, or a one-off day made a holiday by its own law.
    National,
    /// Dec 31 – Jan 3 days that are not national holidays (銀行法施行令 5条: banks close).
    Bank,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Holiday {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub name: Text,
}

const NEW_YEAR: Text = t!("元日", "New Year's Day");
const COMING_OF_AGE: Text = t!("成人の日", "Coming of Age Day");
const FOUNDATION: Text = t!("建国記念の日", "National Foundation Day");
const EMPEROR: Text = t!("天皇誕生日", "Emperor's Birthday");
const VERNAL: Text = t!("春分の日", "Vernal Equinox Day");
const SHOWA: Text = t!("昭和の日", "Showa Day");
const CONSTITUTION: Text = t!("憲法記念日", "Constitution Memorial Day");
const GREENERY: Text = t!("みどりの日", "Greenery Day");
const CHILDREN: Text = t!("こどもの日", "Children's Day");
const MARINE: Text = t!("海の日", "Marine Day");
const MOUNTAIN: Text = t!("山の日", "Mountain Day");
const AGED: Text = t!("敬老の日", "Respect for the Aged Day");
const AUTUMNAL: Text = t!("秋分の日", "Autumnal Equinox Day");
const HEALTH_SPORTS: Text = t!("体育の日", "Health and Sports Day");
const SPORTS: Text = t!("スポーツの日", "Sports Day");
const CULTURE: Text = t!("文化の日", "Culture Day");
const LABOUR: Text = t!("勤労感謝の日", "Labour Thanksgiving Day");
const SUBSTITUTE: Text = t!("振替休日", "Substitute holiday");
const CITIZENS: Text = t!("国民の休日", "Citizens' holiday");
const BANK_HOLIDAY: Text = t!("銀行休業日", "Bank holiday");

/// A day on the holiday list before 振替休日 / 国民の休日 are derived. `counts` is whether it is a
/// 国民の祝日 (or deemed one) for those two rules; the one-off days of 1959–1993 were made 休日
/// by their own laws without that deeming, and none of them touches a neighbouring holiday anyway.
struct BaseDay {
    date: NaiveDate,
    name: Text,
    counts: bool,
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The n-th Monday (1-based) of a month: the ハッピーマンデー rule.
fn nth_monday(y: i32, m: u32, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, m, Weekday::Mon, n)
}

/// 春分日 / 秋分日 by the standard approximation (valid 1900–2099, matches the official days for
/// 1955–2027), in integer arithmetic so no rounding can move a day:
/// day = floor(C + 0.242194 (Y − 1980)) − floor((Y − 1980) / 4).
fn equinox_day(y: i32, vernal: bool) -> Option<u32> {
    if !(1900..=2099).contains(&y) {
        return None;
    }
    // C in millionths of a day.
    let c: i64 = match (vernal, y < 1980) {
        (true, true) => 20_835_700,
        (true, false) => 20_843_100,
        (false, true) => 23_258_800,
        (false, false) => 23_248_800,
    };
    let dy = i64::from(y) - 1980;
    let day = (c + 242_194 * dy).div_euclid(1_000_000) - dy.div_euclid(4);
    u32::try_from(day).ok()
}

/// The 国民の祝日 of a year (plus the one-off days), by the law in force that year.
fn base_days(y: i32) -> Vec<BaseDay> {
    let mut v: Vec<BaseDay> = Vec::with_capacity(24);
    if !(FIRST_COMPUTED_YEAR..=LAST_COMPUTED_YEAR).contains(&y) {
        return v;
    }
    let mut add = |date: Option<NaiveDate>, name: Text, counts: bool| {
        if let Some(date) = date {
            v.push(BaseDay { date, name, counts });
        }
    };

    add(ymd(y, 1, 1), NEW_YEAR, true);
    // 成人の日: Jan 15 until 1999; second Monday of January from 2000 (1998 amendment).
    add(
        if y < 2000 {
            ymd(y, 1, 15)
        } else {
            nth_monday(y, 1, 2)
        },
        COMING_OF_AGE,
        true,
    );
    // 建国記念の日: set by cabinet order of 1966, first observed 1967.
    if y >= 1967 {
        add(ymd(y, 2, 11), FOUNDATION, true);
    }
    // 天皇誕生日: Apr 29 (Showa) to 1988, Dec 23 (Heisei) 1989–2018, none in 2019, Feb 23 from 2020.
    match y {
        ..=1988 => add(ymd(y, 4, 29), EMPEROR, true),
        1989..=2018 => add(ymd(y, 12, 23), EMPEROR, true),
        2019 => {}
        _ => add(ymd(y, 2, 23), EMPEROR, true),
    }
    add(
        equinox_day(y, true).and_then(|d| ymd(y, 3, d)),
        VERNAL,
        true,
    );
    // Apr 29: みどりの日 1989–2006, 昭和の日 from 2007 (2005 amendment).
    match y {
        1989..=2006 => add(ymd(y, 4, 29), GREENERY, true),
        2007.. => add(ymd(y, 4, 29), SHOWA, true),
        _ => {}
    }
    add(ymd(y, 5, 3), CONSTITUTION, true);
    // May 4 became みどりの日 in 2007 (before that it could only be a 国民の休日).
    if y >= 2007 {
        add(ymd(y, 5, 4), GREENERY, true);
    }
    add(ymd(y, 5, 5), CHILDREN, true);
    // 海の日: from 1996, Jul 20; third Monday of July from 2003; moved for the Tokyo Olympics
    // (2020: Jul 23, 2021: Jul 22 — 東京オリンピック・パラリンピック特別措置法).
    match y {
        1996..=2002 => add(ymd(y, 7, 20), MARINE, true),
        2020 => add(ymd(y, 7, 23), MARINE, true),
        2021 => add(ymd(y, 7, 22), MARINE, true),
        2003.. => add(nth_monday(y, 7, 3), MARINE, true),
        _ => {}
    }
    // 山の日: from 2016, Aug 11; Olympic moves 2020: Aug 10, 2021: Aug 8.
    match y {
        2020 => add(ymd(y, 8, 10), MOUNTAIN, true),
        2021 => add(ymd(y, 8, 8), MOUNTAIN, true),
        2016.. => add(ymd(y, 8, 11), MOUNTAIN, true),
        _ => {}
    }
    // 敬老の日: from 1966, Sep 15; third Monday of September from 2003.
    match y {
        1966..=2002 => add(ymd(y, 9, 15), AGED, true),
        2003.. => add(nth_monday(y, 9, 3), AGED, true),
        _ => {}
    }
    add(
        equinox_day(y, false).and_then(|d| ymd(y, 9, d)),
        AUTUMNAL,
        true,
    );
    // 体育の日 from 1966 (Oct 10; second Monday of October from 2000), renamed スポーツの日 in
    // 2020; Olympic moves 2020: Jul 24, 2021: Jul 23.
    match y {
        1966..=1999 => add(ymd(y, 10, 10), HEALTH_SPORTS, true),
        2000..=2019 => add(nth_monday(y, 10, 2), HEALTH_SPORTS, true),
        2020 => add(ymd(y, 7, 24), SPORTS, true),
        2021 => add(ymd(y, 7, 23), SPORTS, true),
        2022.. => add(nth_monday(y, 10, 2), SPORTS, true),
        _ => {}
    }
    add(ymd(y, 11, 3), CULTURE, true);
    add(ymd(y, 11, 23), LABOUR, true);

    // One-off days, each made a 休日 by its own law; Japanese names as the Cabinet Office lists them.
    match y {
        1959 => add(
            ymd(y, 4, 10),
            t!("結婚の儀", "Wedding of Crown Prince Akihito"),
            false,
        ),
        1989 => add(
            ymd(y, 2, 24),
            t!("大喪の礼", "State Funeral of Emperor Showa"),
            false,
        ),
        1990 => add(
            ymd(y, 11, 12),
            t!("即位礼正殿の儀", "Enthronement Ceremony"),
            false,
        ),
        1993 => add(
            ymd(y, 6, 9),
            t!("結婚の儀", "Wedding of Crown Prince Naruhito"),
            false,
        ),
        // The 2019 law deems both days 国民の祝日 for the 振替休日 / 国民の休日 rules: that is what
        // makes Apr 30 and May 2, 2019 国民の休日.
        2019 => {
            add(ymd(y, 5, 1), t!("天皇の即位の日", "Enthronement Day"), true);
            add(
                ymd(y, 10, 22),
                t!("即位礼正殿の儀の行われる日", "Enthronement Ceremony Day"),
                true,
            );
        }
        _ => {}
    }
    sort_by_date(&mut v, |b| b.date);
    v
}

/// 振替休日 took effect on 1973-04-12 (1973 amendment).
fn substitute_start() -> Option<NaiveDate> {
    ymd(1973, 4, 12)
}
/// 国民の休日 took effect on 1985-12-27 (1985 amendment).
fn citizens_start() -> Option<NaiveDate> {
    ymd(1985, 12, 27)
}

/// Every national holiday of a year (国民の祝日, one-off days, 振替休日, 国民の休日), in date order.
fn national_days(y: i32) -> Vec<(NaiveDate, Text)> {
    let base = base_days(y);
    let counts = |d: NaiveDate| base.iter().any(|b| b.counts && b.date == d);
    let listed = |d: NaiveDate| base.iter().any(|b| b.date == d);
    let mut out: Vec<(NaiveDate, Text)> = base.iter().map(|b| (b.date, b.name)).collect();

    // 振替休日. Until 2006: the Monday after a 国民の祝日 falling on Sunday (lost when that Monday
    // is itself a 祝日). From 2007: the nearest following day that is not a 国民の祝日.
    let mut substitutes: Vec<NaiveDate> = Vec::new();
    if let Some(start) = substitute_start() {
        for b in base.iter().filter(|b| b.counts && b.date >= start) {
            if b.date.weekday() != Weekday::Sun {
                continue;
            }
            let mut d = b.date.succ_opt();
            if y >= 2007 {
                while let Some(x) = d.filter(|x| counts(*x)) {
                    d = x.succ_opt();
                }
            } else {
                d = d.filter(|x| !counts(*x));
            }
            if let Some(d) = d.filter(|x| x.year() == y && !listed(*x)) {
                substitutes.push(d);
            }
        }
    }

    // 国民の休日: a day between two 国民の祝日 that is not itself one. Until 2006 it also had to be
    // neither a Sunday nor a 振替休日; the 2005 amendment (from 2007) dropped both exclusions.
    let mut citizens: Vec<NaiveDate> = Vec::new();
    if let Some(start) = citizens_start() {
        for b in base.iter().filter(|b| b.counts) {
            let Some(mid) = b.date.succ_opt() else {
                continue;
            };
            let Some(next) = mid.succ_opt() else { continue };
            if mid < start || mid.year() != y || !counts(next) || listed(mid) {
                continue;
            }
            // A day that is also a 振替休日 keeps that name.
            let sunday_before_2007 = y < 2007 && mid.weekday() == Weekday::Sun;
            if !sunday_before_2007 && !substitutes.contains(&mid) {
                citizens.push(mid);
            }
        }
    }

    out.extend(substitutes.into_iter().map(|d| (d, SUBSTITUTE)));
    out.extend(citizens.into_iter().map(|d| (d, CITIZENS)));
    sort_by_date(&mut out, |(d, _)| *d);
    out
}

/// A stable insertion sort: these lists hold a few dozen days, and each `sort_by_key`
/// instantiation (a merge sort with its helpers) costs kilobytes of wasm.
fn sort_by_date<T>(v: &mut [T], date: impl Fn(&T) -> NaiveDate) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && date(&v[j - 1]) > date(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn is_year_end_closure(d: NaiveDate) -> bool {
    matches!((d.month(), d.day()), (12, 31) | (1, 1..=3))
}

/// Every national holiday of `year` whatever its weekday (substitute and citizens' holidays
/// included), plus the `Bank` days Dec 31 – Jan 3 that are not national holidays; date order.
/// Saturdays and Sundays are not listed as such. Outside 1955–2099 only the `Bank` days.
pub fn holidays_in_year(year: i32) -> Vec<Holiday> {
    let nat = national_days(year);
    let mut out: Vec<Holiday> = nat
        .iter()
        .map(|&(date, name)| Holiday {
            date,
            kind: DayKind::National,
            name,
        })
        .collect();
    for (m, d) in [(1, 1), (1, 2), (1, 3), (12, 31)] {
        if let Some(date) = ymd(year, m, d) {
            if !nat.iter().any(|(x, _)| *x == date) {
                out.push(Holiday {
                    date,
                    kind: DayKind::Bank,
                    name: BANK_HOLIDAY,
                });
            }
        }
    }
    sort_by_date(&mut out, |h| h.date);
    out
}

/// The name of the national holiday on `date`, if it is one (None outside 1955–2099).
pub fn national_holiday(date: NaiveDate) -> Option<Text> {
    national_days(date.year())
        .into_iter()
        .find(|(d, _)| *d == date)
        .map(|(_, n)| n)
}

/// True for years after the last official list ([`LAST_OFFICIAL_YEAR`]): computed by rule only.
pub fn is_provisional(year: i32) -> bool {
    year > LAST_OFFICIAL_YEAR
}

/// Banks are closed on Saturdays, Sundays, national holidays and Dec 31 – Jan 3.
pub fn is_bank_closed(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        || is_year_end_closure(date)
        || national_holiday(date).is_some()
}

/// The first day on or after `date` on which banks are open. At the very end of chrono's range,
/// where no later day exists, returns the last day checked rather than panicking.
pub fn next_bank_day(date: NaiveDate) -> NaiveDate {
    let mut d = date;
    // A closed run is at most about ten days (Golden Week, year end); the bound only guards the loop.
    for _ in 0..64 {
        if !is_bank_closed(d) {
            return d;
        }
        match d.succ_opt() {
            Some(n) => d = n,
            None => return d,
        }
    }
    d
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoursKind {
    /// Open on bank business days from `open` (inclusive) to `close` (exclusive), Japan time.
    BankDays,
    /// Staffed around the clock every day.
    Always,
    /// The source gives no hours.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    pub kind: HoursKind,
    pub open: NaiveTime,
    pub close: NaiveTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineStatus {
    Always,
    Unknown,
    Open { closes_at: NaiveDateTime },
    Closed { opens_at: NaiveDateTime },
}

/// Whether a contact line is open at `now_jst`, and when it closes or next opens.
/// `BankDays` hours with `open >= close` (no daytime window) are reported as `Unknown`.
pub fn line_status(hours: &Hours, now_jst: NaiveDateTime) -> LineStatus {
    match hours.kind {
        HoursKind::Always => return LineStatus::Always,
        HoursKind::Unknown => return LineStatus::Unknown,
        HoursKind::BankDays => {}
    }
    if hours.open >= hours.close {
        return LineStatus::Unknown;
    }
    let today = now_jst.date();
    let time = now_jst.time();
    let open_day = !is_bank_closed(today);
    if open_day && time >= hours.open && time < hours.close {
        return LineStatus::Open {
            closes_at: today.and_time(hours.close),
        };
    }
    let from = if open_day && time < hours.open {
        Some(today)
    } else {
        today.checked_add_signed(Duration::days(1))
    };
    match from.map(next_bank_day) {
        Some(d) if !is_bank_closed(d) => LineStatus::Closed {
            opens_at: d.and_time(hours.open),
        },
        _ => LineStatus::Unknown,
    }
}

/// The last moment a line with bank-day hours is open on or before the end of `day`: `day`'s
/// closing time if it is a bank day, else the closing time of the bank day before it. `None` for
/// lines without stated bank-day hours (always staffed, or unknown), where no such moment applies.
pub fn last_open_on_or_before(hours: &Hours, day: NaiveDate) -> Option<NaiveDateTime> {
    last_open_on_or_before_by(hours, day, is_bank_closed)
}

/// As [`last_open_on_or_before`], with the closing days from `closed` (`assess` passes its
/// per-year cache; the definition must be [`is_bank_closed`]'s).
pub fn last_open_on_or_before_by(
    hours: &Hours,
    day: NaiveDate,
    mut closed: impl FnMut(NaiveDate) -> bool,
) -> Option<NaiveDateTime> {
    if hours.kind != HoursKind::BankDays || hours.open >= hours.close {
        return None;
    }
    let mut d = day;
    // A closed run is at most about ten days; the bound only guards the loop.
    for _ in 0..64 {
        if !closed(d) {
            return Some(d.and_time(hours.close));
        }
        d = d.pred_opt()?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default()
    }

    #[test]
    fn equinoxes_known_years() {
        assert_eq!(equinox_day(2026, true), Some(20));
        assert_eq!(equinox_day(2027, true), Some(21));
        assert_eq!(equinox_day(2026, false), Some(23));
        assert_eq!(equinox_day(2012, false), Some(22));
        assert_eq!(equinox_day(1979, false), Some(24));
        assert_eq!(equinox_day(2100, true), None);
    }

    #[test]
    fn outside_range_has_only_bank_days() {
        for y in [i32::MIN / 1000, 1, 1954, 2100, 262_000] {
            assert!(holidays_in_year(y).iter().all(|h| h.kind == DayKind::Bank));
        }
        assert_eq!(national_holiday(d(1954, 1, 1)), None);
        assert_eq!(national_holiday(d(1955, 1, 1)), Some(NEW_YEAR));
    }

    #[test]
    fn extremes_do_not_panic() {
        let _ = next_bank_day(NaiveDate::MAX);
        let _ = next_bank_day(NaiveDate::MIN);
        let h = Hours {
            kind: HoursKind::BankDays,
            open: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            close: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default(),
        };
        let _ = line_status(&h, NaiveDateTime::MAX);
        let _ = line_status(&h, NaiveDateTime::MIN);
        let _ = last_open_on_or_before(&h, NaiveDate::MAX);
        let _ = last_open_on_or_before(&h, NaiveDate::MIN);
    }

    #[test]
    fn last_open_moment_before_a_last_day() {
        let h = Hours {
            kind: HoursKind::BankDays,
            open: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            close: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default(),
        };
        // (last day, its last open moment at 17:00): Sat 2026-12-19 (the example) and Sun
        // 12-20 → Fri 12-18; a weekday keeps its own day; Mon 11-23 (勤労感謝の日) → Fri 11-20;
        // Sun 2027-01-03 (year end) → Wed 2026-12-30.
        for (day, open) in [
            ((2026, 12, 19), (2026, 12, 18)),
            ((2026, 12, 20), (2026, 12, 18)),
            ((2026, 12, 21), (2026, 12, 21)),
            ((2026, 11, 23), (2026, 11, 20)),
            ((2027, 1, 3), (2026, 12, 30)),
        ] {
            assert_eq!(
                last_open_on_or_before(&h, d(day.0, day.1, day.2)),
                d(open.0, open.1, open.2).and_hms_opt(17, 0, 0),
                "{day:?}"
            );
        }
        let always = Hours {
            kind: HoursKind::Always,
            ..h
        };
        assert_eq!(last_open_on_or_before(&always, d(2026, 12, 19)), None);
    }

    // Mutation testing (scripts/mutants.sh): every list the calendar sorts starts with Jan 1 and
    // has no two equal dates, so the sort's contract is pinned here directly.

    #[test]
    fn sort_by_date_moves_the_earliest_to_the_front() {
        let mut v = [d(2026, 5, 5), d(2026, 5, 3), d(2026, 1, 1)];
        sort_by_date(&mut v, |x| *x);
        assert_eq!(v, [d(2026, 1, 1), d(2026, 5, 3), d(2026, 5, 5)]);
    }

    #[test]
    fn sort_by_date_is_stable() {
        let mut v = [
            (d(2026, 5, 4), 'a'),
            (d(2026, 5, 3), 'b'),
            (d(2026, 5, 4), 'c'),
            (d(2026, 5, 3), 'd'),
        ];
        sort_by_date(&mut v, |x| x.0);
        let order: String = v.iter().map(|x| x.1).collect();
        assert_eq!(order, "bdac");
    }
}
