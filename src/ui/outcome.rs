//! From what was typed to the engine's case file and assessment, as memos: any change to an
//! input re-runs exactly this, and the result views read from it.

use super::field::parse_days;
use super::state::{Answer, AppState};
use crate::engine::assess::{assess, Assessment};
use crate::engine::case::{CaseFile, Transaction, CASE_FILE_VERSION};
use crate::engine::parse::{parse_amount_yen, parse_date, parse_time};
use leptos::prelude::*;

/// The case file built from the entries that parse. Rows with an error are left out (and
/// counted) so the live estimate never guesses at what a half-typed field means.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Built {
    pub case: Option<CaseFile>,
    /// For each transaction in `case`, its row number on screen (1-based).
    pub rows: Vec<usize>,
    /// Rows left out because an entry does not parse or is missing.
    pub bad_rows: usize,
}

#[derive(Clone, Copy)]
pub struct Outcome {
    pub built: Memo<Built>,
    pub assessment: Memo<Option<Assessment>>,
    /// The pack's questions that can matter given the answers so far (indices, pack order).
    pub visible: Memo<Vec<usize>>,
}

impl Outcome {
    pub fn new(app: AppState) -> Self {
        let built = Memo::new(move |_| build(&app));
        let assessment = Memo::new(move |_| {
            let today = app.today.get();
            built.with(|b| b.case.as_ref().and_then(|c| assess(c, today).ok()))
        });
        let visible = Memo::new(move |_| {
            app.pack()
                .map(|p| {
                    app.answers
                        .with(|a| super::screens::questions::visible(p, a))
                })
                .unwrap_or_default()
        });
        Outcome {
            built,
            assessment,
            visible,
        }
    }
}

pub fn use_outcome() -> Outcome {
    expect_context::<Outcome>()
}

fn amount_or_zero(raw: &str) -> Option<u64> {
    if raw.trim().is_empty() {
        Some(0)
    } else {
        parse_amount_yen(raw).ok()
    }
}

/// One row as a transaction, or `None` when something required is missing or wrong.
fn transaction(date: &str, time: &str, amount: &str, recovered: &str) -> Option<Transaction> {
    let date = parse_date(date).ok()?;
    let time = if time.trim().is_empty() {
        None
    } else {
        Some(parse_time(time).ok()?)
    };
    let amount_yen = parse_amount_yen(amount).ok()?;
    let recovered_yen = amount_or_zero(recovered)?;
    Some(Transaction {
        date,
        time,
        amount_yen,
        recovered_yen,
    })
}

pub fn build(app: &AppState) -> Built {
    let mut out = Built::default();
    let Some(scheme) = app.pack_id() else {
        return out;
    };
    let Some(customer) = app.customer.get() else {
        return out;
    };
    let mut transactions = Vec::new();
    app.losses.with(|rows| {
        for (i, r) in rows.iter().enumerate() {
            let t = transaction(
                &r.date.read(),
                &r.time.read(),
                &r.amount.read(),
                &r.recovered.read(),
            );
            match t {
                Some(t) => {
                    transactions.push(t);
                    out.rows.push(i + 1);
                }
                None => out.bad_rows += 1,
            }
        }
    });
    let notified_on = if app.notified.get() == Some(true) {
        parse_date(&app.notified_on.read()).ok()
    } else {
        None
    };
    let stolen_on = parse_date(&app.stolen_on.read()).ok();
    let unavoidable_days = parse_days(&app.unavoidable_days.read()).unwrap_or(0);
    let already_compensated_yen = amount_or_zero(&app.already_compensated.read()).unwrap_or(0);
    // Inserted one by one: `collect()` into a BTreeMap links a stable sort (kilobytes of wasm).
    let answers = app.answers.with(|m| {
        let mut out = std::collections::BTreeMap::new();
        for (k, a) in m {
            match a {
                Answer::Yes => out.insert(k.clone(), true),
                Answer::No => out.insert(k.clone(), false),
                Answer::Unknown => None,
            };
        }
        out
    });
    out.case = Some(CaseFile {
        version: CASE_FILE_VERSION,
        scheme: scheme.to_string(),
        customer,
        transactions,
        notified_on,
        stolen_on,
        unavoidable_days,
        already_compensated_yen,
        answers,
        notes: app.notes.get(),
    });
    out
}
