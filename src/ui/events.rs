//! Delegated events: one listener per kind on the screen container. Buttons carry `data-act`,
//! fields `data-field`, checklist boxes `data-tick`; radio groups are told apart by `name`.

use super::dom;
use super::field::{message, spec};
use super::outcome::use_outcome;
use super::screens::{advice, emergency, flow, losses, questions};
use super::state::{Answer, AppState, Scenario, Step};
use crate::engine::case::Customer;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn target_el(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// Whether the current step has an entry that would be refused.
pub fn step_has_error(app: &AppState) -> bool {
    match app.step.get_untracked() {
        Step::Scheme => flow::scheme_error(app),
        Step::Customer => flow::customer_error(app),
        Step::Losses => losses::has_error(app),
        Step::Notice => flow::notice_error(app),
        _ => false,
    }
}

/// Once everything on a step is fixed, the error summary goes away.
fn clear_errors_if_fixed(app: &AppState) {
    if app.show_errors.get_untracked() && !step_has_error(app) {
        app.show_errors.set(false);
    }
}

pub fn on_click(app: &AppState, ev: web_sys::MouseEvent) {
    let act = target_el(&ev)
        .and_then(|e| e.closest("[data-act]").ok().flatten())
        .and_then(|e| e.get_attribute("data-act"));
    if let Some(act) = act {
        dispatch(app, &act);
    }
}

/// Runs a `data-act` action: `verb` or `verb:argument`.
pub fn dispatch(app: &AppState, act: &str) {
    let out = use_outcome();
    let (verb, arg) = act.split_once(':').unwrap_or((act, ""));
    let step = app.step.get_untracked();
    match verb {
        "scenario" => {
            if let Some(s) = arg.parse::<usize>().ok().and_then(|i| Scenario::ALL.get(i)) {
                app.choose_scenario(*s);
            }
        }
        "emergency" => {
            app.focus_next(format!("#{}", emergency::HEADING_ID));
            app.emergency_open.set(true);
        }
        "emergency-close" => {
            app.emergency_open.set(false);
            dom::focus_id(emergency::BUTTON_ID);
        }
        "next" => match step {
            Step::Scheme => flow::next_if_valid(app, step, flow::scheme_error(app)),
            Step::Customer => flow::next_if_valid(app, step, flow::customer_error(app)),
            Step::Losses => losses::next(app),
            Step::Notice => flow::next_if_valid(app, step, flow::notice_error(app)),
            Step::Questions(at) => questions::next(app, &out, usize::from(at)),
            _ => {}
        },
        "back" => match step {
            Step::Questions(at) => questions::back(app, &out, usize::from(at)),
            Step::Advice if advice::from_result(app) => app.go(Step::Result),
            Step::Advice => app.go(Step::Start),
            s => app.go(flow::prev_of(app, s)),
        },
        "add-loss" => losses::add(app),
        "remove-loss" => {
            if let Ok(key) = arg.parse::<u32>() {
                losses::remove(app, key);
            }
        }
        "use-scheme" => app.scheme.set(Some(arg.to_string())),
        "go" => {
            if let Some(s) = Step::from_slug(arg, 0) {
                app.go(s);
            }
        }
        "go-q" => app.go(Step::Questions(arg.parse().unwrap_or(0))),
        "advice" => {
            app.advice.set(Some(arg.to_string()));
            app.go(Step::Advice);
        }
        "ics" => {
            let t = app.t_untracked();
            let deadlines = out
                .assessment
                .with_untracked(|a| a.as_ref().map(|a| a.deadlines.clone()))
                .unwrap_or_default();
            let body = super::ics::calendar(&deadlines, t, app.now.get_untracked());
            dom::download(
                "hosho-navi-deadlines.ics",
                "text/calendar;charset=utf-8",
                &body,
            );
        }
        "print" => dom::print(),
        "reset" => app.reset(),
        _ => {}
    }
}

/// Re-checks one field and updates its message and `aria-invalid` in place.
fn refresh_field(app: &AppState, input: &web_sys::Element, id: &str) {
    let Some(sp) = spec(app, id) else { return };
    let show = app.show_errors.get_untracked() || app.touched.with_value(|s| s.contains(id));
    let (msg, invalid) = message(
        sp.kind,
        &sp.value.get_untracked(),
        sp.required,
        show,
        app.lang.get_untracked(),
        app.t_untracked(),
    );
    let _ = input.set_attribute("aria-invalid", if invalid { "true" } else { "false" });
    if let Some(m) = document().get_element_by_id(&format!("{id}-msg")) {
        if m.inner_html() != msg {
            m.set_inner_html(&msg);
        }
    }
}

pub fn on_input(app: &AppState, ev: web_sys::Event) {
    let Some(el) = target_el(&ev) else { return };
    let Some(id) = el.get_attribute("data-field") else {
        return;
    };
    let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() else {
        return;
    };
    if let Some(sp) = spec(app, &id) {
        sp.value.set(input.value());
    }
    refresh_field(app, &el, &id);
    clear_errors_if_fixed(app);
}

pub fn on_focusout(app: &AppState, ev: web_sys::FocusEvent) {
    let Some(el) = target_el(&ev) else { return };
    let Some(id) = el.get_attribute("data-field") else {
        return;
    };
    app.touched.update_value(|s| {
        s.insert(id.clone());
    });
    refresh_field(app, &el, &id);
}

pub fn on_change(app: &AppState, ev: web_sys::Event) {
    let Some(el) = target_el(&ev) else { return };
    let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() else {
        return;
    };
    if let Some(id) = el.get_attribute("data-tick") {
        app.set_tick(&id, input.checked());
        return;
    }
    if input.type_() != "radio" {
        return;
    }
    let name = input.name();
    let value = input.value();
    match name.as_str() {
        "hn-scheme" => app.scheme.set(Some(value)),
        "hn-customer" => app.customer.set(Customer::parse(&value)),
        "hn-notified" => app.notified.set(Some(value == "yes")),
        _ => {
            if let Some(q) = name.strip_prefix("hn-q:") {
                let a = match value.as_str() {
                    "yes" => Answer::Yes,
                    "no" => Answer::No,
                    _ => Answer::Unknown,
                };
                app.set_answer(q, a);
            }
        }
    }
    clear_errors_if_fixed(app);
}
