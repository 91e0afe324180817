//! Staff mode: a remembered switch (in the drafts bar) that marks `<html data-staff>` so that
//! `style/staff.css` makes the layout denser and opens the case list first, adds a note per
//! case, and prints an A4 summary of the open case instead of the screen.
//!
//! The summary is a component ([`StaffSummary`]) mounted into the frame's `#hn-summary-root` by
//! [`mount`]; it exists in staff mode only and shows only in print.

use super::format;
use super::i18n::{texts, Texts};
use super::i18n_contact::ctexts;
use super::i18n_drafts::{dtexts, DraftTexts};
use super::outcome::Outcome;
use super::screens::cite;
use super::screens::result::{amount_text, presumed_texts, verdict_text};
use super::screens::result::{call_by_text, holiday_text, loss_reason_text};
use super::state::AppState;
use super::store::store;
use crate::engine::advice::{always_steps, EMERGENCY};
use crate::engine::assess::Assessment;
use crate::engine::case::{CaseFile, Customer};
use crate::engine::name::clean_name;
use crate::engine::pack::Pack;
use crate::engine::plan::always_not_in;
use crate::engine::Lang;
use crate::ui::state::DraftCaseStoreFields as _;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

const ROOT_ID: &str = "hn-summary-root";

thread_local! {
    /// The moment of printing, once stamped (see [`stamp_print_time`]); `None` follows `now`.
    static STAMP: Cell<Option<RwSignal<Option<NaiveDateTime>>>> = const { Cell::new(None) };
}

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

/// Stamps the print time at the moment of printing (Ctrl+P too), not at the last redraw.
pub fn stamp_print_time(_app: &AppState) {
    if let Some(stamp) = STAMP.with(|s| s.get()) {
        let now = crate::engine::jst::from_epoch_millis(js_sys::Date::now()).unwrap_or_default();
        stamp.set(Some(now));
    }
}

/// Mounts [`StaffSummary`] into the frame's `#hn-summary-root` (emptied first: the prerendered
/// copy is a picture), once the effects started before it have run.
pub fn mount(app: AppState, out: Outcome) {
    leptos::task::spawn_local(async move {
        let Some(root) = document()
            .get_element_by_id(ROOT_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        root.set_text_content(None);
        leptos::mount::mount_to(root, move || {
            app.provide();
            provide_context(out);
            view! { <StaffSummary /> }
        })
        .forget();
    });
}

/// The A4 summary of the open case: drawn in staff mode only (shown only in print, by
/// `style/staff.css`), again in the language chosen.
#[component]
pub fn StaffSummary() -> impl IntoView {
    let Some(s) = store() else {
        return ().into_any();
    };
    let app = s.app;
    let staff = Memo::new(move |_| s.ui.with(|u| u.staff));
    // The print time follows "now" until a print stamps it; the next tick of "now" takes over.
    let stamp = RwSignal::new(None::<NaiveDateTime>);
    STAMP.with(|c| c.set(Some(stamp)));
    Effect::new(move |_| {
        app.clock.now.track();
        stamp.set(None);
    });
    let printed = Signal::derive(move || stamp.get().unwrap_or_else(|| app.clock.now.get()));
    let on_print = window_event_listener_untyped("beforeprint", move |_| stamp_print_time(&app));
    on_cleanup(move || on_print.remove());
    view! {
        <Show when=move || staff.get()>
            {move || {
                let lang = app.lang.get();
                view! { <Summary lang printed /> }
            }}
        </Show>
    }
    .into_any()
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
    let printed_text = move || (dt.summary_printed)(&format::date_time(t, printed.get()));
    let body = move || {
        let a = out.assessment.get();
        let case = out.built.with(|b| b.case.clone());
        let pack = app.pack();
        match (a, case) {
            (Some(a), Some(c)) => view! { <Body lang a c pack /> }.into_any(),
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
    let s = super::drafts::use_store();
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
                    <dd>{customer_text(c.customer, t)}</dd>
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
    let s = super::drafts::use_store();
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

/// The assessment: advice, verdict, amount, first deadline, each loss, what is missing, the
/// reasons with their clauses and the plan.
#[component]
fn Body(
    /// The language shown.
    lang: Lang,
    /// The assessment.
    a: Assessment,
    /// The case it assesses.
    c: CaseFile,
    /// The scheme's pack (its lines and question texts).
    pack: Option<&'static Pack>,
) -> impl IntoView {
    let t = texts(lang);
    let dt = dtexts(lang);
    let ct = ctexts(lang);
    let first = a.deadlines.first().map(|d| {
        let holiday = holiday_text(t, d);
        let call_by = d.call_by.and_then(|cb| call_by_text(lang, t, pack?, &cb));
        view! {
            <dt>{t.first_deadline}</dt>
            <dd>
                <strong>{format::date(t, d.date)}</strong>
                " "
                {(t.days_left)(d.days_left)}
                {holiday.map(|x| view! { <br />{x} })}
                {call_by.map(|x| view! { <br />{x} })}
            </dd>
        }
    });
    let rows = a
        .transactions
        .iter()
        .enumerate()
        .map(|(i, r)| {
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
                covered.push_str(&(t.in_parens)(loss_reason_text(x, t)));
            }
            let notify_by = r
                .notify_by
                .map(|d| format::date(t, d))
                .unwrap_or_else(|| "—".to_string());
            let days = r.days_left.map(|d| (t.days_left)(d)).unwrap_or_default();
            view! {
                <tr>
                    <td>{(i + 1).to_string()}</td>
                    <td>{when}</td>
                    <td class="hn-num">{format::yen(t, r.gross_yen)}</td>
                    <td class="hn-num">{format::yen(t, r.recovered_yen)}</td>
                    <td class="hn-num">{format::yen(t, r.net_yen)}</td>
                    <td>{covered}</td>
                    <td>
                        <strong>{notify_by}</strong>
                        " "
                        {days}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let missing = (!a.missing.is_empty()).then(|| {
        let items = a
            .missing
            .iter()
            .map(|m| {
                let text = pack
                    .and_then(|p| p.question(m))
                    .map(|q| q.text.get(lang).to_string())
                    .unwrap_or_else(|| m.to_string());
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! {
            <h3>{dt.summary_missing}</h3>
            <ul>{items}</ul>
        }
    });
    let reasons = (!a.reasons.is_empty()).then(|| {
        let items = a
            .reasons
            .iter()
            .map(|r| {
                let clause = (!r.clause_text.is_empty())
                    .then(|| view! { <blockquote lang="ja">{r.clause_text}</blockquote> });
                view! {
                    <li>
                        {r.text.get(lang)}
                        <br />
                        <span class="hn-cite">{cite(lang, t, r.cite.doc(), r.cite.clause())}</span>
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
    let steps = a
        .steps
        .iter()
        .map(|s| view! { <StepLine id=s.id done_hint=s.done_hint text=s.text.get(lang) dt /> })
        .collect_view();
    // Each step once: a general step the scheme's own steps already say is left out.
    let always = always_not_in(&a.steps, pack.map(always_steps).unwrap_or_default())
        .into_iter()
        .map(|s| view! { <StepLine id=s.id done_hint=false text=s.text.get(lang) dt /> })
        .collect_view();
    view! {
        <p class="hn-summary-advice">
            <strong>{a.advice.get(lang)}</strong>
        </p>
        <dl class="hn-summary-facts">
            <dt>{dt.summary_verdict}</dt>
            <dd>
                <strong>{verdict_text(a.verdict, lang)}</strong>
            </dd>
            <dt>{dt.summary_amount}</dt>
            <dd>
                <strong>{amount_text(&a, t)}</strong>
                {a.cap_note.map(|n| view! { <br /><span class="hn-cap-note">{n.get(lang)}</span> })}
                {presumed_texts(&a, lang).into_iter().map(|x| view! { <br /><span class="hn-presumed">{x}</span> }).collect_view()}
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
