//! Advice-only scenarios (no verdict, no amount: the source gives no rule the engine could apply),
//! the emergency panel and the steps shown on every banking result: the types and the look-ups.
//!
//! Every item names its source. Where a seed states something that cannot be verified it is left
//! out and recorded in [`LEFT_OUT`]; `src/engine/ADVICE.md` lists the sources per scenario.
//! No phone number appears unless it is on the allow-list of verified official numbers
//! (`engine::phones`, checked by `advice_tests.rs` and `tests/phone_numbers.rs`).
//! The data itself (sources, contacts, the panel, the scenarios, what is left out) is in
//! `advice_data.rs`; its public statics are re-exported here, so their paths are unchanged.

use super::pack::{Pack, Product, CIVIL_CODE_142};
use super::Text;
use chrono::NaiveDate;

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
    /// The documents about this scenario: every item must cite one of them (checked by a test).
    pub docs: &'static [&'static str],
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

/// The banking case a scheme is for: what its result advises under 「必ず」 depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BankingCase {
    InternetBanking,
    StolenCard,
    CounterfeitCard,
}

impl BankingCase {
    pub fn of(p: &Pack) -> BankingCase {
        match (p.product, p.id) {
            (Product::InternetBanking, _) => BankingCase::InternetBanking,
            (Product::CashCard, "statutory/counterfeit-card") => BankingCase::CounterfeitCard,
            (Product::CashCard, _) => BankingCase::StolenCard,
        }
    }
}

/// The steps shown under 「必ず」 on a banking result (the pack's own steps come first, under
/// 「次にすること」).
pub fn always_steps(p: &Pack) -> &'static [AdviceItem] {
    match BankingCase::of(p) {
        BankingCase::InternetBanking => ALWAYS_STEPS,
        BankingCase::StolenCard => data::ALWAYS_STOLEN,
        BankingCase::CounterfeitCard => data::ALWAYS_COUNTERFEIT,
    }
}

/// The documents about a banking case besides its pack's own sources: the public lines, and for
/// internet banking the furikome act (the result offers its relief) and the government's page on
/// whom to ask for a freeze (issue 26).
pub fn case_docs(p: &Pack) -> &'static [&'static str] {
    match BankingCase::of(p) {
        BankingCase::InternetBanking => &[
            "警察庁",
            "消費者庁",
            "振り込め詐欺救済法",
            "政府広報オンライン",
        ],
        BankingCase::StolenCard | BankingCase::CounterfeitCard => &["警察庁", "消費者庁"],
    }
}

/// One line of a result's 出典 list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultSource {
    pub doc: &'static str,
    pub title: Text,
    pub as_of: Option<NaiveDate>,
}

/// A banking result's 出典: the pack's sources, 民法 where the result shows a deadline that may be
/// extended (142), then
/// every other document its 必ず steps cite.
pub fn result_sources(p: &Pack, extension_shown: bool) -> Vec<ResultSource> {
    let mut out: Vec<ResultSource> = p
        .sources
        .iter()
        .map(|s| ResultSource {
            doc: s.id,
            title: s.title,
            as_of: s.as_of,
        })
        .collect();
    // 民法142, cited beside a deadline that may be extended (`Assessment::extension`).
    if extension_shown && !out.iter().any(|o| o.doc == CIVIL_CODE_142.cite.doc()) {
        out.push(ResultSource {
            doc: CIVIL_CODE_142.cite.doc(),
            title: crate::text!(
                "民法（明治29年法律第89号）",
                "Civil Code (Act No. 89 of 1896)"
            ),
            as_of: None,
        });
    }
    for s in always_steps(p) {
        let src = s.source;
        if !out.iter().any(|o| o.doc == src.doc) {
            out.push(ResultSource {
                doc: src.doc,
                title: src.title,
                as_of: ymd(src.as_of),
            });
        }
    }
    out
}

/// "YYYY-MM-DD" (the advice sources' dates); `None` if malformed. By hand: chrono's parser costs
/// the wasm several KB.
fn ymd(s: &str) -> Option<NaiveDate> {
    let mut it = s.split('-').map(|x| x.parse::<u32>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// An advice page's 出典: every document its steps, notes and contacts cite, in that order.
pub fn page_sources(p: &AdvicePack) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    let all = p
        .steps
        .iter()
        .chain(p.notes.iter())
        .map(|i| i.source)
        .chain(p.contacts.iter().map(|c| c.source));
    for s in all {
        if !out.iter().any(|o| o.doc == s.doc && o.title == s.title) {
            out.push(s);
        }
    }
    out
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
