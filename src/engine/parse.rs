//! Parsers for amounts, dates and times as people type them in Japan: full-width digits,
//! 円 / ¥ / 万, 年月日, 和暦, 午前 / 午後. They never panic; every failure is an error value
//! with a message in both languages, and the caller keeps the text as typed.
//!
//! Here the shared `normalize_width`, the dates (with relative phrases and 和暦) and their error
//! type; amounts in `parse/amount.rs`, times of day in `parse/time.rs` (which uses the dates'
//! scanning helpers and `DateError`), all re-exported here. Tests for all three in `parse_tests.rs`.

use super::Lang;
use chrono::{Datelike, NaiveDate, Weekday};

mod amount;
mod time;
pub use amount::{parse_amount_yen, AmountError, MAX_AMOUNT_YEN};
pub use time::parse_time;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    Empty,
    Invalid,
    /// Well formed but no such day or time (2026-02-30, 平成31年5月1日, 25:00), or a weekday
    /// written beside the date that does not match it.
    Impossible,
    /// A real date outside the years a case may hold (`limits::MIN_YEAR`..=`MAX_YEAR`).
    OutOfRange,
}

impl DateError {
    /// The message for a date field.
    pub fn message(&self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Empty, Lang::Ja) => "日付を入力してください。",
            (Self::Empty, Lang::En) => "Please enter a date.",
            (Self::Invalid, Lang::Ja) => {
                "日付として読み取れませんでした。例：2026-11-23、2026/11/23、2026年11月23日、令和8年11月23日"
            }
            (Self::Invalid, Lang::En) => {
                "We couldn't read this as a date. For example: 2026-11-23, 2026/11/23 or 2026年11月23日."
            }
            (Self::Impossible, Lang::Ja) => {
                "この日付はありません。年・月・日（曜日を書いた場合は曜日も）をご確認ください。"
            }
            (Self::Impossible, Lang::En) => {
                "This date doesn't exist. Please check the year, month and day (and the weekday, if you wrote one)."
            }
            (Self::OutOfRange, Lang::Ja) => {
                "1900年〜2200年の日付を入力してください。年をご確認ください。"
            }
            (Self::OutOfRange, Lang::En) => {
                "Please enter a date from 1900 to 2200. Please check the year."
            }
        }
    }

    /// The message for a time field (`parse_time` returns the same error type).
    pub fn time_message(&self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Empty, Lang::Ja) => "時刻を入力してください。",
            (Self::Empty, Lang::En) => "Please enter a time.",
            (Self::Invalid, Lang::Ja) => {
                "時刻として読み取れませんでした。例：9:30、09:30、9時30分、午後3時"
            }
            (Self::Invalid, Lang::En) => {
                "We couldn't read this as a time. For example: 9:30, 09:30, 15:00 or 3 pm."
            }
            (Self::Impossible | Self::OutOfRange, Lang::Ja) => {
                "この時刻はありません。0:00〜23:59 の範囲でご確認ください。"
            }
            (Self::Impossible | Self::OutOfRange, Lang::En) => {
                "This time doesn't exist. Please use a time from 0:00 to 23:59."
            }
        }
    }
}

/// Full-width ASCII (U+FF01–U+FF5E) → half-width; ideographic space (U+3000) → space.
/// Everything else is kept as it is.
pub fn normalize_width(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Dates and times

/// A run of ASCII digits at `chars[i..]`: (value, digit count, next index). Values saturate.
fn number_at(chars: &[char], mut i: usize) -> Option<(u32, usize, usize)> {
    let start = i;
    let mut v: u32 = 0;
    while let Some(d) = chars
        .get(i)
        .filter(|c| c.is_ascii_digit())
        .and_then(|c| c.to_digit(10))
    {
        v = v.saturating_mul(10).saturating_add(d);
        i += 1;
    }
    (i > start).then_some((v, i - start, i))
}

fn skip_ws(chars: &[char], mut i: usize) -> usize {
    while chars.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    i
}

fn starts_with_at(chars: &[char], i: usize, word: &str) -> bool {
    (i..)
        .zip(word.chars())
        .all(|(k, w)| chars.get(k) == Some(&w))
}

/// A Japanese era: the Gregorian year of its year 1 minus one, and its first and last days.
struct Era {
    offset: i32,
    first: (i32, u32, u32),
    last: Option<(i32, u32, u32)>,
}

const REIWA: Era = Era {
    offset: 2018,
    first: (2019, 5, 1),
    last: None,
};
const HEISEI: Era = Era {
    offset: 1988,
    first: (1989, 1, 8),
    last: Some((2019, 4, 30)),
};
const SHOWA: Era = Era {
    offset: 1925,
    first: (1926, 12, 25),
    last: Some((1989, 1, 7)),
};

/// An era name at the start (`令和`, `平成`, `昭和`, or `R` / `H` / `S`): the era and the index after it.
fn era_prefix(chars: &[char]) -> Option<(&'static Era, usize)> {
    for (word, era) in [("令和", &REIWA), ("平成", &HEISEI), ("昭和", &SHOWA)] {
        if starts_with_at(chars, 0, word) {
            return Some((era, word.chars().count()));
        }
    }
    match chars.first() {
        Some('R' | 'r') => Some((&REIWA, 1)),
        Some('H' | 'h') => Some((&HEISEI, 1)),
        Some('S' | 's') => Some((&SHOWA, 1)),
        _ => None,
    }
}

/// A weekday written after a date: `(月)`, `（火曜日）`, `(Wed)`, `(Thursday)`.
fn weekday_word(s: &str) -> Option<Weekday> {
    let s = s.trim();
    let s = s
        .strip_suffix("曜日")
        .or_else(|| s.strip_suffix('曜'))
        .unwrap_or(s);
    let ja = match s {
        "月" => Some(Weekday::Mon),
        "火" => Some(Weekday::Tue),
        "水" => Some(Weekday::Wed),
        "木" => Some(Weekday::Thu),
        "金" => Some(Weekday::Fri),
        "土" => Some(Weekday::Sat),
        "日" => Some(Weekday::Sun),
        _ => None,
    };
    ja.or_else(|| {
        // English: three-letter abbreviation or full name, any case, optional final dot.
        let lower = s.trim_end_matches('.').to_ascii_lowercase();
        let names = [
            ("monday", Weekday::Mon),
            ("tuesday", Weekday::Tue),
            ("wednesday", Weekday::Wed),
            ("thursday", Weekday::Thu),
            ("friday", Weekday::Fri),
            ("saturday", Weekday::Sat),
            ("sunday", Weekday::Sun),
        ];
        names
            .iter()
            .find(|(full, _)| lower == *full || full.get(..3) == Some(lower.as_str()))
            .map(|(_, d)| *d)
    })
}

/// Parses a date: `2026-11-23`, `2026/11/23`, `2026.11.23`, `2026年11月23日`, `20261123`,
/// `令和8年11月23日`, `R8.11.23`, `平成元年1月8日`; full-width forms; surrounding spaces; a weekday
/// after it (`2026/11/23(月)`) is checked against the date. Month and day take one or two digits.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let norm = normalize_width(input);
    let mut s: &str = norm.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let mut weekday = None;
    if let Some(inner) = s.strip_suffix(')') {
        let open = inner.rfind('(').ok_or(DateError::Invalid)?;
        let word = inner.get(open + 1..).ok_or(DateError::Invalid)?;
        weekday = Some(weekday_word(word).ok_or(DateError::Invalid)?);
        s = inner.get(..open).ok_or(DateError::Invalid)?.trim_end();
    }
    let chars: Vec<char> = s.chars().collect();
    let (y, m, d, era) = split_date(&chars).ok_or(DateError::Invalid)?;
    let date = match era {
        None => NaiveDate::from_ymd_opt(i32::try_from(y).map_err(|_| DateError::Invalid)?, m, d),
        Some(era) => {
            let year = i32::try_from(y)
                .ok()
                .and_then(|y| y.checked_add(era.offset));
            let date = year.and_then(|year| NaiveDate::from_ymd_opt(year, m, d));
            let first = NaiveDate::from_ymd_opt(era.first.0, era.first.1, era.first.2);
            let last = era
                .last
                .and_then(|(a, b, c)| NaiveDate::from_ymd_opt(a, b, c));
            date.filter(|dt| {
                y >= 1 && first.is_some_and(|f| *dt >= f) && last.is_none_or(|l| *dt <= l)
            })
        }
    }
    .ok_or(DateError::Impossible)?;
    match weekday {
        Some(w) if w != date.weekday() => Err(DateError::Impossible),
        _ if !super::limits::year_ok(date) => Err(DateError::OutOfRange),
        _ => Ok(date),
    }
}

/// `parse_date`, then the dates people say relative to `today` (Japan time; the caller passes it,
/// never the device's own day): 「今日」「昨日」「おととい」「一昨日」「3日前」「2週間前」, 「11月24日」
/// (this year, or last year when that would be after `today`), 「先週の金曜」「先週金曜日」; "today",
/// "yesterday", "the day before yesterday", "3 days ago", "2 weeks ago", "Nov 24", "24 November",
/// "last Friday". A phrase's date is never after `today`. Full-width digits are read as in
/// `parse_date`; a weekday written after 「11月24日」 is checked as there.
pub fn parse_date_on(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let first = parse_date(input);
    if !matches!(first, Err(DateError::Invalid)) {
        return first;
    }
    let norm = normalize_width(input);
    let s = norm.trim();
    let lower = s.to_ascii_lowercase();
    let date = match relative_phrase(s, &lower, today) {
        Some(r) => r?,
        None => return Err(DateError::Invalid),
    };
    if date > today {
        // Unreachable by construction; kept so no phrase can ever read as a future day.
        return Err(DateError::Impossible);
    }
    if super::limits::year_ok(date) {
        Ok(date)
    } else {
        Err(DateError::OutOfRange)
    }
}

/// Which way from today a date said without its year lies: a loss or a report lies behind (the
/// default of [`parse_date_on`]), a due date ahead.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Toward {
    Past,
    Ahead,
}

/// [`parse_date_on`] for a date that lies `toward` today's one side: ahead, 「12月20日」 is this
/// year's day, or next year's when this year's is already past (a due date typed in December for
/// January). A full date is read as written; the other phrases (「昨日」) as in `parse_date_on`.
pub fn parse_date_toward(
    input: &str,
    today: NaiveDate,
    toward: Toward,
) -> Result<NaiveDate, DateError> {
    if toward == Toward::Past {
        return parse_date_on(input, today);
    }
    let first = parse_date(input);
    if !matches!(first, Err(DateError::Invalid)) {
        return first;
    }
    let norm = normalize_width(input);
    let s = norm.trim();
    let lower = s.to_ascii_lowercase();
    // Read as said a year from now, that reading is the latest this year's or next year's day
    // not after then: the one ahead of today unless this year's is.
    let Some(later) = today
        .with_year(today.year().saturating_add(1))
        .or_else(|| today.succ_opt())
    else {
        return Err(DateError::OutOfRange);
    };
    match month_day(s, &lower, later) {
        Some(Ok(d)) => {
            let this = d.with_year(today.year()).filter(|x| *x >= today);
            let d = this.unwrap_or(d);
            if super::limits::year_ok(d) {
                Ok(d)
            } else {
                Err(DateError::OutOfRange)
            }
        }
        Some(Err(e)) => Err(e),
        None => parse_date_on(input, today),
    }
}

/// `Some(Ok(date))` for a phrase, `Some(Err)` for a phrase with no such day, `None` for text that
/// is no phrase. `lower` is `s` in ASCII lower case.
fn relative_phrase(s: &str, lower: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    let back = |days: i64| {
        Some(
            chrono::Duration::try_days(days)
                .and_then(|d| today.checked_sub_signed(d))
                .ok_or(DateError::OutOfRange),
        )
    };
    match s {
        "今日" | "きょう" | "本日" => return back(0),
        "昨日" | "きのう" | "さくじつ" => return back(1),
        "おととい" | "一昨日" | "おとつい" => return back(2),
        _ => {}
    }
    let compact: String = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    match compact.as_str() {
        "today" => return back(0),
        "yesterday" => return back(1),
        "the day before yesterday" | "day before yesterday" => return back(2),
        _ => {}
    }
    // 「3日前」「2週間前」, "3 days ago", "2 weeks ago".
    let chars: Vec<char> = compact.chars().collect();
    if let Some((n, _, next)) = number_at(&chars, 0) {
        let rest: String = chars.get(next..).unwrap_or_default().iter().collect();
        let rest = rest.trim();
        let per = match rest {
            "日前" | "day ago" | "days ago" => Some(1),
            "週間前" | "週前" | "week ago" | "weeks ago" => Some(7),
            _ => None,
        };
        if let Some(per) = per {
            return back(i64::from(n).saturating_mul(per));
        }
    }
    // 「先週の金曜」「先週金曜日」: 先週 is the Monday–Sunday week before the one holding today, so on a
    // Sunday 先週の金曜 is nine days back, not two.
    if let Some(rest) = s.strip_prefix("先週") {
        let rest = rest.trim_start();
        let rest = rest.strip_prefix('の').unwrap_or(rest);
        let wd = weekday_word(rest)?;
        let this_monday = i64::from(today.weekday().num_days_from_monday());
        return back(this_monday + 7 - i64::from(wd.num_days_from_monday()));
    }
    // "last Friday": the most recent Friday before today (English usage: said on a Sunday it is two
    // days back). The readback under the field shows which day was understood.
    if let Some(rest) = compact.strip_prefix("last ") {
        let wd = weekday_word(rest)?;
        let gap = (7 + i64::from(today.weekday().num_days_from_monday())
            - i64::from(wd.num_days_from_monday()))
            % 7;
        return back(if gap == 0 { 7 } else { gap });
    }
    month_day(s, lower, today)
}

/// 「11月24日」「11月24日(火)」, "Nov 24", "November 24th", "24 Nov": this year's day, or last year's
/// when this year's is after `today`.
fn month_day(s: &str, lower: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    let (body, weekday) = match s.strip_suffix(')') {
        Some(inner) => {
            let open = inner.rfind('(')?;
            let wd = weekday_word(inner.get(open + 1..)?)?;
            (inner.get(..open)?.trim_end(), Some(wd))
        }
        None => (s, None),
    };
    let (m, d) = ja_month_day(body).or_else(|| {
        let lb = lower.get(..body.len()).unwrap_or(lower);
        en_month_day(lb)
    })?;
    let this = NaiveDate::from_ymd_opt(today.year(), m, d);
    let date = match this {
        Some(x) if x <= today => Some(x),
        _ => today
            .year()
            .checked_sub(1)
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
    };
    Some(match (date, weekday) {
        (None, _) => Err(DateError::Impossible),
        (Some(x), Some(w)) if x.weekday() != w => Err(DateError::Impossible),
        (Some(x), _) => Ok(x),
    })
}

/// 「11月24日」 (日 optional): (month, day).
fn ja_month_day(s: &str) -> Option<(u32, u32)> {
    let chars: Vec<char> = s.chars().collect();
    let (m, mlen, next) = number_at(&chars, 0)?;
    let i = skip_ws(&chars, next);
    if chars.get(i) != Some(&'月') || mlen > 2 {
        return None;
    }
    let (d, dlen, next) = number_at(&chars, skip_ws(&chars, i + 1))?;
    let mut i = skip_ws(&chars, next);
    if chars.get(i) == Some(&'日') {
        i += 1;
    }
    (dlen <= 2 && skip_ws(&chars, i) == chars.len()).then_some((m, d))
}

/// "nov 24", "november 24th", "nov. 24", "24 nov", "24th of november" (lower case): (month, day).
fn en_month_day(s: &str) -> Option<(u32, u32)> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let month = |w: &str| {
        let w = w.trim_end_matches('.');
        (1u32..)
            .zip(MONTHS)
            .find(|(_, full)| {
                w == *full || (w.len() >= 3 && full.starts_with(w) && (w.len() == 3 || w == "sept"))
            })
            .map(|(m, _)| m)
    };
    let day = |w: &str| {
        let w = w.trim_end_matches(',');
        let w = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|x| w.strip_suffix(x))
            .unwrap_or(w);
        (!w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    let words: Vec<&str> = s.split_whitespace().filter(|w| *w != "of").collect();
    match words.as_slice() {
        [a, b] => month(a).zip(day(b)).or_else(|| month(b).zip(day(a))),
        _ => None,
    }
}

/// (year, month, day, era) from a date's characters; `None` when not a recognised form.
fn split_date(chars: &[char]) -> Option<(u32, u32, u32, Option<&'static Era>)> {
    let (era, mut i) = match era_prefix(chars) {
        Some((era, n)) => (Some(era), skip_ws(chars, n)),
        None => (None, 0),
    };
    // Year: four digits (Gregorian), one or two (era), or 元 (an era's first year).
    let y = if era.is_some() && chars.get(i) == Some(&'元') {
        i += 1;
        1
    } else {
        let (y, len, next) = number_at(chars, i)?;
        let ok = match era {
            Some(_) => (1..=2).contains(&len),
            None => len == 4 || len == 8,
        };
        if !ok {
            return None;
        }
        if era.is_none() && len == 8 {
            // YYYYMMDD
            return (next == chars.len()).then_some((y / 10_000, y / 100 % 100, y % 100, None));
        }
        i = next;
        y
    };
    i = skip_ws(chars, i);
    let sep = *chars.get(i)?;
    let (m, d, end) = if sep == '年' {
        let (m, mlen, next) = number_at(chars, skip_ws(chars, i + 1))?;
        let i = skip_ws(chars, next);
        if chars.get(i) != Some(&'月') {
            return None;
        }
        let (d, dlen, next) = number_at(chars, skip_ws(chars, i + 1))?;
        let mut i = skip_ws(chars, next);
        if chars.get(i) == Some(&'日') {
            i += 1;
        }
        if mlen > 2 || dlen > 2 {
            return None;
        }
        (m, d, i)
    } else if matches!(sep, '-' | '/' | '.') {
        let (m, mlen, next) = number_at(chars, i + 1)?;
        if chars.get(next) != Some(&sep) {
            return None;
        }
        let (d, dlen, next) = number_at(chars, next + 1)?;
        if mlen > 2 || dlen > 2 {
            return None;
        }
        (m, d, next)
    } else {
        return None;
    };
    (skip_ws(chars, end) == chars.len()).then_some((y, m, d, era))
}

/// A day count as typed (`5`, `５`, `5日`), at most `limits::MAX_UNAVOIDABLE_DAYS`.
pub fn parse_days(raw: &str) -> Option<u32> {
    let s = normalize_width(raw.trim());
    let s = s.trim_end_matches('日').trim();
    if s.is_empty() || s.len() > 6 || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse()
        .ok()
        .filter(|n| *n <= super::limits::MAX_UNAVOIDABLE_DAYS)
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
