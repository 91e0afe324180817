//! Where the question screens lead: the first open one, the first to answer again, next and back
//! (`engine::refine` pages over the visible questions), and the re-ask notice. Apart from the
//! question screen so that the result screen can link into the questions without importing the
//! screen (which shows the result's estimate: an import circle).

use super::super::outcome::{use_outcome, Outcome};
use super::super::state::{AppState, Step};
use super::super::widgets::use_app;
use crate::engine::pack::Pack;
use crate::engine::refine::{page_of, pages};
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

fn step_at(i: usize) -> Step {
    Step::Questions(u16::try_from(i).unwrap_or(u16::MAX))
}

pub(super) fn current_pages(
    app: &AppState,
    out: &Outcome,
) -> Option<(&'static Pack, Vec<Vec<usize>>)> {
    let p = app.pack()?;
    let vis = out.visible.get_untracked();
    Some((p, pages(p, &vis)))
}

/// Where "answer the questions" on the result leads: the first screen with a question not
/// answered yet, else the first screen.
pub fn first_open(app: &AppState, out: &Outcome) -> Step {
    let Some((p, pg)) = current_pages(app, out) else {
        return Step::Result;
    };
    let answered = |i: &usize| {
        p.questions
            .get(*i)
            .is_some_and(|q| app.case.answers().with_untracked(|a| a.contains_key(q.id)))
    };
    pg.iter()
        .find(|screen| !screen.iter().all(answered))
        .or_else(|| pg.first())
        .and_then(|screen| screen.first().copied())
        .map(step_at)
        .unwrap_or(Step::Result)
}

/// Where the re-ask notice leads: the first screen holding a question to answer again (an
/// earlier answer to it was dropped when its meaning changed), else the first open screen.
pub fn first_reask(app: &AppState, out: &Outcome) -> Step {
    let Some((p, pg)) = current_pages(app, out) else {
        return Step::Result;
    };
    let again = |i: &usize| {
        p.questions.get(*i).is_some_and(|q| {
            app.case
                .reask()
                .with_untracked(|r| r.iter().any(|x| x == q.id))
        })
    };
    pg.iter()
        .find(|screen| screen.iter().any(again))
        .and_then(|screen| screen.first().copied())
        .map(step_at)
        .unwrap_or_else(|| first_open(app, out))
}

/// 「質問の文言が変わったため、N問はもう一度お答えください」, with the way to them: on the
/// result and on every question screen while any is left.
#[component]
pub fn ReaskNotice() -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let t = app.t_untracked();
    move || {
        let n = app.case.reask().with(Vec::len);
        (n > 0).then(|| {
            view! {
                <div class="hn-warn-box hn-reask" id="hn-reask">
                    <p id="hn-reask-text">{(t.reask_notice)(n)}</p>
                    <button
                        type="button"
                        class="hn-btn hn-no-print"
                        aria-describedby="hn-reask-text"
                        on:click=move |_| app.go(first_reask(&app, &out))
                    >
                        {t.reask_button}
                    </button>
                </div>
            }
        })
    }
}

/// "Next": the next screen, or the result after the last.
pub fn next(app: &AppState, out: &Outcome, at: usize) {
    let target = current_pages(app, out)
        .and_then(|(p, pg)| {
            pg.get(page_of(p, &pg, at) + 1)
                .and_then(|s| s.first().copied())
        })
        .map(step_at)
        .unwrap_or(Step::Result);
    app.go(target);
}

/// "Back": the previous screen, or the result before the first (the questions are reached
/// from it).
pub fn back(app: &AppState, out: &Outcome, at: usize) {
    let target = current_pages(app, out)
        .and_then(|(p, pg)| {
            page_of(p, &pg, at)
                .checked_sub(1)
                .and_then(|k| pg.get(k))
                .and_then(|s| s.first().copied())
        })
        .map(step_at)
        .unwrap_or(Step::Result);
    app.go(target);
}
