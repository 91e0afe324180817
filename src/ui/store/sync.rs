//! Two tabs: another tab's write or removal of the open draft is followed when nothing here is
//! unsaved, and asked about (keep mine, take theirs, keep both) when something is.

use super::backend::with_inner;
use super::*;

impl Store {
    pub(super) fn on_storage(&self, key: Option<String>, new_value: Option<String>) {
        match key.as_deref() {
            // `clear()` in another tab.
            None => {
                self.refresh_index();
                if with_inner(|i| i.base_rev.is_some()).unwrap_or(false) {
                    self.external_change(None);
                }
            }
            Some(STAFF_KEY) => self.set(|u| {
                u.staff = super::super::dom::staff_deployment() && new_value.as_deref() == Some("1")
            }),
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
    pub(super) fn external_change(&self, new_value: Option<String>) {
        let base_rev = with_inner(|i| i.base_rev).flatten();
        match new_value.as_deref().map(load) {
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
                    i.last_saved = Draft::new(&id);
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
}
