//! After the verdict (issue 15): the facts memo for the bank (通知・補償申請のための事実メモ) and the
//! sheet for the police. Both are built from the same case and assessment the result shows, so
//! every figure is the result's: dates and amounts come from the engine's `CaseFile` and
//! `Assessment`, never recomputed from what was typed. One document value is both shown and
//! written to the file, so the screen, the printout and the shared file say the same: the
//! sections are built by `document::report` (pure, tested natively); this file renders them.

use super::super::format;
use super::super::i18n::texts;
use super::super::i18n_report::rtexts;
use super::super::outcome::use_outcome;
use super::super::widgets::{use_app, Heading, Tel};
use crate::document::report::{as_text, case_of, case_texts, file_name, sections, title_of};
pub use crate::document::report::{Block, Doc, Section};
use crate::engine::Lang;
use crate::model::{DraftReport, Step};
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

fn section_view(s: Section, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let r = rtexts(lang);
    let title_id = format!("{}-title", s.id);
    let labelled_by = title_id.clone();
    let body = match s.block {
        Block::Rows(rows) => {
            let items = rows
                .into_iter()
                .map(|(k, v)| {
                    if k.is_empty() {
                        view! { <p>{v}</p> }.into_any()
                    } else {
                        view! { <dl class="hn-kv hn-rep-row"><dt>{k}</dt><dd>{v}</dd></dl> }
                            .into_any()
                    }
                })
                .collect_view();
            view! { <div>{items}</div> }.into_any()
        }
        Block::Text(x) => view! { <p class="hn-rep-text">{x}</p> }.into_any(),
        Block::List(items) => {
            let items = items
                .into_iter()
                .map(|i| view! { <li>{i}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Block::Losses(rows, total, with_recipient) => {
            let body = rows
                .into_iter()
                .map(|l| {
                    let recipient = l.recipient;
                    view! {
                        <tr>
                            <th scope="row" data-label=r.col_no>{(t.loss_heading)(l.n)}</th>
                            <td data-label=r.col_when>{l.when}</td>
                            <td class="hn-num" data-label=r.col_amount>{l.amount}</td>
                            <td class="hn-num" data-label=r.col_recovered>{l.recovered}</td>
                            {with_recipient.then(|| view! { <td data-label=r.col_recipient>{recipient}</td> })}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="hn-table hn-rep-table">
                    <thead>
                        <tr>
                            <th scope="col">{r.col_no}</th>
                            <th scope="col">{r.col_when}</th>
                            <th scope="col">{r.col_amount}</th>
                            <th scope="col">{r.col_recovered}</th>
                            {with_recipient.then(|| view! { <th scope="col">{r.col_recipient}</th> })}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
                <dl class="hn-kv hn-rep-row"><dt>{r.total_net}</dt><dd id="hn-rep-total">{total}</dd></dl>
            }
            .into_any()
        }
        Block::Contacts(cs, lead) => {
            let items = cs
                .iter()
                .map(|c| {
                    view! {
                        <li class="hn-contact">
                            <span class="hn-contact-name">{c.name.get(lang)}</span>" "
                            {c.phone.map(|p| view! { <Tel phone=p /> })}
                            {c.note.map(|n| view! { <br /><span class="hn-small">{n.get(lang)}</span> })}
                            <br /><span class="hn-small">{format!("{}{}{}", t.hours, t.colon, c.hours.get(lang))}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <p>{lead}</p><ul class="hn-contact-list">{items}</ul> }.into_any()
        }
    };
    view! {
        <section class="hn-rep-section" id=s.id aria-labelledby=labelled_by>
            <h3 id=title_id>{s.title}</h3>
            {body}
        </section>
    }
}

/// The document as shown and printed: its title, the day it was made (Japan time), its sections.
pub(super) fn document_view(
    title: &'static str,
    lang: Lang,
    today: chrono::NaiveDate,
    secs: Vec<Section>,
) -> impl IntoView {
    let r = rtexts(lang);
    let items = secs
        .into_iter()
        .map(|s| section_view(s, lang))
        .collect_view();
    view! {
        <article class="hn-report" id="hn-report" lang=super::super::dom::lang_code(lang)
            aria-labelledby="hn-report-title">
            <p class="hn-report-title" id="hn-report-title">{title}</p>
            <p class="hn-small">{(r.made_on)(&format::date(texts(lang), today))}</p>
            {items}
        </article>
    }
}

/// Shares (or downloads) the same document as a .txt file named after `what`.
pub(super) fn share_document(
    title: &str,
    what: &str,
    lang: Lang,
    today: chrono::NaiveDate,
    secs: &[Section],
) {
    let body = as_text(title, lang, &format::date(texts(lang), today), secs);
    super::super::dom::share_or_download(
        &file_name(what, lang, today),
        "text/plain;charset=utf-8",
        &body,
    );
}

/// An optional free-text entry that goes into the document.
#[component]
pub(super) fn ReportInput(
    /// The input's id.
    id: &'static str,
    /// The label.
    label: String,
    /// A line under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Several lines (a textarea) rather than one.
    #[prop(optional)]
    multiline: bool,
    /// Reads the entry from the report.
    get: fn(&DraftReport) -> String,
    /// Writes it back.
    set: fn(&mut DraftReport, String),
) -> impl IntoView {
    let app = use_app();
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let value = move || app.case.report().with(get);
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        app.case.report().update(|r| set(r, v));
    };
    let input = if multiline {
        view! {
            <textarea class="hn-input hn-textarea" id=id name=id rows="5" aria-describedby=described
                prop:value=value on:input=on_input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class="hn-input" type="text" autocomplete="off" id=id name=id aria-describedby=described
                prop:value=value on:input=on_input />
        }
        .into_any()
    };
    view! {
        <div class="hn-field">
            <label class="hn-label" for=id>{label}</label>
            {hint.map(|h| view! { <span class="hn-hint" id=hint_id>{h}</span> })}
            {input}
        </div>
    }
}

/// The report for the bank or the sheet for the police: the user's optional entries, then the
/// document (in the app's language, or the other on request), with print and share.
#[component]
pub fn ReportScreen(
    /// Which document.
    doc: Doc,
) -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let lang = app.lang.get_untracked();
    let r = rtexts(lang);
    let ct = case_texts(case_of(app.pack()), r);
    let shown = RwSignal::new(lang);
    // A card taken from an ATM: no recipient to ask for.
    let rows = if ct.recipients {
        out.built.with_untracked(|b| b.rows.clone())
    } else {
        Vec::new()
    };
    let recipients_empty = rows.is_empty();
    let recipients = rows
        .into_iter()
        .map(|n| {
            let id = format!("hn-rep-in-recipient-{n}");
            let value = move || app.case.report().with(|x| x.recipient(n - 1).to_string());
            let on_input = move |ev: leptos::ev::Event| {
                let v = event_target_value(&ev);
                app.case.report().update(|x| {
                    if x.recipients.len() < n {
                        x.recipients.resize(n, String::new());
                    }
                    if let Some(slot) = x.recipients.get_mut(n - 1) {
                        *slot = v;
                    }
                });
            };
            view! {
                <div class="hn-field">
                    <label class="hn-label" for=id.clone()>{(r.recipient_label)(n)}</label>
                    <input class="hn-input" type="text" autocomplete="off" id=id.clone() name=id
                        prop:value=value on:input=on_input />
                </div>
            }
        })
        .collect_view();
    let document = move || {
        let l = shown.get();
        let rep = app.case.report().get();
        let today = app.clock.today.get();
        out.assessment.with(|a| {
            a.as_ref().map(|a| {
                let at = app.case.notified_at().get();
                let secs = out.built.with(|b| sections(doc, l, a, b, &rep, &at));
                document_view(title_of(doc, rtexts(l)), l, today, secs)
            })
        })
    };
    let share = move |_| {
        let l = shown.get_untracked();
        let today = app.clock.today.get_untracked();
        let rep = app.case.report().get_untracked();
        let at = app.case.notified_at().get_untracked();
        let secs = out.assessment.with_untracked(|a| {
            a.as_ref().map(|a| {
                out.built
                    .with_untracked(|b| sections(doc, l, a, b, &rep, &at))
            })
        });
        if let Some(secs) = secs {
            let rr = rtexts(l);
            let what = match doc {
                Doc::Bank => rr.file_bank,
                Doc::Police => rr.file_police,
            };
            share_document(title_of(doc, rr), what, l, today, &secs);
        }
    };
    let other = move |_| {
        shown.update(|l| {
            *l = match *l {
                Lang::Ja => Lang::En,
                Lang::En => Lang::Ja,
            }
        })
    };
    let toggle_text = move || {
        if shown.get() == lang {
            r.show_other
        } else {
            r.show_own
        }
    };
    let (title, lead) = match doc {
        Doc::Bank => (r.bank_title, r.bank_lead),
        Doc::Police => (r.police_title, r.police_lead),
    };
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-report-screen">
            <Heading text=title />
            <p>{lead}</p>
            <p class="hn-small hn-no-print">{r.nothing_sent}</p>
            <details class="hn-report-inputs hn-no-print" open=true>
                <summary>{r.your_entries}</summary>
                <ReportInput id="hn-rep-in-account" label=r.account_label.to_string() hint=ct.account_hint multiline=true
                    get=|x| x.account.clone() set=|x, v| x.account = v />
                <ReportInput id="hn-rep-in-noticed" label=ct.noticed_label.to_string() hint=ct.noticed_hint multiline=true
                    get=|x| x.noticed.clone() set=|x, v| x.noticed = v />
                <ReportInput id="hn-rep-in-notice-to" label=r.notice_to_label.to_string()
                    get=|x| x.notice_to.clone() set=|x, v| x.notice_to = v />
                <ReportInput id="hn-rep-in-notice-ref" label=r.notice_ref_label.to_string()
                    get=|x| x.notice_ref.clone() set=|x, v| x.notice_ref = v />
                {(!recipients_empty).then(|| view! { <p class="hn-hint">{r.recipient_hint}</p> })}
                {recipients}
            </details>
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=share>{r.share}</button>
                <button type="button" class="hn-btn" on:click=move |_| super::super::dom::print()>{r.print}</button>
                <button type="button" class="hn-btn" on:click=other>{toggle_text}</button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Result)>{r.back_to_result}</button>
            </div>
            {document}
        </section>
    }
}
