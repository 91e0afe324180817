//! The pack's questions: one per screen on a phone, a whole group per screen on a desktop, with
//! progress. Answers live in one map, so moving back and forth never loses one; "I don't know"
//! is always an answer. Follow-ups show only while they can matter: a fact another clause
//! `requires` while that clause may apply, a softening question while what it softens may
//! exclude. The page's questions are keyed: a follow-up appearing adds its own nodes only.

use super::super::outcome::{use_outcome, Outcome};
use super::super::state::{Answer, AppState, Step};
use super::super::widgets::{cite, use_app, Heading, Nav, Progress, Radio};
use super::flow::{prev_of, Preview};
use crate::engine::pack::{Effect, Pack, Question, QuestionKind};
use leptos::prelude::*;
use std::collections::BTreeMap;

fn effect(q: &Question, a: Answer) -> Option<Effect> {
    match a {
        Answer::Yes => Some(q.effects.yes),
        Answer::No => Some(q.effects.no),
        Answer::Unknown => None,
    }
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

/// The screens of the step: one question each (narrow), or one group each.
pub fn pages(p: &Pack, vis: &[usize], narrow: bool) -> Vec<Vec<usize>> {
    if narrow {
        return vis.iter().map(|&i| vec![i]).collect();
    }
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut last: Option<&str> = None;
    for &i in vis {
        let g = p.questions.get(i).map(|q| q.group);
        match out.last_mut() {
            Some(page) if g == last => page.push(i),
            _ => out.push(vec![i]),
        }
        last = g;
    }
    out
}

/// The page holding question `at`, or the first page after it.
fn page_of(pages: &[Vec<usize>], at: usize) -> usize {
    pages
        .iter()
        .position(|pg| pg.contains(&at))
        .or_else(|| {
            pages
                .iter()
                .position(|pg| pg.first().is_some_and(|&i| i > at))
        })
        .unwrap_or(pages.len().saturating_sub(1))
}

fn step_at(i: usize) -> Step {
    Step::Questions(u16::try_from(i).unwrap_or(u16::MAX))
}

fn current_pages(app: &AppState, out: &Outcome) -> Option<(&'static Pack, Vec<Vec<usize>>)> {
    let p = app.pack()?;
    let vis = out.visible.get_untracked();
    Some((p, pages(p, &vis, app.narrow.get_untracked())))
}

/// "Next": the next page, or the result after the last.
pub fn next(app: &AppState, out: &Outcome, at: usize) {
    let target = current_pages(app, out)
        .and_then(|(_, pg)| {
            pg.get(page_of(&pg, at) + 1)
                .and_then(|p| p.first().copied())
        })
        .map(step_at)
        .unwrap_or(Step::Result);
    app.go(target);
}

/// "Back": the previous page, or the step before the questions.
pub fn back(app: &AppState, out: &Outcome, at: usize) {
    let target = current_pages(app, out)
        .and_then(|(_, pg)| {
            let k = page_of(&pg, at).checked_sub(1)?;
            // The flow enters the questions at Questions(0), which shows the first page even when
            // question 0 is not asked (bank_decides): back to it is back to that same step.
            let first = pg.get(k)?.first().copied()?;
            Some(if k == 0 {
                Step::Questions(0)
            } else {
                step_at(first)
            })
        })
        .unwrap_or_else(|| prev_of(app, Step::Questions(0)));
    app.go(target);
}

/// One question: its three answers and its clause one tap away.
#[component]
fn QuestionView(
    /// The pack the question is from.
    p: &'static Pack,
    /// The question's index in the pack.
    i: usize,
    /// Its number among the questions that show, and how many show.
    #[prop(into)]
    number: Signal<(usize, usize)>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let Some(q) = p.questions.get(i) else {
        return ().into_any();
    };
    let name = format!("hn-q:{}", q.id);
    let answers = [
        (Answer::Yes, "yes", t.answer_yes),
        (Answer::No, "no", t.answer_no),
        (Answer::Unknown, "unknown", t.answer_unknown),
    ]
    .into_iter()
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
            <legend>
                <span class="hn-small hn-muted">
                    {move || {
                        let (n, total) = number.get();
                        (t.question_n)(n, total)
                    }}
                </span>
                <br />
                {q.text.get(lang)}
            </legend>
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

#[component]
pub fn Questions(
    /// The question whose page shows (the first page after it when it no longer shows).
    at: usize,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let out = use_outcome();
    let Some(p) = app.pack() else {
        return view! {
            <div class="hn-layout hn-with-preview">
                <section aria-labelledby="hn-step-heading">
                    <Progress />
                    <Heading text=t.questions_title />
                    <p>{t.no_questions}</p>
                    <Nav last=true />
                </section>
            </div>
        }
        .into_any();
    };
    let narrow = app.narrow.get_untracked();
    // Which questions show follows the answers; the page is the one holding `at`.
    let pg = Memo::new(move |_| out.visible.with(|vis| pages(p, vis, narrow)));
    let cur = Memo::new(move |_| pg.with(|pg| page_of(pg, at)));
    let page = Memo::new(move |_| pg.with(|pg| pg.get(cur.get()).cloned().unwrap_or_default()));
    let title = pg.with_untracked(|pgs| {
        pgs.get(cur.get_untracked())
            .and_then(|page| page.first())
            .and_then(|&i| p.questions.get(i))
            .and_then(|q| p.group(q.group))
            .filter(|_| !narrow)
            .map(|g| g.title.get(lang))
            .unwrap_or(t.questions_title)
    });
    let number = move |i: usize| {
        Signal::derive(move || {
            let total = out.visible.with(Vec::len);
            let before: usize = pg.with(|pgs| pgs.iter().take(cur.get()).map(Vec::len).sum());
            let k = page.with(|pg| pg.iter().position(|&x| x == i)).unwrap_or(0);
            (before + k + 1, total)
        })
    };
    let last = Signal::derive(move || cur.get() + 1 >= pg.with(Vec::len));
    view! {
        <div class="hn-layout hn-with-preview">
            <section aria-labelledby="hn-step-heading">
                <Progress />
                <Heading text=title />
                <p class="hn-lead">{t.questions_lead}</p>
                <Show when=move || page.with(Vec::is_empty)>
                    <p>{t.no_questions}</p>
                </Show>
                <For each=move || page.get() key=|i| *i let:i>
                    <QuestionView p i number=number(i) />
                </For>
                <Nav last />
            </section>
            <Preview />
        </div>
    }
    .into_any()
}
