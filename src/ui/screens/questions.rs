//! The pack's questions, an optional refinement of the result shown before them: a screen per
//! clause group (phone and desktop alike), its own "questions i of n" counter, the estimate so
//! far on every screen and a way back to the result. Answers live in one map, so moving back and
//! forth never loses one; "I don't know" is always an answer. Follow-ups show only while they can matter: a fact another clause
//! `requires` while that clause may apply, a softening question while what it softens may
//! exclude. The page's questions are keyed: a follow-up appearing adds its own nodes only.

use super::super::outcome::use_outcome;
use super::super::state::{Answer, Step};
use super::super::widgets::{cite, use_app, Heading, Nav, Radio};
use super::flow::Preview;
use super::result::amount_text;
use crate::engine::pack::Pack;
use leptos::prelude::*;

/// Which questions show: a case rule (`model::rules::visible`, tested natively).
pub use crate::model::rules::visible;

/// The question screens: a screen per clause group on every screen size, the groups that can
/// move the result most first (`engine::refine`).
pub use crate::engine::refine::{page_of, pages};

/// Moving between the question screens, and the re-ask notice: in `reask.rs`, which the result
/// screen uses too without importing this screen.
pub use super::reask::{back, first_open, first_reask, next, ReaskNotice};

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

/// The questions screen at the current step's question (the lazy boundary takes no arguments).
#[component]
pub fn QuestionsAt() -> impl IntoView {
    let app = use_app();
    let at = match app.nav.step.get_untracked() {
        crate::ui::state::Step::Questions(at) => usize::from(at),
        _ => 0,
    };
    view! { <Questions at=at /> }
}
