//! Staff mode on a shared PC (issue 14): after a while without input (`engine::session`, 10 min,
//! said in the drafts bar) the open case is hidden behind a "continue" screen, and "next
//! customer" ends the session. Hidden means gone, not overlaid: the case's regions get `hidden`
//! and `inert`, so neither the keyboard nor a screen reader reaches them; the cover takes their
//! place inside <main>.

use super::dom;
use super::html::Html;
use super::i18n_drafts::dtexts;
use super::store::{session_mark_left, store, Store};
use crate::engine::session;
use leptos::prelude::*;
use std::cell::Cell;

const COVER_ID: &str = "hn-idle";
const TITLE_ID: &str = "hn-idle-title";
const STEP_HEADING_ID: &str = super::screens::HEADING_ID;
/// The regions of <main> that show the case.
const CASE_IDS: [&str; 3] = ["hn-drafts", "hn-summary-root", "hn-screen"];

thread_local! {
    /// The last key press, click, touch or input (epoch ms).
    static LAST_INPUT: Cell<i64> = const { Cell::new(0) };
    static COVERED: Cell<Option<RwSignal<bool>>> = const { Cell::new(None) };
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

fn covered_signal() -> Option<RwSignal<bool>> {
    COVERED.with(|c| c.get())
}

/// Whether the case is covered now.
pub fn is_covered() -> bool {
    covered_signal().is_some_and(|c| c.get_untracked())
}

fn touch() {
    LAST_INPUT.with(|l| l.set(now_ms()));
}

/// Covers the case (saving it first).
fn cover(s: &Store) {
    s.flush();
    session_mark_left(None);
    if let Some(c) = covered_signal() {
        c.set(true);
    }
    dom::focus_id(TITLE_ID);
}

/// "Continue": the same customer, the case back as it was.
fn uncover() {
    touch();
    if let Some(c) = covered_signal() {
        c.set(false);
    }
}

/// "Next customer": ends the session (see `Store::end_session`) and takes any cover away. If the
/// case could not be saved, the session goes on (uncovered, so the error banner shows).
pub fn next_customer(s: &Store) {
    let ended = s.end_session();
    uncover();
    if !ended {
        return;
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
    dom::focus_id(STEP_HEADING_ID);
}

/// The page is hidden or closed: in staff mode, when (a reload shortly after reopens the case;
/// a covered screen never does).
pub fn on_leave(s: &Store) {
    if s.peek(|u| u.staff) {
        session_mark_left((!is_covered()).then(now_ms));
    }
}

fn render(h: &mut Html, s: &Store, secs: u32) {
    let dt = dtexts(s.app.lang.get());
    h.raw("<h2 tabindex=\"-1\"")
        .attr("id", TITLE_ID)
        .raw(">")
        .t(dt.idle_title)
        .raw("</h2>")
        .el("p", &(dt.idle_body)(secs))
        .raw("<div class=\"hn-actions\">")
        .button("hn-btn hn-btn-primary", "idle-continue", dt.idle_continue)
        .button("hn-btn", "idle-next", dt.next_customer)
        .raw("</div>");
}

/// Shows or hides the cover and hides or shows the case.
fn show(covered: bool, markup: &str) {
    let doc = document();
    for id in CASE_IDS {
        if let Some(el) = doc.get_element_by_id(id) {
            dom::toggle_attr(&el, "hidden", covered);
            dom::toggle_attr(&el, "inert", covered);
        }
    }
    if let Some(el) = doc.get_element_by_id(COVER_ID) {
        if el.inner_html() != markup {
            el.set_inner_html(markup);
        }
        dom::toggle_attr(&el, "hidden", !covered);
    }
}

fn on_click(ev: web_sys::Event) {
    use wasm_bindgen::JsCast;
    let Some(s) = store() else { return };
    let act = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("[data-act]").ok().flatten())
        .and_then(|e| e.get_attribute("data-act"));
    match act.as_deref() {
        Some("idle-continue") => {
            uncover();
            dom::focus_id(STEP_HEADING_ID);
        }
        Some("idle-next") => next_customer(&s),
        _ => {}
    }
}

/// Starts the idle watch (it acts in staff mode only) and puts the (hidden) cover into <main>.
pub fn start() {
    let Some(s) = store() else { return };
    let idle_ms = s.idle_ms();
    let secs = u32::try_from(idle_ms / 1000).unwrap_or(session::IDLE_SECONDS);
    let covered = RwSignal::new(false);
    COVERED.with(|c| c.set(Some(covered)));
    touch();
    if let Some(main) = document().get_element_by_id("hn-main") {
        let _ = main.insert_adjacent_html(
            "afterbegin",
            "<section class=\"hn-idle\" id=\"hn-idle\" aria-labelledby=\"hn-idle-title\" hidden></section>",
        );
    }
    dom::listen(COVER_ID, &["click"], on_click);
    Effect::new(move |_| {
        let on = covered.get();
        let mut h = Html::new();
        if on {
            render(&mut h, &s, secs);
        }
        show(on, &h.s);
    });
    for name in ["keydown", "pointerdown", "input", "wheel", "touchstart"] {
        // Input while covered does not count: only "continue" brings the case back.
        let _ = window_event_listener_untyped(name, |_| {
            if !is_covered() {
                touch();
            }
        });
    }
    let every = std::time::Duration::from_millis((idle_ms / 8).clamp(250, 5000) as u64);
    set_interval(
        move || {
            let last = LAST_INPUT.with(|l| l.get());
            if s.peek(|u| u.staff) && !is_covered() && session::idle(last, now_ms(), idle_ms) {
                cover(&s);
            }
        },
        every,
    );
}
