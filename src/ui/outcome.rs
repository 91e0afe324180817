//! From what was typed to the engine's case file and assessment, as memos: any change to an
//! input re-runs exactly this, and the result views read from it.

use super::state::AppState;
use crate::engine::assess::{assess, Assessment};
use crate::model::rules::{effective_answers, visible};
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

/// The case file built from the entries that parse (rows with an error left out and counted).
pub use crate::model::Built;

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
            let today = app.clock.today.get();
            built.with(|b| b.case.as_ref().and_then(|c| assess(c, today).ok()))
        });
        // Over the answers as assessed (what a record answers included), as `case_file` reads them.
        let visible = Memo::new(move |_| {
            app.pack()
                .map(|p| {
                    let report = app.case.report().get();
                    app.case
                        .answers()
                        .with(|a| visible(p, &effective_answers(p, a, &report)))
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

/// The case file from the typed entries, read tracked so the memo follows every field: the one
/// way from the case model to the engine's case file (`DraftCase::case_file`), as for the stored
/// draft and an import.
pub fn build(app: &AppState) -> Built {
    let Some(scheme) = app.pack_id() else {
        return Built::default();
    };
    app.assessed_case().case_file(scheme)
}
