//! The emergency panel: what to do in the first hour and whom to call. One tap away from the
//! header on every screen; the same content is in index.html as the static shell.

use super::super::html::Html;
use super::super::state::AppState;
use super::{advice_contacts, advice_items};
use crate::engine::advice::EMERGENCY;
use leptos::prelude::*;

pub const HEADING_ID: &str = "hn-emergency-heading";
pub const BUTTON_ID: &str = "hn-emergency-button";

pub fn render(h: &mut Html, app: &AppState) {
    let lang = app.lang.get();
    let t = app.t();
    h.raw("<section class=\"hn-emergency hn-emergency-app\" id=\"hn-emergency\" aria-labelledby=\"hn-emergency-heading\">")
        .raw("<div class=\"hn-emergency-head\"><h2 id=\"hn-emergency-heading\" class=\"hn-step-heading\" tabindex=\"-1\">")
        .t(EMERGENCY.title.get(lang))
        .raw("</h2>")
        .button("hn-btn", "emergency-close", t.emergency_close)
        .raw("</div>")
        .el("p", EMERGENCY.intro.get(lang));
    advice_items(h, app, EMERGENCY.steps, false);
    h.el("h3", t.contacts_title);
    advice_contacts(h, lang, t, EMERGENCY.contacts);
    h.el("p class=\"hn-small\"", EMERGENCY.note.get(lang))
        .raw("</section>");
}
