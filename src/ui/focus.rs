//! The one place focus is moved from. Focus moves only where the user's place moves: a new step
//! (its heading), a row added or removed, the first error after a refused "next", a panel opened
//! or closed. It happens as soon as the pending updates have rendered (a few executor ticks, in
//! the same task as the change, before the user or a test can act on the new nodes), never a
//! frame later: a later focus could pull the caret out of a field the user has already moved to.

use leptos::prelude::*;
use leptos::task::{spawn_local, tick};
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` once the pending updates have rendered.
pub fn after_render(selector: impl Into<String>) {
    after_ticks(selector.into(), 2);
}

/// Like [`after_render`], after a new step's heading has taken focus, so a deliberate target
/// (a new row, the first error) wins over it.
pub fn after_step_focus(selector: String) {
    after_ticks(selector, 4);
}

fn after_ticks(selector: String, ticks: usize) {
    spawn_local(async move {
        for _ in 0..ticks {
            tick().await;
        }
        if !now(&selector) {
            // Not rendered yet (a slower update): one frame later, then give up.
            request_animation_frame(move || {
                now(&selector);
            });
        }
    });
}

/// Focuses the first element matching `selector` (an id as `#id`, or any selector); whether
/// there was one.
pub fn now(selector: &str) -> bool {
    match document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(el) => {
            super::dom::focus(&el);
            true
        }
        None => false,
    }
}
