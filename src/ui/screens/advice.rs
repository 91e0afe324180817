//! An advice-only scenario: its steps (a checklist), contacts, notes and sources, with the
//! pack's as-of date. No verdict: there is no rule the app could evaluate.

use super::super::html::Html;
use super::super::state::{AppState, Scenario, FURIKOME};
use super::{advice_contacts, advice_items, heading};
use crate::engine::advice::{AdvicePack, Source};
use leptos::prelude::*;

fn sources_of(p: &AdvicePack) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    let all = p
        .steps
        .iter()
        .chain(p.notes.iter())
        .map(|i| i.source)
        .chain(p.contacts.iter().map(|c| c.source));
    for s in all {
        if !out.iter().any(|o| o.doc == s.doc && o.title == s.title) {
            out.push(s);
        }
    }
    out
}

/// Whether the advice page was opened from a banking result (its back button returns there).
pub fn from_result(app: &AppState) -> bool {
    app.advice
        .with_untracked(|a| a.as_deref() == Some(FURIKOME))
        && app.scenario.get_untracked() == Some(Scenario::InternetBanking)
}

pub fn render(h: &mut Html, app: &AppState) {
    let lang = app.lang.get();
    let t = app.t();
    h.raw("<section aria-labelledby=\"hn-step-heading\">");
    let Some(p) = app
        .advice
        .get()
        .as_deref()
        .and_then(crate::engine::advice::advice)
    else {
        heading(h, t.engine_error);
        h.button("hn-btn", "reset", t.start_over).raw("</section>");
        return;
    };
    heading(h, p.title.get(lang));
    h.el("p class=\"hn-lead\"", p.summary.get(lang)).el(
        "p class=\"hn-note\"",
        if app.scenario.get() == Some(Scenario::CreditCard) {
            t.credit_card_note
        } else {
            t.advice_only_note
        },
    );
    h.el("h3", t.advice_steps);
    advice_items(h, app, p.steps, true);
    if !p.contacts.is_empty() {
        h.el("h3", t.advice_contacts);
        advice_contacts(h, lang, t, p.contacts);
    }
    if !p.notes.is_empty() {
        h.el("h3", t.advice_notes);
        advice_items(h, app, p.notes, false);
    }
    h.el("h3", t.sources_title).raw("<ul class=\"hn-small\">");
    for s in sources_of(p) {
        h.raw("<li>")
            .t(s.doc)
            .raw(" ")
            .t(s.title.get(lang))
            .t(&format!(" ({})", (t.as_of)(s.as_of)))
            .raw("</li>");
    }
    h.raw("</ul><p class=\"hn-disclaimer\">")
        .t(t.advice_disclaimer)
        .raw(" ")
        .t(&(t.as_of)(p.as_of))
        .raw(" · ")
        .t(&(t.version)(p.version))
        .raw("</p><div class=\"hn-nav\">")
        .button(
            "hn-btn",
            "back",
            if from_result(app) {
                t.back_to_result
            } else {
                t.back
            },
        )
        .button("hn-btn", "reset", t.start_over)
        .raw("</div></section>");
}
