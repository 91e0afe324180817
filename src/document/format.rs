//! Dates, times and yen as people read them in each language, and how pressing a deadline is.
//! Japanese dates are formatted by hand: chrono's locales would add ~40 KB to the wasm (see
//! TOOLCHAIN.md). `ui/format.rs` is the same functions over the UI's tables.

use super::text::DocTexts;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

pub fn date(t: &DocTexts, d: NaiveDate) -> String {
    (t.date)(
        d.year(),
        d.month(),
        d.day(),
        d.weekday().num_days_from_monday() as usize,
    )
}

pub fn time(t: &DocTexts, x: NaiveTime) -> String {
    (t.time)(x.hour(), x.minute())
}

pub fn date_time(t: &DocTexts, x: NaiveDateTime) -> String {
    format!("{} {}", date(t, x.date()), time(t, x.time()))
}

pub fn yen(t: &DocTexts, n: u64) -> String {
    (t.yen)(n)
}

/// How pressing a deadline is, as text (never colour alone) and as a CSS class suffix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Urgency {
    Past,
    Today,
    Urgent,
    Soon,
    Ok,
}

impl Urgency {
    pub fn of(days_left: i64) -> Self {
        match days_left {
            n if n < 0 => Urgency::Past,
            0 => Urgency::Today,
            1..=3 => Urgency::Urgent,
            4..=10 => Urgency::Soon,
            _ => Urgency::Ok,
        }
    }

    pub fn label(self, t: &DocTexts) -> &'static str {
        match self {
            Urgency::Past => t.urgency_past,
            Urgency::Today => t.urgency_today,
            Urgency::Urgent => t.urgency_urgent,
            Urgency::Soon => t.urgency_soon,
            Urgency::Ok => t.urgency_ok,
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Urgency::Past => "hn-badge hn-urg-past",
            Urgency::Today => "hn-badge hn-urg-today",
            Urgency::Urgent => "hn-badge hn-urg-urgent",
            Urgency::Soon => "hn-badge hn-urg-soon",
            Urgency::Ok => "hn-badge hn-urg-ok",
        }
    }
}
