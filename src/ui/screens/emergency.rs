//! The emergency panel: what to do in the first hour and whom to call. One tap away from the
//! header on every screen; the same content is in index.html as the static shell.

use super::super::contact::BankContact;
use super::super::focus;
use super::super::state::AppState;
use super::super::widgets::{use_app, AdviceContacts, AdviceItems};
use crate::engine::advice::EMERGENCY;
use leptos::prelude::*;

pub const HEADING_ID: &str = "hn-emergency-heading";
pub const BUTTON_ID: &str = "hn-emergency-button";
/// The "call your bank" step and the generic bank line of `EMERGENCY`.
const BANK_STEP: &str = "em-call-bank";
const BANK_LINE: &str = "bank-line";

/// Opens the panel and moves focus to its heading.
pub fn open_emergency(app: &AppState) {
    app.view.emergency_open.set(true);
    focus::after_render(format!("#{HEADING_ID}"));
}

#[component]
pub fn Emergency() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let close = move |_| {
        app.view.emergency_open.set(false);
        focus::after_render(format!("#{BUTTON_ID}"));
    };
    view! {
        <section
            class="hn-emergency hn-emergency-app"
            id="hn-emergency"
            aria-labelledby="hn-emergency-heading"
        >
            <div class="hn-emergency-head">
                <h2 id=HEADING_ID class="hn-step-heading" tabindex="-1">
                    {EMERGENCY.title.get(lang)}
                </h2>
                <button type="button" class="hn-btn" on:click=close>
                    {t.emergency_close}
                </button>
            </div>
            <p>{EMERGENCY.intro.get(lang)}</p>
            // Once a bank is chosen its own contact replaces "the number is on the card or the
            // website" (the police lines are in the list below).
            <BankContact no_police=true expanded=true />
            {move || {
                let known = app.pack().is_some();
                let bank = known.then_some(BANK_STEP);
                view! {
                    <AdviceItems items=EMERGENCY.steps no_detail=bank />
                    <h3>{t.contacts_title}</h3>
                    <AdviceContacts contacts=EMERGENCY.contacts without=known.then_some(BANK_LINE) />
                }
            }}
            <p class="hn-small">{EMERGENCY.note.get(lang)}</p>
        </section>
    }
}
