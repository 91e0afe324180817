//! The drafts area above every screen: what the store must tell the user (storage blocked or
//! full, an unreadable or newer draft, a change in another tab, undo), a status line with the
//! saved-cases and staff-mode switches, and the panel: the open case (name, staff note, export,
//! print, new case), the saved cases, import, and "erase everything".
//!
//! Components over the store's UI signal (`Store::ui`), mounted into the frame's `#hn-drafts`
//! (see `ui::FRAME`), keeping the frame's region ids (`hn-dr-top`, `hn-drafts-panel`, …). The
//! two fields one types into are bound with `prop:value`, so typing never redraws them; the
//! saved cases are a keyed `<For/>`, one [`DraftRow`] per draft.

use super::case_io::{self, ExportMessage, ImportZone};
use super::dom;
use super::focus;
use super::i18n::Texts;
use super::i18n_drafts::{dtexts, DraftTexts};
use super::state::NOT_LISTED;
use super::store::{store, Conflict, Notice, Store, StoreError};
use super::widgets::NAME_SLOT;
use crate::engine::name::clean_name;
use crate::engine::session;
use crate::engine::{advice, pack, Lang};
use crate::model::{raw_without_staff_note, DraftStatus, IndexEntry};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const AREA_ID: &str = "hn-drafts";
const PANEL_ID: &str = "hn-drafts-panel";
const NAME_ID: &str = "hn-case-name";
const NOTE_ID: &str = "hn-staff-note";
const ERASE_HEADING_ID: &str = "hn-erase-heading";
const READONLY_HEADING_ID: &str = "hn-readonly-heading";
const STEP_HEADING: &str = "#hn-step-heading";

/// The drafts store, provided where the drafts area is mounted.
pub fn use_store() -> Store {
    expect_context::<Store>()
}

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

/// `msg` (formatted with [`NAME_SLOT`] for the name) as text, with the name isolated in `<bdi>`.
pub fn named(msg: &str, name: &str) -> impl IntoView {
    let name = name.to_string();
    msg.split(NAME_SLOT)
        .enumerate()
        .map(move |(i, part)| {
            view! {
                {(i > 0).then(|| view! { <bdi>{name.clone()}</bdi> })}
                {part.to_string()}
            }
        })
        .collect_view()
}

/// Storage unavailable or failing: what it means for the user's drafts.
#[component]
fn StoreBanners() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let state = Memo::new(move |_| s.ui.with(|u| (u.available, u.error.clone())));
    move || {
        let (available, error) = state.get();
        let error = error.map(|e| match e {
            StoreError::Quota => dt.banner_quota.to_string(),
            StoreError::Unavailable => dt.banner_unavailable.to_string(),
            StoreError::Failed(name) => (dt.banner_failed)(&name),
        });
        view! {
            {(!available).then(|| view! {
                <p class="hn-warn-box" id="hn-storage-unavailable" role="status">
                    {dt.banner_unavailable}
                </p>
            })}
            {error.map(|msg| view! {
                <p class="hn-alert" id="hn-store-error" role="alert">{msg}</p>
            })}
        }
    }
}

/// The open case changed or was removed in another tab: which version to keep.
#[component]
fn ConflictBox() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    // Only which kind of conflict: the other tab's draft itself is not shown.
    let changed = Memo::new(move |_| {
        s.ui.with(|u| {
            u.conflict
                .as_ref()
                .map(|c| matches!(c, Conflict::Changed(_)))
        })
    });
    move || {
        changed.get().map(|changed| {
            let (title, body) = if changed {
                (dt.conflict_title, dt.conflict_body)
            } else {
                (dt.conflict_removed_title, dt.conflict_removed_body)
            };
            view! {
                <div class="hn-alert hn-conflict" role="alert" aria-labelledby="hn-conflict-title">
                    <h2 id="hn-conflict-title">{title}</h2>
                    <p>{body}</p>
                    <div class="hn-actions">
                        <button type="button" class="hn-btn hn-btn-primary" on:click=move |_| s.keep_mine()>
                            {dt.keep_mine}
                        </button>
                        <button type="button" class="hn-btn" on:click=move |_| s.take_theirs()>
                            {if changed { dt.take_theirs } else { dt.discard_mine }}
                        </button>
                        {changed.then(|| view! {
                            <button type="button" class="hn-btn" on:click=move |_| s.keep_both()>
                                {dt.keep_both}
                            </button>
                        })}
                    </div>
                </div>
            }
        })
    }
}

/// "Deleted …" with undo, in a live region that stays on the page.
#[component]
fn UndoBox() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let name = Memo::new(move |_| s.ui.with(|u| u.undo.as_ref().map(|d| d.name.clone())));
    view! {
        <div role="status" aria-live="polite">
            {move || name.get().map(|n| {
                let n = if n.is_empty() { dt.untitled.to_string() } else { n };
                view! {
                    <div class="hn-note hn-undo">
                        <p>{named(&(dt.deleted)(NAME_SLOT), &n)}</p>
                        <div class="hn-actions">
                            <button type="button" class="hn-btn hn-btn-primary" on:click=move |_| s.undo_delete()>
                                {dt.undo}
                            </button>
                            <button type="button" class="hn-btn" on:click=move |_| s.set(|u| u.undo = None)>
                                {dt.dismiss}
                            </button>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}

/// What the store found: an unreadable or newer draft, everything erased.
#[component]
fn Notices() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let notices = Memo::new(move |_| s.ui.with(|u| u.notices.clone()));
    move || {
        notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                // A draft's id comes from a storage key (anyone can edit one): shown like a name.
                let (text, raw_id) = match n {
                    Notice::Corrupt { id, backup } => {
                        let mut t = (dt.notice_corrupt)(NAME_SLOT);
                        if backup.is_none() {
                            t.push(' ');
                            t.push_str(dt.notice_corrupt_no_backup);
                        }
                        (t, Some(id))
                    }
                    Notice::Newer { version, .. } => ((dt.notice_newer)(version), None),
                    Notice::Erased => (dt.erased.to_string(), None),
                };
                let shown = clean_name(raw_id.as_deref().unwrap_or_default());
                let dismiss = move |_| {
                    s.set(|u| {
                        if i < u.notices.len() {
                            u.notices.remove(i);
                        }
                    })
                };
                view! {
                    <div class="hn-warn-box hn-notice" role="status">
                        <p>{named(&text, &shown)}</p>
                        <div class="hn-actions">
                            {raw_id.map(|id| view! {
                                <button type="button" class="hn-btn" on:click=move |_| download_raw(&s, &id)>
                                    {dt.download_raw}
                                </button>
                            })}
                            <button type="button" class="hn-btn" on:click=dismiss>{dt.dismiss}</button>
                        </div>
                    </div>
                }
            })
            .collect_view()
    }
}

/// The status line: when the case was saved, the saved-cases switch and staff mode; in staff
/// mode, what hides the case, how long cases are kept, and "next customer".
#[component]
fn DraftsBar() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let open = Memo::new(move |_| s.ui.with(|u| u.panel_open));
    let staff = Memo::new(move |_| s.ui.with(|u| u.staff));
    let count = Memo::new(move |_| s.ui.with(|u| u.index.len()));
    let saved = move || {
        if !s.ui.with(|u| u.available) {
            return String::new();
        }
        match s.saved_at_text() {
            Some(t) => (dt.saved_at)(&t),
            None => dt.not_saved_yet.to_string(),
        }
    };
    let bool_attr = |b: bool| if b { "true" } else { "false" };
    view! {
        <div class="hn-drafts-bar">
            <span class="hn-small hn-muted" id="hn-saved-status">{saved}</span>
            <span class="hn-drafts-switches">
                <button
                    type="button"
                    class="hn-btn"
                    id="hn-drafts-toggle"
                    aria-controls=PANEL_ID
                    aria-expanded=move || bool_attr(open.get())
                    on:click=move |_| s.set(|u| u.panel_open = !u.panel_open)
                >
                    {move || (dt.panel_toggle)(count.get())}
                </button>
                <button
                    type="button"
                    class="hn-btn hn-staff-switch"
                    id="hn-staff-switch"
                    aria-pressed=move || bool_attr(staff.get())
                    on:click=move |_| s.set_staff(!s.peek(|u| u.staff))
                >
                    {dt.staff_switch}
                </button>
            </span>
        </div>
        <Show when=move || staff.get()>
            {move || {
                let secs = u32::try_from(s.idle_ms() / 1000).unwrap_or(session::IDLE_SECONDS);
                view! {
                    <div class="hn-staff-session" id="hn-staff-session">
                        <p class="hn-small">
                            {(dt.idle_notice)(secs)}" "
                            {(dt.retention_notice)(session::retention_days(true))}
                        </p>
                        <button
                            type="button"
                            class="hn-btn hn-btn-primary"
                            on:click=move |_| super::idle::next_customer(&s)
                        >
                            {dt.next_customer}
                        </button>
                    </div>
                }
            }}
        </Show>
    }
}

/// A newer-format draft, read-only.
#[component]
fn ReadOnlyDraft() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let viewing = Memo::new(move |_| s.ui.with(|u| u.viewing.clone()));
    move || {
        viewing.get().map(|v| {
            let id = v.id;
            view! {
                <section class="hn-note hn-readonly" aria-labelledby=READONLY_HEADING_ID>
                    <h2 tabindex="-1" id=READONLY_HEADING_ID>{dt.readonly_title}</h2>
                    <p>{(dt.notice_newer)(v.version)}</p>
                    <pre class="hn-raw">{v.raw}</pre>
                    <div class="hn-actions">
                        <button type="button" class="hn-btn" on:click=move |_| download_raw(&s, &id)>
                            {dt.download_raw}
                        </button>
                        <button type="button" class="hn-btn" on:click=move |_| s.set(|u| u.viewing = None)>
                            {dt.readonly_close}
                        </button>
                    </div>
                </section>
            }
        })
    }
}

/// The label and hint above one of the open case's fields.
#[component]
fn FieldHead(
    /// The field's id.
    id: &'static str,
    /// The label's text.
    label: &'static str,
    /// The hint under the label (its id is the field's id + `-hint`).
    hint: &'static str,
) -> impl IntoView {
    view! {
        <label class="hn-label" for=id>{label}</label>
        <span class="hn-hint" id=format!("{id}-hint")>{hint}</span>
    }
}

/// The open case: its name, the staff note, an imported file's notes, export, print and
/// "new case".
#[component]
fn DraftsPanel() -> impl IntoView {
    let s = use_store();
    let app = s.app;
    let dt = dtexts(app.lang.get_untracked());
    let staff = Memo::new(move |_| s.ui.with(|u| u.staff));
    let export = move |_| {
        let msg = case_io::export(&s.out);
        s.set(|u| u.export_msg = Some(msg));
    };
    let new_case = move |_| {
        s.new_case();
        s.set(|u| u.export_msg = None);
        focus::after_render(STEP_HEADING);
    };
    view! {
        <h2 class="hn-drafts-title">{dt.panel_title}</h2>
        <p class="hn-small">{dt.panel_lead}</p>
        <section class="hn-current-case" aria-labelledby="hn-current-case-title">
            <h3 id="hn-current-case-title">{dt.this_case}</h3>
            <div class="hn-field">
                <FieldHead id=NAME_ID label=dt.case_name hint=dt.case_name_hint />
                <input
                    class="hn-input"
                    type="text"
                    autocomplete="off"
                    aria-describedby="hn-case-name-hint"
                    id=NAME_ID
                    prop:value=move || s.name.get()
                    on:input=move |ev| s.name.set(event_target_value(&ev))
                />
            </div>
            <Show when=move || staff.get()>
                <div class="hn-field">
                    <FieldHead id=NOTE_ID label=dt.staff_note hint=dt.staff_note_hint />
                    <textarea
                        class="hn-input hn-textarea"
                        aria-describedby="hn-staff-note-hint"
                        id=NOTE_ID
                        prop:value=move || s.staff_note.get()
                        on:input=move |ev| s.staff_note.set(event_target_value(&ev))
                    ></textarea>
                </div>
            </Show>
            // An imported file's notes: shown, since an export carries them on (CASE_FILE.md).
            {move || {
                let notes = app.notes.get();
                (!notes.is_empty()).then(|| view! {
                    <div class="hn-field hn-file-notes">
                        <h4 id="hn-file-notes-title">{dt.file_notes}</h4>
                        <p class="hn-hint">{dt.file_notes_hint}</p>
                        <p class="hn-file-notes-text" dir="auto" id="hn-file-notes">{notes}</p>
                    </div>
                })
            }}
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" id="hn-export" on:click=export>
                    {dt.export_button}
                </button>
                <Show when=move || staff.get()>
                    <button type="button" class="hn-btn" on:click=|_| super::staff::print_summary()>
                        {dt.print_summary}
                    </button>
                </Show>
                <button type="button" class="hn-btn" on:click=new_case>{dt.new_case}</button>
            </div>
            <ExportMessage />
        </section>
    }
}

/// What a row shows; a row redraws only when this changes.
#[derive(Clone, PartialEq)]
struct RowState {
    entry: IndexEntry,
    current: bool,
    renaming: bool,
}

fn commit_rename(s: &Store, id: &str) {
    let name = s.rename_value.get_value().unwrap_or_default();
    s.rename(id, clean_name(&name));
    s.set(|u| u.renaming = None);
}

/// The rename field in a row: Enter saves, Escape cancels. What is typed stays in
/// `Store::rename_value` (the list never redraws while typing).
#[component]
fn RenameBox(
    /// The draft being renamed.
    id: String,
) -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let input_id = format!("hn-rename-{}", safe_id(&id));
    let value = s.rename_value.get_value().unwrap_or_default();
    let (id_key, id_save) = (id.clone(), id);
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            commit_rename(&s, &id_key);
        }
        "Escape" => s.set(|u| u.renaming = None),
        _ => {}
    };
    view! {
        <span class="hn-rename">
            <label class="hn-label" for=input_id.clone()>{dt.new_name}</label>
            <input
                class="hn-input"
                type="text"
                autocomplete="off"
                id=input_id
                prop:value=value
                on:input=move |ev| s.rename_value.set_value(Some(event_target_value(&ev)))
                on:keydown=on_key
            />
            <span class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=move |_| commit_rename(&s, &id_save)>
                    {dt.save}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| s.set(|u| u.renaming = None)>
                    {dt.cancel}
                </button>
            </span>
        </span>
    }
}

/// A row's button whose accessible name says which case it acts on (the visible label is in it).
fn named_button(
    class: &'static str,
    label: &'static str,
    name: String,
    on_click: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button type="button" class=class aria-label=name on:click=move |_| on_click()>
            {label}
        </button>
    }
}

fn start_rename(s: Store, id: &str) {
    let name = s
        .peek(|u| u.index.iter().find(|e| e.id == id).map(|e| e.name.clone()))
        .unwrap_or_default();
    s.rename_value.set_value(Some(name));
    s.set(|u| u.renaming = Some(id.to_string()));
    focus::after_render(format!("#hn-rename-{}", safe_id(id)));
}

fn row_actions(
    s: Store,
    e: &IndexEntry,
    current: bool,
    name: &str,
    dt: &'static DraftTexts,
) -> AnyView {
    let id = e.id.clone();
    let i1 = id.clone();
    let i2 = id.clone();
    match e.status {
        DraftStatus::Corrupt => view! {
            <button type="button" class="hn-btn" on:click=move |_| download_raw(&s, &i1)>
                {dt.download_raw}
            </button>
        }
        .into_any(),
        DraftStatus::Newer => view! {
            <button
                type="button"
                class="hn-btn"
                on:click=move |_| {
                    s.open(&i1);
                    focus::after_render(format!("#{READONLY_HEADING_ID}"));
                }
            >
                {dt.view}
            </button>
            <button type="button" class="hn-btn" on:click=move |_| download_raw(&s, &i2)>
                {dt.download_raw}
            </button>
        }
        .into_any(),
        _ => {
            let i3 = id.clone();
            let open = (!current).then(|| {
                named_button(
                    "hn-btn hn-btn-primary",
                    dt.open,
                    (dt.open_named)(name),
                    move || {
                        s.open(&i1);
                        s.set(|u| u.export_msg = None);
                        focus::after_render(STEP_HEADING);
                    },
                )
            });
            view! {
                {open}
                {named_button("hn-btn", dt.rename, (dt.rename_named)(name), move || start_rename(s, &i2))}
                {named_button("hn-btn", dt.duplicate, (dt.duplicate_named)(name), move || s.duplicate(&i3))}
            }
            .into_any()
        }
    }
}

/// One saved case: name (or its rename field), scheme, last change, status and actions.
#[component]
fn DraftRow(
    /// The draft's id (the tail of its storage key).
    id: String,
) -> impl IntoView {
    let s = use_store();
    let app = s.app;
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let dt = dtexts(lang);
    let state = Memo::new(move |_| {
        s.ui.with(|u| {
            u.index.iter().find(|e| e.id == id).map(|e| RowState {
                current: e.id == u.current && e.status != DraftStatus::Newer,
                renaming: u.renaming.as_deref() == Some(e.id.as_str()),
                entry: e.clone(),
            })
        })
    });
    move || {
        state.get().map(|r| {
            let e = r.entry;
            let name = if e.name.is_empty() {
                dt.untitled.to_string()
            } else {
                e.name.clone()
            };
            let name_cell = if r.renaming {
                view! { <RenameBox id=e.id.clone() /> }.into_any()
            } else {
                view! {
                    <span class="hn-draft-name"><bdi>{name.clone()}</bdi></span>
                    {r.current.then(|| view! {
                        " "<span class="hn-badge hn-current-badge">{dt.open_now}</span>
                    })}
                }
                .into_any()
            };
            let del_id = e.id.clone();
            let delete = named_button(
                "hn-btn hn-btn-danger",
                dt.delete,
                (dt.delete_named)(&name),
                move || s.delete(&del_id),
            );
            let updated = if e.updated.is_empty() {
                "—".to_string()
            } else {
                e.updated.clone()
            };
            view! {
                <tr class=if r.current { "hn-draft-row hn-draft-current" } else { "hn-draft-row" }>
                    <th scope="row" data-label=dt.col_name>{name_cell}</th>
                    <td data-label=dt.col_scheme>{scheme_name(e.scheme.as_deref(), lang, t, dt)}</td>
                    <td data-label=dt.col_updated>{updated}</td>
                    <td data-label=dt.col_status>{status_text(e.status, dt)}</td>
                    <td data-label=dt.col_actions>
                        <span class="hn-row-actions">
                            {row_actions(s, &e, r.current, &name, dt)}
                            {delete}
                        </span>
                    </td>
                </tr>
            }
        })
    }
}

/// The saved cases, one keyed row each.
#[component]
fn DraftsList() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let ids = Memo::new(move |_| {
        s.ui.with(|u| u.index.iter().map(|e| e.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <section aria-labelledby="hn-list-title">
            <h3 id="hn-list-title">{dt.list_caption}</h3>
            <Show
                when=move || ids.with(|i| !i.is_empty())
                fallback=move || view! { <p>{dt.list_empty}</p> }
            >
                <div class="hn-table-wrap">
                    <table class="hn-table hn-drafts-table" id="hn-drafts-table">
                        <thead>
                            <tr>
                                <th scope="col">{dt.col_name}</th>
                                <th scope="col">{dt.col_scheme}</th>
                                <th scope="col">{dt.col_updated}</th>
                                <th scope="col">{dt.col_status}</th>
                                <th scope="col">{dt.col_actions}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || ids.get() key=|id| id.clone() let:id>
                                <DraftRow id=id />
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

/// "Erase everything", behind a question.
#[component]
fn EraseAll() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    // Asking: how many cases would go.
    let asking = Memo::new(move |_| s.ui.with(|u| u.asking_erase.then_some(u.index.len())));
    let ask = move |_| {
        s.set(|u| u.asking_erase = true);
        focus::after_render(format!("#{ERASE_HEADING_ID}"));
    };
    let yes = move |_| {
        s.erase_all();
        focus::after_render(STEP_HEADING);
    };
    move || {
        match asking.get() {
        Some(n) => view! {
            <div class="hn-alert" role="group" aria-labelledby=ERASE_HEADING_ID>
                <h3 tabindex="-1" id=ERASE_HEADING_ID>{dt.erase_title}</h3>
                <p>{(dt.erase_body)(n)}</p>
                <div class="hn-actions">
                    <button type="button" class="hn-btn hn-btn-danger" on:click=yes>{dt.erase_yes}</button>
                    <button type="button" class="hn-btn" on:click=move |_| s.set(|u| u.asking_erase = false)>
                        {dt.cancel}
                    </button>
                </div>
            </div>
        }
        .into_any(),
        None => view! {
            <button type="button" class="hn-btn hn-btn-danger" on:click=ask>{dt.erase_all}</button>
        }
        .into_any(),
    }
    }
}

/// The whole drafts area, in the frame's region elements. Built again when the language changes.
#[component]
pub fn Drafts() -> impl IntoView {
    let s = use_store();
    let open = Memo::new(move |_| s.ui.with(|u| u.panel_open));
    move || {
        s.app.lang.track();
        view! {
            <div id="hn-dr-top">
                <StoreBanners />
                <ConflictBox />
                <UndoBox />
                <Notices />
                <DraftsBar />
                <ReadOnlyDraft />
            </div>
            <div id=PANEL_ID class="hn-drafts-panel" hidden=move || !open.get()>
                <div id="hn-dr-case">
                    <Show when=move || open.get()>
                        <DraftsPanel />
                    </Show>
                </div>
                <div class="hn-drafts-body">
                    <div id="hn-dr-list">
                        <Show when=move || open.get()>
                            <DraftsList />
                        </Show>
                    </div>
                    <div id="hn-dr-import">
                        <Show when=move || open.get()>
                            <ImportZone />
                        </Show>
                    </div>
                    <div class="hn-erase" id="hn-dr-erase">
                        <Show when=move || open.get()>
                            <EraseAll />
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
        leptos::mount::mount_to(area, move || {
            provide_context(app);
            provide_context(out);
            provide_context(s);
            view! { <Drafts /> }
        })
        .forget();
    }
    for name in ["dragover", "drop"] {
        let _ = window_event_listener_untyped(name, on_window_drag);
    }
    let _ = window_event_listener_untyped("beforeprint", |_| {
        if let Some(s) = store() {
            super::staff::stamp_print_time(&s.app);
        }
    });
}
