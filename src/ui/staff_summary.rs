//! The A4 summary of the open case (staff mode, printed alone): the lazy part of
//! `staff::StaffSummary`, in a file of its own so that the split registry (`lazy.rs`) can reach
//! it without a circle (staff.rs shows it through `lazy::staff_summary`).

use super::format;
use super::i18n::texts;
use super::i18n_contact::ctexts;
use super::i18n_drafts::{dtexts, DraftTexts};
use super::outcome::Outcome;
use super::state::AppState;
use super::store::use_store;
use super::widgets::cite;
use crate::document::{self, customer_text, Notice, ReasonLine, ResultDoc};
use crate::engine::advice::{always_steps, EMERGENCY};
use crate::engine::assess::Assessment;
use crate::engine::name::clean_name;
use crate::engine::pack::Pack;
use crate::engine::plan::always_not_in;
use crate::engine::Lang;
use crate::ui::state::DraftCaseStoreFields as _;
use chrono::NaiveDateTime;
use leptos::prelude::*;

/// The time the summary prints (stamped at print, else "now"), for its lazy part.
#[derive(Clone, Copy)]
pub struct PrintedAt(pub Signal<NaiveDateTime>);

/// The summary in the language chosen, again when it changes (the lazy part of [`StaffSummary`]).
#[component]
pub fn SummaryInLang() -> impl IntoView {
    let app = expect_context::<AppState>();
    let printed = use_context::<PrintedAt>().map(|p| p.0);
    move || {
        let lang = app.lang.get();
        printed.map(|printed| view! { <Summary lang printed /> })
    }
}

/// The summary's section in one language.
#[component]
fn Summary(
    /// The language shown.
    lang: Lang,
    /// The time printed at the top.
    printed: Signal<NaiveDateTime>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let out = expect_context::<Outcome>();
    let t = texts(lang);
    let dt = dtexts(lang);
    let printed_text = move || document::printed_at(lang, printed.get());
    let body = move || {
        let a = out.assessment.get();
        let case = out.built.with(|b| b.case.clone());
        let pack = app.pack();
        match (a, case) {
            (Some(a), Some(_)) => {
                let at = app.case.notified_at().get();
                let doc = out.built.with(|b| document::build(lang, &a, b, &at));
                view! { <Body lang doc a pack /> }.into_any()
            }
            _ => view! { <p>{dt.summary_no_result}</p> }.into_any(),
        }
    };
    view! {
        <section class="hn-summary" id="hn-summary" aria-labelledby="hn-summary-title">
            <h2 id="hn-summary-title">{dt.summary_title}</h2>
            <p id="hn-summary-printed">{printed_text}</p>
            <p class="hn-summary-guidance">
                <strong>{dt.summary_guidance}</strong>
            </p>
            <Facts lang />
            {body}
            <h3>{dt.summary_contacts}</h3>
            <Contacts lang />
            <Notes lang />
            {move || {
                app.pack()
                    .map(|p| {
                        view! {
                            <p class="hn-summary-asof">
                                {format!(
                                    "{} · {}",
                                    (t.as_of)(&format::date(t, p.as_of)),
                                    (t.version)(p.version),
                                )}
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// The case's name (cleaned, in `<bdi>`), scheme, customer and notice date.
#[component]
fn Facts(
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let s = use_store();
    let app = s.app;
    let out = expect_context::<Outcome>();
    let t = texts(lang);
    let dt = dtexts(lang);
    let name = move || {
        let name = s.name.with(|n| clean_name(n));
        (!name.is_empty()).then(|| {
            view! {
                <dt>{dt.summary_case}</dt>
                <dd>
                    <bdi>{name}</bdi>
                </dd>
            }
        })
    };
    let scheme = move || app.pack().map(|p| p.name.get(lang)).unwrap_or(dt.no_scheme);
    let case = move || {
        out.built.with(|b| {
            b.case.as_ref().map(|c| {
                let notified = c
                    .notified_on
                    .map(|d| format::date(t, d))
                    .unwrap_or_else(|| dt.summary_not_notified.to_string());
                view! {
                    <dt>{dt.summary_customer}</dt>
                    <dd>{customer_text(c.customer, lang)}</dd>
                    <dt>{dt.summary_notified}</dt>
                    <dd>{notified}</dd>
                }
            })
        })
    };
    view! {
        <dl class="hn-summary-facts">
            {name}
            <dt>{dt.summary_scheme}</dt>
            <dd>{scheme}</dd>
            {case}
        </dl>
    }
}

/// The scheme's contact lines, then the emergency ones.
#[component]
fn Contacts(
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let dt = dtexts(lang);
    let pack_lines = move || {
        app.pack().map(|p| {
            p.contacts
                .iter()
                .map(|c| {
                    view! {
                        <ContactLine
                            name=c.name.get(lang)
                            phone=c.phone
                            hours=c.hours.text.get(lang)
                            dt
                        />
                    }
                })
                .collect_view()
        })
    };
    // The generic "your bank's line" only while no scheme names the bank's own.
    let emergency = move || {
        let known = app.pack().is_some();
        EMERGENCY
            .contacts
            .iter()
            .filter(|c| !(known && c.id == "bank-line"))
            .map(|c| {
                view! { <ContactLine name=c.name.get(lang) phone=c.phone hours=c.hours.get(lang) dt /> }
            })
            .collect_view()
    };
    view! {
        <ul>
            {pack_lines}
            {emergency}
        </ul>
    }
}

/// A contact line of the summary: name, phone (or "none"), opening hours.
#[component]
fn ContactLine(
    /// The line's name.
    name: &'static str,
    /// Its number, where it has one.
    phone: Option<&'static str>,
    /// When it is open.
    hours: &'static str,
    /// The drafts texts of the language shown.
    dt: &'static DraftTexts,
) -> impl IntoView {
    view! {
        <li>
            <strong>{name}</strong>
            " "
            {phone.unwrap_or(dt.summary_no_phone)}
            " · "
            {hours}
        </li>
    }
}

/// The staff note and the case file's notes, where there are any.
#[component]
fn Notes(
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let s = use_store();
    let app = s.app;
    let dt = dtexts(lang);
    let note = move || {
        let note = s.staff_note.get();
        (!note.is_empty()).then(|| {
            view! {
                <h3>{dt.staff_note}</h3>
                <p class="hn-summary-note">{note}</p>
            }
        })
    };
    let notes = move || {
        let notes = app.case.notes().get();
        (!notes.is_empty()).then(|| {
            view! {
                <h3>{dt.file_notes}</h3>
                <p class="hn-summary-note" dir="auto">
                    {notes}
                </p>
            }
        })
    };
    view! {
        {note}
        {notes}
    }
}

/// A tick as a mark and a word, so that it reads in black and white.
#[component]
fn Tick(
    /// Whether the step is done.
    #[prop(into)]
    done: Signal<bool>,
    /// The drafts texts of the language shown.
    dt: &'static DraftTexts,
) -> impl IntoView {
    view! {
        <span class="hn-tick">
            {move || {
                if done.get() {
                    format!("☑ {}", dt.summary_done)
                } else {
                    format!("☐ {}", dt.summary_open)
                }
            }}
        </span>
        " "
    }
}

/// A step of the plan with its tick.
#[component]
fn StepLine(
    /// The step's id (its tick's key).
    id: &'static str,
    /// Whether the case shows it done.
    done_hint: bool,
    /// The step's words.
    text: &'static str,
    /// The drafts texts of the language shown.
    dt: &'static DraftTexts,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let done = Signal::derive(move || app.is_ticked_tracked(id, done_hint));
    view! {
        <li>
            <Tick done dt />
            {text}
        </li>
    }
}

/// The document's parts, as the result words them: the notice or the advice, verdict, amount,
/// first deadline, each loss, what is unanswered, the reasons with their clauses and the plan.
#[component]
fn Body(
    /// The language shown.
    lang: Lang,
    /// The result document.
    doc: ResultDoc,
    /// The assessment (its steps, for the general ones not already said).
    a: Assessment,
    /// The scheme's pack.
    pack: Option<&'static Pack>,
) -> impl IntoView {
    let t = texts(lang);
    let dt = dtexts(lang);
    let ct = ctexts(lang);
    let first = doc.first_deadline.clone().map(|d| {
        view! {
            <dt>{t.first_deadline}</dt>
            <dd>
                <strong>{d.date}</strong>
                " "
                {d.days_text}
                {d.holiday.map(|x| view! { <br />{x} })}
                {d.call_by.map(|x| view! { <br />{x} })}
            </dd>
        }
    });
    let rows = doc
        .losses
        .iter()
        .map(|r| {
            let mut covered = r.covered_text.to_string();
            if let Some(x) = r.reason {
                covered.push_str(&(t.in_parens)(x));
            }
            let days = if r.in_time {
                t.notified_in_time.to_string()
            } else {
                r.days.as_ref().map(|d| d.2.clone()).unwrap_or_default()
            };
            view! {
                <tr>
                    <td>{r.n.to_string()}</td>
                    <td>{r.when.clone()}</td>
                    <td class="hn-num">{r.gross.clone()}</td>
                    <td class="hn-num">{r.recovered.clone()}</td>
                    <td class="hn-num">{r.net.clone()}</td>
                    <td>{covered}</td>
                    <td>
                        <strong>{r.notify_by.clone().unwrap_or_else(|| "—".to_string())}</strong>
                        " "
                        {days}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let missing = (!doc.missing.is_empty()).then(|| {
        let items = doc
            .missing
            .iter()
            .map(|m| view! { <li>{m.text.clone()}</li> })
            .collect_view();
        view! {
            <h3>{document::text::texts(lang).missing_title}</h3>
            <ul id="hn-summary-missing">{items}</ul>
        }
    });
    let lines: Vec<ReasonLine> = doc
        .limits
        .iter()
        .chain(&doc.facts)
        .chain(&doc.bank_decides)
        .cloned()
        .collect();
    let reasons = (!lines.is_empty()).then(|| {
        let items = lines
            .into_iter()
            .map(|r| {
                let clause = (!r.clause_text.is_empty())
                    .then(|| view! { <blockquote lang="ja">{r.clause_text}</blockquote> });
                view! {
                    <li>
                        {r.text}
                        {r.effect.map(|e| format!(" → {e}"))}
                        {r.rests_on.map(|x| view! { <br />{x} })}
                        <br />
                        <span class="hn-cite">{cite(lang, t, r.doc, r.clause)}</span>
                        {clause}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{dt.summary_reasons}</h3>
            <ul class="hn-summary-reasons">{items}</ul>
        }
    });
    let steps = doc
        .steps
        .iter()
        .map(|s| view! { <StepLine id=s.id done_hint=s.done_hint text=s.text dt /> })
        .collect_view();
    // Each step once: a general step the scheme's own steps already say is left out.
    let always = always_not_in(&a.steps, pack.map(always_steps).unwrap_or_default())
        .into_iter()
        .map(|s| view! { <StepLine id=s.id done_hint=false text=s.text.get(lang) dt /> })
        .collect_view();
    // Told already: the notice, never "tell the bank now" (issue 22).
    let top = match doc.notice {
        Notice::NotYet { advice } => view! { <strong>{advice}</strong> }.into_any(),
        Notice::Told { line, .. } => view! { <strong>{line}</strong> }.into_any(),
    };
    let v = doc.verdict;
    view! {
        <p class="hn-summary-advice">{top}</p>
        <dl class="hn-summary-facts">
            <dt>{dt.summary_verdict}</dt>
            <dd>
                <strong>{v.text}</strong>
            </dd>
            <dt>{dt.summary_amount}</dt>
            <dd>
                <strong>{v.amount}</strong>
                {v.cap_note.map(|n| view! { <br /><span class="hn-cap-note">{n}</span> })}
                {v.presumed.into_iter().map(|x| view! { <br /><span class="hn-presumed">{x}</span> }).collect_view()}
            </dd>
            {first}
        </dl>
        <h3>{dt.summary_losses}</h3>
        <table class="hn-summary-table">
            <thead>
                <tr>
                    <th scope="col">{dt.summary_loss_no}</th>
                    <th scope="col">{dt.summary_loss_date}</th>
                    <th scope="col" class="hn-num">{ct.col_gross}</th>
                    <th scope="col" class="hn-num">{ct.col_recovered}</th>
                    <th scope="col" class="hn-num">{ct.col_net}</th>
                    <th scope="col">{t.col_covered}</th>
                    <th scope="col">{t.col_notify_by}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {missing}
        {reasons}
        <h3>{dt.summary_steps}</h3>
        <ul class="hn-summary-steps">
            {steps}
            {always}
        </ul>
    }
}
