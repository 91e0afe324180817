//! The drafts list: one entry per stored draft, built from what `stored::load` found.

use super::draft::{Draft, Step};
use super::stored::{load, LoadOutcome};
use crate::engine::jst;
use crate::engine::name::clean_name;
use chrono::{Datelike, Timelike};
use serde_json::Value;

/// A draft's state as the list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftStatus {
    /// Still being filled in.
    InProgress,
    /// The result has been shown.
    Result,
    /// An advice-only scenario.
    Advice,
    /// Written by a newer build: read-only here.
    Newer,
    /// Unreadable; a backup copy was kept.
    Corrupt,
}

/// One line of the drafts list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    pub id: String,
    pub name: String,
    /// Pack id, "not listed", or the advice pack of an advice-only case.
    pub scheme: Option<String>,
    /// Last change in Japan time, "YYYY-MM-DD HH:MM"; empty when unknown.
    pub updated: String,
    pub updated_ms: i64,
    pub status: DraftStatus,
}

/// "YYYY-MM-DD HH:MM" in Japan time for epoch milliseconds; empty for 0 or out of range.
/// Formatted by hand: chrono's formatter costs about 9 KB of wasm.
pub fn format_jst(ms: i64) -> String {
    if ms <= 0 {
        return String::new();
    }
    jst::from_epoch_millis(ms as f64)
        .map(|t| {
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                t.year(),
                t.month(),
                t.day(),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_default()
}

fn entry_from_draft(id: &str, d: &Draft) -> IndexEntry {
    let scheme = if d.ui.step == Step::Advice {
        d.ui.advice.clone().or_else(|| d.case.scheme.clone())
    } else if d.case.brokerage.is_some() && d.case.scheme.is_none() {
        // A brokerage case has no bank scheme: the list names it by its advice page.
        d.case
            .scenario
            .and_then(|s| s.advice_id())
            .map(str::to_owned)
    } else {
        d.case.scheme.clone()
    };
    IndexEntry {
        id: id.to_owned(),
        name: clean_name(&d.name),
        scheme,
        updated: format_jst(d.updated_ms),
        updated_ms: d.updated_ms,
        status: d.status(),
    }
}

/// The list entry for a stored value under `id` (the storage key's id wins over the JSON's).
/// A newer draft still shows its name, scheme and time when those fields are readable.
pub fn index_entry(id: &str, outcome: &LoadOutcome) -> IndexEntry {
    match outcome {
        LoadOutcome::Ok(d) | LoadOutcome::Migrated(d, _) => entry_from_draft(id, d),
        LoadOutcome::Newer { raw, .. } => {
            let v: Value = serde_json::from_str(raw).unwrap_or(Value::Null);
            let updated_ms = v.get("updated_ms").and_then(Value::as_i64).unwrap_or(0);
            IndexEntry {
                id: id.to_owned(),
                name: clean_name(v.get("name").and_then(Value::as_str).unwrap_or_default()),
                scheme: v
                    .get("case")
                    .and_then(|c| c.get("scheme"))
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                updated: format_jst(updated_ms),
                updated_ms,
                status: DraftStatus::Newer,
            }
        }
        LoadOutcome::Corrupt { .. } => IndexEntry {
            id: id.to_owned(),
            name: String::new(),
            scheme: None,
            updated: String::new(),
            updated_ms: 0,
            status: DraftStatus::Corrupt,
        },
    }
}

/// The drafts list from `(id, stored text)` pairs: newest first, then by id for a stable order.
pub fn index<'a>(stored: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<IndexEntry> {
    let mut out = Vec::new();
    for (id, raw) in stored {
        insert_sorted(&mut out, index_entry(id, &load(raw)));
    }
    out
}

/// Puts `e` in its place (newest first, then by id), replacing an entry with the same id.
/// By hand rather than `sort_by`: each sort instantiation costs about 2 KB of wasm.
pub fn insert_sorted(list: &mut Vec<IndexEntry>, e: IndexEntry) {
    list.retain(|x| x.id != e.id);
    let at = list
        .iter()
        .position(|x| (x.updated_ms, &e.id) < (e.updated_ms, &x.id))
        .unwrap_or(list.len());
    list.insert(at, e);
}

impl Draft {
    /// The list's status of a readable draft.
    pub fn status(&self) -> DraftStatus {
        match self.ui.step {
            Step::Result | Step::BrokerageResult => DraftStatus::Result,
            Step::Advice => DraftStatus::Advice,
            _ => DraftStatus::InProgress,
        }
    }
}
