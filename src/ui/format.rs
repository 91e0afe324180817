//! Dates, times and yen over the UI's texts, whose formatters are the document's own
//! (`document/text.rs`, `document/format.rs`): a date reads the same on every screen and printout.

use super::i18n::Texts;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

pub fn date(t: &Texts, d: NaiveDate) -> String {
    (t.date)(
        d.year(),
        d.month(),
        d.day(),
        d.weekday().num_days_from_monday() as usize,
    )
}

pub fn time(t: &Texts, x: NaiveTime) -> String {
    (t.time)(x.hour(), x.minute())
}

pub fn date_time(t: &Texts, x: NaiveDateTime) -> String {
    format!("{} {}", date(t, x.date()), time(t, x.time()))
}

pub fn yen(t: &Texts, n: u64) -> String {
    (t.yen)(n)
}

/// How pressing a deadline is: the document's (`document::format::Urgency`).
pub use crate::document::format::Urgency;
