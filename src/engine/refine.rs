//! The order the questions are asked in once the result is shown: they only refine it, so the
//! ones that can move it most come first, a screen per clause group on every screen size.
//!
//! "Narrows most", kept simple and deterministic from the pack alone: a group ranks by the
//! strongest effect any of its questions can have (`excludes`, which can take the result to ¥0,
//! before `case_by_case`, before `reduces`, before `todo`, before `ok`); groups of equal rank keep the pack's order, and
//! the questions inside a group keep the pack's order (a follow-up stays after its question).

use super::pack::{Effect, Pack, Question};

/// How far an effect moves the result: higher moves it more.
fn weight(e: Effect) -> u8 {
    match e {
        Effect::Excludes => 4,
        Effect::CaseByCase => 3,
        Effect::Reduces => 2,
        Effect::Todo => 1,
        Effect::Ok => 0,
    }
}

/// The strongest effect a question's answers can have.
pub fn strongest(q: &Question) -> Effect {
    if weight(q.effects.yes) >= weight(q.effects.no) {
        q.effects.yes
    } else {
        q.effects.no
    }
}

/// The strongest effect any question of group `id` can have.
pub fn group_strongest(p: &Pack, id: &str) -> Effect {
    p.questions
        .iter()
        .filter(|q| q.group == id)
        .map(strongest)
        .max_by_key(|e| weight(*e))
        .unwrap_or(Effect::Ok)
}

/// The pack's group ids in the order they are asked (see the module comment). Groups a question
/// names but the pack does not list come after, in the order first met.
pub fn group_order(p: &Pack) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = p.groups.iter().map(|g| g.id).collect();
    for q in p.questions {
        if !ids.contains(&q.group) {
            ids.push(q.group);
        }
    }
    // A stable sort: equal ranks keep the pack's order.
    ids.sort_by_key(|id| std::cmp::Reverse(weight(group_strongest(p, id))));
    ids
}

/// The question screens: the questions in `visible` (pack indices), one screen per group, in
/// [`group_order`]; a group with no visible question has no screen.
pub fn pages(p: &Pack, visible: &[usize]) -> Vec<Vec<usize>> {
    group_order(p)
        .into_iter()
        .map(|g| {
            visible
                .iter()
                .copied()
                .filter(|&i| p.questions.get(i).is_some_and(|q| q.group == g))
                .collect::<Vec<_>>()
        })
        .filter(|pg| !pg.is_empty())
        .collect()
}

/// The screen holding question `at`; for a question no longer shown, the screen of its group,
/// else the first.
pub fn page_of(p: &Pack, pages: &[Vec<usize>], at: usize) -> usize {
    pages
        .iter()
        .position(|pg| pg.contains(&at))
        .or_else(|| {
            let g = p.questions.get(at)?.group;
            pages.iter().position(|pg| {
                pg.first()
                    .and_then(|&i| p.questions.get(i))
                    .is_some_and(|q| q.group == g)
            })
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::pack::pack;

    fn all(p: &Pack) -> Vec<usize> {
        (0..p.questions.len()).collect()
    }

    #[test]
    fn groups_that_can_exclude_come_before_those_that_only_reduce() {
        for p in crate::engine::pack::packs() {
            let order = group_order(p);
            let w: Vec<u8> = order
                .iter()
                .map(|g| weight(group_strongest(p, g)))
                .collect();
            assert!(w.windows(2).all(|x| x[0] >= x[1]), "{}: {order:?}", p.id);
        }
    }

    #[test]
    fn mishima_web_banking_asks_conditions_and_gross_negligence_before_negligence() {
        let Some(p) = pack("mishima-shinkin/web-banking") else {
            panic!("pack missing")
        };
        let order = group_order(p);
        let pos = |g: &str| order.iter().position(|x| *x == g);
        assert!(pos("gross") < pos("negligence"), "{order:?}");
        assert!(pos("conditions") < pos("negligence"), "{order:?}");
        // Equal ranks keep the pack's order.
        assert!(pos("conditions") < pos("gross"), "{order:?}");
    }

    #[test]
    fn every_question_is_on_exactly_one_screen_and_a_screen_is_one_group() {
        for p in crate::engine::pack::packs() {
            let pg = pages(p, &all(p));
            let mut seen: Vec<usize> = pg.iter().flatten().copied().collect();
            seen.sort_unstable();
            assert_eq!(seen, all(p), "{}", p.id);
            for screen in &pg {
                let g = p.questions[screen[0]].group;
                assert!(
                    screen.iter().all(|&i| p.questions[i].group == g),
                    "{}",
                    p.id
                );
                // Pack order inside a screen.
                assert!(screen.windows(2).all(|x| x[0] < x[1]), "{}", p.id);
            }
        }
    }

    #[test]
    fn a_hidden_question_leads_to_its_groups_screen() {
        let Some(p) = pack("mishima-shinkin/web-banking") else {
            panic!("pack missing")
        };
        let last = p.questions.len() - 1;
        let vis: Vec<usize> = (0..last).collect();
        let pg = pages(p, &vis);
        let k = page_of(p, &pg, last);
        assert_eq!(
            p.questions[pg[k][0]].group, p.questions[last].group,
            "hidden question's group"
        );
        assert_eq!(page_of(p, &pg, 0), 0);
    }
}
