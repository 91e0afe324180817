//! An advice-only scenario: its steps (a checklist), contacts, notes and sources, with the
//! pack's as-of date. No verdict: there is no rule the app could evaluate.

use super::super::state::{AppState, Scenario, Step, FURIKOME};
use super::super::widgets::{use_app, AdviceContacts, AdviceItems, Heading};
use crate::engine::advice::page_sources;
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

/// Whether the advice page was opened from a banking result (its back button returns there).
pub fn from_result(app: &AppState) -> bool {
    app.advice
        .with_untracked(|a| a.as_deref() == Some(FURIKOME))
        && app.case.scenario().get_untracked() == Some(Scenario::InternetBanking)
}

#[component]
pub fn AdviceScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let reset = move |_| app.reset();
    let Some(p) = app
        .advice
        .get_untracked()
        .as_deref()
        .and_then(crate::engine::advice::advice)
    else {
        return view! {
            <section aria-labelledby="hn-step-heading">
                <Heading text=t.engine_error />
                <button type="button" class="hn-btn" on:click=reset>{t.start_over}</button>
            </section>
        }
        .into_any();
    };
    let note = if app.case.scenario().get_untracked() == Some(Scenario::CreditCard) {
        t.credit_card_note
    } else {
        t.advice_only_note
    };
    let sources = page_sources(p)
        .into_iter()
        .map(|s| {
            view! { <li>{s.doc}" "{s.title.get(lang)}{(t.in_parens)(&(t.as_of)(s.as_of))}</li> }
        })
        .collect_view();
    let back = move |_| {
        if from_result(&app) {
            app.go(Step::Result)
        } else {
            app.go(Step::Start)
        }
    };
    view! {
        <section aria-labelledby="hn-step-heading">
            <Heading text=p.title.get(lang) />
            <p class="hn-lead">{p.summary.get(lang)}</p>
            <p class="hn-note">{note}</p>
            {(app.case.scenario().get_untracked() == Some(Scenario::Brokerage))
                .then(|| view! { <super::brokerage::EstimateLink /> })}
            <h3>{t.advice_steps}</h3>
            <AdviceItems items=p.steps checklist=true />
            {(!p.contacts.is_empty()).then(|| view! {
                <h3>{t.advice_contacts}</h3>
                <AdviceContacts contacts=p.contacts />
            })}
            {(!p.notes.is_empty()).then(|| view! {
                <h3>{t.advice_notes}</h3>
                <AdviceItems items=p.notes />
            })}
            <h3 id="hn-advice-sources-title">{t.sources_title}</h3>
            <ul class="hn-small" aria-labelledby="hn-advice-sources-title">{sources}</ul>
            <p class="hn-disclaimer">
                {t.advice_disclaimer}" "{(t.as_of)(p.as_of)}" · "{(t.version)(p.version)}
            </p>
            <div class="hn-nav">
                <button type="button" class="hn-btn" on:click=back>
                    {if from_result(&app) { t.back_to_result } else { t.back }}
                </button>
                <button type="button" class="hn-btn" on:click=reset>{t.start_over}</button>
            </div>
        </section>
    }
    .into_any()
}
