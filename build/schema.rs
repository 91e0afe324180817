//! The rule pack format: the serde structs of one `src/engine/packs/*.json` file (unknown fields
//! are refused), and the date and time formats its fields use. Checked by `checks`, written out
//! by `codegen`.

use serde::Deserialize;

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Cite {
    pub doc: String,
    pub clause: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub kind: String,
    pub title: Text,
    #[serde(default)]
    pub as_of: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub cite: Cite,
    #[serde(default)]
    pub clause_text: String,
    pub text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerRule {
    pub eligible: bool,
    #[serde(default)]
    pub cap_yen: Option<u64>,
    #[serde(default)]
    pub see: Option<String>,
    pub cite: Cite,
    #[serde(default)]
    pub clause_text: String,
    pub text: Text,
    /// Shown beside the amount where the cap is an inference from unclear wording.
    #[serde(default)]
    pub cap_note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customers {
    pub individual: CustomerRule,
    pub sole_proprietor: CustomerRule,
    pub corporation: CustomerRule,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    pub date: String,
    #[serde(default)]
    pub time: Option<String>,
    pub at_start_minute: String,
    pub cite: Cite,
    #[serde(default)]
    pub clause_text: String,
    pub text: Text,
    #[serde(default)]
    pub conflict: Option<Clause>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub rule: String,
    /// Required: "forward_from_event" or "back_from_notice" (checked with a clear message).
    #[serde(default)]
    pub counts: Option<String>,
    pub days: u32,
    #[serde(default)]
    pub unavoidable_days_extend: bool,
    pub basis: String,
    pub cite: Cite,
    #[serde(default)]
    pub clause_text: String,
    pub text: Text,
    pub label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bar {
    pub years: u32,
    #[serde(default)]
    pub counts: Option<String>,
    pub cite: Cite,
    #[serde(default)]
    pub clause_text: String,
    pub text: Text,
    pub label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effects {
    pub yes: Option<String>,
    pub no: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    pub num: u32,
    pub den: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub group: String,
    pub text: Text,
    pub cite: Option<Cite>,
    #[serde(default)]
    pub clause_text: String,
    pub effects: Option<Effects>,
    #[serde(default)]
    pub ratio: Option<Ratio>,
    #[serde(default)]
    pub requires: Vec<String>,
    #[serde(default)]
    pub softens: Vec<String>,
    #[serde(default)]
    pub step: Option<Text>,
    /// "ask" (the default) or "bank_decides": a fact only the bank can establish (what it has
    /// proved, how an investigation went); never asked, listed in the result as pending.
    #[serde(default)]
    pub kind: Option<String>,
    /// The fact each answer states, for the result's reasons (required, checked).
    #[serde(default)]
    pub fact: Option<Facts>,
    /// Who must establish the fact under the clause: "bank" (the statute's 「金融機関が…証明した
    ///場合」), "customer", or "unstated" (the source says nothing). Required, checked.
    #[serde(default)]
    pub burden: Option<String>,
    /// Only with burden "bank": while unanswered the estimate takes the adverse answer (the bank is
    /// presumed to prove it) and says this instead of leaving the fact unestablished.
    #[serde(default)]
    pub presumed: Option<Text>,
    /// The answer for "I have none / don't use one" where the question's subject may not exist
    /// for the victim: the fact it states, and the (harmless, checked) answer it counts as.
    #[serde(default)]
    pub none: Option<NoneAnswer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoneAnswer {
    pub fact: Text,
    pub counts_as: String,
}

/// What a yes and a no state, as plain facts (「パスワードを他人に教えていない」).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub yes: Text,
    pub no: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub text: Text,
    pub cite: Cite,
    #[serde(default)]
    pub done_if: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub kind: String,
    #[serde(default)]
    pub open: Option<String>,
    #[serde(default)]
    pub close: Option<String>,
    pub text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub phone: Option<String>,
    pub hours: Hours,
    pub cite: Cite,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub text: Text,
    #[serde(default)]
    pub cite: Option<Cite>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub id: String,
    pub order: u32,
    pub version: String,
    pub name: Text,
    pub summary: Text,
    pub product: String,
    pub sources: Vec<Source>,
    pub as_of: String,
    #[serde(default)]
    pub as_of_note: Option<Text>,
    pub effective_from: String,
    #[serde(default)]
    pub effective_to: Option<String>,
    /// Take `groups`, `questions`, `steps` and `contacts` from this pack.
    #[serde(default)]
    pub inherit: Option<String>,
    pub customers: Customers,
    pub start: Start,
    #[serde(default)]
    pub window: Option<Window>,
    #[serde(default)]
    pub bar: Option<Bar>,
    #[serde(default)]
    pub always_case_by_case: Option<Clause>,
    /// Shown with the customer-type choice where the scheme is defined by a contract, not a type.
    #[serde(default)]
    pub customer_note: Option<Text>,
    /// The first thing the result says (notify now, and why); the engine's default where absent.
    #[serde(default)]
    pub advice: Option<Text>,
    #[serde(default)]
    pub groups: Option<Vec<Group>>,
    #[serde(default)]
    pub questions: Option<Vec<Question>>,
    #[serde(default)]
    pub steps: Option<Vec<Step>>,
    #[serde(default)]
    pub contacts: Option<Vec<Contact>>,
    pub notes: Vec<Note>,
}

/// `ledger.json`: pack id → question id → the effects its answers had.
pub type Ledger = std::collections::BTreeMap<String, LedgerPack>;

#[derive(Deserialize, Default)]
#[serde(untagged)]
pub enum LedgerPack {
    Questions(std::collections::BTreeMap<String, LedgerEntry>),
    /// The file's `_about` line (read, not used).
    About(#[allow(dead_code)] String),
    #[default]
    Empty,
}

#[derive(Deserialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LedgerEntry {
    pub yes: String,
    pub no: String,
    #[serde(default)]
    pub ratio: Option<String>,
    #[serde(default)]
    pub retired: bool,
    #[serde(default)]
    pub replaced_by: Option<String>,
}

/// One pack as read: the file it came from (named in every message) and its contents.
pub struct Loaded {
    pub file: String,
    pub pack: Pack,
}

pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let dim = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=dim).contains(&d).then_some((y, m, d))
}

pub fn parse_time(s: &str) -> Option<(u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return None;
    }
    let h: u32 = s.get(0..2)?.parse().ok()?;
    let m: u32 = s.get(3..5)?.parse().ok()?;
    (h < 24 && m < 60).then_some((h, m))
}
