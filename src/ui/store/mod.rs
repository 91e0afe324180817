//! Drafts in localStorage, so that nothing typed is ever lost.
//!
//! - Storage is reached through gloo-storage's `LocalStorage` handle, taken only once the
//!   browser is known to allow it (`dom::local_storage`), and every call's exception becomes a
//!   [`StoreError`]. If localStorage is missing or blocked the app runs on an in-memory map and
//!   says so.
//! - `setItem` either stores the whole value or throws (quota) leaving the old one: so a failed
//!   write leaves the previous copy intact and the in-memory draft untouched.
//! - An unreadable stored draft is copied to a backup key before anything else touches it, and
//!   a new case never reuses its key.
//! - Two tabs: each write carries a revision and the writing tab's id. A tab that finds a
//!   revision it did not write while it has unsaved changes stops writing and asks.
//! - Autosave: an effect over the whole draft, debounced 250 ms, and at once on `pagehide` and
//!   `visibilitychange` (hidden).
//! - Keys: `hosho-navi.draft.<id>` (one per case), `.backup.<id>[.<ms>]`, `.current`, `.staff`,
//!   `.idle-seconds` (a test setting); in sessionStorage `.tab-current` and `.tab-left`. "Erase
//!   everything" removes every `hosho-navi.` key and nothing else, and reaches every other open
//!   tab at once (`.erase-signal`, written first): they drop their case without writing it back.
//!   Inside a bank's page (an iframe) browsers partition storage by the top-level site, so drafts
//!   kept there are not those of the standalone app.
//! - Shared PCs (issue 14): a tab reopens only its own case (sessionStorage), never another tab's;
//!   in staff mode only after a short absence (`engine::session`), and "next customer" clears the
//!   screen, the pointer and the tab's session. At start in staff mode, drafts past the retention
//!   period are erased.
//!
//! By concern: [`backend`] (storage access), [`save`] (autosave and writes), [`list`] (the
//! drafts index and what its rows do), [`sync`] (two tabs), [`erase`] (erase everything, shared
//! PCs), [`tab`] (this tab's sessionStorage). What is stored is the case model's [`Draft`]
//! (`crate::model`), in its versioned format.

mod backend;
mod erase;
mod list;
mod save;
mod sync;
mod tab;

pub use tab::session_mark_left;

use super::case_msg::{ExportMsg, ImportMsg};
use super::outcome::Outcome;
use super::state::AppState;
use crate::engine::name::clean_name;
use crate::engine::session;
use crate::model::{format_jst, load, Draft, IndexEntry, LoadOutcome};
use backend::{with_inner, Backend, Inner, INNER};
use leptos::prelude::*;
use tab::{session_get, session_left, session_set};

/// Every key this app writes starts with this ("erase everything" removes exactly these).
pub const PREFIX: &str = "hosho-navi.";
pub const DRAFT_PREFIX: &str = "hosho-navi.draft.";
pub const BACKUP_PREFIX: &str = "hosho-navi.backup.";
/// The draft last written by any tab. A new tab never opens it (that would show another
/// person's case); "next customer" and "erase" remove it.
pub const CURRENT_KEY: &str = "hosho-navi.current";
/// In sessionStorage: the draft this tab has open (a reload of this tab reopens it).
pub const TAB_CURRENT_KEY: &str = "hosho-navi.tab-current";
/// In sessionStorage, staff mode: when this tab was last hidden or closed (epoch ms); absent
/// while its screen is covered. A reload reopens the tab's case only shortly after.
pub const TAB_LEFT_KEY: &str = "hosho-navi.tab-left";
/// Written first by "erase everything" (then removed with the rest): other tabs drop their case.
pub const ERASE_SIGNAL_KEY: &str = "hosho-navi.erase-signal";
/// Test setting: a shorter idle time in seconds (see `engine::session::idle_ms`, README).
pub const IDLE_KEY: &str = "hosho-navi.idle-seconds";
pub const STAFF_KEY: &str = "hosho-navi.staff";
const PROBE_KEY: &str = "hosho-navi.probe";

/// Why a storage call failed, as the UI shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No localStorage (blocked, private mode, `SecurityError`): the app keeps drafts in memory.
    Unavailable,
    /// The value did not fit; the previously stored copy is unchanged.
    Quota,
    /// Anything else, with the browser's error name.
    Failed(String),
}

/// Something the user must be told about stored drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// An unreadable draft; `backup` is the key of its copy (`None`: none could be written, so
    /// the original was left alone).
    Corrupt {
        id: String,
        backup: Option<String>,
    },
    /// Written by a newer build: kept untouched, read-only here.
    Newer {
        id: String,
        version: u64,
    },
    Erased,
}

/// The open draft changed elsewhere while this tab had unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    Changed(Box<Draft>),
    Removed,
}

/// A newer-format draft shown read-only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadOnlyView {
    pub id: String,
    pub version: u64,
    pub raw: String,
}

/// What "undo" puts back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deleted {
    pub id: String,
    pub name: String,
    pub raw: String,
}

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

pub(super) fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

pub(super) fn random_hex(digits: usize) -> String {
    (0..digits)
        .map(|_| {
            let n = (js_sys::Math::random() * 16.0) as u32;
            char::from_digit(n.min(15), 16).unwrap_or('0')
        })
        .collect()
}

/// Everything the drafts area shows, in one signal: one signal type costs far less wasm than a
/// dozen (each signal type instantiates the reactive code again).
#[derive(Clone, Debug, Default)]
pub struct StoreUi {
    /// False: storage is unavailable and drafts live in memory only.
    pub available: bool,
    pub index: Vec<IndexEntry>,
    /// The id of the open draft.
    pub current: String,
    pub staff: bool,
    /// The last write's failure; cleared by the next write that succeeds.
    pub error: Option<StoreError>,
    pub notices: Vec<Notice>,
    pub conflict: Option<Conflict>,
    pub viewing: Option<ReadOnlyView>,
    pub undo: Option<Deleted>,
    /// When the open draft was last written (epoch ms).
    pub saved_at: Option<i64>,
    pub panel_open: bool,
    /// The list entry being renamed.
    pub renaming: Option<String>,
    pub asking_erase: bool,
    pub export_msg: Option<ExportMsg>,
    pub import_msg: Option<ImportMsg>,
    pub drop_active: bool,
}

/// The drafts store: UI state in signals; the storage handle and bookkeeping live in `INNER`.
#[derive(Clone, Copy)]
pub struct Store {
    pub app: AppState,
    /// The case file and assessment (event handlers run outside any reactive owner, so the
    /// store carries them rather than looking them up).
    pub out: Outcome,
    pub ui: RwSignal<StoreUi>,
    /// The open draft's name and staff note: apart, because they change on every keystroke.
    pub name: RwSignal<String>,
    pub staff_note: RwSignal<String>,
    /// What the rename field holds (read when saved; never redraws the list).
    pub rename_value: StoredValue<Option<String>>,
}

thread_local! {
    static STORE: std::cell::Cell<Option<Store>> = const { std::cell::Cell::new(None) };
}

/// The drafts store: the one `store()` (set by `Store::init` before anything mounts), never a
/// context, so a component and a window listener reach the same one the same way.
pub fn use_store() -> Store {
    store().expect("Store::init runs before the app mounts")
}

/// The store, once `init` has run.
pub fn store() -> Option<Store> {
    STORE.with(|s| s.get())
}

impl Store {
    /// Opens storage, reads every draft (backing up unreadable ones first), reopens the draft
    /// the user was on (unless a bank's link asks for a fresh case), and starts autosave.
    pub fn init(app: AppState, out: Outcome) -> Store {
        let backend = Backend::open();
        let available = backend.is_local();
        // Staff mode exists in the staff deployment only: a customer's page ignores the key.
        let staff = super::dom::staff_deployment()
            && backend.get(STAFF_KEY).ok().flatten().as_deref() == Some("1");
        let tab = format!("t-{}-{}", now_ms(), random_hex(6));
        INNER.with(|cell| {
            if let Ok(mut c) = cell.try_borrow_mut() {
                *c = Some(Inner {
                    backend,
                    tab,
                    base_rev: None,
                    last_saved: Draft::new(""),
                    timer: None,
                    announced: Default::default(),
                });
            }
        });
        let store = Store {
            app,
            out,
            ui: RwSignal::new(StoreUi {
                available,
                staff,
                panel_open: staff,
                ..StoreUi::default()
            }),
            name: RwSignal::new(String::new()),
            staff_note: RwSignal::new(String::new()),
            rename_value: StoredValue::new(None),
        };
        STORE.with(|s| s.set(Some(store)));
        if let Some(days) = session::retention_days(staff) {
            store.expire(days);
        }
        store.refresh_index();

        let params = super::dom::query_params();
        let has = |k: &str| params.iter().any(|(key, _)| key == k);
        let fresh_link = has("scheme") && !has("step");
        // Only this tab's own case (a reload); a new tab starts on the start screen. In staff
        // mode, only if the tab was left a moment ago (see `engine::session`).
        let left_recently =
            session::staff_reload_reopens(session_left(), now_ms(), store.idle_ms());
        let current = session_get().filter(|_| !staff || left_recently);
        if current.is_none() {
            session_set("");
        }
        let reopened = match current {
            Some(id) if !fresh_link => store.reopen(&id),
            _ => false,
        };
        if !reopened {
            // A URL with a step is a tab's own (a reload), not a bank's link: its scheme belongs
            // to a case this tab does not reopen, so none of it is applied.
            if has("step") {
                store.app.reset();
                store.app.nav.scheme_from_url.set(false);
            }
            store.detach();
            // A bank's link preselected the scheme: that alone is not worth a saved draft.
            let content = untrack(|| store.content());
            with_inner(|i| i.last_saved = content);
        }
        store.start_autosave();
        store
    }

    /// Changes the UI state (and redraws what shows it).
    pub fn set(&self, f: impl FnOnce(&mut StoreUi)) {
        self.ui.update(f);
    }

    /// Reads the UI state without tracking it.
    pub fn peek<R>(&self, f: impl FnOnce(&StoreUi) -> R) -> R {
        self.ui.with_untracked(f)
    }

    pub(super) fn current_id(&self) -> String {
        self.peek(|u| u.current.clone())
    }

    pub(super) fn has_conflict(&self) -> bool {
        self.peek(|u| u.conflict.is_some())
    }

    /// Opens `id` at start-up; false when there is nothing to reopen.
    pub(super) fn reopen(&self, id: &str) -> bool {
        let raw = with_inner(|i| i.backend.get(&draft_key(id)).ok().flatten()).flatten();
        match raw.as_deref().map(load) {
            Some(LoadOutcome::Ok(d)) | Some(LoadOutcome::Migrated(d, _)) => {
                self.apply(id, d);
                true
            }
            Some(LoadOutcome::Newer { version, raw }) => {
                self.push_notice(Notice::Newer {
                    id: id.to_string(),
                    version,
                });
                self.set(|u| {
                    u.viewing = Some(ReadOnlyView {
                        id: id.to_string(),
                        version,
                        raw,
                    });
                    u.panel_open = true;
                });
                false
            }
            // Corrupt ones were backed up and announced by `refresh_index`.
            _ => false,
        }
    }

    /// The open draft's content (tracked when called in a reactive context).
    pub fn content(&self) -> Draft {
        let mut d = self.app.snapshot();
        d.id = self.ui.with(|u| u.current.clone());
        // Stored as shown: no hidden or direction characters, at most 80 characters.
        d.name = clean_name(&self.name.get());
        d.ui.staff_note = self.staff_note.get();
        d
    }

    /// Whether the open draft has changes not yet stored.
    pub fn dirty(&self) -> bool {
        let mine = untrack(|| self.content());
        with_inner(|i| !mine.content_eq(&i.last_saved)).unwrap_or(false)
    }

    pub(super) fn push_notice(&self, n: Notice) {
        self.set(|u| {
            if !u.notices.contains(&n) {
                u.notices.push(n);
            }
        });
    }

    /// The idle time of staff mode in ms (the test setting [`IDLE_KEY`] can only shorten it).
    pub fn idle_ms(&self) -> i64 {
        let o = with_inner(|i| i.backend.get(IDLE_KEY).ok().flatten()).flatten();
        session::idle_ms(o.as_deref())
    }

    pub fn set_staff(&self, on: bool) {
        if on && !super::dom::staff_deployment() {
            return;
        }
        self.set(|u| {
            u.staff = on;
            if on {
                u.panel_open = true;
            }
        });
        with_inner(|i| {
            let _ = i.backend.set(STAFF_KEY, if on { "1" } else { "0" });
        });
    }

    /// "HH:MM" (today) or "YYYY-MM-DD HH:MM" in Japan time of the last save.
    pub fn saved_at_text(&self) -> Option<String> {
        let full = format_jst(self.ui.with(|u| u.saved_at)?);
        let today = format_jst(js_sys::Date::now() as i64);
        Some(match (full.split_once(' '), today.split_once(' ')) {
            (Some((d, hm)), Some((t, _))) if d == t => hm.to_string(),
            _ => full,
        })
    }
}

/// Page hidden or closed: save now (the idle watch notes the time itself, `idle::start`).
/// Another tab wrote: follow it or ask.
fn on_window_event(ev: web_sys::Event) {
    use wasm_bindgen::JsCast;
    let Some(s) = store() else { return };
    match ev.type_().as_str() {
        "pagehide" => s.flush(),
        "visibilitychange" if document().hidden() => s.flush(),
        "storage" => {
            if let Some(e) = ev.dyn_ref::<web_sys::StorageEvent>() {
                s.on_storage(e.key(), e.new_value());
            }
        }
        _ => {}
    }
}
