//! What happened after the verdict (issue 15, point 3): the notice (its date from the notice step,
//! the person and reference number), the police report, the documents the bank asked for and the
//! bank's answer. The status list follows the records, and the steps still open with a date (the
//! deadlines that still matter, the documents' due date) go into a calendar file; with none, no
//! file is made.

use super::super::field::{date_of, Field, Kind};
use super::super::format;
use super::super::i18n_report::{rtexts, ReportTexts};
use super::super::ics::{calendar_events, deadline_events, Event};
use super::super::outcome::use_outcome;
use super::super::state::{AppState, Step};
use super::super::widgets::{use_app, Heading};
use super::report::ReportInput;
use crate::engine::assess::DeadlineKind;
use crate::model::check::{due_for_calendar, LeftOut};
use crate::model::draft::DraftReportStoreFields as _;
use crate::model::rules::{police_answer, police_reported};
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

/// Whether the bank has been told (the notice step's answer).
fn notified(app: &AppState) -> bool {
    app.case.notified().get() == Some(true)
}

/// The open steps with a date, as calendar events: each deadline still ahead (the notice deadline
/// only while the bank is not yet told), and the documents' due date while they are not sent.
/// A due date that cannot go in (unreadable, or past) is said, not dropped in silence.
fn open_events(app: &AppState, r: &ReportTexts) -> (Vec<Event>, Option<String>) {
    let out = use_outcome();
    let t = app.t_untracked();
    let today = app.clock.today.get_untracked();
    let told = app.case.notified().get_untracked() == Some(true);
    let deadlines: Vec<_> = out
        .assessment
        .with_untracked(|a| a.as_ref().map(|a| a.deadlines.clone()))
        .unwrap_or_default()
        .into_iter()
        .filter(|d| d.date >= today && !(told && d.kind == DeadlineKind::Notify))
        .collect();
    let mut events = deadline_events(&deadlines, t);
    let rep = app.case.report().get_untracked();
    let mut left_out = None;
    if rep.docs_sent_on.trim().is_empty() {
        match due_for_calendar(&rep.docs_due, today) {
            Ok(Some(due)) => events.push(Event {
                date: due,
                summary: (r.fu_ics_docs)(&format::date(t, due)),
                description: r.fu_ics_docs_note.to_string(),
            }),
            Ok(None) => {}
            Err(LeftOut::Past(d)) => left_out = Some((r.fu_ics_left_out_past)(&format::date(t, d))),
            Err(LeftOut::Unreadable(raw)) => left_out = Some((r.fu_ics_left_out_unread)(&raw)),
        }
    }
    (events, left_out)
}

/// A recorded police report answers the scheme's police question (`model::rules::police_answer`,
/// which the assessment applies wherever the case comes from): the answer map follows it when
/// the report is typed, so the question screens show what the result counts.
fn police_answers_the_scheme(app: &AppState) {
    let Some(p) = app.pack() else {
        return;
    };
    if let Some((id, done)) = app.case.report().with_untracked(|r| police_answer(p, r)) {
        if app.answer(id) != Some(done) {
            app.set_answer(id, done);
        }
    }
}

/// The follow-up records, the status they give, and the calendar of what is left.
#[component]
pub fn FollowUp() -> impl IntoView {
    let app = use_app();
    let t = app.t_untracked();
    let r = rtexts(app.lang.get_untracked());
    // A report recorded earlier answers the question on opening, as it always has (once, here).
    police_answers_the_scheme(&app);
    // The fields write straight into the case's report (store paths: no copy kept in sync).
    let police_on = app.case.report().police_on();
    let docs_due = app.case.report().docs_due();
    let docs_sent = app.case.report().docs_sent_on();
    let no_events = RwSignal::new(false);
    let left_out = RwSignal::new(None::<String>);
    let ics = move |_| {
        let (events, skipped) = open_events(&app, r);
        left_out.set(skipped);
        match calendar_events(&events, app.clock.now.get_untracked()) {
            Some(body) => {
                no_events.set(false);
                super::super::dom::download(
                    "hosho-navi-follow-up.ics",
                    "text/calendar;charset=utf-8",
                    &body,
                );
            }
            None => no_events.set(true),
        }
    };
    let notice_line = move || {
        let on = app.case.notified_on().get();
        (notified(&app))
            .then(|| date_of(&on).map(|d| (r.fu_notice_date)(&format::date(t, d))))
            .flatten()
    };
    let status = move || {
        let rep = app.case.report().get();
        let docs_label = match date_of(&rep.docs_due) {
            Some(d) => (r.fu_st_docs)(&format::date(t, d)),
            None => r.fu_st_docs_nodate.to_string(),
        };
        let mut rows = vec![
            (r.fu_st_notice.to_string(), notified(&app)),
            (r.fu_st_police.to_string(), police_reported(&rep)),
        ];
        if !rep.docs_asked.trim().is_empty() || !rep.docs_due.trim().is_empty() {
            rows.push((docs_label, !rep.docs_sent_on.trim().is_empty()));
        }
        rows.push((
            r.fu_st_answer.to_string(),
            !rep.bank_answer.trim().is_empty(),
        ));
        rows.into_iter()
            .map(|(label, done)| {
                let (class, word) = if done {
                    ("hn-cov-yes", r.fu_done)
                } else {
                    ("hn-cov-unknown", r.fu_open)
                };
                view! { <li><span class=class>{word}</span>{t.colon}{label}</li> }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-followup">
            <Heading text=r.fu_title />
            <p>{r.fu_lead}</p>
            <section aria-labelledby="hn-fu-status-title">
                <h3 id="hn-fu-status-title">{r.fu_status}</h3>
                <ul class="hn-fu-status" id="hn-fu-status">{status}</ul>
            </section>
            <section aria-labelledby="hn-fu-notice-title">
                <h3 id="hn-fu-notice-title">{r.fu_notice}</h3>
                <p>{notice_line}</p>
                <ReportInput id="hn-fu-notice-to" label=r.notice_to_label.to_string()
                    get=|x| x.notice_to.clone() set=|x, v| x.notice_to = v />
                <ReportInput id="hn-fu-notice-ref" label=r.notice_ref_label.to_string()
                    get=|x| x.notice_ref.clone() set=|x, v| x.notice_ref = v />
            </section>
            // The police fields write the report first (their own `input` handlers); on the way
            // up, the record answers the police question: written where it is typed, no effect.
            <section aria-labelledby="hn-fu-police-title" on:input=move |_| police_answers_the_scheme(&app)>
                <h3 id="hn-fu-police-title">{r.fu_police}</h3>
                <ReportInput id="hn-fu-police-station" label=r.fu_police_station.to_string()
                    get=|x| x.police_station.clone() set=|x, v| x.police_station = v />
                <Field id="hn-fu-police-on" label=r.fu_police_on hint=t.date_hint value=police_on kind=Kind::Date />
                <ReportInput id="hn-fu-police-ref" label=r.fu_police_ref.to_string()
                    get=|x| x.police_ref.clone() set=|x, v| x.police_ref = v />
            </section>
            <section aria-labelledby="hn-fu-docs-title">
                <h3 id="hn-fu-docs-title">{r.fu_docs}</h3>
                <ReportInput id="hn-fu-docs-asked" label=r.fu_docs_asked.to_string() multiline=true
                    get=|x| x.docs_asked.clone() set=|x, v| x.docs_asked = v />
                <Field id="hn-fu-docs-due" label=r.fu_docs_due value=docs_due kind=Kind::DueDate />
                <Field id="hn-fu-docs-sent" label=r.fu_docs_sent value=docs_sent kind=Kind::Date />
            </section>
            <section aria-labelledby="hn-fu-answer-title">
                <h3 id="hn-fu-answer-title">{r.fu_answer}</h3>
                <ReportInput id="hn-fu-answer" label=r.fu_answer_label.to_string() multiline=true
                    get=|x| x.bank_answer.clone() set=|x, v| x.bank_answer = v />
            </section>
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=ics>{r.fu_ics}</button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Result)>{r.back_to_result}</button>
            </div>
            <p role="status" class="hn-small" id="hn-fu-ics-msg">
                {move || left_out.get()}
                {move || (no_events.get() && left_out.with(Option::is_some)).then_some(" ")}
                {move || no_events.get().then_some(r.fu_ics_none)}
            </p>
        </section>
    }
}
