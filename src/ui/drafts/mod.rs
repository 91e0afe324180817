//! The drafts area above every screen: what the store must tell the user (storage blocked or
//! full, an unreadable or newer draft, a change in another tab, undo), a status line with the
//! saved-cases and staff-mode switches, and the panel: the open case (name, staff note, export,
//! print, new case), the saved cases, import, and "erase everything".
//!
//! Components over the store's UI signal (`Store::ui`), mounted into the frame's `#hn-drafts`
//! (see `ui::FRAME`), keeping the frame's region ids (`hn-dr-top`, `hn-drafts-panel`, …). The
//! two fields one types into are bound with `prop:value`, so typing never redraws them; the
//! saved cases are a keyed `<For/>`, one `DraftRow` per draft.
//!
//! By concern: [`banners`] (what the store must tell: storage, conflicts, undo, notices, a
//! read-only newer draft), [`bar`] (the status line and its switches), [`panel`] (the open case),
//! [`rows`] (the saved cases: list, row, rename), [`erase`] ("erase everything"). This file holds
//! the area that places them and the helpers they share.

use super::case_io::{self, ExportMessage};
use super::dom;
use super::focus;
use super::i18n::Texts;
use super::i18n_drafts::{dtexts, DraftTexts};
use super::state::NOT_LISTED;
pub use super::store::use_store;
use super::store::{store, Conflict, Notice, Store, StoreError};
pub use super::widgets::named;
use super::widgets::NAME_SLOT;
use crate::engine::name::clean_name;
use crate::engine::session;
use crate::engine::{advice, pack, Lang};
use crate::model::{raw_without_staff_note, DraftStatus, IndexEntry};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub(crate) mod banners;
mod bar;
pub(crate) mod erase;
pub(crate) mod panel;
pub(crate) mod rows;

use banners::{StoreBanners, UndoBox};
use bar::DraftsBar;

const AREA_ID: &str = "hn-drafts";
const PANEL_ID: &str = "hn-drafts-panel";
const NAME_ID: &str = "hn-case-name";
const NOTE_ID: &str = "hn-staff-note";
const ERASE_HEADING_ID: &str = "hn-erase-heading";
const READONLY_HEADING_ID: &str = "hn-readonly-heading";
const STEP_HEADING: &str = "#hn-step-heading";

/// A scheme or advice id as its name in `lang`; an unknown id is shown as it is (as text).
pub fn scheme_name(id: Option<&str>, lang: Lang, t: &Texts, dt: &DraftTexts) -> String {
    match id {
        None => dt.no_scheme.to_string(),
        Some(NOT_LISTED) => t.scheme_not_listed.to_string(),
        Some(id) => pack::pack(id)
            .map(|p| p.name.get(lang).to_string())
            .or_else(|| advice::advice(id).map(|a| a.title.get(lang).to_string()))
            .unwrap_or_else(|| id.to_string()),
    }
}

fn status_text(s: DraftStatus, dt: &DraftTexts) -> &'static str {
    match s {
        DraftStatus::InProgress => dt.status_in_progress,
        DraftStatus::Result => dt.status_result,
        DraftStatus::Advice => dt.status_advice,
        DraftStatus::Newer => dt.status_newer,
        DraftStatus::Corrupt => dt.status_corrupt,
    }
}

/// Only letters, digits and `-` from an id (ids come from storage keys, which anyone can edit).
fn safe_id(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect()
}

/// An unreadable or newer-format draft as a file, without the staff note: the note's hint
/// promises it is never in a file.
fn download_raw(store: &Store, id: &str) {
    if let Some(raw) = store.raw(id) {
        let file = format!("hosho-navi-draft-{}.json", safe_id(id));
        dom::download(&file, "application/json", &raw_without_staff_note(&raw));
    }
}

/// The whole drafts area, in the frame's region elements. Built again when the language changes.
#[component]
pub fn Drafts() -> impl IntoView {
    let s = use_store();
    let open = Memo::new(move |_| s.ui.with(|u| u.panel_open));
    // What is rarely there mounts when it is (its own module): a conflict with another tab, what
    // the store found, a newer draft shown read-only. Storage trouble and undo's live region stay.
    let conflict = Memo::new(move |_| s.ui.with(|u| u.conflict.is_some()));
    let notices = Memo::new(move |_| s.ui.with(|u| !u.notices.is_empty()));
    let viewing = Memo::new(move |_| s.ui.with(|u| u.viewing.is_some()));
    move || {
        s.app.lang.track();
        view! {
            <div id="hn-dr-top">
                <StoreBanners />
                <Show when=move || conflict.get()>
                    <super::lazy::Lazy load=super::lazy::conflict_box />
                </Show>
                <UndoBox />
                <Show when=move || notices.get()>
                    <super::lazy::Lazy load=super::lazy::store_notices />
                </Show>
                <DraftsBar />
                <Show when=move || viewing.get()>
                    <super::lazy::Lazy load=super::lazy::read_only_draft />
                </Show>
            </div>
            <div id=PANEL_ID class="hn-drafts-panel" hidden=move || !open.get()>
                <div id="hn-dr-case">
                    <Show when=move || open.get()>
                        <super::lazy::Lazy load=super::lazy::drafts_panel />
                    </Show>
                </div>
                <div class="hn-drafts-body">
                    <div id="hn-dr-list">
                        <Show when=move || open.get()>
                            <super::lazy::Lazy load=super::lazy::drafts_list />
                        </Show>
                    </div>
                    <div id="hn-dr-import">
                        <Show when=move || open.get()>
                            <super::lazy::Lazy load=super::lazy::import_zone />
                        </Show>
                    </div>
                    <div class="hn-erase" id="hn-dr-erase">
                        <Show when=move || open.get()>
                            <super::lazy::Lazy load=super::lazy::erase_all />
                        </Show>
                    </div>
                </div>
            </div>
        }
    }
}

/// Files dropped outside the drop zone: never let the browser open the file instead of the app.
fn on_window_drag(ev: web_sys::Event) {
    let in_zone = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(".hn-dropzone").ok().flatten())
        .is_some();
    if !in_zone {
        ev.prevent_default();
    }
}

/// Starts the drafts area: the [`Drafts`] component mounted into the frame's `#hn-drafts`
/// (emptied first: the prerendered copy is a picture) and staff mode on `<html>` (the A4 summary
/// is `staff::StaffSummary`).
pub fn start() {
    let Some(s) = store() else {
        return;
    };
    let app = s.app;
    // Staff mode marks <html> for staff.css (denser layout, the A4 summary in print).
    Effect::new(move |_| {
        let staff = s.ui.with(|u| u.staff);
        if let Some(root) = document().document_element() {
            dom::toggle_attr(&root, "data-staff", staff);
        }
    });
    if let Some(area) = document()
        .get_element_by_id(AREA_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        area.set_text_content(None);
        let out = s.out;
        // A root of its own: the drafts region sits before or after the screen by deployment,
        // in the prerendered frame, outside the screen's container. Unmounted with the app.
        let root = leptos::mount::mount_to(area, move || {
            app.provide();
            provide_context(out);
            view! { <Drafts /> }
        });
        StoredValue::new_local(root);
    }
    // The print time is stamped by the A4 summary's own `beforeprint` listener (staff.rs).
    let handles: Vec<_> = ["dragover", "drop"]
        .into_iter()
        .map(|name| window_event_listener_untyped(name, on_window_drag))
        .collect();
    on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));
}
