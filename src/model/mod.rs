//! The one case model: the case as typed (raw strings, so a half-typed amount survives a reload)
//! and where the user is, as one serde-derived value ([`Draft`]). The signals fill it
//! (`AppState::snapshot` / `load`), storage writes and reads it ([`stored`]), the drafts list is
//! built from it ([`index`]), and [`DraftCase::case_file`] is the one way from it to the engine's
//! `CaseFile` (the live result and export).
//!
//! Pure Rust like the engine (no leptos, web-sys or gloo; `scripts/check-engine-purity.sh` checks
//! both), so its tests run natively; unlike the engine it carries UI state (step, ticks, staff
//! note), which is why it lives here and not in `src/engine/`.

pub mod build;
pub mod check;
pub mod draft;
pub mod index;
pub mod rules;
pub mod stored;

pub use build::Built;
pub use draft::{
    Answer, Draft, DraftCase, DraftReport, DraftUi, LossDraft, Scenario, Step, FURIKOME,
    JBA_CORPORATE, JBA_INDIVIDUAL, NOT_LISTED,
};
pub use index::{format_jst, index, index_entry, insert_sorted, DraftStatus, IndexEntry};
pub use stored::{
    load, load_with, raw_without_staff_note, serialize, LoadOutcome, Migration, DRAFT_VERSION,
    MAX_DRAFT_BYTES, MIGRATIONS, VERSION_KEY,
};

#[cfg(test)]
#[path = "rules_tests.rs"]
mod rules_tests;
#[cfg(test)]
mod tests;
