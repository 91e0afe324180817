//! The case rules (`rules.rs`): question visibility and what a record answers, including after a
//! reload or an import, where no screen has run.

use super::draft::{Answer, Draft, DraftReport, LossDraft, Scenario};
use super::rules::{effective_answers, police_answer, visible};
use super::stored::{load, serialize, LoadOutcome};
use crate::engine::assess::{assess, Assessment};
use crate::engine::case::Customer;
use crate::engine::pack::{pack, Effect, Pack, QuestionKind};
use chrono::NaiveDate;
use std::collections::BTreeMap;

const MISHIMA: &str = "mishima-shinkin/web-banking";

fn mishima() -> &'static Pack {
    pack(MISHIMA).unwrap_or_else(|| panic!("{MISHIMA} is bundled"))
}

fn id_of(p: &Pack, i: usize) -> &'static str {
    p.questions[i].id
}

#[test]
fn what_only_the_bank_decides_is_never_asked() {
    for p in crate::engine::pack::packs() {
        for i in visible(p, &BTreeMap::new()) {
            assert_ne!(
                p.questions[i].kind,
                QuestionKind::BankDecides,
                "{} {}",
                p.id,
                id_of(p, i)
            );
        }
    }
}

#[test]
fn a_required_fact_shows_only_while_the_clause_needing_it_may_apply() {
    let p = mishima();
    let r = p
        .questions
        .iter()
        .find(|q| !q.requires.is_empty() && q.effects.no == Effect::Ok)
        .unwrap_or_else(|| panic!("{MISHIMA} has a clause with required facts"));
    let needed = r.requires[0];
    let at = p
        .questions
        .iter()
        .position(|q| q.id == needed)
        .unwrap_or(usize::MAX);
    // Unanswered, the clause may apply: its fact is asked.
    assert!(
        visible(p, &BTreeMap::new()).contains(&at),
        "{needed} asked while {} is open",
        r.id
    );
    // Answered so that it cannot bite: the fact is no longer asked.
    let answers = BTreeMap::from([(r.id.to_string(), Answer::No)]);
    assert!(
        !visible(p, &answers).contains(&at),
        "{needed} hidden once {} is ok",
        r.id
    );
    // "I don't know" keeps it open.
    let answers = BTreeMap::from([(r.id.to_string(), Answer::Unknown)]);
    assert!(visible(p, &answers).contains(&at));
}

fn report_with_police() -> DraftReport {
    DraftReport {
        police_on: "2026-10-27".into(),
        ..Default::default()
    }
}

#[test]
fn a_recorded_police_report_answers_the_police_question() {
    let p = mishima();
    assert_eq!(police_answer(p, &DraftReport::default()), None);
    assert_eq!(
        police_answer(p, &report_with_police()),
        Some(("police_report", Answer::Yes))
    );
    let by_ref = DraftReport {
        police_ref: "R-1".into(),
        ..Default::default()
    };
    assert_eq!(
        police_answer(p, &by_ref),
        Some(("police_report", Answer::Yes))
    );
    // It overrides an earlier "not yet", and leaves every other answer alone.
    let given = BTreeMap::from([
        ("police_report".to_string(), Answer::No),
        ("g2".to_string(), Answer::Unknown),
    ]);
    let eff = effective_answers(p, &given, &report_with_police());
    assert_eq!(eff.get("police_report"), Some(&Answer::Yes));
    assert_eq!(eff.get("g2"), Some(&Answer::Unknown));
    assert_eq!(effective_answers(p, &given, &DraftReport::default()), given);
}

/// A case as it arrives from elsewhere (another tab's stored draft, an imported file opened in
/// this tab): the police question left at "not yet", the follow-up's police report filled in.
fn arriving_draft(report: DraftReport) -> Draft {
    let mut d = Draft::new("d-import");
    d.case.scenario = Some(Scenario::InternetBanking);
    d.case.scheme = Some(MISHIMA.into());
    d.case.customer = Some(Customer::Individual);
    d.case.losses = vec![LossDraft {
        date: "2026-10-25".into(),
        time: "10:00".into(),
        amount: "120000".into(),
        recovered: "".into(),
    }];
    let p = mishima();
    // Every question answered harmlessly, the police one "not yet": only it can hold the verdict.
    d.case.answers = p
        .questions
        .iter()
        .filter_map(|q| {
            let a = if q.effects.no == Effect::Ok {
                Answer::No
            } else {
                Answer::Yes
            };
            (Answer::for_question(a, q).is_some()).then(|| (q.id.to_string(), a))
        })
        .collect();
    d.case.answers.insert("police_report".into(), Answer::No);
    d.case.notified = Some(true);
    d.case.notified_on = "2026-10-26".into();
    d.case.report = report;
    d
}

fn assessed_after_load(d: &Draft) -> Assessment {
    let text = serialize(d).unwrap_or_else(|e| panic!("serialize: {e}"));
    let loaded = match load(&text) {
        LoadOutcome::Ok(d) => d,
        other => panic!("the draft loads: {other:?}"),
    };
    let built = loaded.case.case_file(MISHIMA);
    let case = built.case.unwrap_or_else(|| panic!("a case file"));
    let today = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default();
    assess(&case, today).unwrap_or_else(|e| panic!("assess: {e:?}"))
}

fn police_done(a: &Assessment) -> bool {
    a.steps.iter().any(|s| s.id == "police" && s.done_hint)
}

#[test]
fn a_reopened_case_with_a_police_report_gets_the_answered_verdict() {
    let without = assessed_after_load(&arriving_draft(DraftReport::default()));
    let with = assessed_after_load(&arriving_draft(report_with_police()));
    // The same case answered "reported" on the question screen.
    let mut answered = arriving_draft(DraftReport::default());
    answered
        .case
        .answers
        .insert("police_report".into(), Answer::Yes);
    let by_hand = assessed_after_load(&answered);
    assert!(
        !police_done(&without) && police_done(&with),
        "the police step is done once recorded"
    );
    assert_eq!(
        with, by_hand,
        "a recorded report counts as the answer, verdict and all"
    );
    assert_ne!(without, by_hand);
}

#[test]
fn an_advice_page_only_opened_is_not_worth_storing() {
    let mut d = Draft::new("a");
    assert!(!d.worth_storing());
    d.case.scenario = Some(Scenario::DataLeak);
    d.ui.step = crate::model::Step::Advice;
    d.ui.advice = Some("data-leak".into());
    assert!(!d.worth_storing(), "an advice page only opened");
    let mut ticked = d.clone();
    ticked.ui.ticks.insert("call_police".into());
    assert!(ticked.worth_storing(), "a ticked step is kept");
    let mut named = d.clone();
    named.name = "山田様".into();
    assert!(named.worth_storing(), "a named case is kept");
    // A case with an entry is kept, whatever its scenario.
    let mut bank = Draft::new("b");
    bank.case.scenario = Some(Scenario::InternetBanking);
    assert!(bank.worth_storing());
    let mut typed = d.clone();
    typed.case.notes = "memo".into();
    assert!(typed.worth_storing());
}

// Validation once (`check.rs`): the form's refusal and the case file read an entry alike.
#[test]
fn an_entry_is_refused_exactly_when_the_case_file_leaves_it_out() {
    use super::check::{due_for_calendar, read, refused, Kind, LeftOut, Reading};
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    for (raw, ok) in [
        ("１２万円", true),
        ("1.5万", true),
        ("abc", false),
        ("", true),
    ] {
        assert_eq!(!refused(Kind::Amount, raw, false), ok, "{raw}");
        let mut l = LossDraft {
            date: "2026-11-10".into(),
            amount: raw.into(),
            ..Default::default()
        };
        let mut d = arriving_draft(DraftReport::default());
        l.time = String::new();
        d.case.losses = vec![l];
        let built = d.case.case_file(MISHIMA);
        // An empty amount is refused only where required (a loss's is): the row is left out.
        let counted = !raw.is_empty() && ok;
        assert_eq!(built.bad_rows == 0, counted, "{raw}");
    }
    assert!(refused(Kind::Amount, "", true) && !refused(Kind::Amount, "", false));
    assert_eq!(read(Kind::Days, "3", None), Ok(Some(Reading::Days(3))));
    assert!(refused(Kind::Time, "25:00", false));
    // A date said as people say it reads only with today; stored, it must be a full date.
    assert!(refused(Kind::Date, "昨日", false));
    assert_eq!(
        read(Kind::Date, "12月20日", Some(today)),
        Ok(Some(Reading::Date(
            NaiveDate::from_ymd_opt(2025, 12, 20).unwrap_or_default()
        )))
    );
    assert_eq!(
        read(Kind::DueDate, "12月20日", Some(today)),
        Ok(Some(Reading::Date(
            NaiveDate::from_ymd_opt(2026, 12, 20).unwrap_or_default()
        )))
    );
    // A due date for the calendar: ahead goes in; past or unreadable is said.
    let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap_or_default();
    assert_eq!(due_for_calendar("12月20日", today), Ok(Some(d(12, 20))));
    assert_eq!(due_for_calendar("", today), Ok(None));
    assert_eq!(
        due_for_calendar("2026-11-01", today),
        Err(LeftOut::Past(d(11, 1)))
    );
    assert_eq!(
        due_for_calendar(" 来月 ", today),
        Err(LeftOut::Unreadable("来月".into()))
    );
}
