//! Advice-only scenarios (no verdict, no amount: the source gives no rule the engine could apply),
//! the emergency panel and the steps shown on every banking result: the types and the look-ups.
//!
//! Every item names its source. Where a seed states something that cannot be verified it is left
//! out and recorded in [`LEFT_OUT`]; `src/engine/ADVICE.md` lists the sources per scenario.
//! No phone number appears except 110, #9110 and 188 (checked by the tests, `advice_tests.rs`).
//! The data itself (sources, contacts, the panel, the scenarios, what is left out) is in
//! `advice_data.rs`; its public statics are re-exported here, so their paths are unchanged.

use super::Text;

#[path = "advice_data.rs"]
mod data;

use data::PACKS;
pub use data::{ALWAYS_STEPS, EMERGENCY, LEFT_OUT, POLICE_CONTACTS};

/// Where an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    /// A seed number ("000"–"004"), a statute's short name or the issuing body.
    pub doc: &'static str,
    /// The part of it, numbered the way the document numbers it, or a short quote where it does not.
    pub clause: &'static str,
    pub title: Text,
    /// YYYY-MM-DD: the document's own date where it has one (002, 004, an announcement); otherwise
    /// the date this text was last checked against it.
    pub as_of: &'static str,
}

/// One step or note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct AdviceItem {
    /// Unique across every list in this module (the UI keys checklist ticks on it).
    pub id: &'static str,
    pub text: Text,
    pub detail: Option<Text>,
    pub source: Source,
}

/// Someone to call. `phone` is only ever a number the source itself gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Contact {
    pub id: &'static str,
    pub name: Text,
    pub phone: Option<&'static str>,
    pub hours: Text,
    pub note: Option<Text>,
    pub source: Source,
}

/// A scenario the app advises on without assessing coverage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct AdvicePack {
    pub id: &'static str,
    pub title: Text,
    pub summary: Text,
    /// The date this pack was last checked against its sources.
    pub as_of: &'static str,
    pub version: &'static str,
    /// In the order to do them.
    pub steps: &'static [AdviceItem],
    pub contacts: &'static [Contact],
    pub notes: &'static [AdviceItem],
}

/// What to do in the first hour; also rendered as plain HTML in the static shell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct EmergencyPanel {
    pub title: Text,
    pub intro: Text,
    pub steps: &'static [AdviceItem],
    pub contacts: &'static [Contact],
    /// "This is guidance; the bank decides."
    pub note: Text,
}

/// Something a seed says that this module deliberately does not repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LeftOut {
    pub doc: &'static str,
    pub what: &'static str,
    pub reason: &'static str,
}

pub fn advice_packs() -> &'static [AdvicePack] {
    PACKS
}

pub fn advice(id: &str) -> Option<&'static AdvicePack> {
    PACKS.iter().find(|p| p.id == id)
}

#[cfg(test)]
#[path = "advice_tests.rs"]
mod tests;
