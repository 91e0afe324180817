//! Drafts in localStorage, so that nothing typed is ever lost.
//!
//! - Storage is reached through web-sys, never through a helper that panics when it is missing;
//!   every call's exception becomes a [`StoreError`]. If localStorage is missing or blocked the
//!   app runs on an in-memory map and says so.
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

use super::case_io::{ExportMsg, ImportMsg};
use super::dom;
use super::i18n_drafts::dtexts;
use super::outcome::Outcome;
use super::state::{self as ui_state, Answer, AppState, LossDraft, Scenario, Step};
use crate::engine::draft::Draft as Stored;
use crate::engine::draft::{self, DraftCase, DraftLoss, DraftUi, IndexEntry, LoadOutcome};
use crate::engine::limits::MAX_NAME_CHARS;
use crate::engine::name::clean_name;
use crate::engine::session;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::Duration;

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
/// Autosave waits this long after the last change (the issue allows at most 300 ms).
const DEBOUNCE: Duration = Duration::from_millis(250);

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
    Changed(Box<Stored>),
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

enum Backend {
    Local(web_sys::Storage),
    /// Storage is unavailable: key → value for this page's life (a few keys; a Vec keeps
    /// another BTreeMap type out of the wasm).
    Memory(Vec<(String, String)>),
}

fn error_name(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &wasm_bindgen::JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| "Error".to_string())
}

fn classify(e: &wasm_bindgen::JsValue) -> StoreError {
    let name = error_name(e);
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Quota,
        "SecurityError" => StoreError::Unavailable,
        _ => StoreError::Failed(name),
    }
}

impl Backend {
    fn open() -> Backend {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let Some(s) = storage else {
            return Backend::Memory(Vec::new());
        };
        match s.set_item(PROBE_KEY, "1") {
            Ok(()) => {
                let _ = s.remove_item(PROBE_KEY);
                Backend::Local(s)
            }
            // Full but readable keeps its drafts; a zero quota on an empty store (old Safari
            // private mode) is as good as none.
            Err(e) if classify(&e) == StoreError::Quota && s.length().unwrap_or(0) > 0 => {
                Backend::Local(s)
            }
            Err(_) => Backend::Memory(Vec::new()),
        }
    }

    fn is_local(&self) -> bool {
        matches!(self, Backend::Local(_))
    }

    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            Backend::Local(s) => s.get_item(key).map_err(|e| classify(&e)),
            Backend::Memory(m) => Ok(m.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            Backend::Local(s) => s.set_item(key, value).map_err(|e| classify(&e)),
            Backend::Memory(m) => {
                match m.iter_mut().find(|(k, _)| k == key) {
                    Some((_, v)) => *v = value.to_string(),
                    None => m.push((key.to_string(), value.to_string())),
                }
                Ok(())
            }
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            Backend::Local(s) => s.remove_item(key).map_err(|e| classify(&e)),
            Backend::Memory(m) => {
                m.retain(|(k, _)| k != key);
                Ok(())
            }
        }
    }

    fn keys(&self) -> Vec<String> {
        match self {
            Backend::Local(s) => {
                let n = s.length().unwrap_or(0);
                (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
            }
            Backend::Memory(m) => m.iter().map(|(k, _)| k.clone()).collect(),
        }
    }
}

struct Inner {
    backend: Backend,
    tab: String,
    /// The stored revision this tab last read or wrote for the open draft (`None`: not stored).
    base_rev: Option<u64>,
    /// The open draft as last stored or loaded: what "unsaved changes" compares against.
    last_saved: Stored,
    timer: Option<TimeoutHandle>,
    /// Unreadable drafts already announced (once per session, even if dismissed).
    announced: std::collections::BTreeSet<String>,
}

thread_local! {
    static INNER: RefCell<Option<Inner>> = const { RefCell::new(None) };
}

/// Runs `f` on the store's private state; `None` before `init` (never in practice).
fn with_inner<R>(f: impl FnOnce(&mut Inner) -> R) -> Option<R> {
    INNER.with(|cell| cell.try_borrow_mut().ok()?.as_mut().map(f))
}

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// This tab's open draft, from sessionStorage (survives a reload of this tab only).
fn session_get() -> Option<String> {
    dom::session_get(TAB_CURRENT_KEY)
}

/// Removes every key of this app from this tab's sessionStorage.
fn session_clear() {
    if let Some(s) = dom::session() {
        let n = s.length().unwrap_or(0);
        let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).collect();
        for k in keys.iter().filter(|k| k.starts_with(PREFIX)) {
            let _ = s.remove_item(k);
        }
    }
}

/// Staff mode: records when this tab was left (`None`: its screen is covered, so a reload must
/// not show the case).
pub fn session_mark_left(at: Option<i64>) {
    match at {
        Some(ms) => dom::session_set(TAB_LEFT_KEY, &ms.to_string()),
        None => dom::session_remove(TAB_LEFT_KEY),
    }
}

fn session_left() -> Option<i64> {
    dom::session_get(TAB_LEFT_KEY)?.parse().ok()
}

fn session_set(id: &str) {
    if id.is_empty() {
        dom::session_remove(TAB_CURRENT_KEY)
    } else {
        dom::session_set(TAB_CURRENT_KEY, id)
    }
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

fn random_hex(digits: usize) -> String {
    (0..digits)
        .map(|_| {
            let n = (js_sys::Math::random() * 16.0) as u32;
            char::from_digit(n.min(15), 16).unwrap_or('0')
        })
        .collect()
}

/// The stored name of a scenario (the same words as the UI's serde names).
fn scenario_id(s: Scenario) -> &'static str {
    match s {
        Scenario::InternetBanking => "internet_banking",
        Scenario::StolenCard => "stolen_card",
        Scenario::CounterfeitCard => "counterfeit_card",
        Scenario::CreditCard => "credit_card",
        Scenario::Brokerage => "brokerage",
        Scenario::DataLeak => "data_leak",
        Scenario::InsiderData => "insider_data",
    }
}

fn scenario_from(s: &str) -> Option<Scenario> {
    Scenario::ALL.into_iter().find(|x| scenario_id(*x) == s)
}

/// The UI's draft as the stored format (content only: no revision, tab or time).
pub fn to_stored(d: &ui_state::Draft, id: &str, name: &str, staff_note: &str) -> Stored {
    // Destructured in full so that a field added to the UI's draft fails to compile here.
    let ui_state::Draft {
        scenario,
        scheme,
        customer,
        losses,
        notified,
        notified_on,
        notified_at,
        stolen_on,
        unavoidable_days,
        already_compensated,
        answers,
        step,
        advice,
        ticks,
        notes,
        report,
    } = d;
    let mut out = Stored::new(id);
    // Stored as shown: no hidden or direction characters, at most 80 characters.
    out.name = clean_name(name);
    out.case = DraftCase {
        scenario: scenario.map(|s| scenario_id(s).to_string()),
        scheme: scheme.clone(),
        customer: *customer,
        transactions: losses
            .iter()
            .map(|l| DraftLoss {
                date: l.date.clone(),
                time: l.time.clone(),
                amount_yen: l.amount.clone(),
                recovered_yen: l.recovered.clone(),
            })
            .collect(),
        notified: *notified,
        notified_on: notified_on.clone(),
        notified_at: notified_at.clone(),
        stolen_on: stolen_on.clone(),
        unavoidable_days: unavoidable_days.clone(),
        already_compensated_yen: already_compensated.clone(),
        answers: Vec::with_capacity(answers.len()),
        notes: notes.clone(),
        report: report.clone(),
    };
    for (k, a) in answers {
        let v = match a {
            Answer::Yes => Some(true),
            Answer::No => Some(false),
            Answer::Unknown => None,
        };
        out.case.answers.push((k.clone(), v));
    }
    out.ui = DraftUi {
        step: step.slug().to_string(),
        question: match step {
            Step::Questions(i) => *i,
            _ => 0,
        },
        advice: advice.clone(),
        ticks: ticks.clone(),
        staff_note: staff_note.to_string(),
    };
    out
}

/// The stored format as the UI's draft. Unknown ids (a scenario or step from another build)
/// fall back to the start rather than failing: the typed content is what matters.
pub fn from_stored(d: &Stored) -> ui_state::Draft {
    let c = &d.case;
    let mut answers = BTreeMap::new();
    for (k, v) in &c.answers {
        let a = match v {
            Some(true) => Answer::Yes,
            Some(false) => Answer::No,
            None => Answer::Unknown,
        };
        answers.insert(k.clone(), a);
    }
    ui_state::Draft {
        scenario: c.scenario.as_deref().and_then(scenario_from),
        scheme: c.scheme.clone(),
        customer: c.customer,
        losses: c
            .transactions
            .iter()
            .map(|l| LossDraft {
                date: l.date.clone(),
                time: l.time.clone(),
                amount: l.amount_yen.clone(),
                recovered: l.recovered_yen.clone(),
            })
            .collect(),
        notified: c.notified,
        notified_on: c.notified_on.clone(),
        notified_at: c.notified_at.clone(),
        stolen_on: c.stolen_on.clone(),
        unavoidable_days: c.unavoidable_days.clone(),
        already_compensated: c.already_compensated_yen.clone(),
        answers,
        step: Step::from_slug(&d.ui.step, d.ui.question).unwrap_or_default(),
        advice: d.ui.advice.clone(),
        ticks: d.ui.ticks.clone(),
        notes: c.notes.clone(),
        report: c.report.clone(),
    }
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
        let staff = backend.get(STAFF_KEY).ok().flatten().as_deref() == Some("1");
        let tab = format!("t-{}-{}", now_ms(), random_hex(6));
        INNER.with(|cell| {
            if let Ok(mut c) = cell.try_borrow_mut() {
                *c = Some(Inner {
                    backend,
                    tab,
                    base_rev: None,
                    last_saved: Stored::new(""),
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
                store.app.scheme_from_url.set(false);
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

    fn current_id(&self) -> String {
        self.peek(|u| u.current.clone())
    }

    fn has_conflict(&self) -> bool {
        self.peek(|u| u.conflict.is_some())
    }

    /// Opens `id` at start-up; false when there is nothing to reopen.
    fn reopen(&self, id: &str) -> bool {
        let raw = with_inner(|i| i.backend.get(&draft_key(id)).ok().flatten()).flatten();
        match raw.as_deref().map(draft::load) {
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

    fn start_autosave(self) {
        Effect::new(move |_| {
            // Tracks every input, the name and the staff note.
            let _ = self.content();
            self.schedule();
        });
        // One handler for all three events keeps one instantiation of the listener code.
        for name in ["pagehide", "visibilitychange", "storage"] {
            // The app lives as long as the page: these listeners are never removed.
            let _ = window_event_listener_untyped(name, on_window_event);
        }
    }

    /// Saves now; with a conflict open, keeps this tab's version as its own case instead.
    pub fn flush(&self) {
        if self.has_conflict() {
            if self.dirty() {
                self.keep_both();
            }
        } else {
            self.save_now();
        }
    }

    /// The open draft's content (tracked when called in a reactive context).
    pub fn content(&self) -> Stored {
        let d = self.app.snapshot();
        let id = self.ui.with(|u| u.current.clone());
        to_stored(&d, &id, &self.name.get(), &self.staff_note.get())
    }

    /// Whether the open draft has changes not yet stored.
    pub fn dirty(&self) -> bool {
        let mine = untrack(|| self.content());
        with_inner(|i| !mine.content_eq(&i.last_saved)).unwrap_or(false)
    }

    fn schedule(self) {
        self.cancel_timer();
        if let Ok(h) = set_timeout_with_handle(move || self.save_now(), DEBOUNCE) {
            with_inner(|i| i.timer = Some(h));
        }
    }

    fn cancel_timer(&self) {
        with_inner(|i| {
            if let Some(t) = i.timer.take() {
                t.clear();
            }
        });
    }

    /// Writes the open draft if it changed. Stops at a conflict instead of overwriting.
    pub fn save_now(&self) {
        self.cancel_timer();
        if self.has_conflict() {
            return;
        }
        let mine = untrack(|| self.content());
        let Some((base_rev, last)) = with_inner(|i| (i.base_rev, i.last_saved.clone())) else {
            return;
        };
        if mine.content_eq(&last) {
            return;
        }
        // "Start over" cleared a stored case: that begins a new case; the old one stays listed.
        if base_rev.is_some()
            && last.case != DraftCase::default()
            && mine.case == DraftCase::default()
        {
            self.detach();
            let blank = untrack(|| self.content());
            with_inner(|i| i.last_saved = blank);
            return;
        }
        let id = mine.id.clone();
        let stored = with_inner(|i| i.backend.get(&draft_key(&id))).unwrap_or(Ok(None));
        let stored = match stored {
            Ok(s) => s,
            Err(e) => {
                self.set(|u| u.error = Some(e));
                return;
            }
        };
        let next_rev = match stored.as_deref().map(draft::load) {
            None if base_rev.is_some() => {
                self.set(|u| u.conflict = Some(Conflict::Removed));
                return;
            }
            None => 1,
            Some(LoadOutcome::Ok(theirs)) | Some(LoadOutcome::Migrated(theirs, _)) => {
                if Some(theirs.rev) != base_rev {
                    if theirs.content_eq(&mine) {
                        // Another tab stored exactly this: nothing to write.
                        with_inner(|i| {
                            i.base_rev = Some(theirs.rev);
                            i.last_saved = theirs;
                        });
                        return;
                    }
                    self.set(|u| u.conflict = Some(Conflict::Changed(Box::new(theirs))));
                    return;
                }
                theirs.rev.saturating_add(1)
            }
            // Never write over a newer build's draft: keep ours as a case of its own.
            Some(LoadOutcome::Newer { .. }) => {
                self.fork(mine);
                return;
            }
            Some(LoadOutcome::Corrupt { raw, .. }) => {
                if self.backup(&id, &raw).is_none() {
                    self.fork(mine);
                    return;
                }
                base_rev.unwrap_or(0).saturating_add(1)
            }
        };
        self.write(mine, next_rev);
    }

    /// Stores `d` as revision `rev` of its id; on failure the previous copy and the screen stay.
    fn write(&self, mut d: Stored, rev: u64) -> bool {
        let Some(tab) = with_inner(|i| i.tab.clone()) else {
            return false;
        };
        d.rev = rev;
        d.tab = tab;
        d.updated_ms = now_ms();
        let raw = draft::serialize(&d);
        let key = draft_key(&d.id);
        let result =
            with_inner(|i| i.backend.set(&key, &raw)).unwrap_or(Err(StoreError::Unavailable));
        match result {
            Ok(()) => {
                let id = d.id.clone();
                let updated = d.updated_ms;
                let entry = draft::index_entry(&id, &LoadOutcome::Ok(d.clone()));
                with_inner(|i| {
                    i.base_rev = Some(d.rev);
                    i.last_saved = d;
                    let _ = i.backend.set(CURRENT_KEY, &id);
                });
                session_set(&id);
                self.set(|u| {
                    u.error = None;
                    u.saved_at = Some(updated);
                    draft::insert_sorted(&mut u.index, entry);
                });
                true
            }
            Err(e) => {
                self.set(|u| u.error = Some(e));
                false
            }
        }
    }

    /// Copies an unreadable value to a backup key; returns the key, or `None` if it could not.
    fn backup(&self, id: &str, raw: &str) -> Option<String> {
        let base = format!("{BACKUP_PREFIX}{id}");
        with_inner(|i| {
            match i.backend.get(&base) {
                Ok(Some(existing)) if existing == raw => return Some(base.clone()),
                Ok(None) => {
                    return i.backend.set(&base, raw).ok().map(|_| base.clone());
                }
                _ => {}
            }
            let key = format!("{base}.{}", now_ms());
            i.backend.set(&key, raw).ok().map(|_| key)
        })
        .flatten()
    }

    /// Points this tab at a fresh, unstored case (the content on screen is left as it is). The
    /// tab's pointer goes too: a reload after "new case" must not bring the previous one back.
    fn detach(&self) {
        session_set("");
        let id = self.new_id();
        with_inner(|i| {
            i.base_rev = None;
            i.last_saved = Stored::new(&id);
        });
        self.set(|u| {
            u.current = id;
            u.conflict = None;
        });
        self.name.set(String::new());
        self.staff_note.set(String::new());
    }

    fn new_id(&self) -> String {
        loop {
            let id = format!("{:x}{}", now_ms(), random_hex(4));
            let taken = with_inner(|i| matches!(i.backend.get(&draft_key(&id)), Ok(Some(_))))
                .unwrap_or(false);
            if !taken {
                return id;
            }
        }
    }

    /// The name with the copy suffix, the name shortened so the suffix always fits the cap.
    fn copy_name(&self, name: &str) -> String {
        let t = dtexts(self.app.lang.get_untracked());
        let base = clean_name(if name.is_empty() { t.untitled } else { name });
        let keep = MAX_NAME_CHARS.saturating_sub(t.copy_suffix.chars().count());
        let base: String = base.chars().take(keep).collect();
        clean_name(&format!("{}{}", base.trim_end(), t.copy_suffix))
    }

    /// Saves `mine` as a new case of its own and makes that the open one.
    fn fork(&self, mut mine: Stored) {
        let id = self.new_id();
        mine.name = self.copy_name(&mine.name);
        mine.id = id.clone();
        with_inner(|i| {
            i.base_rev = None;
            i.last_saved = Stored::new(&id);
        });
        self.set(|u| {
            u.conflict = None;
            u.current = id;
        });
        self.name.set(mine.name.clone());
        self.write(mine, 1);
    }

    /// Shows a stored draft: every signal from it, and it becomes the revision this tab edits.
    fn apply(&self, id: &str, d: Stored) {
        self.cancel_timer();
        let ui = from_stored(&d);
        let saved = (d.updated_ms > 0).then_some(d.updated_ms);
        self.set(|u| {
            u.current = id.to_string();
            u.saved_at = saved;
            u.conflict = None;
        });
        self.name.set(d.name.clone());
        self.staff_note.set(d.ui.staff_note.clone());
        self.app.load(ui);
        session_set(id);
        // What the screen now shows, so that only a real change counts as unsaved.
        let shown = untrack(|| self.content());
        let rev = d.rev;
        with_inner(|i| {
            i.base_rev = Some(rev);
            i.last_saved = shown;
        });
    }

    fn push_notice(&self, n: Notice) {
        self.set(|u| {
            if !u.notices.contains(&n) {
                u.notices.push(n);
            }
        });
    }

    /// Re-reads the list from storage; an unreadable draft is backed up before anything else.
    pub fn refresh_index(&self) {
        let stored: Vec<(String, String)> = with_inner(|i| {
            i.backend
                .keys()
                .into_iter()
                .filter_map(|k| {
                    let id = k.strip_prefix(DRAFT_PREFIX)?.to_string();
                    let raw = i.backend.get(&k).ok().flatten()?;
                    Some((id, raw))
                })
                .collect()
        })
        .unwrap_or_default();
        let mut list = Vec::with_capacity(stored.len());
        for (id, raw) in &stored {
            let outcome = draft::load(raw);
            if let LoadOutcome::Corrupt { raw, .. } = &outcome {
                // Backed up before anything else touches it; announced once.
                let backup = self.backup(id, raw);
                let first = with_inner(|i| i.announced.insert(id.clone())).unwrap_or(false);
                if first {
                    self.push_notice(Notice::Corrupt {
                        id: id.clone(),
                        backup,
                    });
                }
            }
            draft::insert_sorted(&mut list, draft::index_entry(id, &outcome));
        }
        self.set(|u| u.index = list);
    }

    fn on_storage(&self, key: Option<String>, new_value: Option<String>) {
        match key.as_deref() {
            // `clear()` in another tab.
            None => {
                self.refresh_index();
                if with_inner(|i| i.base_rev.is_some()).unwrap_or(false) {
                    self.external_change(None);
                }
            }
            Some(STAFF_KEY) => self.set(|u| u.staff = new_value.as_deref() == Some("1")),
            // "Erase everything" in another tab: drop the case here, never write it back.
            Some(ERASE_SIGNAL_KEY) if new_value.is_some() => {
                self.clear_screen();
                self.set(|u| {
                    u.staff = false;
                    u.notices = vec![Notice::Erased];
                });
                self.refresh_index();
            }
            Some(k) if k.starts_with(DRAFT_PREFIX) => {
                self.refresh_index();
                if k == draft_key(&self.current_id()) {
                    self.external_change(new_value);
                }
            }
            _ => {}
        }
    }

    /// Another tab wrote or removed the open draft.
    fn external_change(&self, new_value: Option<String>) {
        let base_rev = with_inner(|i| i.base_rev).flatten();
        match new_value.as_deref().map(draft::load) {
            None => {
                if base_rev.is_some() {
                    self.cancel_timer();
                    self.set(|u| u.conflict = Some(Conflict::Removed));
                }
            }
            Some(LoadOutcome::Ok(theirs)) | Some(LoadOutcome::Migrated(theirs, _)) => {
                if Some(theirs.rev) == base_rev {
                    return;
                }
                if self.dirty() {
                    self.cancel_timer();
                    self.set(|u| u.conflict = Some(Conflict::Changed(Box::new(theirs))));
                } else {
                    // Nothing unsaved here: follow the other tab.
                    self.apply(&self.current_id(), theirs);
                }
            }
            Some(LoadOutcome::Newer { version, .. }) => {
                self.push_notice(Notice::Newer {
                    id: self.current_id(),
                    version,
                });
                if self.dirty() {
                    let mine = untrack(|| self.content());
                    self.fork(mine);
                } else {
                    self.detach();
                    self.app.reset();
                }
            }
            // Saving will back it up first.
            Some(LoadOutcome::Corrupt { .. }) => {}
        }
    }

    /// Conflict: this tab's version wins and is written over the other.
    pub fn keep_mine(&self) {
        match self.peek(|u| u.conflict.clone()) {
            Some(Conflict::Changed(theirs)) => {
                let rev = theirs.rev;
                with_inner(|i| {
                    i.base_rev = Some(rev);
                    i.last_saved = *theirs;
                });
            }
            Some(Conflict::Removed) => {
                let id = self.current_id();
                with_inner(|i| {
                    i.base_rev = None;
                    i.last_saved = Stored::new(&id);
                });
            }
            None => return,
        }
        self.set(|u| u.conflict = None);
        self.save_now();
    }

    /// Conflict: the other tab's version replaces this tab's (or, if deleted, a new case starts).
    pub fn take_theirs(&self) {
        match self.peek(|u| u.conflict.clone()) {
            Some(Conflict::Changed(theirs)) => self.apply(&self.current_id(), *theirs),
            Some(Conflict::Removed) => {
                self.detach();
                self.app.reset();
            }
            None => {}
        }
    }

    /// Conflict: the other tab's version stays; this tab's is saved as a separate case.
    pub fn keep_both(&self) {
        let mine = untrack(|| self.content());
        self.fork(mine);
    }

    /// Saves (or, in a conflict, keeps both) before the screen shows another case.
    fn leave(&self) {
        if self.has_conflict() {
            self.keep_both();
        } else {
            self.save_now();
        }
    }

    /// Opens a stored draft (saving the open one first). A newer-format one opens read-only.
    pub fn open(&self, id: &str) {
        if id == self.current_id() {
            return;
        }
        self.leave();
        let raw = with_inner(|i| i.backend.get(&draft_key(id)).ok().flatten()).flatten();
        match raw.as_deref().map(draft::load) {
            Some(LoadOutcome::Ok(d)) | Some(LoadOutcome::Migrated(d, _)) => {
                self.set(|u| u.viewing = None);
                self.apply(id, d);
                with_inner(|i| {
                    let _ = i.backend.set(CURRENT_KEY, id);
                });
            }
            Some(LoadOutcome::Newer { version, raw }) => self.set(|u| {
                u.viewing = Some(ReadOnlyView {
                    id: id.to_string(),
                    version,
                    raw,
                })
            }),
            _ => self.refresh_index(),
        }
    }

    /// Starts a new, empty case; the open one stays saved in the list.
    pub fn new_case(&self) {
        self.leave();
        self.set(|u| u.viewing = None);
        self.detach();
        self.app.reset();
        let blank = untrack(|| self.content());
        with_inner(|i| i.last_saved = blank);
    }

    /// Opens `d` (an imported case file) as a new case and stores it at once.
    pub fn open_new(&self, d: ui_state::Draft, name: String) {
        self.leave();
        self.set(|u| u.viewing = None);
        self.detach();
        self.name.set(name);
        self.app.load(d);
        self.save_now();
    }

    fn load_other(&self, id: &str) -> Option<Stored> {
        let raw = with_inner(|i| i.backend.get(&draft_key(id)).ok().flatten()).flatten()?;
        match draft::load(&raw) {
            LoadOutcome::Ok(d) | LoadOutcome::Migrated(d, _) => Some(d),
            _ => None,
        }
    }

    pub fn rename(&self, id: &str, name: String) {
        if id == self.current_id() {
            self.name.set(name);
            self.save_now();
            return;
        }
        if let Some(mut d) = self.load_other(id) {
            d.name = name;
            d.id = id.to_string();
            let rev = d.rev.saturating_add(1);
            self.write_other(d, rev);
        }
    }

    /// Writes a draft that is not the open one (rename, duplicate).
    fn write_other(&self, mut d: Stored, rev: u64) {
        d.rev = rev;
        d.tab = with_inner(|i| i.tab.clone()).unwrap_or_default();
        d.updated_ms = now_ms();
        let raw = draft::serialize(&d);
        match with_inner(|i| i.backend.set(&draft_key(&d.id), &raw)) {
            Some(Ok(())) => {
                self.set(|u| u.error = None);
                self.refresh_index();
            }
            Some(Err(e)) => self.set(|u| u.error = Some(e)),
            None => {}
        }
    }

    pub fn duplicate(&self, id: &str) {
        if id == self.current_id() {
            self.save_now();
        }
        if let Some(mut d) = self.load_other(id) {
            d.name = self.copy_name(&d.name);
            d.id = self.new_id();
            self.write_other(d, 1);
        }
    }

    /// Deletes a draft, keeping it in memory for "undo". Deleting the open one starts a new case.
    pub fn delete(&self, id: &str) {
        let key = draft_key(id);
        let raw = with_inner(|i| i.backend.get(&key).ok().flatten()).flatten();
        let name = self
            .peek(|u| u.index.iter().find(|e| e.id == id).map(|e| e.name.clone()))
            .unwrap_or_default();
        let is_current = id == self.current_id();
        if is_current {
            self.cancel_timer();
        }
        let removed = with_inner(|i| {
            let r = i.backend.remove(&key);
            // A deleted case's backups go with it (undo restores the draft itself).
            let prefix = format!("{BACKUP_PREFIX}{id}");
            for k in i.backend.keys() {
                if k == prefix || k.starts_with(&format!("{prefix}.")) {
                    let _ = i.backend.remove(&k);
                }
            }
            r
        });
        if let Some(Err(e)) = removed {
            self.set(|u| u.error = Some(e));
            return;
        }
        if is_current {
            self.detach();
            self.app.reset();
            let blank = untrack(|| self.content());
            with_inner(|i| i.last_saved = blank);
        }
        self.set(|u| {
            if u.viewing.as_ref().is_some_and(|v| v.id == id) {
                u.viewing = None;
            }
            if u.renaming.as_deref() == Some(id) {
                u.renaming = None;
            }
            u.notices.retain(|n| {
                !matches!(n, Notice::Corrupt { id: x, .. } | Notice::Newer { id: x, .. } if x == id)
            });
            if let Some(raw) = raw {
                u.undo = Some(Deleted {
                    id: id.to_string(),
                    name,
                    raw,
                });
            }
        });
        self.refresh_index();
    }

    pub fn undo_delete(&self) {
        let Some(d) = self.peek(|u| u.undo.clone()) else {
            return;
        };
        match with_inner(|i| i.backend.set(&draft_key(&d.id), &d.raw)) {
            Some(Ok(())) => {
                self.set(|u| u.undo = None);
                self.refresh_index();
                // Back to it if nothing new was started meanwhile.
                if untrack(|| self.content()).case == DraftCase::default() {
                    self.open(&d.id);
                }
            }
            Some(Err(e)) => self.set(|u| u.error = Some(e)),
            None => {}
        }
    }

    /// The stored text of a draft (to take an unreadable or newer one out as a file).
    pub fn raw(&self, id: &str) -> Option<String> {
        with_inner(|i| i.backend.get(&draft_key(id)).ok().flatten()).flatten()
    }

    /// Removes every key this app wrote, then starts an empty case. Every other open tab is told
    /// first (a `storage` event for [`ERASE_SIGNAL_KEY`]), so none writes its case back.
    pub fn erase_all(&self) {
        self.cancel_timer();
        let failed = with_inner(|i| {
            let stamp = now_ms().to_string();
            // Full storage: signalled after the removals instead, when there is room.
            let signalled = i.backend.set(ERASE_SIGNAL_KEY, &stamp).is_ok();
            let mut failed = None;
            for k in i.backend.keys() {
                if k.starts_with(PREFIX) {
                    if let Err(e) = i.backend.remove(&k) {
                        failed = Some(e);
                    }
                }
            }
            if !signalled && i.backend.set(ERASE_SIGNAL_KEY, &stamp).is_ok() {
                let _ = i.backend.remove(ERASE_SIGNAL_KEY);
            }
            failed
        })
        .flatten();
        self.clear_screen();
        self.set(|u| {
            u.staff = false;
            u.error = failed;
            u.notices = vec![Notice::Erased];
        });
        self.refresh_index();
    }

    /// An empty case on screen and nothing of the last one left in this tab: not in memory (undo,
    /// views, messages), not in its sessionStorage. Storage itself is not touched.
    fn clear_screen(&self) {
        self.cancel_timer();
        self.detach();
        self.app.reset();
        self.app.emergency_open.set(false);
        session_clear();
        let blank = untrack(|| self.content());
        with_inner(|i| {
            i.last_saved = blank;
            i.announced.clear();
        });
        self.rename_value.set_value(None);
        self.set(|u| {
            u.undo = None;
            u.viewing = None;
            u.saved_at = None;
            u.error = None;
            u.notices.clear();
            u.conflict = None;
            u.asking_erase = false;
            u.renaming = None;
            u.export_msg = None;
            u.import_msg = None;
            u.drop_active = false;
        });
    }

    /// Staff mode, "next customer": the open case is saved (it stays in the list), then the screen,
    /// the shared open-case pointer and this tab's session state are cleared in one go. If the
    /// case could not be saved (storage full), nothing is cleared and false is returned: the
    /// error banner says why, and nothing typed is lost.
    pub fn end_session(&self) -> bool {
        self.flush();
        if self.dirty() {
            return false;
        }
        with_inner(|i| {
            let _ = i.backend.remove(CURRENT_KEY);
        });
        self.clear_screen();
        true
    }

    /// Start-up in staff mode: erases drafts last changed more than `days` days ago, with their
    /// backups. Unreadable and newer-format drafts, whose age is unknown, stay.
    fn expire(&self, days: u32) {
        let now = now_ms();
        with_inner(|i| {
            let keys = i.backend.keys();
            for k in &keys {
                let Some(id) = k.strip_prefix(DRAFT_PREFIX) else {
                    continue;
                };
                let Ok(Some(raw)) = i.backend.get(k) else {
                    continue;
                };
                let updated = match draft::load(&raw) {
                    LoadOutcome::Ok(d) | LoadOutcome::Migrated(d, _) => d.updated_ms,
                    _ => continue,
                };
                if !session::expired(updated, now, days) || i.backend.remove(k).is_err() {
                    continue;
                }
                let backup = format!("{BACKUP_PREFIX}{id}");
                for b in &keys {
                    if *b == backup || b.starts_with(&format!("{backup}.")) {
                        let _ = i.backend.remove(b);
                    }
                }
                if i.backend.get(CURRENT_KEY).ok().flatten().as_deref() == Some(id) {
                    let _ = i.backend.remove(CURRENT_KEY);
                }
            }
        });
    }

    /// The idle time of staff mode in ms (the test setting [`IDLE_KEY`] can only shorten it).
    pub fn idle_ms(&self) -> i64 {
        let o = with_inner(|i| i.backend.get(IDLE_KEY).ok().flatten()).flatten();
        session::idle_ms(o.as_deref())
    }

    pub fn set_staff(&self, on: bool) {
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
        let full = draft::format_jst(self.ui.with(|u| u.saved_at)?);
        let today = draft::format_jst(js_sys::Date::now() as i64);
        Some(match (full.split_once(' '), today.split_once(' ')) {
            (Some((d, hm)), Some((t, _))) if d == t => hm.to_string(),
            _ => full,
        })
    }
}

/// Page hidden or closed: save now. Another tab wrote: follow it or ask.
fn on_window_event(ev: web_sys::Event) {
    use wasm_bindgen::JsCast;
    let Some(s) = store() else { return };
    match ev.type_().as_str() {
        "pagehide" => {
            s.flush();
            super::idle::on_leave(&s);
        }
        "visibilitychange" if document().hidden() => {
            s.flush();
            super::idle::on_leave(&s);
        }
        "storage" => {
            if let Some(e) = ev.dyn_ref::<web_sys::StorageEvent>() {
                s.on_storage(e.key(), e.new_value());
            }
        }
        _ => {}
    }
}
