//! The screens, written as markup (see `html.rs` for why). `render` is called inside an effect:
//! the signals it reads with `get()` decide when the screen is redrawn; values the user is
//! editing are read untracked, so typing never redraws the screen under the caret.

pub mod advice;
pub mod emergency;
pub mod flow;
pub mod losses;
pub mod questions;
pub mod result;
pub mod start;

use super::html::Html;
use super::i18n::Texts;
use super::state::{AppState, Step};
use crate::engine::advice::{AdviceItem, Contact};
use crate::engine::Lang;
use leptos::prelude::*;

pub const HEADING_ID: &str = "hn-step-heading";

/// The whole content of the screen container for the current step.
pub fn render(app: &AppState) -> String {
    let mut h = Html::new();
    if app.emergency_open.get() {
        emergency::render(&mut h, app);
    }
    match app.step.get() {
        Step::Start => start::render(&mut h, app),
        Step::Scheme => flow::render_scheme(&mut h, app),
        Step::Customer => flow::render_customer(&mut h, app),
        Step::Losses => losses::render(&mut h, app),
        Step::Notice => flow::render_notice(&mut h, app),
        Step::Questions(at) => questions::render(&mut h, app, usize::from(at)),
        Step::Result => result::render(&mut h, app),
        Step::Advice => advice::render(&mut h, app),
    }
    h.s
}

/// The step's heading: focus moves to it when the step changes.
pub fn heading(h: &mut Html, text: &str) {
    h.raw("<h2 id=\"hn-step-heading\" class=\"hn-step-heading\" tabindex=\"-1\">")
        .t(text)
        .raw("</h2>");
}

/// "Step i of n" and a progress bar.
pub fn progress(h: &mut Html, app: &AppState, t: &Texts) {
    if let Some((i, n)) = app.progress() {
        h.raw("<p class=\"hn-progress\" id=\"hn-progress\">")
            .t(&(t.progress)(i, n))
            .raw("</p><progress class=\"hn-progress-bar\" aria-labelledby=\"hn-progress\"")
            .attr("max", &n.to_string())
            .attr("value", &i.to_string())
            .raw("></progress>");
    }
}

/// Back and next at the foot of a step.
pub fn nav(h: &mut Html, t: &Texts, last: bool) {
    h.raw("<div class=\"hn-nav\">")
        .button("hn-btn", "back", t.back)
        .button(
            "hn-btn hn-btn-primary",
            "next",
            if last { t.see_result } else { t.next },
        )
        .raw("</div>");
}

/// The error summary after a refused "next".
pub fn error_summary(h: &mut Html, app: &AppState, t: &Texts, has_error: bool) {
    if app.show_errors.get() && has_error {
        h.raw("<div class=\"hn-alert\" role=\"alert\" id=\"hn-error-summary\"><p>")
            .t(t.fix_errors_first)
            .raw("</p></div>");
    }
}

/// A radio choice. `id` must be stable across renders (focus is restored by id).
pub struct Radio<'a> {
    pub name: &'a str,
    pub value: &'a str,
    pub id: &'a str,
    pub checked: bool,
    pub invalid: bool,
    pub title: &'a str,
    pub hint: Option<&'a str>,
}

pub fn radio(h: &mut Html, r: Radio) {
    h.raw("<label class=\"hn-radio\"><input type=\"radio\"")
        .attr("name", r.name)
        .attr("value", r.value)
        .attr("id", r.id)
        .flag("checked", r.checked)
        .flag("aria-invalid=\"true\"", r.invalid)
        .raw("><span class=\"hn-radio-text\">")
        .el("span class=\"hn-choice-title\"", r.title);
    if let Some(hint) = r.hint {
        h.el("span class=\"hn-radio-hint\"", hint);
    }
    h.raw("</span></label>");
}

/// "Choose one" under a radio group whose choice is missing.
pub fn choose_one(h: &mut Html, t: &Texts, show: bool) {
    if show {
        h.el("span class=\"hn-error\"", t.choose_one);
    }
}

/// "根拠: 003 重大な過失(1)".
pub fn cite(lang: Lang, t: &Texts, doc: &str, clause: &str) -> String {
    let sep = if lang == Lang::Ja { ":" } else { ": " };
    format!("{}{sep}{doc} {clause}", t.source)
}

/// A checkbox that remembers its tick (by item id).
pub fn check_item(
    h: &mut Html,
    app: &AppState,
    id: &str,
    done_hint: bool,
    body: impl FnOnce(&mut Html),
) {
    h.raw("<li><label class=\"hn-check\"><input type=\"checkbox\"")
        .attr("id", &format!("hn-tick-{id}"))
        .attr("data-tick", id)
        .flag("data-done-hint", done_hint)
        .flag("checked", app.is_ticked(id, done_hint))
        .raw("><span class=\"hn-check-text\">");
    body(h);
    h.raw("</span></label></li>");
}

/// Advice items in order, as a checklist or a plain list.
pub fn advice_items(h: &mut Html, app: &AppState, items: &[AdviceItem], checklist: bool) {
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    h.raw(if checklist {
        "<ol class=\"hn-checklist\">"
    } else {
        "<ol>"
    });
    for it in items {
        let body = |h: &mut Html| {
            h.el("span", it.text.get(lang));
            if let Some(d) = it.detail {
                h.el("span class=\"hn-small\"", d.get(lang));
            }
            h.el(
                "span class=\"hn-cite\"",
                &cite(lang, t, it.source.doc, it.source.clause),
            );
        };
        if checklist {
            check_item(h, app, it.id, false, body);
        } else {
            h.raw("<li><span class=\"hn-check-text\">");
            body(h);
            h.raw("</span></li>");
        }
    }
    h.raw("</ol>");
}

/// Contacts of an advice pack or the emergency panel: the number only as the source gives it.
pub fn advice_contacts(h: &mut Html, lang: Lang, t: &Texts, contacts: &[Contact]) {
    h.raw("<ul class=\"hn-contact-list\">");
    for c in contacts {
        h.raw("<li class=\"hn-contact\">")
            .el("span class=\"hn-contact-name\"", c.name.get(lang))
            .raw("<br>");
        if let Some(p) = c.phone {
            h.tel(p).raw("<br>");
        }
        if let Some(n) = c.note {
            h.el("span class=\"hn-small\"", n.get(lang)).raw("<br>");
        }
        h.el(
            "span class=\"hn-small\"",
            &format!("{}: {}", t.hours, c.hours.get(lang)),
        )
        .raw("</li>");
    }
    h.raw("</ul>");
}
