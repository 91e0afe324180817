//! The plan of a case, each step once: the scheme's own steps (in the assessment), then the steps
//! shown on every banking result that none of them already says. The A4 summary prints this list.

use super::advice::AdviceItem;
use super::assess::NextStep;

/// Steps shown on every result (ids of `advice::ALWAYS_STEPS` and the card cases' lists) and the
/// scheme step that says the same thing, where a pack has one: the police (for a stolen card, the
/// theft report).
const SAME_AS: &[(&str, &str)] = &[
    ("always-police-line", "police"),
    ("always-theft-report", "police"),
];

/// The items of `always` that no step of `steps` already says.
pub fn always_not_in(
    steps: &[NextStep],
    always: &'static [AdviceItem],
) -> Vec<&'static AdviceItem> {
    always
        .iter()
        .filter(|a| {
            !SAME_AS
                .iter()
                .any(|(al, st)| *al == a.id && steps.iter().any(|s| s.id == *st))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::advice::ALWAYS_STEPS;
    use crate::engine::assess::assess;
    use crate::engine::case::{CaseFile, Customer, Transaction};
    use chrono::NaiveDate;

    fn plan_ids(scheme: &str) -> Vec<&'static str> {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let mut case = CaseFile::new(scheme, Customer::Corporation);
        case.transactions = vec![Transaction {
            date: today,
            time: None,
            amount_yen: 100_000,
            recovered_yen: 0,
        }];
        let a = match assess(&case, today) {
            Ok(a) => a,
            Err(e) => panic!("{e:?}"),
        };
        let mut ids: Vec<&str> = a.steps.iter().map(|s| s.id).collect();
        ids.extend(always_not_in(&a.steps, ALWAYS_STEPS).iter().map(|s| s.id));
        ids
    }

    #[test]
    fn the_police_once() {
        // 東日本銀行's own steps report to the police.
        let ids = plan_ids("higashi-nippon/business-ib");
        assert!(
            ids.contains(&"police") && !ids.contains(&"always-police-line"),
            "{ids:?}"
        );
        assert!(ids.contains(&"always-freeze-receiving"), "{ids:?}");
    }

    #[test]
    fn a_stolen_card_reports_the_theft_once() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let mut case = CaseFile::new("statutory/stolen-card", Customer::Individual);
        case.transactions = vec![Transaction {
            date: today,
            time: None,
            amount_yen: 50_000,
            recovered_yen: 0,
        }];
        let Ok(a) = assess(&case, today) else {
            panic!("the stolen-card case does not assess");
        };
        let always = crate::engine::pack::pack("statutory/stolen-card")
            .map(crate::engine::advice::always_steps)
            .unwrap_or_default();
        assert!(always.iter().any(|s| s.id == "always-theft-report"));
        let kept: Vec<&str> = always_not_in(&a.steps, always)
            .iter()
            .map(|s| s.id)
            .collect();
        assert!(a.steps.iter().any(|s| s.id == "police"));
        assert_eq!(kept, ["always-stop-card"]);
    }

    #[test]
    fn a_scheme_without_a_police_step_keeps_the_general_one() {
        let ids = plan_ids("jba/ib-corporate");
        assert!(ids.contains(&"always-police-line"), "{ids:?}");
    }
}
