//! Storage access: localStorage through gloo-storage, or an in-memory map when the browser
//! refuses it; every exception becomes a [`StoreError`], nothing throws or panics.
//!
//! gloo's typed helpers are not used for the calls themselves: its `get` and `delete` end in
//! `expect_throw`, and its `set` treats a thrown value that is not an `Error` as unreachable
//! (a panic). The handle it gives (`LocalStorage::raw`) is used with every error kept.

use super::super::dom;
use super::{StoreError, PROBE_KEY};
use crate::model::Draft;
use leptos::prelude::TimeoutHandle;
use std::cell::RefCell;

pub(super) enum Backend {
    Local(web_sys::Storage),
    /// Storage is unavailable: key → value for this page's life (a few keys; a Vec keeps
    /// another BTreeMap type out of the wasm).
    Memory(Vec<(String, String)>),
}

pub(super) fn error_name(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &wasm_bindgen::JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| "Error".to_string())
}

pub(super) fn classify(e: &wasm_bindgen::JsValue) -> StoreError {
    let name = error_name(e);
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Quota,
        "SecurityError" => StoreError::Unavailable,
        _ => StoreError::Failed(name),
    }
}

impl Backend {
    pub(super) fn open() -> Backend {
        let Some(s) = dom::local_storage() else {
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

    pub(super) fn is_local(&self) -> bool {
        matches!(self, Backend::Local(_))
    }

    pub(super) fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            Backend::Local(s) => s.get_item(key).map_err(|e| classify(&e)),
            Backend::Memory(m) => Ok(m.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())),
        }
    }

    pub(super) fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
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

    pub(super) fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            Backend::Local(s) => s.remove_item(key).map_err(|e| classify(&e)),
            Backend::Memory(m) => {
                m.retain(|(k, _)| k != key);
                Ok(())
            }
        }
    }

    pub(super) fn keys(&self) -> Vec<String> {
        match self {
            Backend::Local(s) => {
                let n = s.length().unwrap_or(0);
                (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
            }
            Backend::Memory(m) => m.iter().map(|(k, _)| k.clone()).collect(),
        }
    }
}

pub(super) struct Inner {
    pub(super) backend: Backend,
    pub(super) tab: String,
    /// The stored revision this tab last read or wrote for the open draft (`None`: not stored).
    pub(super) base_rev: Option<u64>,
    /// The open draft as last stored or loaded: what "unsaved changes" compares against.
    pub(super) last_saved: Draft,
    pub(super) timer: Option<TimeoutHandle>,
    /// Unreadable drafts already announced (once per session, even if dismissed).
    pub(super) announced: std::collections::BTreeSet<String>,
}

thread_local! {
    pub(super) static INNER: RefCell<Option<Inner>> = const { RefCell::new(None) };
}

/// Runs `f` on the store's private state; `None` before `init` (never in practice).
pub(super) fn with_inner<R>(f: impl FnOnce(&mut Inner) -> R) -> Option<R> {
    INNER.with(|cell| cell.try_borrow_mut().ok()?.as_mut().map(f))
}
