//! The drafts area above every screen: what the store must tell the user (storage blocked or
//! full, an unreadable or newer draft, a change in another tab, undo), a status line with the
//! saved-cases and staff-mode switches, and the panel: the open case (name, staff note, export,
//! print, new case), the saved cases, import, and "erase everything".
//!
//! Like the screens (see `html.rs`), it is escaped markup written by effects, one per region,
//! with one delegated event handler: a `view!` closure or a typed listener per control cost
//! kilobytes of wasm each. The two fields one types into are never redrawn while typing: their
//! markup carries no value, which is set as a property after drawing.

use super::case_io::{self, ExportMsg};
use super::dom;
use super::html::{Html, NAME_SLOT};
use super::i18n::Texts;
use super::i18n_drafts::{dtexts, DraftTexts};
use super::state::{AppState, NOT_LISTED};
use super::store::{store, Conflict, Notice, Store, StoreError, StoreUi};
use crate::engine::draft::{raw_without_staff_note, DraftStatus, IndexEntry};
use crate::engine::name::clean_name;
use crate::engine::session;
use crate::engine::{advice, pack, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const AREA_ID: &str = "hn-drafts";
const PANEL_ID: &str = "hn-drafts-panel";
const NAME_ID: &str = "hn-case-name";
const NOTE_ID: &str = "hn-staff-note";
const ERASE_HEADING_ID: &str = "hn-erase-heading";
const READONLY_HEADING_ID: &str = "hn-readonly-heading";
const STEP_HEADING_ID: &str = super::screens::HEADING_ID;

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

/// A button whose accessible name says which case it acts on (the visible label is in it).
fn button_named(h: &mut Html, class: &'static str, act: &str, label: &str, name: &str) {
    h.raw("<button type=\"button\"")
        .attr("class", class)
        .attr("data-act", act)
        .attr("aria-label", name)
        .raw(">")
        .t(label)
        .raw("</button>");
}

/// Banners, the status bar, and a read-only view of a newer-format draft.
fn render_top(h: &mut Html, u: &StoreUi, s: &Store, lang: Lang) {
    let dt = dtexts(lang);
    if !u.available {
        h.raw("<p class=\"hn-warn-box\" id=\"hn-storage-unavailable\" role=\"status\">")
            .t(dt.banner_unavailable)
            .raw("</p>");
    }
    if let Some(e) = &u.error {
        let msg = match e {
            StoreError::Quota => dt.banner_quota.to_string(),
            StoreError::Unavailable => dt.banner_unavailable.to_string(),
            StoreError::Failed(name) => (dt.banner_failed)(name),
        };
        h.raw("<p class=\"hn-alert\" id=\"hn-store-error\" role=\"alert\">")
            .t(&msg)
            .raw("</p>");
    }
    if let Some(c) = &u.conflict {
        let (title, body, changed) = match c {
            Conflict::Changed(_) => (dt.conflict_title, dt.conflict_body, true),
            Conflict::Removed => (dt.conflict_removed_title, dt.conflict_removed_body, false),
        };
        h.raw("<div class=\"hn-alert hn-conflict\" role=\"alert\" aria-labelledby=\"hn-conflict-title\">")
            .el("h2 id=\"hn-conflict-title\"", title)
            .el("p", body)
            .raw("<div class=\"hn-actions\">")
            .button("hn-btn hn-btn-primary", "keep-mine", dt.keep_mine)
            .button(
                "hn-btn",
                "take-theirs",
                if changed { dt.take_theirs } else { dt.discard_mine },
            );
        if changed {
            h.button("hn-btn", "keep-both", dt.keep_both);
        }
        h.raw("</div></div>");
    }
    h.raw("<div role=\"status\" aria-live=\"polite\">");
    if let Some(d) = &u.undo {
        let name = if d.name.is_empty() {
            dt.untitled
        } else {
            d.name.as_str()
        };
        h.raw("<div class=\"hn-note hn-undo\"><p>")
            .t_named(&(dt.deleted)(NAME_SLOT), name)
            .raw("</p>")
            .raw("<div class=\"hn-actions\">")
            .button("hn-btn hn-btn-primary", "undo", dt.undo)
            .button("hn-btn", "undo-dismiss", dt.dismiss)
            .raw("</div></div>");
    }
    h.raw("</div>");
    for (i, n) in u.notices.iter().enumerate() {
        // A draft's id comes from a storage key (anyone can edit one): shown like a name.
        let (text, raw_id) = match n {
            Notice::Corrupt { id, backup } => {
                let mut s = (dt.notice_corrupt)(NAME_SLOT);
                if backup.is_none() {
                    s.push(' ');
                    s.push_str(dt.notice_corrupt_no_backup);
                }
                (s, Some(id.as_str()))
            }
            Notice::Newer { version, .. } => ((dt.notice_newer)(*version), None),
            Notice::Erased => (dt.erased.to_string(), None),
        };
        h.raw("<div class=\"hn-warn-box hn-notice\" role=\"status\"><p>")
            .t_named(&text, &clean_name(raw_id.unwrap_or_default()))
            .raw("</p><div class=\"hn-actions\">");
        if let Some(id) = raw_id {
            h.button("hn-btn", &format!("raw:{id}"), dt.download_raw);
        }
        h.button("hn-btn", &format!("dismiss:{i}"), dt.dismiss)
            .raw("</div></div>");
    }

    h.raw("<div class=\"hn-drafts-bar\"><span class=\"hn-small hn-muted\" id=\"hn-saved-status\">");
    if u.available {
        match s.saved_at_text() {
            Some(t) => h.t(&(dt.saved_at)(&t)),
            None => h.t(dt.not_saved_yet),
        };
    }
    h.raw("</span><span class=\"hn-drafts-switches\"><button type=\"button\" class=\"hn-btn\" data-act=\"panel\" id=\"hn-drafts-toggle\"")
        .attr("aria-controls", PANEL_ID)
        .attr("aria-expanded", if u.panel_open { "true" } else { "false" })
        .raw(">")
        .t(&(dt.panel_toggle)(u.index.len()))
        .raw("</button><button type=\"button\" class=\"hn-btn hn-staff-switch\" data-act=\"staff\" id=\"hn-staff-switch\"")
        .attr("aria-pressed", if u.staff { "true" } else { "false" })
        .raw(">")
        .t(dt.staff_switch)
        .raw("</button></span></div>");
    if u.staff {
        // A shared PC: what hides the case, how long cases are kept, and the end of a session.
        let secs = u32::try_from(s.idle_ms() / 1000).unwrap_or(session::IDLE_SECONDS);
        h.raw("<div class=\"hn-staff-session\" id=\"hn-staff-session\"><p class=\"hn-small\">")
            .t(&(dt.idle_notice)(secs))
            .raw(" ")
            .t(&(dt.retention_notice)(session::retention_days(true)))
            .raw("</p>")
            .button("hn-btn hn-btn-primary", "next-customer", dt.next_customer)
            .raw("</div>");
    }

    if let Some(v) = &u.viewing {
        h.raw("<section class=\"hn-note hn-readonly\"")
            .attr("aria-labelledby", READONLY_HEADING_ID)
            .raw("><h2 tabindex=\"-1\"")
            .attr("id", READONLY_HEADING_ID)
            .raw(">")
            .t(dt.readonly_title)
            .raw("</h2>")
            .el("p", &(dt.notice_newer)(v.version))
            .el("pre class=\"hn-raw\"", &v.raw)
            .raw("<div class=\"hn-actions\">")
            .button("hn-btn", &format!("raw:{}", v.id), dt.download_raw)
            .button("hn-btn", "readonly-close", dt.readonly_close)
            .raw("</div></section>");
    }
}

fn field_head(h: &mut Html, id: &'static str, label: &str, hint: &str) {
    h.raw("<label class=\"hn-label\"")
        .attr("for", id)
        .raw(">")
        .t(label)
        .raw("</label><span class=\"hn-hint\"")
        .attr("id", &format!("{id}-hint"))
        .raw(">")
        .t(hint)
        .raw("</span>");
}

/// The open case: its name, the staff note, export, print and "new case". The fields' values
/// are set after drawing (see `sync_fields`).
fn render_case(h: &mut Html, u: &StoreUi, lang: Lang, notes: &str) {
    let dt = dtexts(lang);
    h.el("h2 class=\"hn-drafts-title\"", dt.panel_title)
        .el("p class=\"hn-small\"", dt.panel_lead)
        .raw("<section class=\"hn-current-case\" aria-labelledby=\"hn-current-case-title\">")
        .el("h3 id=\"hn-current-case-title\"", dt.this_case)
        .raw("<div class=\"hn-field\">");
    field_head(h, NAME_ID, dt.case_name, dt.case_name_hint);
    h.raw("<input class=\"hn-input\" type=\"text\" autocomplete=\"off\" data-dfield=\"name\" aria-describedby=\"hn-case-name-hint\"")
        .attr("id", NAME_ID)
        .raw("></div>");
    if u.staff {
        h.raw("<div class=\"hn-field\">");
        field_head(h, NOTE_ID, dt.staff_note, dt.staff_note_hint);
        h.raw("<textarea class=\"hn-input hn-textarea\" data-dfield=\"note\" aria-describedby=\"hn-staff-note-hint\"")
            .attr("id", NOTE_ID)
            .raw("></textarea></div>");
    }
    // An imported file's notes: shown, since an export carries them on (CASE_FILE.md).
    if !notes.is_empty() {
        h.raw("<div class=\"hn-field hn-file-notes\">")
            .el("h4 id=\"hn-file-notes-title\"", dt.file_notes)
            .el("p class=\"hn-hint\"", dt.file_notes_hint)
            .el(
                "p class=\"hn-file-notes-text\" dir=\"auto\" id=\"hn-file-notes\"",
                notes,
            )
            .raw("</div>");
    }
    h.raw("<div class=\"hn-actions\">")
        .raw("<button type=\"button\" class=\"hn-btn hn-btn-primary\" data-act=\"export\" id=\"hn-export\">")
        .t(dt.export_button)
        .raw("</button>");
    if u.staff {
        h.button("hn-btn", "print-summary", dt.print_summary);
    }
    h.button("hn-btn", "new-case", dt.new_case)
        .raw("</div><p class=\"hn-small\" role=\"status\" id=\"hn-export-msg\">");
    case_io::render_export_msg(h, u.export_msg.as_ref(), dt);
    h.raw("</p></section>");
}

fn render_row(h: &mut Html, s: &Store, u: &StoreUi, e: &IndexEntry, lang: Lang, t: &Texts) {
    let dt = dtexts(lang);
    let is_current = e.id == u.current && e.status != DraftStatus::Newer;
    let name = if e.name.is_empty() {
        dt.untitled
    } else {
        e.name.as_str()
    };
    let id = e.id.as_str();
    h.raw("<tr")
        .attr(
            "class",
            if is_current {
                "hn-draft-row hn-draft-current"
            } else {
                "hn-draft-row"
            },
        )
        .raw("><th scope=\"row\"")
        .attr("data-label", dt.col_name)
        .raw(">");
    if u.renaming.as_deref() == Some(id) {
        let input_id = format!("hn-rename-{}", safe_id(id));
        let value = s.rename_value.get_value().unwrap_or_default();
        h.raw("<span class=\"hn-rename\"><label class=\"hn-label\"")
            .attr("for", &input_id)
            .raw(">")
            .t(dt.new_name)
            .raw("</label><input class=\"hn-input\" type=\"text\" autocomplete=\"off\" data-dfield=\"rename\"")
            .attr("id", &input_id)
            .attr("data-id", id)
            .attr("value", &value)
            .raw("><span class=\"hn-actions\">")
            .button("hn-btn hn-btn-primary", &format!("rename-save:{id}"), dt.save)
            .button("hn-btn", "rename-cancel", dt.cancel)
            .raw("</span></span>");
    } else {
        h.raw("<span class=\"hn-draft-name\">")
            .bdi(name)
            .raw("</span>");
        if is_current {
            h.raw(" ")
                .el("span class=\"hn-badge hn-current-badge\"", dt.open_now);
        }
    }
    h.raw("</th><td")
        .attr("data-label", dt.col_scheme)
        .raw(">")
        .t(&scheme_name(e.scheme.as_deref(), lang, t, dt))
        .raw("</td><td")
        .attr("data-label", dt.col_updated)
        .raw(">")
        .t(if e.updated.is_empty() {
            "—"
        } else {
            &e.updated
        })
        .raw("</td><td")
        .attr("data-label", dt.col_status)
        .raw(">")
        .t(status_text(e.status, dt))
        .raw("</td><td")
        .attr("data-label", dt.col_actions)
        .raw("><span class=\"hn-row-actions\">");
    match e.status {
        DraftStatus::Corrupt => {
            h.button("hn-btn", &format!("raw:{id}"), dt.download_raw);
        }
        DraftStatus::Newer => {
            h.button("hn-btn", &format!("view:{id}"), dt.view).button(
                "hn-btn",
                &format!("raw:{id}"),
                dt.download_raw,
            );
        }
        _ => {
            if !is_current {
                button_named(
                    h,
                    "hn-btn hn-btn-primary",
                    &format!("open:{id}"),
                    dt.open,
                    &(dt.open_named)(name),
                );
            }
            button_named(
                h,
                "hn-btn",
                &format!("rename:{id}"),
                dt.rename,
                &(dt.rename_named)(name),
            );
            button_named(
                h,
                "hn-btn",
                &format!("duplicate:{id}"),
                dt.duplicate,
                &(dt.duplicate_named)(name),
            );
        }
    }
    button_named(
        h,
        "hn-btn hn-btn-danger",
        &format!("delete:{id}"),
        dt.delete,
        &(dt.delete_named)(name),
    );
    h.raw("</span></td></tr>");
}

/// The saved cases.
fn render_list(h: &mut Html, u: &StoreUi, s: &Store, app: &AppState) {
    let lang = app.lang.get();
    let t = app.t();
    let dt = dtexts(lang);
    h.raw("<section aria-labelledby=\"hn-list-title\">")
        .el("h3 id=\"hn-list-title\"", dt.list_caption);
    if u.index.is_empty() {
        h.el("p", dt.list_empty);
    } else {
        h.raw("<div class=\"hn-table-wrap\"><table class=\"hn-table hn-drafts-table\" id=\"hn-drafts-table\"><thead><tr>");
        for c in [
            dt.col_name,
            dt.col_scheme,
            dt.col_updated,
            dt.col_status,
            dt.col_actions,
        ] {
            h.el("th scope=\"col\"", c);
        }
        h.raw("</tr></thead><tbody>");
        for e in &u.index {
            render_row(h, s, u, e, lang, t);
        }
        h.raw("</tbody></table></div>");
    }
    h.raw("</section>");
}

/// "Erase everything", behind a question.
fn render_erase(h: &mut Html, u: &StoreUi, lang: Lang) {
    let dt = dtexts(lang);
    if u.asking_erase {
        h.raw("<div class=\"hn-alert\" role=\"group\"")
            .attr("aria-labelledby", ERASE_HEADING_ID)
            .raw("><h3 tabindex=\"-1\"")
            .attr("id", ERASE_HEADING_ID)
            .raw(">")
            .t(dt.erase_title)
            .raw("</h3>")
            .el("p", &(dt.erase_body)(u.index.len()))
            .raw("<div class=\"hn-actions\">")
            .button("hn-btn hn-btn-danger", "erase-yes", dt.erase_yes)
            .button("hn-btn", "erase-cancel", dt.cancel)
            .raw("</div></div>");
    } else {
        h.button("hn-btn hn-btn-danger", "erase-ask", dt.erase_all);
    }
}

/// Which region an effect draws.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Region {
    Top,
    Case,
    List,
    Import,
    Erase,
    Summary,
}

fn render(region: Region, h: &mut Html, s: &Store, app: &AppState) {
    let lang = app.lang.get();
    s.ui.with(|u| {
        let panel = u.panel_open;
        match region {
            Region::Top => render_top(h, u, s, lang),
            Region::Case if panel => render_case(h, u, lang, &app.notes.get()),
            Region::List if panel => render_list(h, u, s, app),
            Region::Import if panel => case_io::render_import(h, u, lang),
            Region::Erase if panel => render_erase(h, u, lang),
            Region::Summary if u.staff => super::staff::render_summary(h, app, s),
            _ => {}
        }
    });
}

/// Puts the stored name and note into their fields (never while they hold the same text, so a
/// caret is never moved).
fn sync_fields(s: &Store) {
    let doc = document();
    for (id, value) in [
        (NAME_ID, s.name.get_untracked()),
        (NOTE_ID, s.staff_note.get_untracked()),
    ] {
        let Some(el) = doc.get_element_by_id(id) else {
            continue;
        };
        if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if i.value() != value {
                i.set_value(&value);
            }
        } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if t.value() != value {
                t.set_value(&value);
            }
        }
    }
}

fn dispatch(s: &Store, act: &str) {
    let (verb, arg) = act.split_once(':').unwrap_or((act, ""));
    match verb {
        "panel" => s.set(|u| u.panel_open = !u.panel_open),
        "staff" => s.set_staff(!s.peek(|u| u.staff)),
        "keep-mine" => s.keep_mine(),
        "take-theirs" => s.take_theirs(),
        "keep-both" => s.keep_both(),
        "undo" => s.undo_delete(),
        "undo-dismiss" => s.set(|u| u.undo = None),
        "dismiss" => {
            if let Ok(i) = arg.parse::<usize>() {
                s.set(|u| {
                    if i < u.notices.len() {
                        u.notices.remove(i);
                    }
                });
            }
        }
        "raw" => download_raw(s, arg),
        "readonly-close" => s.set(|u| u.viewing = None),
        "export" => {
            let msg: ExportMsg = case_io::export(&s.out);
            s.set(|u| u.export_msg = Some(msg));
        }
        "print-summary" => super::staff::print_summary(),
        "next-customer" => super::idle::next_customer(s),
        "new-case" => {
            s.new_case();
            s.set(|u| u.export_msg = None);
            dom::focus_id(STEP_HEADING_ID);
        }
        "open" => {
            s.open(arg);
            s.set(|u| u.export_msg = None);
            dom::focus_id(STEP_HEADING_ID);
        }
        "view" => {
            s.open(arg);
            dom::focus_id(READONLY_HEADING_ID);
        }
        "rename" => {
            let name = s
                .peek(|u| u.index.iter().find(|e| e.id == arg).map(|e| e.name.clone()))
                .unwrap_or_default();
            s.rename_value.set_value(Some(name));
            s.set(|u| u.renaming = Some(arg.to_string()));
            dom::focus_id(format!("hn-rename-{}", safe_id(arg)));
        }
        "rename-save" => commit_rename(s, arg),
        "rename-cancel" => s.set(|u| u.renaming = None),
        "duplicate" => s.duplicate(arg),
        "delete" => s.delete(arg),
        "erase-ask" => {
            s.set(|u| u.asking_erase = true);
            dom::focus_id(ERASE_HEADING_ID);
        }
        "erase-cancel" => s.set(|u| u.asking_erase = false),
        "erase-yes" => {
            s.erase_all();
            dom::focus_id(STEP_HEADING_ID);
        }
        _ => {}
    }
}

fn commit_rename(s: &Store, id: &str) {
    let name = s.rename_value.get_value().unwrap_or_default();
    s.rename(id, clean_name(&name));
    s.set(|u| u.renaming = None);
}

fn target_el(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// Files dropped outside the drop zone: never let the browser open the file instead of the app.
fn on_window_drag(ev: web_sys::Event) {
    let in_zone = target_el(&ev)
        .and_then(|e| e.closest(".hn-dropzone").ok().flatten())
        .is_some();
    if !in_zone {
        ev.prevent_default();
    }
}

/// The one handler for every event of the drafts area. It listens on the area itself, not the
/// window: a download's synthetic click on a link in <body> must not re-enter it.
fn on_event(ev: web_sys::Event) {
    let Some(s) = store() else { return };
    let ty = ev.type_();
    let Some(el) = target_el(&ev) else { return };
    let in_zone = el.closest(".hn-dropzone").ok().flatten().is_some();
    match ty.as_str() {
        "dragover" | "drop" if !in_zone => ev.prevent_default(),
        "dragover" => {
            ev.prevent_default();
            if !s.peek(|u| u.drop_active) {
                s.set(|u| u.drop_active = true);
            }
        }
        "dragleave" if in_zone => s.set(|u| u.drop_active = false),
        "drop" => {
            ev.prevent_default();
            s.set(|u| u.drop_active = false);
            let files = ev
                .dyn_ref::<web_sys::DragEvent>()
                .and_then(|d| d.data_transfer())
                .and_then(|d| d.files());
            case_io::import_files(s, files);
        }
        "click" => {
            let act = el
                .closest("[data-act]")
                .ok()
                .flatten()
                .and_then(|e| e.get_attribute("data-act"));
            if let Some(act) = act {
                dispatch(&s, &act);
            }
        }
        "input" => {
            let field = el.get_attribute("data-dfield");
            let value = if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                i.value()
            } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                t.value()
            } else {
                return;
            };
            match field.as_deref() {
                Some("name") => s.name.set(value),
                Some("note") => s.staff_note.set(value),
                Some("rename") => s.rename_value.set_value(Some(value)),
                _ => {}
            }
        }
        "keydown" if el.get_attribute("data-dfield").as_deref() == Some("rename") => {
            let key = ev
                .dyn_ref::<web_sys::KeyboardEvent>()
                .map(|k| k.key())
                .unwrap_or_default();
            if key == "Enter" {
                ev.prevent_default();
                if let Some(id) = el.get_attribute("data-id") {
                    commit_rename(&s, &id);
                }
            } else if key == "Escape" {
                s.set(|u| u.renaming = None);
            }
        }
        "change" => {
            if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                if input.id() == case_io::FILE_INPUT_ID {
                    case_io::import_files(s, input.files());
                    // The same file can be chosen again after a fix.
                    input.set_value("");
                }
            }
        }
        _ => {}
    }
}

/// Replaces a region's markup, keeping focus on the element that had it.
fn place(el: &web_sys::HtmlElement, html: &str) {
    let doc = document();
    let active = doc
        .active_element()
        .filter(|a| el.contains(Some(a)))
        .map(|a| a.id())
        .filter(|id| !id.is_empty());
    el.set_inner_html(html);
    if let Some(e) = active
        .and_then(|id| doc.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = e.focus();
    }
}

/// Starts the drafts area: each region is an element of the page frame (`ui::FRAME`), drawn by
/// its own effect. The first draw keeps markup that is already there (the prerendered page).
pub fn start() {
    let regions: [(Region, &str); 6] = [
        (Region::Top, "hn-dr-top"),
        (Region::Case, "hn-dr-case"),
        (Region::List, "hn-dr-list"),
        (Region::Import, "hn-dr-import"),
        (Region::Erase, "hn-dr-erase"),
        (Region::Summary, "hn-summary-root"),
    ];
    let Some(s) = store() else {
        return;
    };
    let app = s.app;
    for (region, id) in regions {
        // Returns what it drew, so an unchanged region is not touched (nor the DOM read).
        Effect::new(move |prev: Option<String>| {
            let mut h = Html::new();
            render(region, &mut h, &s, &app);
            let Some(el) = document()
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return String::new();
            };
            if !dom::shows(&el, prev.as_deref(), &h.s) {
                place(&el, &h.s);
            }
            match region {
                Region::Case => sync_fields(&s),
                Region::Top => {
                    // The panel's frame shows only when open; staff mode marks <html> for
                    // staff.css (denser layout, the A4 summary in print).
                    let (open, staff) = s.ui.with(|u| (u.panel_open, u.staff));
                    if let Some(p) = document().get_element_by_id(PANEL_ID) {
                        dom::toggle_attr(&p, "hidden", !open);
                    }
                    if let Some(root) = document().document_element() {
                        dom::toggle_attr(&root, "data-staff", staff);
                    }
                }
                _ => {}
            }
            h.s
        });
    }
    // One delegated listener on the area (a frame element) for every region's controls.
    dom::listen(
        AREA_ID,
        &[
            "click",
            "input",
            "keydown",
            "change",
            "dragover",
            "dragleave",
            "drop",
        ],
        on_event,
    );
    for name in ["dragover", "drop"] {
        let _ = window_event_listener_untyped(name, on_window_drag);
    }
    let _ = window_event_listener_untyped("beforeprint", |_| {
        if let Some(s) = store() {
            super::staff::stamp_print_time(&s.app);
        }
    });
}
