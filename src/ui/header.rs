//! The header: the app's name, the emergency panel's button and the language switch. Mounted
//! into the frame's `<header>` (the rest of the frame is static, see `ui::Frame`).

use super::dom;
use super::screens::emergency::{open_emergency, BUTTON_ID};
use super::widgets::use_app;
use crate::engine::Lang;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let switch_lang = move |_| {
        let next = match app.lang.get_untracked() {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        };
        // The screen is drawn again in the other language: what is open, the focus and the
        // scroll are carried over, so the reader stays where they were.
        let place = dom::ScreenPlace::capture();
        app.lang.set(next);
        dom::store_lang(next);
        place.restore_after_render();
    };
    let toggle_emergency = move |_| {
        if app.view.emergency_open.get_untracked() {
            app.view.emergency_open.set(false);
        } else {
            open_emergency(&app);
        }
    };
    // The switch names the other language in that language.
    let other = move || match app.lang.get() {
        Lang::Ja => "en",
        Lang::En => "ja",
    };
    view! {
        <div class="hn-header-inner">
            <h1 class="hn-title">
                <span>{move || app.t().app_title}</span>
                <span class="hn-title-sub">{move || app.t().app_tagline}</span>
            </h1>
            <div class="hn-header-actions">
                <button
                    type="button"
                    id=BUTTON_ID
                    class="hn-btn hn-btn-emergency"
                    aria-expanded=move || if app.view.emergency_open.get() { "true" } else { "false" }
                    on:click=toggle_emergency
                >
                    {move || app.t().emergency_open}
                </button>
                <button
                    type="button"
                    id="hn-lang-switch"
                    class="hn-btn hn-btn-ghost"
                    lang=other
                    on:click=switch_lang
                >
                    {move || app.t().other_lang_label}
                </button>
            </div>
        </div>
    }
}
