//! Staff mode on a shared PC (issue 14): after a while without input (`engine::session`, 10 min,
//! said in the drafts bar) the open case is hidden behind a "continue" screen, and "next
//! customer" ends the session. Hidden means gone, not overlaid: the case's regions get `hidden`
//! and `inert`, so neither the keyboard nor a screen reader reaches them; the cover takes their
//! place inside <main>.

use super::dom;
use super::focus;
use super::idle_cover::{CoverActions, TITLE_ID};
use super::store::{session_mark_left, store, Store};
use crate::engine::session;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

const COVER_ID: &str = "hn-idle";
const STEP_HEADING_ID: &str = super::widgets::HEADING_ID;
/// The regions of <main> that show the case.
const CASE_IDS: [&str; 3] = ["hn-drafts", "hn-summary-root", "hn-screen"];

thread_local! {
    /// The last key press, click, touch or input (epoch ms).
    static LAST_INPUT: Cell<i64> = const { Cell::new(0) };
    static COVERED: Cell<Option<RwSignal<bool>>> = const { Cell::new(None) };
    /// The app's owner, until the cover's container is made (`mount_cover`).
    static MOUNT: std::cell::RefCell<Option<Option<Owner>>> = const { std::cell::RefCell::new(None) };
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

/// Hides or shows the case's regions (`hidden` and `inert`, so that neither the keyboard nor a
/// screen reader reaches them), at once, so that focus can move as soon as the cover renders.
fn hide_case(covered: bool) {
    let doc = document();
    for id in CASE_IDS {
        if let Some(el) = doc.get_element_by_id(id) {
            dom::toggle_attr(&el, "hidden", covered);
            dom::toggle_attr(&el, "inert", covered);
        }
    }
}

/// Makes the cover's container at the top of <main>, once, under the app's owner (unmounted with
/// it): a root of its own, before the prerendered regions it hides, which the screen's root does
/// not contain.
fn mount_cover() {
    let Some(owner) = MOUNT.with(|m| m.borrow_mut().take()) else {
        return;
    };
    let Some(covered) = covered_signal() else {
        return;
    };
    let doc = document();
    let (Some(main), Ok(host)) = (doc.get_element_by_id("hn-main"), doc.create_element("div"))
    else {
        return;
    };
    if main
        .insert_before(&host, main.first_child().as_ref())
        .is_err()
    {
        return;
    }
    let Ok(host) = host.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let mount = move || {
        let root = leptos::mount::mount_to(host, move || view! { <IdleCover covered /> });
        StoredValue::new_local(root);
    };
    match owner {
        Some(owner) => owner.with(mount),
        None => mount(),
    }
}

fn set_covered(on: bool) {
    if on {
        mount_cover();
    }
    hide_case(on);
    if let Some(c) = covered_signal() {
        c.set(on);
    }
}

/// Covers the case (saving it first).
fn cover(s: &Store) {
    s.flush();
    session_mark_left(None);
    set_covered(true);
    focus::after_render(format!("#{TITLE_ID}"));
}

/// "Continue": the same customer, the case back as it was.
fn uncover() {
    touch();
    set_covered(false);
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
    focus::after_render(format!("#{STEP_HEADING_ID}"));
}

/// The page is hidden or closed: in staff mode, when (a reload shortly after reopens the case;
/// a covered screen never does). Runs after the store's own listener, which saved first.
fn on_leave(s: &Store) {
    if s.peek(|u| u.staff) {
        session_mark_left((!is_covered()).then(now_ms));
    }
}

/// The cover: in <main>, in the case's place, while the case is covered (empty and `hidden`
/// otherwise). Its content is its own module (`lazy::idle_cover`): a customer's phone never shows it.
#[component]
pub fn IdleCover(
    /// Whether the case is covered.
    covered: RwSignal<bool>,
) -> impl IntoView {
    // The lazy body's two choices, handed over by context: it lives in a module of its own
    // (`idle_cover.rs`) that must not import this one.
    provide_context(CoverActions {
        on_continue: Callback::new(|()| {
            uncover();
            focus::after_render(format!("#{STEP_HEADING_ID}"));
        }),
        on_next: Callback::new(|()| {
            if let Some(s) = store() {
                next_customer(&s);
            }
        }),
    });
    view! {
        <section class="hn-idle" id=COVER_ID aria-labelledby=TITLE_ID hidden=move || !covered.get()>
            <Show when=move || covered.get()>
                <super::lazy::Lazy load=super::lazy::idle_cover />
            </Show>
        </section>
    }
}

/// Starts the idle watch (in the staff deployment; it acts in staff mode only). The cover's
/// container is made at the top of <main> when the case is first covered (`mount_cover`).
pub fn start() {
    // Staff mode exists only in the staff deployment: a customer's phone runs no idle watch.
    if !dom::staff_deployment() {
        return;
    }
    let Some(s) = store() else { return };
    let idle_ms = s.idle_ms();
    let covered = RwSignal::new(false);
    COVERED.with(|c| c.set(Some(covered)));
    let owner = Owner::current();
    MOUNT.with(|m| m.replace(Some(owner)));
    touch();
    let mut handles = Vec::new();
    for name in ["keydown", "pointerdown", "input", "wheel", "touchstart"] {
        // Input while covered does not count: only "continue" brings the case back.
        handles.push(window_event_listener_untyped(name, |_| {
            if !is_covered() {
                touch();
            }
        }));
    }
    for name in ["pagehide", "visibilitychange"] {
        handles.push(window_event_listener_untyped(name, move |ev| {
            if ev.type_() == "pagehide" || document().hidden() {
                on_leave(&s);
            }
        }));
    }
    let every = std::time::Duration::from_millis((idle_ms / 8).clamp(250, 5000) as u64);
    let tick = set_interval_with_handle(
        move || {
            let last = LAST_INPUT.with(|l| l.get());
            if s.peek(|u| u.staff) && !is_covered() && session::idle(last, now_ms(), idle_ms) {
                cover(&s);
            }
        },
        every,
    )
    .ok();
    on_cleanup(move || {
        handles.into_iter().for_each(|h| h.remove());
        if let Some(t) = tick {
            t.clear();
        }
    });
}
