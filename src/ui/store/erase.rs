//! Erasing: "erase everything" (every `hosho-navi.` key, every open tab told first), clearing
//! the screen, staff mode's "next customer" and the retention period on shared PCs.

use super::backend::with_inner;
use super::tab::session_clear;
use super::*;

impl Store {
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
    pub(super) fn clear_screen(&self) {
        self.cancel_timer();
        self.detach();
        self.app.reset();
        self.app.view.emergency_open.set(false);
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
    pub(super) fn expire(&self, days: u32) {
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
                let updated = match load(&raw) {
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
}
