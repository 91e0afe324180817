//! Whom to call first, once the bank (scheme) is known: the pack's line with a number, whether it
//! is open now in Japan time (from the pack's `contacts[].hours` and the holiday calendar), the
//! pack's other channels for when it is closed, and where to find a number the pack does not give.
//! Pure: "now" is an input. The hours are the pack's data; nothing here adds a line or an hour.

use super::calendar::{line_status, LineStatus};
use super::pack::{Contact, Pack};

/// Where to look for the bank's number when the pack gives none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindNumber {
    /// The source names lines (branch, desks) without a number: the bank's own channels.
    NamedWithoutNumber,
    /// The scheme is not one bank's (a statute, the JBA default): the user's bank.
    AskYourBank,
    /// A stolen card: the number printed on it is gone with it; the issuer's website, the
    /// passbook or a statement have it.
    AskIssuerNotCard,
}

/// What the contact box shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactPlan {
    /// The pack's first line with a number.
    pub line: Option<&'static Contact>,
    /// That line's state at `now` (`Unknown` without a line or stated hours).
    pub status: LineStatus,
    /// The pack's other lines, in its order (channels to try while the line is closed).
    pub others: Vec<&'static Contact>,
    /// Set when the pack gives no number, or the card the number is printed on was stolen.
    pub find: Option<FindNumber>,
}

impl ContactPlan {
    /// True when the line has stated hours and is closed at the moment planned for.
    pub fn closed(&self) -> bool {
        matches!(self.status, LineStatus::Closed { .. })
    }
}

/// The plan for `pack` at `now_jst` (Japan wall-clock time). `stolen_card`: the case is a stolen
/// cash card, so the user is never sent to the card for the number.
pub fn contact_plan(
    pack: &'static Pack,
    stolen_card: bool,
    now_jst: chrono::NaiveDateTime,
) -> ContactPlan {
    let line = pack.contacts.iter().find(|c| c.phone.is_some());
    let others = pack
        .contacts
        .iter()
        .filter(|c| line.is_none_or(|l| l.id != c.id))
        .collect();
    let status = line.map_or(LineStatus::Unknown, |l| {
        line_status(&l.hours.hours(), now_jst)
    });
    let find = match (line, stolen_card) {
        (_, true) => Some(FindNumber::AskIssuerNotCard),
        (Some(_), false) => None,
        (None, false) if pack.contacts.is_empty() => Some(FindNumber::AskYourBank),
        (None, false) => Some(FindNumber::NamedWithoutNumber),
    };
    ContactPlan {
        line,
        status,
        others,
        find,
    }
}

#[cfg(test)]
#[path = "hours_tests.rs"]
mod tests;
