//! Hacked brokerage accounts (issue 25): the 2025-05-02 agreement of ten firms and each firm's
//! published policy, as dated data (`brokerage/brokerage.json`, checked by `build/brokerage.rs`),
//! and a victim's case as typed; the estimate a policy gives for it is `brokerage/estimate.rs`
//! (re-exported here). The sources, what each says and how sure it is (official or reported) are
//! listed in `brokerage/README.md`.

use super::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How sure a line is: the firm's or the association's own page, or a press report only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    Official,
    Reported,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BSource {
    pub id: &'static str,
    pub basis: Basis,
    /// As the source dates itself: YYYY-MM-DD, or YYYY-MM.
    pub date: &'static str,
    pub updated: Option<&'static str>,
    pub title: Text,
    /// Where it was read.
    pub at: &'static str,
}

/// A source id of the data and the part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BCite {
    pub source: &'static str,
    pub clause: &'static str,
}

impl BCite {
    pub fn source(&self) -> Option<&'static BSource> {
        DATA.sources.iter().find(|s| s.id == self.source)
    }

    /// A citation whose source is unknown reads as reported (the build refuses one anyway).
    pub fn basis(&self) -> Basis {
        self.source().map_or(Basis::Reported, |s| s.basis)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyKind {
    /// A share of the loss in money (the online firms).
    Half,
    /// The account put back as it was (the firms with branches).
    Restore,
    /// No fixed share: decided case by case.
    CaseByCase,
    /// The loss counted is published, the share is not.
    BasisOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub id: &'static str,
    pub kind: PolicyKind,
    pub rate_percent: Option<u8>,
    pub counts_own_sold: bool,
    /// `None`: the sources do not say.
    pub fees_refunded: Option<bool>,
    /// `None`: the sources do not say.
    pub solatium_yen: Option<u64>,
    pub cite: BCite,
    pub text: Text,
}

/// A firm's policy for incidents from `from` to `until` (inclusive, Japan dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    pub policy: &'static str,
    pub cite: BCite,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Firm {
    pub id: &'static str,
    pub name: Text,
    pub in_agreement: bool,
    /// The restoration is reported to end on a date the sources do not give.
    pub cutoff_open: bool,
    pub periods: &'static [Period],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cited {
    pub cite: BCite,
    pub text: Text,
}

#[derive(Debug)]
pub struct Data {
    pub version: &'static str,
    pub agreement_from: NaiveDate,
    pub agreement: Cited,
    pub restore_cutoff: Cited,
    pub sources: &'static [BSource],
    pub policies: &'static [Policy],
    pub firms: &'static [Firm],
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(x) => x,
        None => panic!("invalid date in the brokerage data"),
    }
}

include!(concat!(env!("OUT_DIR"), "/brokerage_generated.rs"));

pub fn data() -> &'static Data {
    &DATA
}

pub fn firm(id: &str) -> Option<&'static Firm> {
    DATA.firms.iter().find(|f| f.id == id)
}

pub fn policy(id: &str) -> Option<&'static Policy> {
    DATA.policies.iter().find(|p| p.id == id)
}

/// The firm choice "my firm is not listed".
pub const OTHER: &str = "other";

// ---- The case ---------------------------------------------------------------------------------

/// How the ID and password were taken, as the victim believes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HowTaken {
    Phishing,
    Malware,
    Reused,
    Told,
    Unknown,
}

impl HowTaken {
    pub const ALL: [HowTaken; 5] = [
        HowTaken::Phishing,
        HowTaken::Malware,
        HowTaken::Reused,
        HowTaken::Told,
        HowTaken::Unknown,
    ];
}

/// Whether multi-factor authentication was on for the login.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mfa {
    On,
    Off,
    Unknown,
}

impl Mfa {
    pub const ALL: [Mfa; 3] = [Mfa::On, Mfa::Off, Mfa::Unknown];
}

/// One security bought in the unauthorized trades: what was paid, and what it was sold for (or
/// is worth now), as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BoughtRow {
    pub paid: String,
    pub value: String,
}

/// A brokerage case as typed (the draft's `brokerage`; every field may be missing on disk).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BrokerageCase {
    /// A firm id of the data, [`OTHER`], or empty (not chosen).
    pub firm: String,
    /// The day of the (first) unauthorized trade, Japan time, as typed.
    pub date: String,
    pub sold_own: bool,
    pub bought: bool,
    pub withdrawn: bool,
    pub bought_rows: Vec<BoughtRow>,
    /// The fees of the unauthorized trades, as typed (empty: none known).
    pub fees: String,
    pub how_taken: Option<HowTaken>,
    pub mfa: Option<Mfa>,
}

// ---- The estimate: `brokerage/estimate.rs` ----------------------------------------------------

mod estimate;
pub use estimate::{estimate, period_on, share_of, Estimate, Line, Money, Placement};

#[cfg(test)]
#[path = "brokerage_tests.rs"]
mod tests;
