//! The result (issue 22): one [`ResultDoc`](crate::document::ResultDoc) rendered for a
//! frightened reader. The first screenful on a phone holds the bank's number and whether it is
//! open (a card case: where the bank's number is without the card), the estimate, the last day
//! with days left and the next three steps; everything else sits below under short headings, folded
//! for customers and open for staff, each unanswered question listed once. Calling is the strong
//! action; 「連絡した」 asks when and can be undone. The wording of every part is the document's.
//! `top.rs` renders the first screenful, `parts.rs` the parts below it; this file the screen.

use super::super::contact::BankContact;
use super::super::format;
use super::super::i18n::Texts;
use super::super::outcome::{use_outcome, Built};
use super::super::state::{AppState, Scenario, Step, FURIKOME};
use super::super::widgets::{
    cite, tel_href, use_app, AdviceContacts, AdviceItems, CheckItem, Heading,
};
use crate::document::{self, Coverage, DeadlineLine, LossRow, Notice, ResultDoc, Tone};
use crate::engine::advice::{advice, always_steps, result_sources, EMERGENCY};
use crate::engine::assess::{Assessment, Missing};
use crate::engine::calendar::{line_status, LineStatus};
use crate::engine::pack::{Contact, Effect, Pack};
use crate::engine::refine::{group_order, group_strongest};
use crate::engine::Lang;
use crate::ui::state::DraftCaseStoreFields as _;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use parts::*;
pub use top::Summary;
use top::*;

mod parts;
mod top;

pub use crate::document::verdict_text;

/// The document's amount, for the screens that hold the UI's texts rather than a language.
pub fn amount_text(a: &Assessment, t: &Texts) -> String {
    document::amount_text(a, lang_of(t))
}

fn lang_of(t: &Texts) -> Lang {
    if t.lang_code == "en" {
        Lang::En
    } else {
        Lang::Ja
    }
}

#[component]
pub fn ResultScreen() -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    // Outlives each redraw, so 「取り消す」 survives the verdict changing under it.
    let before = RwSignal::new(None::<Before>);
    move || {
        let a = out.assessment.get();
        let built = out.built.get();
        let Some(a) = a else {
            return view! {
                <section aria-labelledby="hn-step-heading" class="hn-result">
                    <div class="hn-result-top">{tell_bank(lang, None, before)}</div>
                    <p class="hn-warn-box">{t.engine_error}</p>
                    <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Losses)>
                        {t.edit_answers}
                    </button>
                </section>
            }
            .into_any();
        };
        let doc = document::build(lang, &a, &built, &app.case.notified_at().get_untracked());
        view! { <ResultBody lang a built doc before /> }.into_any()
    }
}

/// Everything under the verdict.
#[component]
fn ResultBody(
    /// The language shown.
    lang: Lang,
    /// The assessment.
    a: Assessment,
    /// The case file it was made from.
    built: Built,
    /// The result document built from both.
    doc: ResultDoc,
    /// What 「記録する」 replaced, while it can be undone.
    before: RwSignal<Option<Before>>,
) -> impl IntoView {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let p = app.pack();
    let next = doc
        .next_steps(3)
        .map(|s| view! { <li>{s.text}</li> })
        .collect_view();
    let n_steps = doc.steps.len();
    let steps = doc
        .steps
        .iter()
        .map(|s| {
            let (text, done) = (s.text, s.done_hint);
            let source = cite(lang, t, s.doc, s.clause);
            view! {
                <CheckItem id=s.id done_hint=done>
                    <span>{text}</span>
                    {done.then(|| view! { <span class="hn-small">{t.done_from_answers}</span> })}
                    <span class="hn-cite">{source}</span>
                </CheckItem>
            }
        })
        .collect_view();
    let has_period = p.is_some_and(|p| p.window.is_some() || p.bar.is_some());
    let deadlines = if doc.deadlines.is_empty() {
        (!has_period).then(|| view! { <p>{t.no_deadline}</p> }.into_any())
    } else {
        let items = doc
            .deadlines
            .iter()
            .zip(&a.deadlines)
            .map(|(d, x)| {
                let call_by = d.call_by.clone().zip(p).zip(x.call_by).map(|((text, p), cb)| {
                    view! { <CallByLine lang p text contact=cb.contact /> }
                });
                view! {
                    <li>
                        {d.label}{t.colon}
                        <DeadlineText d=d.clone() />
                        {d.holiday.clone().map(|x| view! { <br /><span class="hn-small">{x}</span> })}
                        {call_by}
                    </li>
                }
            })
            .collect_view();
        let ext = a.extension.map(|c| {
            view! {
                <details>
                    <summary>{cite(lang, t, c.cite.doc(), c.cite.clause())}</summary>
                    <p>{c.text.get(lang)}</p>
                    <blockquote lang="ja">{c.clause_text}</blockquote>
                </details>
            }
        });
        Some(view! { <ul>{items}</ul>{ext} }.into_any())
    };
    let furikome = (app.case.scenario().get_untracked() == Some(Scenario::InternetBanking))
        .then(|| advice(FURIKOME))
        .flatten()
        .map(|f| {
            let open = move |_| {
                app.advice.set(Some(FURIKOME.to_string()));
                app.go(Step::Advice);
            };
            view! {
                <Part id="hn-furikome-title" title=t.furikome_title>
                    <p>{f.summary.get(lang)}</p>
                    <button type="button" class="hn-btn hn-no-print" on:click=open>{t.furikome_open}</button>
                </Part>
            }
        });
    let notes = (!a.notes.is_empty()).then(|| {
        let items = a
            .notes
            .iter()
            .map(|n| {
                view! {
                    <li>
                        {n.text.get(lang)}
                        {n.cite.map(|c| view! { <br /><span class="hn-cite">{cite(lang, t, c.doc(), c.clause())}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <Part id="hn-notes-title" title=t.notes_title>
                <ul>{items}</ul>
            </Part>
        }
    });
    // The documents this result cites: the pack's, then those of its 必ず steps (issue 12).
    let sources = p.map(|p| {
        let items = result_sources(p, a.extension.is_some())
            .into_iter()
            .map(|s| {
                view! {
                    <li>
                        {s.doc}" "{s.title.get(lang)}
                        {s.as_of.map(|d| (t.in_parens)(&(t.as_of)(&format::date(t, d))))}
                    </li>
                }
            })
            .collect_view();
        view! {
            <Part id="hn-sources-title" title=t.sources_title>
                <ul class="hn-small" aria-labelledby="hn-sources-title">{items}</ul>
                {p.as_of_note.map(|n| view! { <p class="hn-small">{n.get(lang)}</p> })}
            </Part>
            <p class="hn-disclaimer">
                {t.disclaimer}" "{(t.as_of)(&format::date(t, p.as_of))}" · "{(t.version)(p.version)}
            </p>
        }
    });
    let bad_rows = built.bad_rows;
    let counted = match &doc.notice {
        Notice::Told { counted, .. } => Some(view! { <p>{counted.clone()}</p> }),
        Notice::NotYet { .. } => None,
    };
    let (top, later) = match &doc.notice {
        Notice::NotYet { advice } => {
            let (top, later) = tell_bank(lang, Some(*advice), before);
            (top.into_any(), Some(later.into_any()))
        }
        Notice::Told { line, .. } => (
            view! { <Called lang line=line.clone() before /> }.into_any(),
            None,
        ),
    };
    let missing_q: Vec<usize> = doc.missing.iter().filter_map(|m| m.question).collect();
    let times_missing = doc
        .missing
        .iter()
        .any(|m| !matches!(m.what, Missing::Question(_)));
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-result">
            <div class="hn-result-top">
                {top}
                <VerdictView doc=doc.clone() />
                {(!doc.steps.is_empty()).then(|| view! {
                    <section class="hn-next" aria-labelledby="hn-next-title">
                        <h3 id="hn-next-title">{t.first_three}</h3>
                        <ol class="hn-next-steps">{next}</ol>
                    </section>
                })}
                {later}
            </div>
            <super::reask::ReaskNotice />
            <Refine lang a=a.clone() times_missing missing_q />
            <p class="hn-print-only" id="hn-printed-at"></p>
            <p class="hn-small hn-muted">
                {doc.scheme.map(|s| view! { {t.scheme_chosen}{t.colon}{s}<br /> })}
                {move || (t.today_is)(&format::date(t, app.clock.today.get()))}
            </p>
            <section aria-labelledby="hn-losses-title">
                <h3 id="hn-losses-title">{t.losses_result_title}</h3>
                <LossesTable t rows=doc.losses.clone() />
                {(bad_rows > 0).then(|| view! { <p class="hn-warn-box">{(t.rows_with_errors)(bad_rows)}</p> })}
            </section>
            <MissingList lang doc=doc.clone() />
            <Part id="hn-steps-title" title=(t.part_steps)(n_steps)>
                <p class="hn-small">{t.steps_lead}</p>
                <ol class="hn-checklist">{steps}</ol>
            </Part>
            <Part id="hn-deadlines-title" title=t.deadlines_title>
                {counted}
                {deadlines}
            </Part>
            <Reasons lang doc=doc.clone() />
            <Part id="hn-contacts-title" title=t.contacts_title>
                // The bank's own line first; the generic "your bank's line" only without a scheme.
                <BankContact cited=true expanded=true />
                <h4>{t.contacts_general}</h4>
                <AdviceContacts contacts=EMERGENCY.contacts without=p.map(|_| "bank-line") />
            </Part>
            <Part id="hn-always-title" title=t.always_title>
                <p class="hn-small">{t.always_lead}</p>
                {p.map(|p| view! { <AdviceItems items=always_steps(p) checklist=true /> })}
            </Part>
            {furikome}
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=move |_| download_ics(&app)>
                    {t.ics_button}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| super::super::dom::print()>
                    {t.print_button}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Report)>
                    {super::super::i18n_report::rtexts(lang).open_bank}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Police)>
                    {super::super::i18n_report::rtexts(lang).open_police}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::FollowUp)>
                    {super::super::i18n_report::rtexts(lang).open_followup}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Losses)>
                    {t.edit_answers}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.reset()>
                    {t.start_over}
                </button>
            </div>
            {notes}
            {sources}
        </section>
    }
}
