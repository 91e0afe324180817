//! The rules about a case that need no browser (issue 22, point 3): which of a pack's questions
//! are asked, and what a record answers. The UI reads them through memos; the assessment reads
//! them through [`DraftCase::case_file`](super::DraftCase::case_file), so a reopened or imported
//! case gets the same verdict as one typed on this screen.

use super::draft::{Answer, DraftReport};
use crate::engine::pack::{DoneIf, Effect, Pack, Question, QuestionKind};
use std::collections::BTreeMap;

fn effect(q: &Question, a: Answer) -> Option<Effect> {
    a.for_question(q)
        .map(|yes| if yes { q.effects.yes } else { q.effects.no })
}

/// Indices of the questions to ask that can matter given the answers so far, in pack order.
/// Follow-ups show only while they can matter: a fact another clause `requires` while that
/// clause may apply, a softening question while what it softens may exclude. What only the bank
/// can establish is never asked (the result lists it).
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

/// Whether the follow-up records a police report (its date or receipt number).
pub fn police_reported(rep: &DraftReport) -> bool {
    !rep.police_on.trim().is_empty() || !rep.police_ref.trim().is_empty()
}

/// The answer a recorded police report gives: the pack's `police` step names the question that
/// marks it done, and that question gets its non-`todo` answer. `None` without a record, or when
/// the pack has no such question.
pub fn police_answer(p: &Pack, rep: &DraftReport) -> Option<(&'static str, Answer)> {
    if !police_reported(rep) {
        return None;
    }
    let Some(DoneIf::Question { id, .. }) = p
        .steps
        .iter()
        .find(|s| s.id == "police")
        .and_then(|s| s.done_if)
    else {
        return None;
    };
    let q = p.question(id)?;
    let done = if q.effects.yes == Effect::Todo {
        Answer::No
    } else {
        Answer::Yes
    };
    Some((q.id, done))
}

/// The answers as the case is assessed: those given, with what the records answer laid over
/// them (a recorded police report answers the police question whatever was picked before).
pub fn effective_answers(
    p: &Pack,
    answers: &BTreeMap<String, Answer>,
    rep: &DraftReport,
) -> BTreeMap<String, Answer> {
    let mut out = answers.clone();
    if let Some((id, a)) = police_answer(p, rep) {
        out.insert(id.to_owned(), a);
    }
    out
}
