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

/// Whether an element matches `selector`.
pub fn exists(selector: &str) -> bool {
    document().query_selector(selector).ok().flatten().is_some()
}

/// Like [`after_render`], only if focus is nowhere (on the page itself) by then: a late part
/// (a lazy feature) takes the place of a focus move that found no target, never the user's own.
pub fn if_lost(selector: String) {
    spawn_local(async move {
        for _ in 0..2 {
            tick().await;
        }
        let lost = document()
            .active_element()
            .is_none_or(|a| Some(a) == document().body().map(Into::into));
        if lost {
            now(&selector);
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

/// What can take focus in a region, in document order.
const CONTROLS: &str = "button, a[href], summary, input, select, textarea";

/// The controls of the region `root_id`, in document order (`querySelectorAll`, through
/// `Array.from`: no NodeList binding needed).
fn controls(root_id: &str) -> Vec<web_sys::Element> {
    let doc = document();
    let Some(f) = js_sys::Reflect::get(doc.as_ref(), &"querySelectorAll".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return Vec::new();
    };
    let sel = format!("#{root_id} :is({CONTROLS})");
    f.call1(doc.as_ref(), &sel.into())
        .map(|list| js_sys::Array::from(&list))
        .map(|a| a.iter().filter_map(|n| n.dyn_into().ok()).collect())
        .unwrap_or_default()
}

/// The focused control's place among the controls of the region `root_id` (its index and text),
/// so the same control can be found again once the region is drawn anew.
pub fn focused_control(root_id: &str) -> Option<(usize, String)> {
    let active = document().active_element()?;
    controls(root_id)
        .iter()
        .position(|e| e.is_same_node(Some(active.as_ref())))
        .map(|i| (i, active.text_content().unwrap_or_default()))
}

/// After a step change, focuses the control at `at` in `root_id` if it is still the same control
/// (same text); else the step's heading. Returning to a screen the browser scrolls back to where
/// it was, the control the user left from is in view there, and the heading would not be.
pub fn control_after_step(root_id: &'static str, at: (usize, String), heading: String) {
    spawn_local(async move {
        for _ in 0..4 {
            tick().await;
        }
        let found = controls(root_id)
            .into_iter()
            .nth(at.0)
            .filter(|n| n.text_content().unwrap_or_default() == at.1)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
        match found {
            Some(el) => super::dom::focus(&el),
            None => {
                now(&heading);
            }
        }
    });
}
