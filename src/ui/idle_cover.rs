//! What the idle cover says and its two choices: the lazy part of `idle::IdleCover`
//! (`lazy::idle_cover`, the staff module), apart from `idle.rs` so that the split registry can
//! reach it without a circle. The choices act through [`CoverActions`], which the cover provides.

use super::focus;
use super::i18n_drafts::dtexts;
use super::store::store;
use crate::engine::session;
use leptos::prelude::*;

/// The cover's heading id (focus goes there when it shows).
pub const TITLE_ID: &str = "hn-idle-title";

/// "Continue" and "Next customer", as the idle watch does them.
#[derive(Clone, Copy)]
pub struct CoverActions {
    /// The same customer: the case back as it was.
    pub on_continue: Callback<()>,
    /// Ends the session and takes the cover away.
    pub on_next: Callback<()>,
}

/// What the cover says, and its two choices. It takes focus itself when it renders: its module
/// may arrive after the cover was asked for, when `cover`'s own focus found no title yet.
#[component]
pub fn IdleCoverBody() -> impl IntoView {
    let Some(store) = store() else {
        return ().into_any();
    };
    let app = store.app;
    let secs = u32::try_from(store.idle_ms() / 1000).unwrap_or(session::IDLE_SECONDS);
    let Some(actions) = use_context::<CoverActions>() else {
        return ().into_any();
    };
    let on_continue = move |_| actions.on_continue.run(());
    let on_next = move |_| actions.on_next.run(());
    focus::after_render(format!("#{TITLE_ID}"));
    (move || {
        let dt = dtexts(app.lang.get());
        view! {
            <h2 tabindex="-1" id=TITLE_ID>
                {dt.idle_title}
            </h2>
            <p>{(dt.idle_body)(secs)}</p>
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=on_continue>
                    {dt.idle_continue}
                </button>
                <button type="button" class="hn-btn" on:click=on_next>
                    {dt.next_customer}
                </button>
            </div>
        }
    })
    .into_any()
}
