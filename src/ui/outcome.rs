//! From what was typed to the engine's case file and assessment, as memos: any change to an
//! input re-runs exactly this, and the result views read from it.

use super::state::{Answer, AppState};
use crate::engine::assess::{assess, Assessment};
use crate::engine::draft::{build_case, DraftCase, DraftLoss};
use leptos::prelude::*;

/// The case file built from the entries that parse (rows with an error left out and counted).
pub use crate::engine::draft::Built;

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

/// The typed entries as the engine's draft case, read tracked so the memo follows every field;
/// the engine builds the case file with the same parsers and limits as the stored draft and
/// an import (`engine::draft::build_case`).
pub fn build(app: &AppState) -> Built {
    let Some(scheme) = app.pack_id() else {
        return Built::default();
    };
    let typed = DraftCase {
        scenario: None,
        scheme: None,
        customer: app.customer.get(),
        transactions: app.losses.with(|rows| {
            rows.iter()
                .map(|r| DraftLoss {
                    date: r.date.get(),
                    time: r.time.get(),
                    amount_yen: r.amount.get(),
                    recovered_yen: r.recovered.get(),
                })
                .collect()
        }),
        notified: app.notified.get(),
        notified_on: app.notified_on.get(),
        notified_at: String::new(),
        stolen_on: app.stolen_on.get(),
        unavoidable_days: app.unavoidable_days.get(),
        already_compensated_yen: app.already_compensated.get(),
        answers: app.answers.with(|m| {
            m.iter()
                .map(|(k, a)| {
                    let v = match a {
                        Answer::Yes => Some(true),
                        Answer::No => Some(false),
                        Answer::Unknown => None,
                    };
                    (k.clone(), v)
                })
                .collect()
        }),
        notes: app.notes.get(),
        // Free text the assessment never reads; left out so typing it re-runs nothing.
        report: Default::default(),
    };
    build_case(scheme, &typed)
}
