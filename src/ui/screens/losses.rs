//! The losses: one fieldset per transaction (date, optional time, amount, amount returned),
//! rows added and removed freely. Only adding or removing a row redraws the screen.

use super::super::field::{self, is_bad, Kind};
use super::super::html::Html;
use super::super::state::{AppState, LossDraft, Step};
use super::flow::{next_if_valid, preview_slot};
use super::{error_summary, heading, nav, progress};
use crate::engine::limits::MAX_ROWS;
use leptos::prelude::*;

pub fn has_error(app: &AppState) -> bool {
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    app.losses.with_untracked(|rows| {
        rows.is_empty()
            || rows.iter().any(|r| {
                is_bad(Kind::Date, &r.date.get_untracked(), true, lang, t)
                    || is_bad(Kind::Time, &r.time.get_untracked(), false, lang, t)
                    || is_bad(Kind::Amount, &r.amount.get_untracked(), true, lang, t)
                    || is_bad(Kind::Amount, &r.recovered.get_untracked(), false, lang, t)
            })
    })
}

pub fn next(app: &AppState) {
    next_if_valid(app, Step::Losses, has_error(app));
}

pub fn add(app: &AppState) {
    // The one row cap (`limits`): the button is gone at the cap; a stale click does nothing.
    if app.losses.with_untracked(|l| l.len()) >= MAX_ROWS {
        return;
    }
    app.add_loss(LossDraft::default());
    if let Some(key) = app.losses.with_untracked(|l| l.last().map(|r| r.key)) {
        app.focus_next(format!("#hn-loss-{key}-date"));
    }
}

pub fn remove(app: &AppState, key: u32) {
    let at = app
        .losses
        .with_untracked(|l| l.iter().position(|r| r.key == key));
    app.remove_loss(key);
    // Focus the row that moved up into its place, else the last row, else "add".
    let next = app.losses.with_untracked(|l| {
        at.and_then(|i| l.get(i))
            .or_else(|| l.last())
            .map(|r| format!("#hn-loss-{}-date", r.key))
    });
    app.focus_next(next.unwrap_or_else(|| "#hn-loss-add".to_string()));
}

pub fn render(h: &mut Html, app: &AppState) {
    let t = app.t();
    // Tracked: the rows themselves (added / removed), not what is typed in them.
    let rows = app.losses.get();
    h.raw("<div class=\"hn-layout hn-with-preview\"><section aria-labelledby=\"hn-step-heading\">");
    progress(h, app, t);
    heading(h, t.losses_title);
    h.el("p class=\"hn-lead\"", t.losses_lead);
    error_summary(h, app, t, has_error(app));
    for (i, r) in rows.iter().enumerate() {
        let n = i + 1;
        let id = |part: &str| format!("hn-loss-{}-{part}", r.key);
        h.raw("<fieldset class=\"hn-loss\">")
            .el("legend", &(t.loss_heading)(n))
            .raw("<div class=\"hn-loss-grid\">");
        field::render(h, app, &id("date"), t.loss_date, Some(t.date_hint));
        field::render(h, app, &id("time"), t.loss_time, Some(t.time_hint));
        field::render(h, app, &id("amount"), t.loss_amount, Some(t.amount_hint));
        field::render(h, app, &id("recovered"), t.loss_recovered, None);
        h.raw("</div><div class=\"hn-loss-actions\"><button type=\"button\" class=\"hn-btn hn-btn-danger\"")
            .attr("id", &id("remove"))
            .attr("data-act", &format!("remove-loss:{}", r.key))
            .raw(">")
            .t(&(t.loss_remove)(n))
            .raw("</button></div></fieldset>");
    }
    if rows.is_empty() {
        h.el("p class=\"hn-warn-box\"", t.losses_none);
    }
    if rows.len() >= MAX_ROWS {
        h.el("p class=\"hn-note\" id=\"hn-loss-cap\"", t.losses_cap);
    } else {
        h.raw("<button type=\"button\" class=\"hn-btn\" id=\"hn-loss-add\" data-act=\"add-loss\">")
            .t(t.loss_add)
            .raw("</button>");
    }
    nav(h, t, false);
    h.raw("</section>");
    preview_slot(h);
    h.raw("</div>");
}
