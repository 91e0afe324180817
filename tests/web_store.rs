//! The draft store's bridge between the UI's draft and the stored format, in a real browser:
//! every scenario, every step and every field survives `to_stored` → `serialize` → `load` →
//! `from_stored` exactly, so a reload never loses what was typed.
#![cfg(target_arch = "wasm32")]

use hosho_navi::engine::case::Customer;
use hosho_navi::engine::draft::{load, serialize, LoadOutcome};
use hosho_navi::ui::state::{Answer, Draft, LossDraft, Scenario, Step};
use hosho_navi::ui::store::{from_stored, to_stored};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn round_trip(d: &Draft) -> Option<Draft> {
    let stored = to_stored(d, "id-1", "山田様 <b>", "メモ\n2行目");
    match load(&serialize(&stored)) {
        LoadOutcome::Ok(back) => {
            assert_eq!(back.name, "山田様 <b>");
            assert_eq!(back.ui.staff_note, "メモ\n2行目");
            Some(from_stored(&back))
        }
        _ => None,
    }
}

fn rich(scenario: Scenario, step: Step) -> Draft {
    let mut d = Draft {
        scenario: Some(scenario),
        scheme: Some("mishima-shinkin/web-banking".into()),
        customer: Some(Customer::SoleProprietor),
        losses: vec![
            LossDraft {
                date: "２０２６年１０月２５日".into(),
                time: "9:0".into(),
                amount: "1.5万".into(),
                recovered: "".into(),
            },
            LossDraft {
                date: "2026-1".into(),
                time: "".into(),
                amount: "１２，０００円".into(),
                recovered: "3000".into(),
            },
        ],
        notified: Some(false),
        notified_on: "2026-11-2".into(),
        stolen_on: "\"quoted\" \\ back".into(),
        unavoidable_days: "３日".into(),
        already_compensated: "\u{1}ctl".into(),
        step,
        advice: Some("data-leak".into()),
        notes: "<script>x</script>".into(),
        ..Draft::default()
    };
    d.answers.insert("g1_told_password".into(), Answer::Yes);
    d.answers.insert("g2".into(), Answer::No);
    d.answers.insert("g3".into(), Answer::Unknown);
    d.ticks.insert("notify_bank".into());
    d.ticks.insert("!police".into());
    d
}

#[wasm_bindgen_test]
fn every_scenario_and_step_round_trips() {
    let steps = [
        Step::Start,
        Step::Scheme,
        Step::Customer,
        Step::Losses,
        Step::Notice,
        Step::Questions(0),
        Step::Questions(7),
        Step::Result,
        Step::Advice,
    ];
    for scenario in Scenario::ALL {
        for step in steps {
            let d = rich(scenario, step);
            assert_eq!(round_trip(&d), Some(d.clone()), "{scenario:?} {step:?}");
        }
    }
}

#[wasm_bindgen_test]
fn an_empty_draft_is_blank_and_round_trips() {
    let d = Draft::default();
    assert!(to_stored(&d, "x", "", "").is_blank());
    assert_eq!(round_trip(&d), Some(d));
}
