//! The types of the one case model. Field names in Rust are the form's; the names on disk are
//! those of stored-draft format 1 (`#[serde(rename)]`), which are case file v1's.

use crate::engine::brokerage::BrokerageCase;
use crate::engine::case::Customer;
use crate::engine::pack;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};

/// The draft format this build writes (`stored.rs` reads every earlier one).
pub const DRAFT_VERSION: u32 = 1;

/// The scheme choice "my bank is not listed": the JBA default by customer type.
pub const NOT_LISTED: &str = "not-listed";
pub const JBA_INDIVIDUAL: &str = "jba/ib-individual";
pub const JBA_CORPORATE: &str = "jba/ib-corporate";
pub const FURIKOME: &str = "furikome-relief";

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scenario {
    InternetBanking,
    StolenCard,
    CounterfeitCard,
    CreditCard,
    Brokerage,
    DataLeak,
    InsiderData,
}

impl Scenario {
    pub const ALL: [Scenario; 7] = [
        Scenario::InternetBanking,
        Scenario::StolenCard,
        Scenario::CounterfeitCard,
        Scenario::CreditCard,
        Scenario::Brokerage,
        Scenario::DataLeak,
        Scenario::InsiderData,
    ];

    /// The stored name (the serde name).
    pub fn id(self) -> &'static str {
        match self {
            Scenario::InternetBanking => "internet_banking",
            Scenario::StolenCard => "stolen_card",
            Scenario::CounterfeitCard => "counterfeit_card",
            Scenario::CreditCard => "credit_card",
            Scenario::Brokerage => "brokerage",
            Scenario::DataLeak => "data_leak",
            Scenario::InsiderData => "insider_data",
        }
    }

    pub fn from_id(s: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|x| x.id() == s)
    }

    /// The advice pack of an advice-only scenario.
    pub fn advice_id(self) -> Option<&'static str> {
        match self {
            Scenario::CreditCard => Some("credit-debit-card"),
            Scenario::Brokerage => Some("brokerage-hacked"),
            Scenario::DataLeak => Some("data-leak"),
            Scenario::InsiderData => Some("insider-data-taken"),
            _ => None,
        }
    }

    /// The statute that applies whatever the bank (cards).
    pub fn fixed_scheme(self) -> Option<&'static str> {
        match self {
            Scenario::StolenCard => Some("statutory/stolen-card"),
            Scenario::CounterfeitCard => Some("statutory/counterfeit-card"),
            _ => None,
        }
    }

    /// The scenario a pack id belongs to (`?scheme=` deep links).
    pub fn for_scheme(id: &str) -> Option<Scenario> {
        if let Some(s) = Scenario::ALL.iter().find(|s| s.advice_id() == Some(id)) {
            return Some(*s);
        }
        if let Some(s) = Scenario::ALL.iter().find(|s| s.fixed_scheme() == Some(id)) {
            return Some(*s);
        }
        (id == NOT_LISTED || pack::pack(id).is_some()).then_some(Scenario::InternetBanking)
    }
}

/// A scenario from another build reads as none (the typed content is what matters); a value
/// that is not a string is still an error.
fn lenient_scenario<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Scenario>, D::Error> {
    Ok(Option::<String>::deserialize(d)?
        .as_deref()
        .and_then(Scenario::from_id))
}

/// Where the user is. Stored as the step's slug plus a question index (see [`DraftUi`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Step {
    #[default]
    Start,
    Scheme,
    Customer,
    Losses,
    Notice,
    /// The question at this index of the pack (a phone shows one; a desktop its whole group).
    Questions(u16),
    Result,
    Advice,
    /// The facts memo for the bank, from the result (issue 15).
    Report,
    /// The sheet for the police, from the result (issue 15).
    Police,
    /// What happened after the verdict (issue 15).
    FollowUp,
    /// The brokerage questions (issue 25).
    Brokerage,
    /// The brokerage estimate (issue 25).
    BrokerageResult,
    /// The report for the firm, from the brokerage estimate (issue 25).
    BrokerageReport,
    /// The sheet for the police, from the brokerage estimate (issue 25).
    BrokeragePolice,
}

impl Step {
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Scheme => "scheme",
            Step::Customer => "customer",
            Step::Losses => "losses",
            Step::Notice => "notice",
            Step::Questions(_) => "questions",
            Step::Result => "result",
            Step::Advice => "advice",
            Step::Report => "report",
            Step::Police => "police",
            Step::FollowUp => "followup",
            Step::Brokerage => "brokerage",
            Step::BrokerageResult => "brokerage-result",
            Step::BrokerageReport => "brokerage-report",
            Step::BrokeragePolice => "brokerage-police",
        }
    }

    pub fn from_slug(slug: &str, q: u16) -> Option<Step> {
        Some(match slug {
            "start" => Step::Start,
            "scheme" => Step::Scheme,
            "customer" => Step::Customer,
            "losses" => Step::Losses,
            "notice" => Step::Notice,
            "questions" => Step::Questions(q),
            "result" => Step::Result,
            "advice" => Step::Advice,
            "report" => Step::Report,
            "police" => Step::Police,
            "followup" => Step::FollowUp,
            "brokerage" => Step::Brokerage,
            "brokerage-result" => Step::BrokerageResult,
            "brokerage-report" => Step::BrokerageReport,
            "brokerage-police" => Step::BrokeragePolice,
            _ => return None,
        })
    }
}

/// An answer to a pack question. Stored as case file v1 stores it: `true`, `false`, and `null`
/// for an explicit "I don't know"; `"none"` for "I have none / don't use one", where the
/// question offers it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Answer {
    Yes,
    No,
    Unknown,
    /// "I have none / don't use one": counts as the question's harmless answer.
    NoneOf,
}

impl Answer {
    /// `NoneOf` reads as `None` here: only the question knows what it counts as
    /// ([`Answer::for_question`]).
    pub fn as_bool(self) -> Option<bool> {
        match self {
            Answer::Yes => Some(true),
            Answer::No => Some(false),
            Answer::Unknown | Answer::NoneOf => None,
        }
    }

    /// What the answer means for `q`: "I have none" is the harmless answer the pack names.
    pub fn for_question(self, q: &crate::engine::pack::Question) -> Option<bool> {
        match self {
            Answer::NoneOf => q.none.map(|n| n.counts_as),
            a => a.as_bool(),
        }
    }

    pub fn from_bool(b: Option<bool>) -> Answer {
        match b {
            Some(true) => Answer::Yes,
            Some(false) => Answer::No,
            None => Answer::Unknown,
        }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::NoneOf => s.serialize_str(NONE_ANSWER),
            a => a.as_bool().serialize(s),
        }
    }
}

/// How "I have none / don't use one" is stored.
const NONE_ANSWER: &str = "none";

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum OnDisk {
            Bool(Option<bool>),
            Text(String),
        }
        match OnDisk::deserialize(d)? {
            OnDisk::Bool(b) => Ok(Answer::from_bool(b)),
            OnDisk::Text(t) if t == NONE_ANSWER => Ok(Answer::NoneOf),
            OnDisk::Text(t) => Err(serde::de::Error::custom(format!(
                "answer \"{t}\": expected true, false, null or \"{NONE_ANSWER}\""
            ))),
        }
    }
}

/// One loss as typed.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LossDraft {
    pub date: String,
    pub time: String,
    #[serde(rename = "amount_yen")]
    pub amount: String,
    #[serde(rename = "recovered_yen")]
    pub recovered: String,
}

/// The case as typed: case file v1's fields as raw strings, plus the two choices that precede
/// a case file (the scenario, and whether the bank has been told at all).
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize, Default)]
// In the app, a store: one reactive path per field (`ui::state::AppState::case`).
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
#[serde(default)]
pub struct DraftCase {
    #[serde(deserialize_with = "lenient_scenario")]
    pub scenario: Option<Scenario>,
    /// A pack id, or [`NOT_LISTED`].
    pub scheme: Option<String>,
    pub customer: Option<Customer>,
    #[serde(rename = "transactions")]
    // The app keeps the losses as keyed rows of signals, not in the store.
    #[cfg_attr(target_arch = "wasm32", store(skip))]
    pub losses: Vec<LossDraft>,
    /// `None`: not answered yet; `Some(false)`: not yet notified.
    pub notified: Option<bool>,
    pub notified_on: String,
    /// The notice's time as typed ("HH:MM", from "I've called"); shown, not assessed. Written
    /// only when set, so a draft without it keeps format 1's layout exactly.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notified_at: String,
    pub stolen_on: String,
    pub unavoidable_days: String,
    #[serde(rename = "already_compensated_yen")]
    pub already_compensated: String,
    /// Question id → answer.
    pub answers: BTreeMap<String, Answer>,
    /// Questions to answer again: an earlier answer was given to a question whose meaning has
    /// since changed (a retired id), so it was dropped. Cleared one by one as they are answered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reask: Vec<String>,
    /// The version of the pack the answers were given under (written once a pack applies).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pack_version: String,
    pub notes: String,
    /// The report's own entries (issue 15); written only when not empty.
    #[serde(skip_serializing_if = "DraftReport::is_empty")]
    pub report: DraftReport,
    /// The brokerage case (issue 25); written only when set, so other drafts keep their bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brokerage: Option<BrokerageCase>,
}

impl DraftCase {
    /// The pack the case is assessed under: a scenario's own scheme, else the chosen one; "not
    /// listed" resolves by customer type.
    pub fn pack_id(&self) -> Option<&'static str> {
        if let Some(id) = self.scenario.and_then(Scenario::fixed_scheme) {
            return Some(id);
        }
        let id = self.scheme.as_deref()?;
        if id == NOT_LISTED {
            return Some(match self.customer {
                Some(Customer::Corporation) => JBA_CORPORATE,
                _ => JBA_INDIVIDUAL,
            });
        }
        pack::pack(id).map(|p| p.id)
    }

    /// Drops each answer given to a question the pack has retired (its meaning changed): never
    /// reinterpreted. Its successor, if any, goes on `reask`. Returns how many were dropped.
    pub fn drop_retired(&mut self) -> usize {
        let Some(p) = self.pack_id().and_then(pack::pack) else {
            return 0;
        };
        let gone: Vec<String> = self
            .answers
            .keys()
            .filter(|k| p.question(k).is_none() && p.retired(k).is_some())
            .cloned()
            .collect();
        for k in &gone {
            // An "I don't know" carried nothing: it goes without asking again.
            if self.answers.remove(k) == Some(Answer::Unknown) {
                continue;
            }
            let again = p
                .retired(k)
                .and_then(|r| r.replaced_by)
                .unwrap_or(k.as_str());
            if !self.reask.iter().any(|r| r == again) {
                self.reask.push(again.to_owned());
            }
        }
        gone.len()
    }
}

/// What the report for the bank and the police sheet add to a case (issue 15): free text the user
/// writes after the verdict. Every field may be missing in a stored draft (missing = empty).
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize, Default)]
// In the app, each entry is a path of the case store (`app.case.report().docs_due()`).
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
#[serde(default)]
pub struct DraftReport {
    /// What happened, in the user's words (how the password could have leaked, messages or calls).
    pub account: String,
    /// When and how the loss was noticed.
    pub noticed: String,
    /// Whom the bank notice was given to (desk or person).
    pub notice_to: String,
    /// The reference number the bank gave.
    pub notice_ref: String,
    /// Follow-up: the police station the report was made at.
    pub police_station: String,
    /// Follow-up: the police report's date, as typed.
    pub police_on: String,
    /// Follow-up: the police receipt number (受理番号).
    pub police_ref: String,
    /// Follow-up: the documents the bank asked for.
    pub docs_asked: String,
    /// Follow-up: the date the bank wants them by, as typed (a calendar event while not sent).
    pub docs_due: String,
    /// Follow-up: the date they were sent, as typed.
    pub docs_sent_on: String,
    /// Follow-up: the bank's answer.
    pub bank_answer: String,
    /// The recipient of each loss, by position in the losses (shorter = unknown for the rest).
    pub recipients: Vec<String>,
}

impl DraftReport {
    pub fn is_empty(&self) -> bool {
        self == &DraftReport::default()
    }

    /// The recipient written for loss `i` (0-based), or "".
    pub fn recipient(&self, i: usize) -> &str {
        self.recipients.get(i).map_or("", String::as_str)
    }
}

/// Where the user was and what only this device keeps.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize, Default)]
#[serde(from = "UiOnDisk", into = "UiOnDisk")]
pub struct DraftUi {
    pub step: Step,
    /// The advice pack shown on the advice page.
    pub advice: Option<String>,
    /// Ticked next steps by id (`!id` records an untick of a step the answers marked done).
    pub ticks: BTreeSet<String>,
    /// Staff's free-text note. Never part of an exported case file.
    pub staff_note: String,
}

/// [`DraftUi`] as format 1 stores it: the step as its slug and the question index apart.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct UiOnDisk {
    step: String,
    question: u16,
    advice: Option<String>,
    ticks: BTreeSet<String>,
    staff_note: String,
}

impl From<UiOnDisk> for DraftUi {
    /// A step from another build falls back to the start: the typed content is what matters.
    fn from(u: UiOnDisk) -> DraftUi {
        DraftUi {
            step: Step::from_slug(&u.step, u.question).unwrap_or_default(),
            advice: u.advice,
            ticks: u.ticks,
            staff_note: u.staff_note,
        }
    }
}

impl From<DraftUi> for UiOnDisk {
    fn from(u: DraftUi) -> UiOnDisk {
        UiOnDisk {
            step: u.step.slug().to_owned(),
            question: match u.step {
                Step::Questions(i) => i,
                _ => 0,
            },
            advice: u.advice,
            ticks: u.ticks,
            staff_note: u.staff_note,
        }
    }
}

fn write_current_version<S: Serializer>(_: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u32(DRAFT_VERSION)
}

/// A case and where its user is: what the signals hold, what a stored draft is, and (through
/// [`DraftCase::case_file`]) what is exported. The bookkeeping fields (`id` to `updated_ms`) are
/// storage's: two tabs compare `rev` and `tab`; the signals leave them empty.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Draft {
    /// Always written as the current format (see `stored`).
    #[serde(serialize_with = "write_current_version")]
    pub draft_version: u32,
    pub id: String,
    /// A name the user gave it; empty until renamed.
    pub name: String,
    /// Bumped on every write; a tab that finds a revision it did not write knows another tab
    /// changed the draft.
    pub rev: u64,
    /// The tab that wrote this revision.
    pub tab: String,
    /// When this revision was written, milliseconds since the Unix epoch (0: unknown).
    pub updated_ms: i64,
    pub case: DraftCase,
    pub ui: DraftUi,
}

impl Draft {
    pub fn new(id: &str) -> Draft {
        Draft {
            draft_version: DRAFT_VERSION,
            id: id.to_owned(),
            ..Draft::default()
        }
    }

    /// Whether nothing has been entered: such a draft is not worth storing.
    pub fn is_blank(&self) -> bool {
        self.name.is_empty()
            && self.case == DraftCase::default()
            && self.ui.staff_note.is_empty()
            && self.ui.ticks.is_empty()
    }

    /// Whether the draft holds something to keep. Opening an advice-only page (its scenario
    /// chosen, nothing typed, ticked or named) is not: it would add a saved case on every visit.
    pub fn worth_storing(&self) -> bool {
        if self.is_blank() {
            return false;
        }
        let advice_only = self.case.scenario.is_some_and(|s| s.advice_id().is_some())
            && self.case.brokerage.is_none()
            && DraftCase {
                scenario: None,
                ..self.case.clone()
            } == DraftCase::default();
        !(advice_only
            && self.name.is_empty()
            && self.ui.staff_note.is_empty()
            && self.ui.ticks.is_empty())
    }

    /// The same content with the bookkeeping (revision, tab, time) left out: what "changed?" compares.
    pub fn content_eq(&self, other: &Draft) -> bool {
        self.name == other.name && self.case == other.case && self.ui == other.ui
    }
}
