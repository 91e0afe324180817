//! The stored format of a [`Draft`]: what the browser keeps so that nothing typed is ever lost.
//!
//! The format is versioned. `load` never panics and never guesses:
//! - the current version is read as is;
//! - an older one goes through [`MIGRATIONS`] (one function per version step, on the JSON value),
//!   so shipping v2 means adding one function and a fixture, not touching old code;
//! - a newer one is handed back untouched (the UI shows it read-only);
//! - anything else is `Corrupt`, with the raw text so the caller can back it up first.
//!
//! The JSON is serde's, derived on [`Draft`]; format 1 as the hand-written writer before it left
//! it, byte for byte (`tests/fixtures/drafts/written-v1-build.json`). No clock here: the caller
//! stamps `updated_ms` before [`serialize`].

use super::draft::Draft;
use crate::engine::limits::MAX_ROWS;
use serde_json::Value;

/// The draft format this build writes (beside the type it versions, `draft.rs`).
pub use super::draft::DRAFT_VERSION;
/// Larger stored values are not parsed (localStorage holds about 5 MB per origin anyway).
pub const MAX_DRAFT_BYTES: usize = 4 << 20;
/// The key holding the format version inside a stored draft.
pub const VERSION_KEY: &str = "draft_version";

/// What `load` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadOutcome {
    Ok(Draft),
    /// An older format, brought up to date; `from` is the version found. Write it back only on
    /// the next real change, so that an older build can still read it until then.
    Migrated(Draft, u32),
    /// Written by a newer build: keep `raw` untouched and show it read-only.
    Newer {
        version: u64,
        raw: String,
    },
    /// Not a draft: copy `raw` to a backup before anything else happens to it.
    Corrupt {
        raw: String,
        error: String,
    },
}

/// One step of migration: the JSON of version n in, the JSON of version n + 1 out.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`. Empty while v1 is the only format
/// ever shipped; shipping v2 adds `v1_to_v2` here and `tests/fixtures/drafts/v2.json`.
pub const MIGRATIONS: &[Migration] = &[];

/// The draft as compact JSON in the current format. serde_json fails only on a map key that is
/// not a string or a failing custom serializer, neither of which a draft has; the error is
/// passed on all the same, never unwrapped.
pub fn serialize(d: &Draft) -> Result<String, String> {
    serde_json::to_string(d).map_err(|e| e.to_string())
}

/// A draft from its JSON value (unknown fields are ignored).
fn from_value(v: Value) -> Result<Draft, String> {
    if !v.is_object() {
        return Err("not a JSON object".into());
    }
    let d: Draft = serde_json::from_value(v).map_err(|e| e.to_string())?;
    // The one row cap (`limits`): the form cannot make more, so more is not a draft of this app.
    if d.case.losses.len() > MAX_ROWS {
        return Err(format!("case.transactions: more than {MAX_ROWS} losses"));
    }
    Ok(d)
}

/// Reads a stored draft. Never panics, whatever `raw` holds.
pub fn load(raw: &str) -> LoadOutcome {
    load_with(raw, DRAFT_VERSION, MIGRATIONS)
}

/// [`load`] with the current version and migrations as parameters, so the migration path is
/// tested before a v2 exists.
pub fn load_with(raw: &str, current: u32, migrations: &[Migration]) -> LoadOutcome {
    let corrupt = |error: String| LoadOutcome::Corrupt {
        raw: raw.to_owned(),
        error,
    };
    if raw.len() > MAX_DRAFT_BYTES {
        return corrupt(format!("larger than {MAX_DRAFT_BYTES} bytes"));
    }
    // serde_json stops at 128 levels of nesting, so hostile depth is an error, not a crash.
    let mut value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => {
            return corrupt(format!(
                "not JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        }
    };
    let version = match value.get(VERSION_KEY) {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v >= 1 => v,
            _ => return corrupt(format!("{VERSION_KEY} is not a positive whole number")),
        },
        Some(_) => return corrupt(format!("{VERSION_KEY} is not a number")),
        None if value.is_object() => return corrupt(format!("no {VERSION_KEY}")),
        None => return corrupt("not a JSON object".into()),
    };
    if version > u64::from(current) {
        return LoadOutcome::Newer {
            version,
            raw: raw.to_owned(),
        };
    }
    let from = version as u32;
    for v in from..current {
        let step = (v as usize).checked_sub(1).and_then(|i| migrations.get(i));
        let Some(step) = step else {
            return corrupt(format!("no migration from version {v}"));
        };
        value = match step(value) {
            Ok(next) => next,
            Err(e) => return corrupt(format!("migration from version {v} failed: {e}")),
        };
        if let Some(obj) = value.as_object_mut() {
            obj.insert(VERSION_KEY.into(), Value::from(v + 1));
        }
    }
    match from_value(value) {
        Ok(mut d) => {
            d.draft_version = current;
            if from == current {
                LoadOutcome::Ok(d)
            } else {
                LoadOutcome::Migrated(d, from)
            }
        }
        Err(e) => corrupt(format!("not a draft: {e}")),
    }
}

/// The key that holds staff's note in every draft format (`ui.staff_note` in v1).
const STAFF_NOTE_KEY: &str = "staff_note";

/// A stored draft's text for "download as it is" (an unreadable or newer-format draft), without
/// the staff note: the app promises the note never leaves in a file. JSON (a newer format, or a
/// wrong value) loses every `staff_note` field wherever it sits; text that is not JSON (cut off,
/// edited) has the string after each `"staff_note":` blanked, to its end if unterminated.
pub fn raw_without_staff_note(raw: &str) -> String {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(o) => {
                o.remove(STAFF_NOTE_KEY);
                o.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    if raw.len() <= MAX_DRAFT_BYTES {
        if let Ok(mut v) = serde_json::from_str::<Value>(raw) {
            if v.is_object() {
                strip(&mut v);
                return serde_json::to_string(&v).unwrap_or_default();
            }
        }
    }
    let needle = "\"staff_note\"";
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find(needle) {
        let (head, tail) = rest.split_at(at + needle.len());
        out.push_str(head);
        rest = tail;
        // `: "` then the string up to its closing unescaped quote.
        let after_colon = rest.trim_start().strip_prefix(':').map(str::trim_start);
        let Some(value) = after_colon.and_then(|t| t.strip_prefix('"')) else {
            continue;
        };
        out.push_str(rest.get(..rest.len() - value.len()).unwrap_or(""));
        let mut escaped = false;
        let mut end = value.len();
        for (i, ch) in value.char_indices() {
            match (escaped, ch) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        out.push('"');
        rest = value.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}
