//! 補償ナビ (Hoshō Navi).
//!
//! `engine` is pure Rust (no leptos, web-sys or gloo): rule packs, the calendar, the case file and
//! the assessment. It compiles and tests natively. `ui` is the Leptos layer over it, wasm only.

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod ui;
