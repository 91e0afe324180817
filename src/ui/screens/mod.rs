//! The screens: one component per step, chosen by [`Screen`] from the step signal. A screen is
//! built once when its step (or the language) changes; after that only the parts bound to a
//! signal update, so typing, ticking or adding a row never rebuilds what is around it.

pub mod advice;
pub mod brokerage;
pub mod emergency;
pub mod flow;
pub mod followup;
pub mod losses;
pub mod questions;
pub mod reask;
pub mod report;
pub mod result;
pub mod start;

use super::outcome::use_outcome;
use super::state::{AppState, Step};
use super::widgets::{use_app, StepActions};
use leptos::prelude::*;

pub use super::widgets::{cite, HEADING_ID};

/// What the screen container shows: the emergency panel when open, then the current step.
#[component]
pub fn Screen() -> impl IntoView {
    let app = use_app();
    // The step's back/next and error clearing, for the widgets inside (`widgets::Nav`, `Field`).
    provide_context(StepActions {
        next: go_next,
        back: go_back,
        clear_errors_if_fixed,
    });
    view! {
        <Show when=move || app.view.emergency_open.get()>
            {move || {
                app.lang.track();
                view! { <emergency::Emergency /> }
            }}
        </Show>
        {move || {
            app.lang.track();
            match app.nav.step.get() {
                Step::Start => view! { <start::Start /> }.into_any(),
                Step::Scheme => view! { <flow::SchemeStep /> }.into_any(),
                Step::Customer => view! { <flow::CustomerStep /> }.into_any(),
                Step::Losses => view! { <super::lazy::Lazy load=super::lazy::losses_step /> }.into_any(),
                Step::Notice => view! { <super::lazy::Lazy load=super::lazy::notice_step /> }.into_any(),
                Step::Questions(_) => view! { <super::lazy::Lazy load=super::lazy::questions_step /> }.into_any(),
                Step::Result => view! { <super::lazy::Lazy load=super::lazy::result_screen /> }.into_any(),
                Step::Advice => view! { <super::lazy::Lazy load=super::lazy::advice_screen /> }.into_any(),
                Step::Report => view! { <super::lazy::Lazy load=super::lazy::report_bank /> }.into_any(),
                Step::Police => view! { <super::lazy::Lazy load=super::lazy::report_police /> }.into_any(),
                Step::FollowUp => view! { <super::lazy::Lazy load=super::lazy::followup /> }.into_any(),
                Step::Brokerage => view! { <super::lazy::Lazy load=super::lazy::brokerage_step /> }.into_any(),
                Step::BrokerageResult => view! { <super::lazy::Lazy load=super::lazy::brokerage_result /> }.into_any(),
                Step::BrokerageReport => view! { <super::lazy::Lazy load=super::lazy::brokerage_firm /> }.into_any(),
                Step::BrokeragePolice => view! { <super::lazy::Lazy load=super::lazy::brokerage_police /> }.into_any(),
            }
        }}
    }
}

/// Whether the current step has an entry that would be refused.
pub fn step_has_error(app: &AppState) -> bool {
    match app.nav.step.get_untracked() {
        Step::Scheme => flow::scheme_error(app),
        Step::Customer => flow::customer_error(app),
        Step::Losses => losses::has_error(app),
        Step::Notice => flow::notice_error(app),
        Step::Brokerage => brokerage::has_error(app),
        _ => false,
    }
}

/// Once everything on a step is fixed, the error summary goes away.
pub fn clear_errors_if_fixed(app: &AppState) {
    if app.view.show_errors.get_untracked() && !step_has_error(app) {
        app.view.show_errors.set(false);
    }
}

/// "Next" on the current step.
pub fn go_next(app: &AppState) {
    let step = app.nav.step.get_untracked();
    match step {
        Step::Scheme | Step::Customer | Step::Losses | Step::Notice => {
            flow::next_if_valid(app, step, step_has_error(app))
        }
        Step::Questions(at) => questions::next(app, &use_outcome(), usize::from(at)),
        Step::Brokerage => brokerage::next(app),
        _ => {}
    }
}

/// "Back" on the current step.
pub fn go_back(app: &AppState) {
    match app.nav.step.get_untracked() {
        Step::Questions(at) => questions::back(app, &use_outcome(), usize::from(at)),
        Step::Advice if advice::from_result(app) => app.go(Step::Result),
        Step::Advice => app.go(Step::Start),
        Step::Report | Step::Police | Step::FollowUp => app.go(Step::Result),
        Step::Brokerage => app.go(Step::Start),
        Step::BrokerageResult => app.go(Step::Brokerage),
        Step::BrokerageReport | Step::BrokeragePolice => app.go(Step::BrokerageResult),
        s => app.go(flow::prev_of(app, s)),
    }
}
