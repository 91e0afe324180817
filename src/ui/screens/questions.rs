//! The pack's questions, an optional refinement of the result shown before them: a screen per
//! clause group (phone and desktop alike), its own "questions i of n" counter, the estimate so
//! far on every screen and a way back to the result. Answers live in one map, so moving back and
//! forth never loses one; "I don't know" is always an answer. Follow-ups show only while they can matter: a fact another clause
//! `requires` while that clause may apply, a softening question while what it softens may
//! exclude. The page's questions are keyed: a follow-up appearing adds its own nodes only.

use super::super::outcome::{use_outcome, Outcome};
use super::super::state::{Answer, AppState, Step};
use super::super::widgets::{cite, use_app, Heading, Nav, Radio};
use super::flow::Preview;
use super::result::amount_text;
use crate::engine::pack::{Effect, Pack, Question, QuestionKind};
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;
use std::collections::BTreeMap;

fn effect(q: &Question, a: Answer) -> Option<Effect> {
    a.for_question(q)
        .map(|yes| if yes { q.effects.yes } else { q.effects.no })
}

/// Indices of the questions to ask that can matter given the answers so far, in pack order.
pub fn visible(p: &Pack, answers: &BTreeMap<String, Answer>) -> Vec<usize> {
    let bites =
        |q: &Question, excluding_only: bool| match answers.get(q.id).and_then(|a| effect(q, *a)) {
            Some(e) if excluding_only => e == Effect::Excludes,
            Some(e) => e != Effect::Ok,
            None => true,
        };
    p.questions
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            // What only the bank can establish is never asked (the result lists it).
            if q.kind == QuestionKind::BankDecides {
                return false;
            }
            let softens_something = q.softens.is_empty()
                || q.softens
                    .iter()
                    .any(|id| p.question(id).is_some_and(|s| bites(s, true)));
            let required_by_something = !q.is_required
                || p.questions
                    .iter()
                    .filter(|r| r.requires.contains(&q.id))
                    .any(|r| bites(r, false));
            softens_something && required_by_something
        })
        .map(|(i, _)| i)
        .collect()
}

/// The question screens: a screen per clause group on every screen size, the groups that can
/// move the result most first (`engine::refine`).
pub use crate::engine::refine::{page_of, pages};

fn step_at(i: usize) -> Step {
    Step::Questions(u16::try_from(i).unwrap_or(u16::MAX))
}

fn current_pages(app: &AppState, out: &Outcome) -> Option<(&'static Pack, Vec<Vec<usize>>)> {
    let p = app.pack()?;
    let vis = out.visible.get_untracked();
    Some((p, pages(p, &vis)))
}

/// Where "answer the questions" on the result leads: the first screen with a question not
/// answered yet, else the first screen.
pub fn first_open(app: &AppState, out: &Outcome) -> Step {
    let Some((p, pg)) = current_pages(app, out) else {
        return Step::Result;
    };
    let answered = |i: &usize| {
        p.questions
            .get(*i)
            .is_some_and(|q| app.case.answers().with_untracked(|a| a.contains_key(q.id)))
    };
    pg.iter()
        .find(|screen| !screen.iter().all(answered))
        .or_else(|| pg.first())
        .and_then(|screen| screen.first().copied())
        .map(step_at)
        .unwrap_or(Step::Result)
}

/// Where the re-ask notice leads: the first screen holding a question to answer again (an
/// earlier answer to it was dropped when its meaning changed), else the first open screen.
pub fn first_reask(app: &AppState, out: &Outcome) -> Step {
    let Some((p, pg)) = current_pages(app, out) else {
        return Step::Result;
    };
    let again = |i: &usize| {
        p.questions.get(*i).is_some_and(|q| {
            app.case
                .reask()
                .with_untracked(|r| r.iter().any(|x| x == q.id))
        })
    };
    pg.iter()
        .find(|screen| screen.iter().any(again))
        .and_then(|screen| screen.first().copied())
        .map(step_at)
        .unwrap_or_else(|| first_open(app, out))
}

/// 「質問の文言が変わったため、N問はもう一度お答えください」, with the way to them: on the
/// result and on every question screen while any is left.
#[component]
pub fn ReaskNotice() -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let t = app.t_untracked();
    move || {
        let n = app.case.reask().with(Vec::len);
        (n > 0).then(|| {
            view! {
                <div class="hn-warn-box hn-reask" id="hn-reask">
                    <p id="hn-reask-text">{(t.reask_notice)(n)}</p>
                    <button
                        type="button"
                        class="hn-btn hn-no-print"
                        aria-describedby="hn-reask-text"
                        on:click=move |_| app.go(first_reask(&app, &out))
                    >
                        {t.reask_button}
                    </button>
                </div>
            }
        })
    }
}

/// "Next": the next screen, or the result after the last.
pub fn next(app: &AppState, out: &Outcome, at: usize) {
    let target = current_pages(app, out)
        .and_then(|(p, pg)| {
            pg.get(page_of(p, &pg, at) + 1)
                .and_then(|s| s.first().copied())
        })
        .map(step_at)
        .unwrap_or(Step::Result);
    app.go(target);
}

/// "Back": the previous screen, or the result before the first (the questions are reached
/// from it).
pub fn back(app: &AppState, out: &Outcome, at: usize) {
    let target = current_pages(app, out)
        .and_then(|(p, pg)| {
            page_of(p, &pg, at)
                .checked_sub(1)
                .and_then(|k| pg.get(k))
                .and_then(|s| s.first().copied())
        })
        .map(step_at)
        .unwrap_or(Step::Result);
    app.go(target);
}

/// One question: its three answers and its clause one tap away.
#[component]
fn QuestionView(
    /// The pack the question is from.
    p: &'static Pack,
    /// The question's index in the pack.
    i: usize,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let Some(q) = p.questions.get(i) else {
        return ().into_any();
    };
    let name = format!("hn-q:{}", q.id);
    // Each answer says the fact itself (「動かしていた／動かしていなかった」), never a bare
    // yes/no whose meaning flips with the question's polarity; "I have none" where offered.
    let answers = [
        Some((Answer::Yes, "yes", q.fact.yes.get(lang))),
        Some((Answer::No, "no", q.fact.no.get(lang))),
        q.none.map(|n| (Answer::NoneOf, "none", n.fact.get(lang))),
        Some((Answer::Unknown, "unknown", t.answer_unknown)),
    ]
    .into_iter()
    .flatten()
    .map(|(a, value, label)| {
        view! {
            <Radio
                name=name.clone()
                value
                id=format!("hn-q-{}-{value}", q.id)
                checked=Signal::derive(move || app.answer(q.id) == Some(a))
                invalid=false
                title=label
                on_choose=move || app.set_answer(q.id, a)
            />
        }
    })
    .collect_view();
    view! {
        <fieldset class="hn-loss hn-question">
            <legend>{q.text.get(lang)}</legend>
            <div class="hn-answers">{answers}</div>
            <details>
                <summary>{t.show_clause}</summary>
                <p class="hn-cite">{cite(lang, t, q.cite.doc(), q.cite.clause())}</p>
                {(!q.clause_text.is_empty())
                    .then(|| view! { <blockquote lang="ja">{q.clause_text}</blockquote> })}
            </details>
        </fieldset>
    }
    .into_any()
}

/// The estimate as the answers so far give it, on every question screen (a phone has no
/// preview beside the form): each answer narrows it, announced politely.
#[component]
fn LiveEstimate() -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let t = app.t_untracked();
    view! {
        <p class="hn-live-estimate" id="hn-live-estimate" role="status">
            {move || {
                out.assessment.with(|a| {
                    a.as_ref().map(|a| (t.live_estimate)(&amount_text(a, t)))
                })
            }}
        </p>
    }
}

#[component]
pub fn Questions(
    /// A question on the screen shown (its group's screen when it no longer shows).
    at: usize,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let out = use_outcome();
    let to_result = move |_| app.go(Step::Result);
    let Some(p) = app.pack() else {
        return view! {
            <div class="hn-layout hn-with-preview">
                <section aria-labelledby="hn-step-heading">
                    <Heading text=t.questions_title />
                    <p>{t.no_questions}</p>
                    <button type="button" class="hn-btn" on:click=to_result>{t.back_to_result}</button>
                </section>
            </div>
        }
        .into_any();
    };
    // Which questions show follows the answers; the screen is the one holding `at`.
    let pg = Memo::new(move |_| out.visible.with(|vis| pages(p, vis)));
    let cur = Memo::new(move |_| pg.with(|pg| page_of(p, pg, at)));
    let page = Memo::new(move |_| pg.with(|pg| pg.get(cur.get()).cloned().unwrap_or_default()));
    let title = pg.with_untracked(|pgs| {
        pgs.get(cur.get_untracked())
            .and_then(|page| page.first())
            .and_then(|&i| p.questions.get(i))
            .and_then(|q| p.group(q.group))
            .map(|g| g.title.get(lang))
            .unwrap_or(t.questions_title)
    });
    let counter = move || (cur.get() + 1, pg.with(Vec::len).max(1));
    let last = Signal::derive(move || cur.get() + 1 >= pg.with(Vec::len));
    view! {
        <div class="hn-layout hn-with-preview">
            <section aria-labelledby="hn-step-heading">
                <p class="hn-progress" id="hn-progress">
                    {move || {
                        let (i, n) = counter();
                        (t.question_screen)(i, n)
                    }}
                </p>
                <progress
                    class="hn-progress-bar"
                    aria-labelledby="hn-progress"
                    max=move || counter().1
                    value=move || counter().0
                ></progress>
                <Heading text=title />
                <p class="hn-lead">{t.questions_lead}</p>
                <LiveEstimate />
                <ReaskNotice />
                <Show when=move || page.with(Vec::is_empty)>
                    <p>{t.no_questions}</p>
                </Show>
                <For each=move || page.get() key=|i| *i let:i>
                    <QuestionView p i />
                </For>
                <Nav last />
                <p>
                    <button type="button" class="hn-btn" id="hn-back-to-result" on:click=to_result>
                        {t.back_to_result}
                    </button>
                </p>
            </section>
            <Preview />
        </div>
    }
    .into_any()
}
