//! The result: "tell the bank now" first, then the verdict in plain words with the amount range
//! and the first deadline; the next steps as a checklist; what is still unanswered; each loss;
//! every deadline; the reasons with their clauses; contacts with open-now; the steps that always
//! apply; calendar and print; and the guidance line with the source's as-of date.

use super::super::format::{self, Urgency};
use super::super::html::Html;
use super::super::i18n::Texts;
use super::super::outcome::{use_outcome, Built};
use super::super::state::{AppState, Scenario, FURIKOME};
use super::{advice_contacts, advice_items, check_item, cite, heading};
use crate::engine::advice::{advice, ALWAYS_STEPS, EMERGENCY};
use crate::engine::assess::{Assessment, CallBy, Deadline, LossReason, ReasonEffect, Verdict};
use crate::engine::calendar::{is_bank_closed, line_status, LineStatus};
use crate::engine::pack::{Contact, Counts, Pack};
use crate::engine::Lang;
use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;

pub fn verdict_text(v: Verdict, t: &Texts) -> &'static str {
    match v {
        Verdict::Full => t.verdict_full,
        Verdict::Capped => t.verdict_capped,
        Verdict::Partial => t.verdict_partial,
        Verdict::Reduced => t.verdict_reduced,
        Verdict::CaseByCase => t.verdict_case_by_case,
        Verdict::NeedsInfo => t.verdict_needs_info,
        Verdict::None => t.verdict_none,
    }
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Full | Verdict::Capped | Verdict::Partial => "hn-verdict hn-verdict-ok",
        Verdict::Reduced | Verdict::CaseByCase | Verdict::NeedsInfo => "hn-verdict hn-verdict-warn",
        Verdict::None => "hn-verdict hn-verdict-none",
    }
}

pub fn amount_text(a: &Assessment, t: &Texts) -> String {
    let r = a.compensable_yen;
    if r.low == r.high {
        format::yen(t, r.low)
    } else {
        (t.amount_range)(&format::yen(t, r.low), &format::yen(t, r.high))
    }
}

/// Why a loss is not covered, in words; the staff summary prints the same text.
pub(crate) fn loss_reason_text(r: LossReason, t: &Texts) -> &'static str {
    match r {
        LossReason::CustomerType => t.reason_customer_type,
        LossReason::BeforeStart => t.reason_before_start,
        LossReason::AfterNotice => t.reason_after_notice,
        LossReason::Window => t.reason_window,
        LossReason::TwoYearBar => t.reason_two_year_bar,
        LossReason::TimeUnknown => t.reason_time_unknown,
        LossReason::StartAmbiguous => t.reason_start_ambiguous,
    }
}

/// "2026年11月24日(火) [至急] あと 3 日": urgency in words as well as colour.
fn deadline(h: &mut Html, t: &Texts, date: NaiveDate, days_left: i64) {
    h.raw("<span class=\"hn-deadline\"><strong>")
        .t(&format::date(t, date))
        .raw("</strong> ");
    badge(h, t, days_left);
    h.raw(" ")
        .el("span class=\"hn-days-left\"", &(t.days_left)(days_left))
        .raw("</span>");
}

fn badge(h: &mut Html, t: &Texts, days_left: i64) {
    let u = Urgency::of(days_left);
    h.raw("<span")
        .attr("class", u.class())
        .raw(">")
        .t(u.label(t))
        .raw("</span>");
}

/// Verdict, amount and first deadline: the top of the result and the desktop live preview.
pub fn summary(h: &mut Html, lang: Lang, t: &Texts, a: &Assessment) {
    h.raw("<div id=\"hn-verdict\"")
        .attr("class", verdict_class(a.verdict))
        .raw(">")
        .el("p class=\"hn-verdict-text\"", verdict_text(a.verdict, t))
        .raw("<dl class=\"hn-kv\">")
        .el("dt", t.amount_label)
        .el(
            "dd class=\"hn-amount\" id=\"hn-amount\"",
            &amount_text(a, t),
        );
    if let Some(n) = a.cap_note {
        // Beside the amount, not among the reasons: the cap itself is an inference.
        h.el(
            "dd class=\"hn-small hn-cap-note\" id=\"hn-cap-note\"",
            n.get(lang),
        );
    }
    if let Some(d) = a.deadlines.first() {
        h.el("dt", t.first_deadline)
            .raw("<dd class=\"hn-deadline-big\" id=\"hn-first-deadline\">");
        deadline(h, t, d.date, d.days_left);
        h.raw("</dd>");
    }
    h.raw("</dl>");
    if a.verdict == Verdict::NeedsInfo {
        h.el("p class=\"hn-small\"", t.verdict_explain_needs_info);
    }
    h.raw("</div>");
}

/// The preview panel's content.
pub fn preview(app: &AppState) -> String {
    let out = use_outcome();
    let t = app.t_untracked();
    let mut h = Html::new();
    h.el("h2 id=\"hn-preview-title\"", t.preview_title);
    let a = out.assessment.get_untracked();
    match a {
        Some(a) if !a.transactions.is_empty() => summary(&mut h, app.lang.get_untracked(), t, &a),
        _ => {
            h.el("p class=\"hn-small\"", t.preview_empty);
        }
    }
    let bad = out.built.with_untracked(|b| b.bad_rows);
    if bad > 0 {
        h.el("p class=\"hn-small\"", &(t.rows_with_errors)(bad));
    }
    h.s
}

/// "Open now (until 17:00 today)" / "Closed now. Opens next: …", from the holiday calendar;
/// `None` where the source gives no hours.
fn status(t: &Texts, c: &Contact, now: NaiveDateTime) -> Option<(String, bool)> {
    match line_status(&c.hours.hours(), now) {
        LineStatus::Always => Some((t.line_always.to_string(), true)),
        LineStatus::Unknown => None,
        LineStatus::Open { closes_at } => {
            Some(((t.line_open)(&format::time(t, closes_at.time())), true))
        }
        LineStatus::Closed { opens_at } => {
            Some(((t.line_closed)(&format::date_time(t, opens_at)), false))
        }
    }
}

/// What a bank holiday does to a deadline: "may run to …" for a period counted forward, "not
/// extended" for one counted back from the notice whose last day is closed. The staff summary
/// prints the same.
pub(crate) fn holiday_text(t: &Texts, d: &Deadline) -> Option<String> {
    match d.may_be_extended_to {
        Some(x) => Some((t.may_be_extended)(&format::date(t, x))),
        None if d.counts == Counts::BackFromNotice && is_bank_closed(d.date) => {
            Some(t.not_extended_back.to_string())
        }
        None => None,
    }
}

/// "事務応援課の受付は 12月18日(金) 17:00 まで…", where the pack names that line; the staff
/// summary prints the same.
pub(crate) fn call_by_text(lang: Lang, t: &Texts, p: &Pack, cb: &CallBy) -> Option<String> {
    let line = p.contacts.iter().find(|c| c.id == cb.contact)?;
    Some((t.call_by)(
        line.name.get(lang),
        &format::date_time(t, cb.at),
    ))
}

/// The call-by line and the pack's other channels for after it.
fn call_by(h: &mut Html, lang: Lang, t: &Texts, p: &Pack, cb: &CallBy) {
    let Some(text) = call_by_text(lang, t, p, cb) else {
        return;
    };
    h.raw("<div class=\"hn-call-by\"><p class=\"hn-small\"><strong>")
        .t(&text)
        .raw("</strong></p>");
    let others: Vec<&Contact> = p.contacts.iter().filter(|c| c.id != cb.contact).collect();
    if !others.is_empty() {
        h.el("p class=\"hn-small\"", t.other_channels)
            .raw("<ul class=\"hn-small\">");
        for c in others {
            h.raw("<li>").t(c.name.get(lang)).raw(" ");
            match c.phone {
                Some(ph) => h.tel(ph),
                None => h.el("span class=\"hn-muted\"", c.hours.text.get(lang)),
            };
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
    h.raw("</div>");
}

fn status_span(h: &mut Html, s: &str, open: bool) {
    let class = if open {
        "hn-status hn-status-open"
    } else {
        "hn-status hn-status-closed"
    };
    h.raw("<span")
        .attr("class", class)
        .raw(">")
        .t(s)
        .raw("</span>");
}

fn contacts(h: &mut Html, lang: Lang, t: &Texts, p: &Pack, now: NaiveDateTime) {
    h.el("h4", t.contacts_scheme)
        .raw("<ul class=\"hn-contact-list\">");
    for c in p.contacts {
        h.raw("<li class=\"hn-contact\">")
            .el("span class=\"hn-contact-name\"", c.name.get(lang))
            .raw("<br>");
        match c.phone {
            Some(ph) => h.tel(ph),
            None => h.el("span class=\"hn-small hn-muted\"", t.no_number),
        };
        h.raw("<br>").el(
            "span class=\"hn-small\"",
            &format!("{}: {}", t.hours, c.hours.text.get(lang)),
        );
        if let Some((s, open)) = status(t, c, now) {
            h.raw("<br>");
            status_span(h, &s, open);
            if !open {
                h.el("p class=\"hn-warn-box hn-small\"", t.meanwhile);
            }
        }
        h.raw("<br>")
            .el(
                "span class=\"hn-cite\"",
                &cite(lang, t, c.cite.doc(), c.cite.clause()),
            )
            .raw("</li>");
    }
    h.raw("</ul>");
}

fn losses_table(h: &mut Html, t: &Texts, a: &Assessment, built: &Built) {
    h.raw("<div class=\"hn-table-wrap\"><table class=\"hn-table\" id=\"hn-loss-table\"><caption class=\"hn-visually-hidden\">")
        .t(t.losses_result_title)
        .raw("</caption>")
        .head_row(&[
            (t.col_loss, false),
            (t.col_amount, true),
            (t.col_covered, false),
            (t.col_notify_by, false),
            (t.col_days_left, false),
        ])
        .raw("<tbody>");
    let txs = built
        .case
        .as_ref()
        .map(|c| c.transactions.as_slice())
        .unwrap_or(&[]);
    for (i, r) in a.transactions.iter().enumerate() {
        let n = built.rows.get(i).copied().unwrap_or(i + 1);
        let mut when = String::new();
        if let Some(x) = txs.get(i) {
            when = format::date(t, x.date);
            if let Some(tm) = x.time {
                when.push(' ');
                when.push_str(&format::time(t, tm));
            }
        }
        let (class, text) = match r.covered {
            Some(true) => ("hn-cov-yes", t.covered_yes),
            Some(false) => ("hn-cov-no", t.covered_no),
            None => ("hn-cov-unknown", t.covered_unknown),
        };
        h.raw("<tr><th scope=\"row\"")
            .attr("data-label", t.col_loss)
            .raw("><span>")
            .t(&(t.loss_heading)(n))
            .raw("<br>")
            .el("span class=\"hn-small\"", &when)
            .raw("</span></th><td class=\"hn-num\"")
            .attr("data-label", t.col_amount)
            .raw(">")
            .t(&format::yen(t, r.net_yen))
            .raw("</td><td")
            .attr("data-label", t.col_covered)
            .raw("><span><span")
            .attr("class", class)
            .raw(">")
            .t(text)
            .raw("</span>");
        if let Some(x) = r.reason {
            h.raw("<br>")
                .el("span class=\"hn-small\"", loss_reason_text(x, t));
        }
        h.raw("</span></td><td")
            .attr("data-label", t.col_notify_by)
            .raw(">")
            .t(&r
                .notify_by
                .map(|d| format::date(t, d))
                .unwrap_or_else(|| "—".into()))
            .raw("</td><td")
            .attr("data-label", t.col_days_left)
            .raw("><span>");
        if let Some(d) = r.days_left {
            badge(h, t, d);
            h.raw(" ").t(&(t.days_left)(d));
        }
        h.raw("</span></td></tr>");
    }
    h.raw("</tbody></table></div>");
}

pub fn render(h: &mut Html, app: &AppState) {
    let lang = app.lang.get();
    let t = app.t();
    let out = use_outcome();
    let a = out.assessment.get();
    let built = out.built.get();
    let now = app.now.get();
    h.raw(
        "<section aria-labelledby=\"hn-step-heading\" class=\"hn-result\"><div class=\"hn-result-top\"><div class=\"hn-alert\">",
    );
    heading(h, t.tell_bank_title);
    h.el(
        "p",
        a.as_ref()
            .map(|a| a.advice.get(lang))
            .unwrap_or(t.tell_bank_body),
    );
    // The scheme's own line, where the source gives a number: call it from here.
    let line = app
        .pack()
        .and_then(|p| p.contacts.iter().find(|c| c.phone.is_some()));
    if let Some(c) = line {
        h.raw("<p>").el("strong", c.name.get(lang)).raw(" ");
        if let Some(ph) = c.phone {
            h.tel(ph);
        }
        if let Some((s, open)) = status(t, c, now) {
            h.raw("<br>");
            status_span(h, &s, open);
        }
        h.raw("</p>");
    }
    h.raw("</div>");
    let Some(a) = a else {
        h.raw("</div>")
            .el("p class=\"hn-warn-box\"", t.engine_error)
            .button("hn-btn", "go:losses", t.edit_answers)
            .raw("</section>");
        return;
    };
    let p = app.pack();
    summary(h, lang, t, &a);
    h.raw("</div><p class=\"hn-print-only\" id=\"hn-printed-at\"></p>");
    h.raw("<p class=\"hn-small hn-muted\">");
    if let Some(p) = p {
        h.t(t.scheme_chosen)
            .raw(": ")
            .t(p.name.get(lang))
            .raw("<br>");
    }
    h.t(&(t.today_is)(&format::date(t, app.today.get())))
        .raw("</p>");

    // Next steps, in order, as a checklist.
    h.raw("<section aria-labelledby=\"hn-steps-title\">")
        .el("h3 id=\"hn-steps-title\"", t.steps_title)
        .el("p class=\"hn-small\"", t.steps_lead)
        .raw("<ol class=\"hn-checklist\">");
    for s in &a.steps {
        check_item(h, app, s.id, s.done_hint, |h| {
            h.el("span", s.text.get(lang));
            if s.done_hint {
                h.el("span class=\"hn-small\"", t.done_from_answers);
            }
            h.el(
                "span class=\"hn-cite\"",
                &cite(lang, t, s.cite.doc(), s.cite.clause()),
            );
        });
    }
    h.raw("</ol></section>");

    // What is still unanswered and could change the outcome.
    if !a.missing.is_empty() {
        h.raw("<section class=\"hn-warn-box\" aria-labelledby=\"hn-missing-title\">")
            .el("h3 id=\"hn-missing-title\"", t.missing_title)
            .el("p", t.missing_lead)
            .raw("<ul>");
        for m in &a.missing {
            let (text, act) = if let Some(rest) = m.strip_prefix("transactions[") {
                let i = rest
                    .split(']')
                    .next()
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(0);
                let n = built.rows.get(i).copied().unwrap_or(i + 1);
                ((t.missing_time)(n), "go:losses".to_string())
            } else if m == "transactions" {
                (t.missing_transactions.to_string(), "go:losses".to_string())
            } else {
                let idx = p.and_then(|p| p.questions.iter().position(|q| q.id == m));
                let text = p
                    .and_then(|p| p.question(m))
                    .map(|q| q.text.get(lang).to_string())
                    .unwrap_or_else(|| m.to_string());
                (text, format!("go-q:{}", idx.unwrap_or(0)))
            };
            h.raw("<li>").t(&text).raw(" ");
            h.button("hn-btn hn-no-print", &act, t.answer_now)
                .raw("</li>");
        }
        h.raw("</ul></section>");
    }

    // Each loss, in input order.
    h.raw("<section aria-labelledby=\"hn-losses-title\">")
        .el("h3 id=\"hn-losses-title\"", t.losses_result_title);
    losses_table(h, t, &a, &built);
    if built.bad_rows > 0 {
        h.el(
            "p class=\"hn-warn-box\"",
            &(t.rows_with_errors)(built.bad_rows),
        );
    }
    h.raw("</section>");

    // Every deadline, with "may be extended" beside the strict date.
    h.raw("<section aria-labelledby=\"hn-deadlines-title\">")
        .el("h3 id=\"hn-deadlines-title\"", t.deadlines_title);
    if !a.notice_assumed_today {
        h.el("p", &(t.notified_on_line)(&format::date(t, a.notice_date)));
    }
    let has_period = p.is_some_and(|p| p.window.is_some() || p.bar.is_some());
    if a.deadlines.is_empty() && !has_period {
        h.el("p", t.no_deadline);
    } else if !a.deadlines.is_empty() {
        h.raw("<ul>");
        for d in &a.deadlines {
            h.raw("<li>").t(d.label.get(lang)).raw(": ");
            deadline(h, t, d.date, d.days_left);
            if let Some(x) = holiday_text(t, d) {
                h.raw("<br>").el("span class=\"hn-small\"", &x);
            }
            if let (Some(cb), Some(p)) = (d.call_by, p) {
                call_by(h, lang, t, p, &cb);
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
        if let Some(c) = a.extension {
            h.raw("<details><summary>")
                .t(&cite(lang, t, c.cite.doc(), c.cite.clause()))
                .raw("</summary>")
                .el("p", c.text.get(lang))
                .el("blockquote lang=\"ja\"", c.clause_text)
                .raw("</details>");
        }
    }
    h.raw("</section>");

    // Every rule that fired, with its clause text to expand.
    if !a.reasons.is_empty() {
        h.raw("<section aria-labelledby=\"hn-reasons-title\">")
            .el("h3 id=\"hn-reasons-title\"", t.reasons_title)
            .raw("<ul class=\"hn-reasons\">");
        for r in &a.reasons {
            h.raw("<li>");
            if let Some(g) = r.group {
                h.el("span class=\"hn-small hn-muted\"", g.get(lang))
                    .raw("<br>");
            }
            let class = match r.effect {
                ReasonEffect::Excludes => "hn-cov-no",
                ReasonEffect::Todo => "hn-cov-unknown",
                _ => "",
            };
            h.raw("<span")
                .attr("class", class)
                .raw(">")
                .t(r.text.get(lang))
                .raw("</span><details><summary>")
                .t(&cite(lang, t, r.cite.doc(), r.cite.clause()))
                .raw("</summary>");
            if !r.clause_text.is_empty() {
                h.el("blockquote lang=\"ja\"", r.clause_text);
            }
            h.raw("</details></li>");
        }
        h.raw("</ul></section>");
    }

    // Contacts: the scheme's own, with open-now; then the lines for any bank.
    h.raw("<section aria-labelledby=\"hn-contacts-title\">")
        .el("h3 id=\"hn-contacts-title\"", t.contacts_title);
    if let Some(p) = p.filter(|p| !p.contacts.is_empty()) {
        contacts(h, lang, t, p, now);
    }
    h.el("h4", t.contacts_general);
    advice_contacts(h, lang, t, EMERGENCY.contacts);
    h.raw("</section>");

    // Always, covered or not.
    h.raw("<section aria-labelledby=\"hn-always-title\">")
        .el("h3 id=\"hn-always-title\"", t.always_title)
        .el("p class=\"hn-small\"", t.always_lead);
    advice_items(h, app, ALWAYS_STEPS, true);
    h.raw("</section>");

    if app.scenario.get() == Some(Scenario::InternetBanking) {
        if let Some(f) = advice(FURIKOME) {
            h.raw("<section class=\"hn-note\" aria-labelledby=\"hn-furikome-title\">")
                .el("h3 id=\"hn-furikome-title\"", t.furikome_title)
                .el("p", f.summary.get(lang))
                .button(
                    "hn-btn hn-no-print",
                    "advice:furikome-relief",
                    t.furikome_open,
                )
                .raw("</section>");
        }
    }

    h.raw("<div class=\"hn-actions\">")
        .button("hn-btn hn-btn-primary", "ics", t.ics_button)
        .button("hn-btn", "print", t.print_button)
        .button("hn-btn", "go:losses", t.edit_answers)
        .button("hn-btn", "reset", t.start_over)
        .raw("</div>");

    if !a.notes.is_empty() {
        h.raw("<details class=\"hn-notes\"><summary>")
            .t(t.notes_title)
            .raw("</summary><ul>");
        for n in a.notes {
            h.raw("<li>").t(n.text.get(lang));
            if let Some(c) = n.cite {
                h.raw("<br>").el(
                    "span class=\"hn-cite\"",
                    &cite(lang, t, c.doc(), c.clause()),
                );
            }
            h.raw("</li>");
        }
        h.raw("</ul></details>");
    }

    if let Some(p) = p {
        h.el("h3", t.sources_title).raw("<ul class=\"hn-small\">");
        for s in p.sources {
            h.raw("<li>").t(s.id).raw(" ").t(s.title.get(lang));
            if let Some(d) = s.as_of {
                h.t(&format!(" ({})", (t.as_of)(&format::date(t, d))));
            }
            h.raw("</li>");
        }
        h.raw("</ul><p class=\"hn-disclaimer\">")
            .t(t.disclaimer)
            .raw(" ")
            .t(&(t.as_of)(&format::date(t, p.as_of)))
            .raw(" · ")
            .t(&(t.version)(p.version))
            .raw("</p>");
        if let Some(n) = p.as_of_note {
            h.el("p class=\"hn-small\"", n.get(lang));
        }
    }
    h.raw("</section>");
}
