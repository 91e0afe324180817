//! The report's texts live beside the document they word (`document/report_text.rs`); kept
//! here under their old path so the screens' imports need not change.

pub use crate::document::report_text::*;
