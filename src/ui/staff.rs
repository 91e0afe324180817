//! Staff mode: a remembered switch (in the drafts bar) that marks `<html data-staff>` so that
//! `style/staff.css` makes the layout denser and opens the case list first, adds a note per
//! case, and prints an A4 summary of the open case instead of the screen.
//!
//! The summary is a component ([`StaffSummary`]) mounted into the frame's `#hn-summary-root` by
//! [`mount`], a root of its own unmounted with the app's owner; it exists in staff mode only
//! and shows only in print. What it shows is `staff_summary.rs`, its own wasm module
//! (`lazy::staff_summary`); this file is what the main module keeps (the print stamp, the root).

use super::outcome::Outcome;
use super::staff_summary::PrintedAt;
use super::state::AppState;
use super::store::store;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

const ROOT_ID: &str = "hn-summary-root";

/// The clock's `now` when stamped, and the moment of printing.
type Stamp = Option<(NaiveDateTime, NaiveDateTime)>;

thread_local! {
    /// The moment of printing with the clock's `now` when it was stamped (see
    /// [`stamp_print_time`]); it holds until the clock ticks on.
    static STAMP: Cell<Option<RwSignal<Stamp>>> = const { Cell::new(None) };
}

/// The one place the print time is taken (Ctrl+P too, through the frame's `beforeprint`), at the
/// moment of printing, not at the last redraw: the A4 summary and the screen's printout show it.
pub fn stamp_print_time(app: &AppState) -> NaiveDateTime {
    let now = crate::engine::jst::from_epoch_millis(js_sys::Date::now()).unwrap_or_default();
    if let Some(stamp) = STAMP.with(|s| s.get()) {
        stamp.set(Some((app.clock.now.get_untracked(), now)));
    }
    now
}

/// Mounts [`StaffSummary`] into the frame's `#hn-summary-root` (emptied first: the prerendered
/// copy is a picture), once the effects started before it have run. A root of its own: the
/// summary sits in <main> apart from the screen's container (print shows it alone); unmounted with
/// the app's owner, which the task runs under (and is dropped with, if it goes first).
pub fn mount(app: AppState, out: Outcome) {
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let Some(root) = document()
            .get_element_by_id(ROOT_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        root.set_text_content(None);
        let root = leptos::mount::mount_to(root, move || {
            app.provide();
            provide_context(out);
            view! { <StaffSummary /> }
        });
        StoredValue::new_local(root);
    });
}

/// The A4 summary of the open case: drawn in staff mode only (shown only in print, by
/// `style/staff.css`), again in the language chosen.
#[component]
pub fn StaffSummary() -> impl IntoView {
    let Some(s) = store() else {
        return ().into_any();
    };
    let app = s.app;
    let staff = Memo::new(move |_| s.ui.with(|u| u.staff));
    // The print time follows "now" until a print stamps it; the next tick of "now" takes over
    // (derived, not reset by an effect: a stamp taken at an older tick is simply stale).
    let stamp = RwSignal::new(Stamp::None);
    STAMP.with(|c| c.set(Some(stamp)));
    // Stamped by the frame's one `beforeprint` listener (`ui/mod.rs`) through `stamp_print_time`.
    let printed = Signal::derive(move || {
        let now = app.clock.now.get();
        match stamp.get() {
            Some((tick, at)) if tick == now => at,
            _ => now,
        }
    });
    provide_context(PrintedAt(printed));
    // Its own module (`lazy::staff_summary`), fetched when staff mode is first on.
    view! {
        <Show when=move || staff.get()>
            <super::lazy::Lazy load=super::lazy::staff_summary />
        </Show>
    }
    .into_any()
}
