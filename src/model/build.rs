//! The one way from the case as typed to the engine's `CaseFile` ([`DraftCase::case_file`]), and
//! back for an import ([`DraftCase::from_case`]).

use super::check::{date_of, days_or_zero, time_of, yen_of, yen_or_zero};
use super::draft::{Answer, DraftCase, LossDraft};
use crate::engine::case::{CaseFile, Transaction, CASE_FILE_VERSION};
use crate::engine::limits::MAX_ROWS;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use std::collections::{BTreeMap, BTreeSet};

/// What a typed case amounts to: the case file built from the rows that parse.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Built {
    pub case: Option<CaseFile>,
    /// For each transaction in `case`, its row number on screen (1-based).
    pub rows: Vec<usize>,
    /// Rows left out because an entry does not parse or is missing.
    pub bad_rows: usize,
}

/// A row as the form's checks read it (`check.rs`): every entry readable, the required ones given.
fn typed_transaction(l: &LossDraft) -> Option<Transaction> {
    let time = if l.time.trim().is_empty() {
        None
    } else {
        Some(time_of(&l.time)?)
    };
    Some(Transaction {
        date: date_of(&l.date)?,
        time,
        amount_yen: yen_of(&l.amount)?,
        recovered_yen: yen_or_zero(&l.recovered)?,
    })
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn hhmm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

impl DraftCase {
    /// The case file for the typed entries under `pack_id` (the scheme the UI resolved), with
    /// the same parsers and limits as the form's checks. Rows with an error are left out (and
    /// counted) so the live estimate never guesses at what a half-typed field means; rows past
    /// [`MAX_ROWS`] never reach a file. `scenario` and `scheme` are not read.
    pub fn case_file(&self, pack_id: &str) -> Built {
        let mut out = Built::default();
        let Some(customer) = self.customer else {
            return out;
        };
        let mut transactions = Vec::new();
        for (i, l) in self.losses.iter().enumerate() {
            match typed_transaction(l).filter(|_| i < MAX_ROWS) {
                Some(t) => {
                    transactions.push(t);
                    out.rows.push(i + 1);
                }
                None => out.bad_rows += 1,
            }
        }
        let date = |s: &str| date_of(s);
        let p = crate::engine::pack::pack(pack_id);
        let mut answers = BTreeMap::new();
        let mut none = BTreeSet::new();
        // What the records answer counts as given (a recorded police report answers the police
        // question), whether or not the follow-up screen was ever opened in this tab.
        let given = match p {
            Some(p) => super::rules::effective_answers(p, &self.answers, &self.report),
            None => self.answers.clone(),
        };
        for (k, v) in &given {
            let q = p.and_then(|p| p.question(k));
            let b = match (v, q) {
                (_, Some(q)) => v.for_question(q),
                (a, None) => a.as_bool(),
            };
            if let Some(b) = b {
                answers.insert(k.clone(), b);
                if *v == Answer::NoneOf {
                    none.insert(k.clone());
                }
            }
        }
        out.case = Some(CaseFile {
            version: CASE_FILE_VERSION,
            scheme: pack_id.to_owned(),
            customer,
            transactions,
            notified_on: if self.notified == Some(true) {
                date(&self.notified_on)
            } else {
                None
            },
            stolen_on: date(&self.stolen_on),
            unavoidable_days: days_or_zero(&self.unavoidable_days),
            already_compensated_yen: yen_or_zero(&self.already_compensated).unwrap_or(0),
            pack_version: p.map(|p| p.version.to_owned()).unwrap_or_default(),
            answers,
            none,
            dropped: Vec::new(),
            notes: self.notes.clone(),
            // The export sets the case's name when the user keeps it in (`case_io::export`).
            label: String::new(),
        });
        out
    }

    /// An imported case file as the form would hold it typed: each value in the form's own
    /// notation, so [`Self::case_file`] gives the same file back. `scenario` is the UI's to set.
    pub fn from_case(c: &CaseFile) -> DraftCase {
        let amount = |n: u64| if n == 0 { String::new() } else { n.to_string() };
        DraftCase {
            scenario: None,
            scheme: Some(c.scheme.clone()),
            customer: Some(c.customer),
            losses: c
                .transactions
                .iter()
                .map(|t| LossDraft {
                    date: ymd(t.date),
                    time: t.time.map(hhmm).unwrap_or_default(),
                    amount: t.amount_yen.to_string(),
                    recovered: amount(t.recovered_yen),
                })
                .collect(),
            notified: Some(c.notified_on.is_some()),
            notified_on: c.notified_on.map(ymd).unwrap_or_default(),
            notified_at: String::new(),
            stolen_on: c.stolen_on.map(ymd).unwrap_or_default(),
            unavoidable_days: if c.unavoidable_days == 0 {
                String::new()
            } else {
                c.unavoidable_days.to_string()
            },
            already_compensated: amount(c.already_compensated_yen),
            answers: c
                .answers
                .iter()
                .map(|(k, v)| {
                    let a = if c.none.contains(k) {
                        Answer::NoneOf
                    } else {
                        Answer::from_bool(Some(*v))
                    };
                    (k.clone(), a)
                })
                .collect(),
            reask: {
                let p = crate::engine::pack::pack(&c.scheme);
                let mut again: Vec<String> = Vec::new();
                for k in &c.dropped {
                    let id = p
                        .and_then(|p| p.retired(k))
                        .and_then(|r| r.replaced_by)
                        .unwrap_or(k.as_str());
                    if !again.iter().any(|x| x == id) {
                        again.push(id.to_owned());
                    }
                }
                again
            },
            pack_version: c.pack_version.clone(),
            notes: c.notes.clone(),
            report: Default::default(),
            // A case file is a bank case; a brokerage case is not exported yet.
            brokerage: None,
        }
    }
}
