//! The pack's questions: one per screen on a phone, a whole group per screen on a desktop, with
//! progress. Answers live in one map, so moving back and forth never loses one; "I don't know"
//! is always an answer. Follow-ups show only while they can matter: a fact another clause
//! `requires` while that clause may apply, a softening question while what it softens may
//! exclude. Choosing an answer redraws only when that changes which questions show.

use super::super::html::Html;
use super::super::outcome::Outcome;
use super::super::state::{Answer, AppState, Step};
use super::flow::{prev_of, preview_slot};
use super::{cite, heading, nav, progress, radio, Radio};
use crate::engine::pack::{Effect, Pack, Question};
use leptos::prelude::*;
use std::collections::BTreeMap;

fn effect(q: &Question, a: Answer) -> Option<Effect> {
    match a {
        Answer::Yes => Some(q.effects.yes),
        Answer::No => Some(q.effects.no),
        Answer::Unknown => None,
    }
}

/// Indices of the questions that can matter given the answers so far, in pack order.
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
            page_of(&pg, at)
                .checked_sub(1)
                .and_then(|k| pg.get(k))
                .and_then(|p| p.first().copied())
        })
        .map(step_at)
        .unwrap_or_else(|| prev_of(app, Step::Questions(0)));
    app.go(target);
}

pub fn render(h: &mut Html, app: &AppState, at: usize) {
    let lang = app.lang.get();
    let t = app.t();
    let out = super::super::outcome::use_outcome();
    let narrow = app.narrow.get();
    // Tracked: which questions show (not the answers themselves).
    let vis = out.visible.get();
    h.raw("<div class=\"hn-layout hn-with-preview\"><section aria-labelledby=\"hn-step-heading\">");
    progress(h, app, t);
    let Some(p) = app.pack() else {
        heading(h, t.questions_title);
        h.el("p", t.no_questions);
        nav(h, t, true);
        h.raw("</section></div>");
        return;
    };
    let pg = pages(p, &vis, narrow);
    let cur = page_of(&pg, at);
    let page = pg.get(cur).cloned().unwrap_or_default();
    let title = page
        .first()
        .and_then(|&i| p.questions.get(i))
        .and_then(|q| p.group(q.group))
        .filter(|_| !narrow)
        .map(|g| g.title.get(lang))
        .unwrap_or(t.questions_title);
    heading(h, title);
    h.el("p class=\"hn-lead\"", t.questions_lead);
    if page.is_empty() {
        h.el("p", t.no_questions);
    }
    let total = vis.len();
    let before: usize = pg.iter().take(cur).map(Vec::len).sum();
    let answers = app.answers.get_untracked();
    for (k, &i) in page.iter().enumerate() {
        let Some(q) = p.questions.get(i) else {
            continue;
        };
        let given = answers.get(q.id).copied();
        h.raw("<fieldset class=\"hn-loss hn-question\"><legend><span class=\"hn-small hn-muted\">")
            .t(&(t.question_n)(before + k + 1, total))
            .raw("</span><br>")
            .t(q.text.get(lang))
            .raw("</legend><div class=\"hn-answers\">");
        let name = format!("hn-q:{}", q.id);
        for (a, value, label) in [
            (Answer::Yes, "yes", t.answer_yes),
            (Answer::No, "no", t.answer_no),
            (Answer::Unknown, "unknown", t.answer_unknown),
        ] {
            radio(
                h,
                Radio {
                    name: &name,
                    value,
                    id: &format!("hn-q-{}-{value}", q.id),
                    checked: given == Some(a),
                    invalid: false,
                    title: label,
                    hint: None,
                },
            );
        }
        h.raw("</div><details><summary>")
            .t(t.show_clause)
            .raw("</summary>")
            .el(
                "p class=\"hn-cite\"",
                &cite(lang, t, q.cite.doc(), q.cite.clause()),
            );
        if !q.clause_text.is_empty() {
            h.el("blockquote lang=\"ja\"", q.clause_text);
        }
        h.raw("</details></fieldset>");
    }
    nav(h, t, cur + 1 >= pg.len());
    h.raw("</section>");
    preview_slot(h);
    h.raw("</div>");
}
