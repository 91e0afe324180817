//! 補償ナビ (Hoshō Navi).
//!
//! `engine` is pure Rust (no leptos, web-sys or gloo): rule packs, the calendar, the case file and
//! the assessment. It compiles and tests natively. `model` is the one case model (the case as
//! typed, with where the user is), also pure and native. `ui` is the Leptos layer over both, wasm
//! only.

pub mod document;
pub mod engine;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod ui;
