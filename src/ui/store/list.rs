//! The drafts index and what its rows do: read the list (backing up unreadable drafts first),
//! open, start, rename, duplicate, delete and undo.

use super::backend::with_inner;
use super::*;
use crate::model::{index_entry, insert_sorted, serialize, DraftCase};

impl Store {
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
            let outcome = load(raw);
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
            insert_sorted(&mut list, index_entry(id, &outcome));
        }
        self.set(|u| u.index = list);
    }

    /// Saves (or, in a conflict, keeps both) before the screen shows another case.
    pub(super) fn leave(&self) {
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
        match raw.as_deref().map(load) {
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
        // The bar speaks of the new case: nothing of it is saved yet.
        self.set(|u| {
            u.viewing = None;
            u.saved_at = None;
        });
        self.detach();
        self.app.reset();
        let blank = untrack(|| self.content());
        with_inner(|i| i.last_saved = blank);
    }

    /// Opens `d` (an imported case file) as a new case and stores it at once.
    pub fn open_new(&self, d: Draft, name: String) {
        self.leave();
        self.set(|u| u.viewing = None);
        self.detach();
        self.name.set(name);
        self.app.load(d);
        self.save_now();
    }

    pub(super) fn load_other(&self, id: &str) -> Option<Draft> {
        let raw = with_inner(|i| i.backend.get(&draft_key(id)).ok().flatten()).flatten()?;
        match load(&raw) {
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
    pub(super) fn write_other(&self, mut d: Draft, rev: u64) {
        d.rev = rev;
        d.tab = with_inner(|i| i.tab.clone()).unwrap_or_default();
        d.updated_ms = now_ms();
        let raw = match serialize(&d) {
            Ok(raw) => raw,
            Err(e) => return self.set(|u| u.error = Some(StoreError::Failed(e))),
        };
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
}
