//! The short steps of the banking flow: the scheme, the customer type, the notice; and the
//! navigation rules every step shares.

use super::super::field::{self, is_bad, Kind};
use super::super::html::Html;
use super::super::state::{AppState, Scenario, Step, JBA_CORPORATE, JBA_INDIVIDUAL, NOT_LISTED};
use super::{choose_one, error_summary, heading, nav, progress, radio, Radio};
use crate::engine::case::Customer;
use crate::engine::pack::{pack, packs, Product};
use leptos::prelude::*;

/// The step before `step` in the flow (the start screen before the first).
pub fn prev_of(app: &AppState, step: Step) -> Step {
    let flow = app.flow();
    match flow.iter().position(|s| *s == step) {
        Some(0) | None => Step::Start,
        Some(i) => flow.get(i - 1).copied().unwrap_or(Step::Start),
    }
}

/// The step after `step` in the flow.
pub fn next_of(app: &AppState, step: Step) -> Step {
    let flow = app.flow();
    flow.iter()
        .position(|s| *s == step)
        .and_then(|i| flow.get(i + 1).copied())
        .unwrap_or(Step::Result)
}

/// Moves on if the step has no error, else shows every error and focuses the first.
pub fn next_if_valid(app: &AppState, step: Step, has_error: bool) {
    if has_error {
        app.show_errors.set(true);
        app.focus_next("[aria-invalid='true']");
    } else {
        app.go(next_of(app, step));
    }
}

/// The live estimate beside the form on a desktop (hidden on narrow screens by CSS).
pub fn preview_slot(h: &mut Html) {
    h.raw("<aside class=\"hn-preview\" id=\"hn-preview\" aria-labelledby=\"hn-preview-title\">");
    h.raw("</aside>");
}

// ---- Scheme ---------------------------------------------------------------------------------

pub fn scheme_error(app: &AppState) -> bool {
    app.scheme.with_untracked(|s| s.is_none())
}

pub fn render_scheme(h: &mut Html, app: &AppState) {
    let lang = app.lang.get();
    let t = app.t();
    let chosen = app.scheme.get_untracked();
    let has_error = scheme_error(app);
    let invalid = app.show_errors.get() && has_error;
    h.raw("<section aria-labelledby=\"hn-step-heading\">");
    progress(h, app, t);
    heading(h, t.scheme_title);
    error_summary(h, app, t, has_error);
    h.raw("<fieldset class=\"hn-choices\">")
        .el("legend", t.scheme_lead);
    let banks = packs().iter().filter(|p| {
        p.product == Product::InternetBanking && p.id != JBA_INDIVIDUAL && p.id != JBA_CORPORATE
    });
    for (i, p) in banks.enumerate() {
        radio(
            h,
            Radio {
                name: "hn-scheme",
                value: p.id,
                id: &format!("hn-scheme-{i}"),
                checked: chosen.as_deref() == Some(p.id),
                invalid,
                title: p.name.get(lang),
                hint: Some(p.summary.get(lang)),
            },
        );
    }
    radio(
        h,
        Radio {
            name: "hn-scheme",
            value: NOT_LISTED,
            id: "hn-scheme-not-listed",
            checked: chosen.as_deref() == Some(NOT_LISTED),
            invalid,
            title: t.scheme_not_listed,
            hint: Some(t.scheme_not_listed_hint),
        },
    );
    choose_one(h, t, invalid);
    h.raw("</fieldset>");
    nav(h, t, false);
    h.raw("</section>");
}

// ---- Customer -------------------------------------------------------------------------------

pub fn customer_error(app: &AppState) -> bool {
    app.customer.get_untracked().is_none()
}

pub fn render_customer(h: &mut Html, app: &AppState) {
    let lang = app.lang.get();
    let t = app.t();
    // Tracked: the eligibility note below follows the choice.
    let chosen = app.customer.get();
    let has_error = customer_error(app);
    let invalid = app.show_errors.get() && has_error;
    h.raw("<section aria-labelledby=\"hn-step-heading\">");
    progress(h, app, t);
    heading(h, t.customer_title);
    if let Some(p) = app.pack() {
        h.raw("<p class=\"hn-muted\">")
            .t(t.scheme_chosen)
            .raw(": <strong>")
            .t(p.name.get(lang))
            .raw("</strong></p>");
    }
    if matches!(
        app.scenario.get(),
        Some(Scenario::StolenCard | Scenario::CounterfeitCard)
    ) {
        h.el("p class=\"hn-small\"", t.scheme_statute_note);
    }
    error_summary(h, app, t, has_error);
    if let Some(n) = app.pack().and_then(|p| p.customer_note) {
        h.el("p class=\"hn-note\" id=\"hn-customer-note\"", n.get(lang));
    }
    h.raw("<fieldset class=\"hn-choices\">")
        .el("legend", t.customer_lead);
    for c in Customer::ALL {
        let title = match c {
            Customer::Individual => t.customer_individual,
            Customer::SoleProprietor => t.customer_sole,
            Customer::Corporation => t.customer_corporation,
        };
        radio(
            h,
            Radio {
                name: "hn-customer",
                value: c.as_str(),
                id: &format!("hn-customer-{}", c.as_str()),
                checked: chosen == Some(c),
                invalid,
                title,
                hint: None,
            },
        );
    }
    choose_one(h, t, invalid);
    h.raw("</fieldset>");
    if let (Some(p), Some(c)) = (app.pack(), chosen) {
        let rule = p.customer(c);
        if !rule.eligible {
            h.raw("<div class=\"hn-warn-box\" role=\"status\"><p><strong>")
                .t(t.customer_not_eligible)
                .raw("</strong></p>")
                .el("p class=\"hn-small\"", rule.clause.text.get(lang));
            if let Some(other) = rule.see.and_then(pack) {
                h.raw("<p>")
                    .t(t.customer_see_instead)
                    .raw(" ")
                    .button(
                        "hn-btn",
                        &format!("use-scheme:{}", other.id),
                        other.name.get(lang),
                    )
                    .raw("</p>");
            }
            h.raw("</div>");
        }
    }
    nav(h, t, false);
    h.raw("</section>");
}

// ---- Notice ---------------------------------------------------------------------------------

fn has_bar(app: &AppState) -> bool {
    app.pack().is_some_and(|p| p.bar.is_some())
}

fn has_unavoidable(app: &AppState) -> bool {
    app.pack()
        .is_some_and(|p| p.window.is_some_and(|w| w.unavoidable_days_extend))
}

fn has_cap(app: &AppState) -> bool {
    app.pack()
        .zip(app.customer.get_untracked())
        .is_some_and(|(p, c)| p.customer(c).cap_yen.is_some())
}

pub fn notice_error(app: &AppState) -> bool {
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let notified = app.notified.get_untracked();
    notified.is_none()
        || (notified == Some(true)
            && is_bad(Kind::Date, &app.notified_on.get_untracked(), true, lang, t))
        || (has_bar(app) && is_bad(Kind::Date, &app.stolen_on.get_untracked(), false, lang, t))
        || (has_unavoidable(app)
            && is_bad(
                Kind::Days,
                &app.unavoidable_days.get_untracked(),
                false,
                lang,
                t,
            ))
        || (has_cap(app)
            && is_bad(
                Kind::Amount,
                &app.already_compensated.get_untracked(),
                false,
                lang,
                t,
            ))
}

pub fn render_notice(h: &mut Html, app: &AppState) {
    let t = app.t();
    // Tracked: the date field shows once "yes" is chosen.
    let notified = app.notified.get();
    let has_error = notice_error(app);
    let invalid = app.show_errors.get() && notified.is_none();
    h.raw("<div class=\"hn-layout hn-with-preview\"><section aria-labelledby=\"hn-step-heading\">");
    progress(h, app, t);
    heading(h, t.notice_title);
    h.el("p class=\"hn-lead\"", t.notice_lead);
    error_summary(h, app, t, has_error);
    h.raw("<fieldset class=\"hn-choices\">")
        .el("legend", t.notice_title);
    for (value, title) in [("yes", t.notice_yes), ("no", t.notice_no)] {
        radio(
            h,
            Radio {
                name: "hn-notified",
                value,
                id: &format!("hn-notified-{value}"),
                checked: notified == Some(value == "yes"),
                invalid,
                title,
                hint: None,
            },
        );
    }
    choose_one(h, t, invalid);
    h.raw("</fieldset>");
    match notified {
        Some(true) => field::render(h, app, "hn-notified-on", t.notice_date, Some(t.date_hint)),
        Some(false) => {
            h.raw("<p class=\"hn-alert\" role=\"status\"><strong>")
                .t(t.notice_not_yet)
                .raw("</strong></p>");
        }
        None => {}
    }
    if has_bar(app) {
        field::render(h, app, "hn-stolen-on", t.stolen_on, Some(t.stolen_on_hint));
    }
    if has_unavoidable(app) {
        field::render(
            h,
            app,
            "hn-unavoidable",
            t.unavoidable_days,
            Some(t.unavoidable_days_hint),
        );
    }
    if has_cap(app) {
        field::render(
            h,
            app,
            "hn-already",
            t.already_compensated,
            Some(t.already_compensated_hint),
        );
    }
    nav(h, t, false);
    h.raw("</section>");
    preview_slot(h);
    h.raw("</div>");
}
