//! Staff mode: a remembered switch (in the drafts bar) that marks `<html data-staff>` so that
//! `style/staff.css` makes the layout denser and opens the case list first, adds a note per
//! case, and prints an A4 summary of the open case instead of the screen.

use super::format;
use super::html::Html;
use super::i18n::Texts;
use super::i18n_drafts::{dtexts, DraftTexts};
use super::screens::cite;
use super::screens::result::{amount_text, verdict_text};
use super::screens::result::{call_by_text, holiday_text, loss_reason_text};
use super::state::AppState;
use super::store::Store;
use crate::engine::advice::{ALWAYS_STEPS, EMERGENCY};
use crate::engine::assess::Assessment;
use crate::engine::case::{CaseFile, Customer};
use crate::engine::name::clean_name;
use crate::engine::Lang;
use leptos::prelude::*;

/// Prints; in staff mode the print CSS shows only the A4 summary.
pub fn print_summary() {
    super::dom::open_all_details();
    let _ = window().print();
}

fn customer_text(c: Customer, t: &Texts) -> &'static str {
    match c {
        Customer::Individual => t.customer_individual,
        Customer::SoleProprietor => t.customer_sole,
        Customer::Corporation => t.customer_corporation,
    }
}

/// A tick as a mark and a word, so that it reads in black and white.
fn tick(h: &mut Html, done: bool, dt: &DraftTexts) {
    let s = if done {
        format!("☑ {}", dt.summary_done)
    } else {
        format!("☐ {}", dt.summary_open)
    };
    h.el("span class=\"hn-tick\"", &s).raw(" ");
}

fn fact(h: &mut Html, term: &str, value: &str) {
    h.el("dt", term).el("dd", value);
}

/// The A4 summary of the open case (drawn in staff mode only; shown only in print).
/// A contact line of the summary: name, phone (or "none"), opening hours.
fn contact(h: &mut Html, name: &str, phone: Option<&str>, hours: &str, dt: &DraftTexts) {
    h.raw("<li>")
        .el("strong", name)
        .raw(" ")
        .t(phone.unwrap_or(dt.summary_no_phone))
        .raw(" · ")
        .t(hours)
        .raw("</li>");
}

pub fn render_summary(h: &mut Html, app: &AppState, store: &Store) {
    let out = store.out;
    let lang = app.lang.get();
    let t = app.t();
    let dt = dtexts(lang);
    let now = app.now.get();
    let name = store.name.get();
    let note = store.staff_note.get();
    let case = out.built.with(|b| b.case.clone());
    let a = out.assessment.get();
    let pack = app.pack();

    h.raw("<section class=\"hn-summary\" id=\"hn-summary\">")
        .el("h2", dt.summary_title)
        .raw("<p id=\"hn-summary-printed\">")
        .t(&(dt.summary_printed)(&format::date_time(t, now)))
        .raw("</p><p class=\"hn-summary-guidance\">")
        .el("strong", dt.summary_guidance)
        .raw("</p><dl class=\"hn-summary-facts\">");
    let name = clean_name(&name);
    if !name.is_empty() {
        h.el("dt", dt.summary_case)
            .raw("<dd>")
            .bdi(&name)
            .raw("</dd>");
    }
    fact(
        h,
        dt.summary_scheme,
        pack.map(|p| p.name.get(lang)).unwrap_or(dt.no_scheme),
    );
    if let Some(c) = &case {
        fact(h, dt.summary_customer, customer_text(c.customer, t));
        let notified = c
            .notified_on
            .map(|d| format::date(t, d))
            .unwrap_or_else(|| dt.summary_not_notified.to_string());
        fact(h, dt.summary_notified, &notified);
    }
    h.raw("</dl>");
    match (&a, &case) {
        (Some(a), Some(c)) => body(h, app, a, c, lang, t, dt),
        _ => {
            h.el("p", dt.summary_no_result);
        }
    }
    h.el("h3", dt.summary_contacts).raw("<ul>");
    if let Some(p) = pack {
        for c in p.contacts {
            contact(h, c.name.get(lang), c.phone, c.hours.text.get(lang), dt);
        }
    }
    for c in EMERGENCY.contacts {
        contact(h, c.name.get(lang), c.phone, c.hours.get(lang), dt);
    }
    h.raw("</ul>");
    if !note.is_empty() {
        h.el("h3", dt.staff_note)
            .el("p class=\"hn-summary-note\"", &note);
    }
    let notes = app.notes.get();
    if !notes.is_empty() {
        h.el("h3", dt.file_notes)
            .el("p class=\"hn-summary-note\" dir=\"auto\"", &notes);
    }
    if let Some(p) = pack {
        h.el(
            "p class=\"hn-summary-asof\"",
            &format!(
                "{} · {}",
                (t.as_of)(&format::date(t, p.as_of)),
                (t.version)(p.version)
            ),
        );
    }
    h.raw("</section>");
}

/// Stamps the print time at the moment of printing (Ctrl+P too), not at the last redraw.
pub fn stamp_print_time(app: &AppState) {
    if let Some(el) = document().get_element_by_id("hn-summary-printed") {
        let t = app.t_untracked();
        let dt = dtexts(app.lang.get_untracked());
        let now = crate::engine::jst::from_epoch_millis(js_sys::Date::now()).unwrap_or_default();
        el.set_text_content(Some(&(dt.summary_printed)(&format::date_time(t, now))));
    }
}

fn body(
    h: &mut Html,
    app: &AppState,
    a: &Assessment,
    c: &CaseFile,
    lang: Lang,
    t: &Texts,
    dt: &DraftTexts,
) {
    h.raw("<p class=\"hn-summary-advice\">")
        .el("strong", a.advice.get(lang))
        .raw("</p><dl class=\"hn-summary-facts\">");
    h.el("dt", dt.summary_verdict)
        .raw("<dd><strong>")
        .t(verdict_text(a.verdict, t))
        .raw("</strong></dd>")
        .el("dt", dt.summary_amount)
        .raw("<dd><strong>")
        .t(&amount_text(a, t))
        .raw("</strong>");
    if let Some(n) = a.cap_note {
        h.raw("<br>").el("span class=\"hn-cap-note\"", n.get(lang));
    }
    h.raw("</dd>");
    if let Some(d) = a.deadlines.first() {
        h.el("dt", t.first_deadline)
            .raw("<dd><strong>")
            .t(&format::date(t, d.date))
            .raw("</strong> ")
            .t(&(t.days_left)(d.days_left));
        if let Some(x) = holiday_text(t, d) {
            h.raw("<br>").t(&x);
        }
        let pack = app.pack();
        if let Some(x) = d.call_by.and_then(|cb| call_by_text(lang, t, pack?, &cb)) {
            h.raw("<br>").t(&x);
        }
        h.raw("</dd>");
    }
    h.raw("</dl>").el("h3", dt.summary_losses);
    h.raw("<table class=\"hn-summary-table\">")
        .head_row(&[
            (dt.summary_loss_no, false),
            (dt.summary_loss_date, false),
            (t.col_amount, true),
            (t.col_covered, false),
            (t.col_notify_by, false),
        ])
        .raw("<tbody>");
    for (i, r) in a.transactions.iter().enumerate() {
        let when = c
            .transactions
            .get(i)
            .map(|x| {
                let mut s = format::date(t, x.date);
                if let Some(tm) = x.time {
                    s.push(' ');
                    s.push_str(&format::time(t, tm));
                }
                s
            })
            .unwrap_or_default();
        let mut covered = match r.covered {
            Some(true) => t.covered_yes,
            Some(false) => t.covered_no,
            None => t.covered_unknown,
        }
        .to_string();
        if let Some(x) = r.reason {
            covered.push_str(&format!(" ({})", loss_reason_text(x, t)));
        }
        h.raw("<tr>")
            .el("td", &(i + 1).to_string())
            .el("td", &when)
            .el("td class=\"hn-num\"", &format::yen(t, r.net_yen))
            .el("td", &covered)
            .raw("<td><strong>")
            .t(&r
                .notify_by
                .map(|d| format::date(t, d))
                .unwrap_or_else(|| "—".to_string()))
            .raw("</strong> ")
            .t(&r.days_left.map(|d| (t.days_left)(d)).unwrap_or_default())
            .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    if !a.missing.is_empty() {
        let p = app.pack();
        h.el("h3", dt.summary_missing).raw("<ul>");
        for m in &a.missing {
            let text = p
                .and_then(|p| p.question(m))
                .map(|q| q.text.get(lang).to_string())
                .unwrap_or_else(|| m.to_string());
            h.el("li", &text);
        }
        h.raw("</ul>");
    }
    if !a.reasons.is_empty() {
        h.el("h3", dt.summary_reasons)
            .raw("<ul class=\"hn-summary-reasons\">");
    }
    for r in &a.reasons {
        h.raw("<li>").t(r.text.get(lang)).raw("<br>").el(
            "span class=\"hn-cite\"",
            &cite(lang, t, r.cite.doc(), r.cite.clause()),
        );
        if !r.clause_text.is_empty() {
            h.el("blockquote lang=\"ja\"", r.clause_text);
        }
        h.raw("</li>");
    }
    if !a.reasons.is_empty() {
        h.raw("</ul>");
    }
    h.el("h3", dt.summary_steps)
        .raw("<ul class=\"hn-summary-steps\">");
    for s in &a.steps {
        h.raw("<li>");
        tick(h, app.ticks.with(|_| app.is_ticked(s.id, s.done_hint)), dt);
        h.t(s.text.get(lang)).raw("</li>");
    }
    for s in ALWAYS_STEPS {
        h.raw("<li>");
        tick(h, app.ticks.with(|_| app.is_ticked(s.id, false)), dt);
        h.t(s.text.get(lang)).raw("</li>");
    }
    h.raw("</ul>");
}
