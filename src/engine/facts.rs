//! The result's reasons as facts: each answered question as what the answer states and what it
//! does under its clause (「パスワードを他人に教えていない → 重大な過失(1)による対象外にはならない」),
//! the questions still open, and what only the bank can establish, each apart. The effect phrase
//! is derived from the answer's effect and the clause, so a pack only states the facts.

use super::pack::{Burden, Effect, Pack, Question};
use super::Lang;
use std::collections::{BTreeMap, BTreeSet};

/// One answered question, for the reasons list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactLine {
    pub question: &'static Question,
    pub answer: bool,
    /// What the answer states, in the language asked for.
    pub fact: &'static str,
    /// What it does, with the clause.
    pub effect: String,
    /// The answer takes compensation away or lowers it (shown as such).
    pub adverse: bool,
}

fn effect_of(q: &Question, answer: bool) -> Effect {
    if answer {
        q.effects.yes
    } else {
        q.effects.no
    }
}

/// `ja` or `en` with the clause put in.
fn say(lang: Lang, ja: &str, en: &str, clause: &str) -> String {
    match lang {
        Lang::Ja => ja.replace("{c}", clause),
        Lang::En => en.replace("{c}", clause),
    }
}

/// What answering `q` with `answer` does under its clause, given the other answers.
pub fn effect_phrase(
    p: &Pack,
    q: &Question,
    answer: bool,
    answers: &BTreeMap<String, bool>,
    lang: Lang,
) -> (String, bool) {
    let c = q.cite.clause();
    let known = |id: &str| answers.get(id).copied();
    let is_required = p.questions.iter().any(|o| o.requires.contains(&q.id));
    if is_required {
        return if answer {
            (
                say(
                    lang,
                    "{c}の条件の一つに当たる",
                    "one of the conditions of {c}",
                    c,
                ),
                false,
            )
        } else {
            (
                say(
                    lang,
                    "{c}の条件がそろわない",
                    "the conditions of {c} are not all met",
                    c,
                ),
                false,
            )
        };
    }
    if !q.softens.is_empty() {
        return if answer {
            (
                say(
                    lang,
                    "{c}：対策の不足は個別判断になる",
                    "{c}: a missing measure is judged case by case",
                    c,
                ),
                false,
            )
        } else {
            (
                say(lang, "{c}による例外はない", "no exception under {c}", c),
                false,
            )
        };
    }
    let e = effect_of(q, answer);
    let other = effect_of(q, !answer);
    let bites = matches!(e, Effect::Excludes | Effect::Reduces | Effect::CaseByCase);
    if bites && !q.requires.is_empty() {
        let states: Vec<Option<bool>> = q.requires.iter().map(|r| known(r)).collect();
        if states.contains(&Some(false)) {
            return (
                say(
                    lang,
                    "ほかの条件がそろわず、{c}には当たらない",
                    "{c} does not apply: its other conditions are not met",
                    c,
                ),
                false,
            );
        }
        if states.contains(&None) {
            return (
                say(
                    lang,
                    "ほかの条件しだいで{c}に当たる",
                    "{c} applies only if its other conditions are met",
                    c,
                ),
                true,
            );
        }
    }
    let softened = e == Effect::Excludes
        && p.questions
            .iter()
            .any(|s| s.softens.contains(&q.id) && known(s.id) == Some(true));
    let phrase = match e {
        Effect::Excludes if softened => say(lang, "{c}：個別判断", "case by case under {c}", c),
        Effect::Excludes => say(lang, "{c}により補償の対象外", "not covered under {c}", c),
        Effect::Reduces => match q.ratio {
            Some(r) => match lang {
                Lang::Ja => format!("{c}により{}/{}に減額", r.num, r.den),
                Lang::En => format!("reduced to {}/{} under {c}", r.num, r.den),
            },
            None => say(
                lang,
                "{c}により減額（割合は銀行が決めます）",
                "reduced under {c} (the bank sets the rate)",
                c,
            ),
        },
        Effect::CaseByCase => say(
            lang,
            "{c}：補償されないか減額される可能性（個別対応）",
            "{c}: may be refused or reduced (case by case)",
            c,
        ),
        Effect::Todo => say(
            lang,
            "{c}：これから必要（「まずすること」を参照）",
            "{c}: still to do (see the steps)",
            c,
        ),
        Effect::Ok => match other {
            Effect::Excludes => say(
                lang,
                "{c}による対象外にはならない",
                "not excluded under {c}",
                c,
            ),
            Effect::Reduces => say(lang, "{c}による減額はない", "no reduction under {c}", c),
            Effect::CaseByCase => say(
                lang,
                "{c}による個別対応にはならない",
                "not left to the bank under {c}",
                c,
            ),
            Effect::Todo => say(lang, "{c}の条件を満たす", "meets {c}", c),
            Effect::Ok => say(lang, "{c}の点で補償に影響しない", "no effect under {c}", c),
        },
    };
    (phrase, bites || e == Effect::Todo)
}

/// Each answered question (asked or, where a case file gives it, decided by the bank), pack order.
/// `none`: the questions answered "I have none / don't use one", said as that fact.
pub fn answered(
    p: &Pack,
    answers: &BTreeMap<String, bool>,
    none: &BTreeSet<String>,
    lang: Lang,
) -> Vec<FactLine> {
    p.questions
        .iter()
        .filter_map(|q| {
            let a = answers.get(q.id).copied()?;
            let fact = match q.none {
                Some(n) if none.contains(q.id) => n.fact,
                _ if a => q.fact.yes,
                _ => q.fact.no,
            };
            let (effect, adverse) = effect_phrase(p, q, a, answers, lang);
            Some(FactLine {
                question: q,
                answer: a,
                fact: fact.get(lang),
                effect,
                adverse,
            })
        })
        .collect()
}

/// The questions to ask that have no answer yet (わからない included), pack order. A fact the
/// bank must prove is not among them: unanswered, it is not established ([`bank_decides`]).
pub fn unanswered(p: &Pack, answers: &BTreeMap<String, bool>) -> Vec<&'static Question> {
    p.asked()
        .filter(|q| q.burden != Burden::Bank && !answers.contains_key(q.id))
        .collect()
}

/// What the bank must prove and nobody has answered, pack order: asked or not, it counts as not
/// established (or as the pack presumes it), so it never makes the result "case by case".
pub fn bank_decides(p: &Pack, answers: &BTreeMap<String, bool>) -> Vec<&'static Question> {
    p.questions
        .iter()
        .filter(|q| q.burden == Burden::Bank && !answers.contains_key(q.id))
        .collect()
}

/// What an unanswered fact the bank must prove does to the estimate, in one sentence: the
/// pack's presumption where it has one, else that only the bank's proof can lower the amount.
pub fn pending_phrase(q: &Question, lang: Lang) -> String {
    if let Some(t) = q.presumed {
        return t.get(lang).to_owned();
    }
    let c = q.cite.clause();
    say(
        lang,
        "{c}：銀行がこれを証明した場合に限り、金額が下がることがあります。証明されるまでは不利に扱われません。",
        "{c}: it can only lower the amount if the bank proves it; until then it does not count against you.",
        c,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::pack::pack;

    fn answers(pairs: &[(&str, bool)]) -> BTreeMap<String, bool> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn a_fact_and_its_effect_with_the_clause() {
        let Some(p) = pack("mishima-shinkin/web-banking") else {
            panic!("pack")
        };
        let a = answers(&[("g1_told_password", false), ("g3_password_written", true)]);
        let ja = answered(p, &a, &BTreeSet::new(), Lang::Ja);
        assert_eq!(ja.len(), 2);
        assert_eq!(ja[0].fact, "パスワードを他人に教えていない");
        assert_eq!(ja[0].effect, "重大な過失(1)による対象外にはならない");
        assert!(!ja[0].adverse);
        assert_eq!(ja[1].effect, "重大な過失(3)により補償の対象外");
        assert!(ja[1].adverse);
        let en = answered(p, &a, &BTreeSet::new(), Lang::En);
        assert_eq!(en[0].fact, "You did not tell anyone your password");
        assert_eq!(en[0].effect, "not excluded under 重大な過失(1)");
    }

    #[test]
    fn a_flipped_question_keeps_its_meaning() {
        let Some(p) = pack("mishima-shinkin/web-banking") else {
            panic!("pack")
        };
        let a = answers(&[("g4_security_software_running", false)]);
        let l = answered(p, &a, &BTreeSet::new(), Lang::Ja);
        assert_eq!(l[0].effect, "重大な過失(4)により補償の対象外");
    }

    #[test]
    fn gated_facts_say_what_they_wait_for() {
        let Some(p) = pack("mishima-shinkin/web-banking") else {
            panic!("pack")
        };
        let open = answers(&[("n1_guessable_password", true)]);
        assert!(answered(p, &open, &BTreeSet::new(), Lang::En)[0]
            .effect
            .contains("only if"));
        let no = answers(&[
            ("n1_guessable_password", true),
            ("n1_bank_urged_change", false),
        ]);
        assert!(answered(p, &no, &BTreeSet::new(), Lang::En)[0]
            .effect
            .contains("does not apply"));
    }

    #[test]
    fn bank_decided_items_are_never_open_questions() {
        let Some(p) = pack("statutory/stolen-card") else {
            panic!("pack")
        };
        let none = BTreeMap::new();
        let open: Vec<&str> = unanswered(p, &none).iter().map(|q| q.id).collect();
        let bank: Vec<&str> = bank_decides(p, &none).iter().map(|q| q.id).collect();
        // What the victim must show or do stays a question; what the bank proves is listed.
        assert_eq!(open, ["explained", "police_report", "card_handed_over"]);
        assert_eq!(
            bank,
            [
                "gross_pin",
                "guessable_pin_after_warnings",
                "pin_document_with_card",
                "relative_withdrew",
                "war_riot",
                "false_explanation",
                "intentional",
                "bank_good_faith"
            ]
        );
        let gross = p.question("gross_pin").map(|q| pending_phrase(q, Lang::Ja));
        assert!(gross.is_some_and(|t| t.contains("証明した場合に限り")));
        let faith = p
            .question("bank_good_faith")
            .map(|q| pending_phrase(q, Lang::En));
        assert!(faith.is_some_and(|t| t.contains("If it cannot")));
    }
}
