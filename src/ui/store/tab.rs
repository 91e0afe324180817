//! This tab's own state in sessionStorage: the draft it has open (a reload reopens it, a new tab
//! never does) and, in staff mode, when it was left.

use super::super::dom;
use super::{PREFIX, TAB_CURRENT_KEY, TAB_LEFT_KEY};

/// This tab's open draft, from sessionStorage (survives a reload of this tab only).
pub(super) fn session_get() -> Option<String> {
    dom::session_get(TAB_CURRENT_KEY)
}

/// Removes every key of this app from this tab's sessionStorage.
pub(super) fn session_clear() {
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

pub(super) fn session_left() -> Option<i64> {
    dom::session_get(TAB_LEFT_KEY)?.parse().ok()
}

pub(super) fn session_set(id: &str) {
    if id.is_empty() {
        dom::session_remove(TAB_CURRENT_KEY)
    } else {
        dom::session_set(TAB_CURRENT_KEY, id)
    }
}
