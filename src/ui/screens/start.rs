//! "What happened?": the seven situations. The line above them (tell your bank now, and the
//! emergency panel one tap away) is the page frame's first-hour part, painted from the first
//! response and never redrawn (see `ui::Frame`).

use super::super::state::Scenario;
use super::super::widgets::{use_app, Heading};
use leptos::prelude::*;

#[component]
pub fn Start() -> impl IntoView {
    let app = use_app();
    let t = app.t_untracked();
    let choices = Scenario::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let s = *s;
            view! {
                <li>
                    <button
                        type="button"
                        class="hn-choice"
                        id=format!("hn-scenario-{i}")
                        on:click=move |_| app.choose_scenario(s)
                    >
                        <span class="hn-choice-title">{s.title(t)}</span>
                        <span class="hn-choice-hint">{s.hint(t)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="hn-step-heading">
            <Heading text=t.start_title />
            <p class="hn-lead">{t.start_lead}</p>
            <ul class="hn-choices hn-grid">{choices}</ul>
        </section>
    }
}
