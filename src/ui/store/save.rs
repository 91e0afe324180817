//! Autosave and writes of the open draft: debounced saving, revisions, backups of unreadable
//! values before anything else, and forking a case of its own when writing over is not safe.

use super::super::i18n_drafts::dtexts;
use super::backend::with_inner;
use super::tab::session_set;
use super::*;
use crate::engine::limits::MAX_NAME_CHARS;
use crate::model::{index_entry, insert_sorted, serialize, DraftCase};
use std::time::Duration;

/// Autosave waits this long after the last change (the issue allows at most 300 ms).
const DEBOUNCE: Duration = Duration::from_millis(250);

impl Store {
    pub(super) fn start_autosave(self) {
        // The open case's id alone, not the whole UI state: the save's own bookkeeping (saved
        // time, index) must not set the save off again.
        let current = Memo::new(move |_| self.ui.with(|u| u.current.clone()));
        Effect::new(move |_| {
            // Tracks every input, the name and the staff note, copying none of them.
            self.app.track_draft();
            current.track();
            self.name.track();
            self.staff_note.track();
            self.schedule();
        });
        // One handler for all three events keeps one instantiation of the listener code. Removed
        // with the app's owner (the page's lifetime, or a wasm test that unmounts).
        let handles: Vec<_> = ["pagehide", "visibilitychange", "storage"]
            .into_iter()
            .map(|name| window_event_listener_untyped(name, on_window_event))
            .collect();
        on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));
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

    pub(super) fn schedule(self) {
        self.cancel_timer();
        if let Ok(h) = set_timeout_with_handle(move || self.save_now(), DEBOUNCE) {
            with_inner(|i| i.timer = Some(h));
        }
    }

    pub(super) fn cancel_timer(&self) {
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
        // Compared in place: the last saved draft is not copied.
        let Some((base_rev, same, last_blank)) = with_inner(|i| {
            (
                i.base_rev,
                mine.content_eq(&i.last_saved),
                i.last_saved.case == DraftCase::default(),
            )
        }) else {
            return;
        };
        if same {
            return;
        }
        // Nothing to keep yet (an advice page only opened): no saved case comes of it.
        if base_rev.is_none() && !mine.worth_storing() {
            return;
        }
        // "Start over" cleared a stored case: that begins a new case; the old one stays listed.
        if base_rev.is_some() && !last_blank && mine.case == DraftCase::default() {
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
        let next_rev = match stored.as_deref().map(load) {
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
    pub(super) fn write(&self, mut d: Draft, rev: u64) -> bool {
        let Some(tab) = with_inner(|i| i.tab.clone()) else {
            return false;
        };
        d.rev = rev;
        d.tab = tab;
        d.updated_ms = now_ms();
        let raw = match serialize(&d) {
            Ok(raw) => raw,
            Err(e) => {
                self.set(|u| u.error = Some(StoreError::Failed(e)));
                return false;
            }
        };
        let key = draft_key(&d.id);
        let result =
            with_inner(|i| i.backend.set(&key, &raw)).unwrap_or(Err(StoreError::Unavailable));
        match result {
            Ok(()) => {
                let id = d.id.clone();
                let updated = d.updated_ms;
                let saved = LoadOutcome::Ok(d);
                let entry = index_entry(&id, &saved);
                let LoadOutcome::Ok(d) = saved else {
                    return false;
                };
                with_inner(|i| {
                    i.base_rev = Some(d.rev);
                    i.last_saved = d;
                    let _ = i.backend.set(CURRENT_KEY, &id);
                });
                session_set(&id);
                self.set(|u| {
                    u.error = None;
                    u.saved_at = Some(updated);
                    insert_sorted(&mut u.index, entry);
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
    pub(super) fn backup(&self, id: &str, raw: &str) -> Option<String> {
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
    pub(super) fn detach(&self) {
        session_set("");
        let id = self.new_id();
        with_inner(|i| {
            i.base_rev = None;
            i.last_saved = Draft::new(&id);
        });
        self.set(|u| {
            u.current = id;
            u.conflict = None;
        });
        self.name.set(String::new());
        self.staff_note.set(String::new());
    }

    pub(super) fn new_id(&self) -> String {
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
    pub(super) fn copy_name(&self, name: &str) -> String {
        let t = dtexts(self.app.lang.get_untracked());
        let base = clean_name(if name.is_empty() { t.untitled } else { name });
        let keep = MAX_NAME_CHARS.saturating_sub(t.copy_suffix.chars().count());
        let base: String = base.chars().take(keep).collect();
        clean_name(&format!("{}{}", base.trim_end(), t.copy_suffix))
    }

    /// Saves `mine` as a new case of its own and makes that the open one.
    pub(super) fn fork(&self, mut mine: Draft) {
        let id = self.new_id();
        mine.name = self.copy_name(&mine.name);
        mine.id = id.clone();
        with_inner(|i| {
            i.base_rev = None;
            i.last_saved = Draft::new(&id);
        });
        self.set(|u| {
            u.conflict = None;
            u.current = id;
        });
        self.name.set(mine.name.clone());
        self.write(mine, 1);
    }

    /// Shows a stored draft: every signal from it, and it becomes the revision this tab edits.
    pub(super) fn apply(&self, id: &str, d: Draft) {
        self.cancel_timer();
        let saved = (d.updated_ms > 0).then_some(d.updated_ms);
        let rev = d.rev;
        self.set(|u| {
            u.current = id.to_string();
            u.saved_at = saved;
            u.conflict = None;
        });
        self.name.set(d.name.clone());
        self.staff_note.set(d.ui.staff_note.clone());
        self.app.load(d);
        session_set(id);
        // What the screen now shows, so that only a real change counts as unsaved.
        let shown = untrack(|| self.content());
        with_inner(|i| {
            i.base_rev = Some(rev);
            i.last_saved = shown;
        });
    }
}
