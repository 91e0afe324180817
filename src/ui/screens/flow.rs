//! The short steps of the banking flow: the scheme, the customer type, the notice; and the
//! navigation rules every step shares.

use super::super::contact::BankContact;
use super::super::field::{date_after, date_of, is_bad, Field, Kind};
use super::super::outcome::use_outcome;
use super::super::state::{AppState, Scenario, Step, JBA_CORPORATE, JBA_INDIVIDUAL, NOT_LISTED};
use super::super::widgets::{use_app, ChooseOne, ErrorSummary, Heading, Nav, Progress, Radio};
use super::result::Summary;
use crate::engine::case::Customer;
use crate::engine::pack::{pack, packs, Product};
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

/// The step before `step` in the flow (the start screen before the first).
pub fn prev_of(app: &AppState, step: Step) -> Step {
    let flow = app.flow();
    match flow.iter().position(|s| *s == step) {
        Some(0) | None => Step::Start,
        Some(i) => flow.get(i - 1).copied().unwrap_or(Step::Start),
    }
}

/// The step after `step` in the flow.
pub fn next_of(app: &AppState, step: Step) -> Step {
    let flow = app.flow();
    flow.iter()
        .position(|s| *s == step)
        .and_then(|i| flow.get(i + 1).copied())
        .unwrap_or(Step::Result)
}

/// Moves on if the step has no error, else shows every error and focuses the first.
pub fn next_if_valid(app: &AppState, step: Step, has_error: bool) {
    if has_error {
        app.view.show_errors.set(true);
        app.focus_next("[aria-invalid='true']");
    } else {
        app.go(next_of(app, step));
    }
}

/// The live estimate beside the form on a desktop (hidden on narrow screens by CSS).
#[component]
pub fn Preview() -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    view! {
        <aside class="hn-preview" id="hn-preview" aria-labelledby="hn-preview-title">
            <h2 id="hn-preview-title">{t.preview_title}</h2>
            {move || match out.assessment.get() {
                Some(a) if !a.transactions.is_empty() => view! { <Summary lang a /> }.into_any(),
                _ => view! { <p class="hn-small">{t.preview_empty}</p> }.into_any(),
            }}
            {move || {
                let bad = out.built.with(|b| b.bad_rows);
                (bad > 0).then(|| view! { <p class="hn-small">{(t.rows_with_errors)(bad)}</p> })
            }}
        </aside>
    }
}

// ---- Scheme ---------------------------------------------------------------------------------

/// The scheme step asks the bank and the account holder: either missing is an error.
pub fn scheme_error(app: &AppState) -> bool {
    app.case.scheme().with_untracked(|s| s.is_none()) || customer_error(app)
}

/// The scheme step's error summary: what is missing, in the screen's order (tracked).
fn scheme_missing(app: &AppState) -> Vec<&'static str> {
    let t = app.t_untracked();
    let mut lines = Vec::with_capacity(2);
    if app.case.scheme().with(Option::is_none) {
        lines.push(t.scheme_missing);
    }
    if app.case.customer().with(Option::is_none) {
        lines.push(t.customer_missing);
    }
    lines
}

#[component]
pub fn SchemeStep() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let invalid = Signal::derive(move || {
        app.view.show_errors.get() && app.case.scheme().with(Option::is_none)
    });
    let is = move |id: &'static str| {
        Signal::derive(move || app.case.scheme().with(|s| s.as_deref() == Some(id)))
    };
    let banks = packs()
        .iter()
        .filter(|p| {
            p.product == Product::InternetBanking && p.id != JBA_INDIVIDUAL && p.id != JBA_CORPORATE
        })
        .enumerate()
        .map(|(i, p)| {
            view! {
                <Radio
                    name="hn-scheme"
                    value=p.id
                    id=format!("hn-scheme-{i}")
                    checked=is(p.id)
                    invalid
                    title=p.name.get(lang)
                    hint=p.summary.get(lang)
                    on_choose=move || choose_scheme(&app, p.id)
                />
            }
        })
        .collect_view();
    // The bank and the account holder on one screen; the bank's number at the top as soon as
    // the bank is chosen, where a phone shows it without scrolling.
    view! {
        <section aria-labelledby="hn-step-heading">
            <Progress />
            <Heading text=t.scheme_title />
            <ErrorSummary has_error=scheme_error items=scheme_missing />
            <BankContact />
            <fieldset class="hn-choices">
                <legend>{t.scheme_lead}</legend>
                {banks}
                <Radio
                    name="hn-scheme"
                    value=NOT_LISTED
                    id="hn-scheme-not-listed"
                    checked=is(NOT_LISTED)
                    invalid
                    title=t.scheme_not_listed
                    hint=t.scheme_not_listed_hint
                    on_choose=move || choose_scheme(&app, NOT_LISTED)
                />
                <ChooseOne show=invalid />
            </fieldset>
            <CustomerChoice legend=t.customer_title hint=t.customer_lead />
            <Nav />
        </section>
    }
}

fn choose_scheme(app: &AppState, id: &str) {
    app.case.scheme().set(Some(id.to_string()));
    super::clear_errors_if_fixed(app);
}

// ---- Customer -------------------------------------------------------------------------------

pub fn customer_error(app: &AppState) -> bool {
    app.case.customer().get_untracked().is_none()
}

/// The account holder's type as a radio group: the scheme's note on it above, and below, when
/// the chosen scheme does not cover that type, the scheme to use instead. Asked on the scheme
/// step (internet banking from the start screen) or on a step of its own.
#[component]
pub fn CustomerChoice(
    /// The group's legend.
    legend: &'static str,
    /// A line under the legend, tied to the group as its description.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let invalid = Signal::derive(move || {
        app.view.show_errors.get() && app.case.customer().with(Option::is_none)
    });
    let choices = Customer::ALL
        .into_iter()
        .map(|c| {
            let title = match c {
                Customer::Individual => t.customer_individual,
                Customer::SoleProprietor => t.customer_sole,
                Customer::Corporation => t.customer_corporation,
            };
            view! {
                <Radio
                    name="hn-customer"
                    value=c.as_str()
                    id=format!("hn-customer-{}", c.as_str())
                    checked=Signal::derive(move || app.case.customer().get() == Some(c))
                    invalid
                    title
                    on_choose=move || {
                        app.case.customer().set(Some(c));
                        super::clear_errors_if_fixed(&app);
                    }
                />
            }
        })
        .collect_view();
    // The scheme's note on account holders follows the scheme (chosen on the same screen).
    let note = move || {
        app.pack().and_then(|p| p.customer_note).map(|n| {
            view! { <p class="hn-note" id="hn-customer-note">{n.get(lang)}</p> }
        })
    };
    // The eligibility note follows the choice (and a scheme chosen from it).
    let eligibility = move || {
        let (p, c) = app.pack().zip(app.case.customer().get())?;
        let rule = p.customer(c);
        (!rule.eligible).then(|| {
            let other = rule.see.and_then(pack);
            view! {
                <div class="hn-warn-box" role="status">
                    <p><strong>{t.customer_not_eligible}</strong></p>
                    <p class="hn-small">{rule.clause.text.get(lang)}</p>
                    {other.map(|o| view! {
                        <p>
                            {t.customer_see_instead}" "
                            <button type="button" class="hn-btn" on:click=move |_| app.case.scheme().set(Some(o.id.to_string()))>
                                {o.name.get(lang)}
                            </button>
                        </p>
                    })}
                </div>
            }
        })
    };
    view! {
        {note}
        <fieldset class="hn-choices" aria-describedby=hint.map(|_| "hn-customer-hint")>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hn-small" id="hn-customer-hint">{h}</p> })}
            {choices}
            <ChooseOne show=invalid />
        </fieldset>
        {eligibility}
    }
}

#[component]
pub fn CustomerStep() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let card = matches!(
        app.case.scenario().get_untracked(),
        Some(Scenario::StolenCard | Scenario::CounterfeitCard)
    );
    view! {
        <section aria-labelledby="hn-step-heading">
            <Progress />
            <Heading text=t.customer_title />
            {move || app.pack().map(|p| view! {
                <p class="hn-muted">{t.scheme_chosen}{t.colon}<strong>{p.name.get(lang)}</strong></p>
            })}
            // A bank's link: the first-hour line above already carries its number (ui::Frame).
            {move || (!crate::ui::first_hour_has_bank(&app)).then(|| view! { <BankContact /> })}
            {card.then(|| view! { <p class="hn-small">{t.scheme_statute_note}</p> })}
            <ErrorSummary has_error=customer_error />
            <CustomerChoice legend=t.customer_lead />
            <Nav />
        </section>
    }
}

// ---- Notice ---------------------------------------------------------------------------------

fn has_bar(app: &AppState) -> bool {
    app.pack().is_some_and(|p| p.bar.is_some())
}

fn has_unavoidable(app: &AppState) -> bool {
    app.pack()
        .is_some_and(|p| p.window.is_some_and(|w| w.unavoidable_days_extend))
}

fn has_cap(app: &AppState) -> bool {
    app.pack()
        .zip(app.case.customer().get_untracked())
        .is_some_and(|(p, c)| p.customer(c).cap_yen.is_some())
}

/// The notice date is impossible: before the first loss, or after today.
fn notice_issue(app: &AppState, t: &'static super::super::i18n::Texts) -> Option<&'static str> {
    let raw = app.case.notified_on().get();
    let on = date_of(&raw)?;
    if date_after(&raw, app.clock.today.get()) {
        return Some(t.date_in_future);
    }
    let first = app.losses.with(|rows| {
        rows.iter()
            .filter_map(|r| r.date.with(|d| date_of(d)))
            .min()
    })?;
    (on < first).then_some(t.notice_before_loss)
}

pub fn notice_error(app: &AppState) -> bool {
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let notified = app.case.notified().get_untracked();
    notified.is_none()
        || (notified == Some(true)
            && (is_bad(
                Kind::Date,
                &app.case.notified_on().get_untracked(),
                true,
                lang,
                t,
            ) || is_bad(
                Kind::Time,
                &app.case.notified_at().get_untracked(),
                false,
                lang,
                t,
            ) || untrack(|| notice_issue(app, t)).is_some()))
        || (has_bar(app)
            && is_bad(
                Kind::Date,
                &app.case.stolen_on().get_untracked(),
                false,
                lang,
                t,
            ))
        || (has_unavoidable(app)
            && is_bad(
                Kind::Days,
                &app.case.unavoidable_days().get_untracked(),
                false,
                lang,
                t,
            ))
        || (has_cap(app)
            && is_bad(
                Kind::Amount,
                &app.case.already_compensated().get_untracked(),
                false,
                lang,
                t,
            ))
}

#[component]
pub fn NoticeStep() -> impl IntoView {
    let app = use_app();
    let t = app.t_untracked();
    let invalid = Signal::derive(move || {
        app.view.show_errors.get() && app.case.notified().with(Option::is_none)
    });
    let choices = [("yes", t.notice_yes, true), ("no", t.notice_no, false)]
        .into_iter()
        .map(|(value, title, yes)| {
            view! {
                <Radio
                    name="hn-notified"
                    value
                    id=format!("hn-notified-{value}")
                    checked=Signal::derive(move || app.case.notified().get() == Some(yes))
                    invalid
                    title
                    on_choose=move || {
                        app.case.notified().set(Some(yes));
                        super::clear_errors_if_fixed(&app);
                    }
                />
            }
        })
        .collect_view();
    // "I've called": one tap records now (Japan time) and shows the result written for after
    // the notice; the date and time stay editable here.
    let called = move |_| {
        app.record_call();
        next_if_valid(&app, Step::Notice, notice_error(&app));
    };
    view! {
        <div class="hn-layout hn-with-preview">
            <section aria-labelledby="hn-step-heading">
                <Progress />
                <Heading text=t.notice_title />
                <BankContact />
                <p class="hn-lead">{t.notice_lead}</p>
                <ErrorSummary has_error=notice_error />
                <p>
                    <button type="button" class="hn-btn hn-btn-primary" id="hn-called" aria-describedby="hn-called-hint" on:click=called>
                        {t.called_button}
                    </button>
                    <br />
                    <span class="hn-small" id="hn-called-hint">{t.called_hint}</span>
                </p>
                <fieldset class="hn-choices">
                    <legend>{t.notice_title}</legend>
                    {choices}
                    <ChooseOne show=invalid />
                </fieldset>
                {move || match app.case.notified().get() {
                    Some(true) => view! {
                        <Field id="hn-notified-on" label=t.notice_date hint=t.date_hint value=app.case.notified_on() kind=Kind::Date required=true issue=Signal::derive(move || notice_issue(&app, t)) />
                        <Field id="hn-notified-at" label=t.notice_time hint=t.notice_time_hint value=app.case.notified_at() kind=Kind::Time />
                    }.into_any(),
                    Some(false) => view! {
                        <p class="hn-alert" role="status"><strong>{t.notice_not_yet}</strong></p>
                    }.into_any(),
                    None => ().into_any(),
                }}
                {has_bar(&app).then(|| view! {
                    <Field id="hn-stolen-on" label=t.stolen_on hint=t.stolen_on_hint value=app.case.stolen_on() kind=Kind::Date />
                })}
                {has_unavoidable(&app).then(|| view! {
                    <Field id="hn-unavoidable" label=t.unavoidable_days hint=t.unavoidable_days_hint value=app.case.unavoidable_days() kind=Kind::Days />
                })}
                {has_cap(&app).then(|| view! {
                    <Field id="hn-already" label=t.already_compensated hint=t.already_compensated_hint value=app.case.already_compensated() kind=Kind::Amount />
                })}
                <Nav last=true />
            </section>
            <Preview />
        </div>
    }
}
