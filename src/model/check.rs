//! How a typed entry reads, once (issue 22, point 3): the form's messages (`ui::field`), the
//! step's "can it move on" and the case file (`build.rs`) all read an entry here, so they can
//! never disagree about what a field holds. What it returns is typed; the UI words it.

use crate::engine::parse::{
    parse_amount_yen, parse_date, parse_date_toward, parse_days, parse_time, AmountError,
    DateError, Toward,
};
use chrono::{NaiveDate, NaiveTime};

/// What a field holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Amount,
    /// A day that has happened (a loss, a notice, a report): a date said without its year is
    /// this year's or last year's.
    Date,
    /// A day that lies ahead (a due date): a date said without its year is this year's or
    /// next year's.
    DueDate,
    Time,
    Days,
}

impl Kind {
    pub fn is_date(self) -> bool {
        matches!(self, Kind::Date | Kind::DueDate)
    }

    /// Which way from today a date said without its year lies.
    pub fn toward(self) -> Toward {
        if self == Kind::DueDate {
            Toward::Ahead
        } else {
            Toward::Past
        }
    }
}

/// A readable entry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Reading {
    Amount(u64),
    Date(NaiveDate),
    Time(NaiveTime),
    Days(u32),
}

/// Why an entry does not read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Problem {
    Amount(AmountError),
    Date(DateError),
    Time(DateError),
    Days,
}

/// Reads `raw` as `kind`: `Ok(None)` when empty. With `today` (Japan time), a date may be said
/// as people say it (「昨日」「12月20日」), read in the field's direction; without, only a full date
/// reads (what is stored and built into a case file once the field has been left).
pub fn read(kind: Kind, raw: &str, today: Option<NaiveDate>) -> Result<Option<Reading>, Problem> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match kind {
        Kind::Amount => parse_amount_yen(s)
            .map(Reading::Amount)
            .map_err(Problem::Amount),
        Kind::Date | Kind::DueDate => match today {
            Some(d) => parse_date_toward(s, d, kind.toward()),
            None => parse_date(s),
        }
        .map(Reading::Date)
        .map_err(Problem::Date),
        Kind::Time => parse_time(s).map(Reading::Time).map_err(Problem::Time),
        Kind::Days => parse_days(s).map(Reading::Days).ok_or(Problem::Days),
    }
    .map(Some)
}

/// Whether an entry would be refused: one that does not read, or an empty one that is required.
pub fn refused(kind: Kind, raw: &str, required: bool) -> bool {
    match read(kind, raw, None) {
        Ok(None) => required,
        Ok(Some(_)) => false,
        Err(_) => true,
    }
}

/// The full date typed, if it reads as one.
pub fn date_of(raw: &str) -> Option<NaiveDate> {
    match read(Kind::Date, raw, None) {
        Ok(Some(Reading::Date(d))) => Some(d),
        _ => None,
    }
}

/// The time typed, if it reads as one.
pub fn time_of(raw: &str) -> Option<NaiveTime> {
    match read(Kind::Time, raw, None) {
        Ok(Some(Reading::Time(t))) => Some(t),
        _ => None,
    }
}

/// The amount typed, if it reads as one.
pub fn yen_of(raw: &str) -> Option<u64> {
    match read(Kind::Amount, raw, None) {
        Ok(Some(Reading::Amount(n))) => Some(n),
        _ => None,
    }
}

/// An amount field as a case file counts it: empty is 0, an unreadable one is `None`.
pub fn yen_or_zero(raw: &str) -> Option<u64> {
    match read(Kind::Amount, raw, None) {
        Ok(None) => Some(0),
        Ok(Some(Reading::Amount(n))) => Some(n),
        _ => None,
    }
}

/// A day count as a case file counts it: empty or unreadable is 0 (the field says which).
pub fn days_or_zero(raw: &str) -> u32 {
    match read(Kind::Days, raw, None) {
        Ok(Some(Reading::Days(n))) => n,
        _ => 0,
    }
}

/// A date after today (Japan time): a loss cannot lie ahead.
pub fn date_after(raw: &str, today: NaiveDate) -> bool {
    date_of(raw).is_some_and(|d| d > today)
}

/// More returned than the transaction's amount.
pub fn recovered_above(amount: &str, recovered: &str) -> bool {
    matches!((yen_of(amount), yen_of(recovered)), (Some(a), Some(r)) if r > a)
}

/// An amount to confirm before it counts: 0, or `limits::CONFIRM_YEN_FROM` and up.
pub fn needs_confirm(raw: &str) -> bool {
    yen_of(raw).is_some_and(|n| n == 0 || n >= crate::engine::limits::CONFIRM_YEN_FROM)
}

/// A due date that a calendar leaves out, and why: it does not read as a date, or it is past.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LeftOut {
    Unreadable(String),
    Past(NaiveDate),
}

/// Where a due date typed as `raw` goes in a calendar made on `today`: `Ok(Some(date))`,
/// `Ok(None)` when nothing was typed, else why it is left out (said, never silently dropped).
pub fn due_for_calendar(raw: &str, today: NaiveDate) -> Result<Option<NaiveDate>, LeftOut> {
    match read(Kind::DueDate, raw, Some(today)) {
        Ok(None) => Ok(None),
        Ok(Some(Reading::Date(d))) if d >= today => Ok(Some(d)),
        Ok(Some(Reading::Date(d))) => Err(LeftOut::Past(d)),
        _ => Err(LeftOut::Unreadable(raw.trim().to_owned())),
    }
}
