//! Unit tests of `assess.rs` (its `tests` module, in its own file so the code reads on its own).

use super::*;
use crate::engine::case::{CaseFile, Customer, Transaction};

proptest::proptest! {
    /// The hand-written sort orders deadline keys exactly as the standard library does.
    #[test]
    fn shell_sort_matches_std(mut v in proptest::collection::vec(proptest::num::u128::ANY, 0..1200)) {
        let mut want = v.clone();
        want.sort_unstable();
        shell_sort(&mut v);
        proptest::prop_assert_eq!(v, want);
    }
}

fn d(s: &str) -> NaiveDate {
    crate::engine::case::parse_ymd(s).unwrap_or(NaiveDate::MIN)
}

fn tx(date: &str, amount: u64) -> Transaction {
    Transaction {
        date: d(date),
        time: None,
        amount_yen: amount,
        recovered_yen: 0,
    }
}

#[test]
fn cached_bank_days_match_the_calendar() {
    use crate::engine::calendar::{is_bank_closed, next_bank_day};
    let mut b = BankDays::default();
    let mut day = d("2023-12-01");
    while day <= d("2028-01-31") {
        assert_eq!(b.closed(day), is_bank_closed(day), "{day}");
        let want = is_bank_closed(day).then(|| next_bank_day(day));
        assert_eq!(b.extension(day), want, "{day}");
        day = day.succ_opt().unwrap_or(NaiveDate::MAX);
    }
}

#[test]
fn two_years_by_the_civil_code() {
    assert_eq!(years_elapse_on(d("2024-02-29"), 2), d("2026-02-28"));
    assert_eq!(years_elapse_on(d("2022-02-28"), 2), d("2024-02-29"));
    assert_eq!(years_elapse_on(d("2024-02-28"), 2), d("2026-02-28"));
    assert_eq!(years_elapse_on(d("2023-03-15"), 2), d("2025-03-15"));
    assert_eq!(years_elapse_on(d("2024-12-31"), 2), d("2026-12-31"));
    assert_eq!(years_elapse_on(NaiveDate::MAX, 2), NaiveDate::MAX);
}

#[test]
fn verdict_order_is_by_severity() {
    let mut v = vec![
        Verdict::Full,
        Verdict::None,
        Verdict::Capped,
        Verdict::NeedsInfo,
    ];
    v.sort();
    assert_eq!(
        v,
        [
            Verdict::None,
            Verdict::NeedsInfo,
            Verdict::Capped,
            Verdict::Full
        ]
    );
    assert_eq!(
        serde_json::to_string(&Verdict::CaseByCase).ok().as_deref(),
        Some("\"case_by_case\"")
    );
}

/// A case with every question answered the way that leaves the claim whole.
fn clean(scheme: &str, customer: Customer, loss: Transaction, notified: &str) -> CaseFile {
    let mut c = CaseFile::new(scheme, customer);
    for q in crate::engine::pack::pack(scheme).map_or(&[][..], |p| p.questions) {
        let yes_is_ok = matches!(q.effects.yes, Effect::Ok) && !matches!(q.effects.no, Effect::Ok);
        c.answers.insert(q.id.into(), yes_is_ok);
    }
    c.transactions.push(loss);
    c.notified_on = Some(d(notified));
    c
}

fn at(date: &str, hh_mm: (u32, u32), amount: u64) -> Transaction {
    Transaction {
        time: chrono::NaiveTime::from_hms_opt(hh_mm.0, hh_mm.1, 0),
        ..tx(date, amount)
    }
}

/// The precedence written on `Verdict`, pair by pair through `assess`: each condition alone
/// gives its own verdict, and both together give the one that ranks first.
#[test]
fn verdict_precedence_through_assess() {
    type Cond = (&'static str, Verdict, fn(&mut CaseFile));
    // 002 in its first weeks: a ¥1,000,000 loss on 2014-12-16, notified 12-20 (full when clean).
    let excluded: Cond = ("insider yes", Verdict::None, |c| {
        c.answers.insert("insider".into(), true);
    });
    let unknown: Cond = ("coerced unknown", Verdict::NeedsInfo, |c| {
        c.answers.remove("coerced");
    });
    let softened: Cond = ("measure softened", Verdict::CaseByCase, |c| {
        c.answers.insert("sec1_os_browser".into(), false);
        c.answers.insert("stronger_measures".into(), true);
    });
    let start_minute: Cond = ("loss at 09:00 on the start day", Verdict::CaseByCase, |c| {
        c.transactions.push(at("2014-12-15", (9, 0), 100));
    });
    let cap: Cond = ("¥12,000,000 loss", Verdict::Capped, |c| {
        c.transactions[0].amount_yen = 12_000_000;
    });
    let before_start: Cond = ("loss at 08:59 on the start day", Verdict::Partial, |c| {
        c.transactions.push(at("2014-12-15", (8, 59), 100));
    });
    let higashi = || {
        clean(
            "higashi-nippon/business-ib",
            Customer::Corporation,
            tx("2014-12-16", 1_000_000),
            "2014-12-20",
        )
    };
    // The statute: a ¥100,000 withdrawal on 2026-11-20, notified 11-23.
    let ratio: Cond = ("negligence, bank in good faith", Verdict::Reduced, |c| {
        c.answers
            .insert("guessable_pin_after_warnings".into(), true);
        c.answers.insert("pin_document_with_card".into(), true);
        c.answers.insert("bank_good_faith".into(), true);
    });
    let war: Cond = ("war or riot", Verdict::None, |c| {
        c.answers.insert("war_riot".into(), true);
    });
    // How the card left the victim's hands is the victim's to say: open while unanswered.
    let war_unknown: Cond = ("how the card was lost unknown", Verdict::NeedsInfo, |c| {
        c.answers.remove("card_handed_over");
    });
    let window: Cond = ("a loss outside the window", Verdict::Partial, |c| {
        c.transactions.push(tx("2026-10-01", 40_000));
    });
    let stolen = || {
        clean(
            "statutory/stolen-card",
            Customer::Individual,
            tx("2026-11-20", 100_000),
            "2026-11-23",
        )
    };
    type Base = fn() -> CaseFile;
    let h: Base = higashi;
    let s: Base = stolen;
    let pairs: [(Base, Cond, Cond); 17] = [
        (h, excluded, unknown),
        (h, excluded, softened),
        (h, excluded, cap),
        (h, excluded, before_start),
        (h, unknown, softened),
        (h, unknown, start_minute),
        (h, unknown, cap),
        (h, unknown, before_start),
        (h, softened, cap),
        (h, start_minute, cap),
        (h, softened, before_start),
        (h, start_minute, before_start),
        (h, cap, before_start),
        (s, war, ratio),
        (s, war_unknown, ratio),
        (s, ratio, window),
        (s, war_unknown, window),
    ];
    for (base, (a_name, a, set_a), (b_name, b, set_b)) in pairs {
        assert!(
            a < b,
            "{a_name} ({a:?}) should rank before {b_name} ({b:?})"
        );
        let verdict = |sets: &[fn(&mut CaseFile)]| {
            let mut c = base();
            for set in sets {
                set(&mut c);
            }
            assess(&c, d("2026-11-25")).map(|a| a.verdict)
        };
        assert_eq!(verdict(&[]), Ok(Verdict::Full), "the base case");
        assert_eq!(verdict(&[set_a]), Ok(a), "{a_name} alone");
        assert_eq!(verdict(&[set_b]), Ok(b), "{b_name} alone");
        assert_eq!(verdict(&[set_a, set_b]), Ok(a), "{a_name} with {b_name}");
        assert_eq!(verdict(&[set_b, set_a]), Ok(a), "{b_name} with {a_name}");
    }
}

#[test]
fn unknown_scheme_is_an_error() {
    let c = CaseFile::new("acme/bank", Customer::Individual);
    assert_eq!(
        assess(&c, d("2026-11-23")),
        Err(AssessError::UnknownScheme("acme/bank".into()))
    );
}

#[test]
fn unknowns_give_a_range_and_the_ids_that_matter() {
    let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
    c.transactions.push(tx("2026-11-01", 100_000));
    c.notified_on = Some(d("2026-11-02"));
    let a = assess(&c, d("2026-11-02"));
    let a = a.as_ref().ok();
    assert_eq!(a.map(|a| a.verdict), Some(Verdict::NeedsInfo));
    assert_eq!(
        a.map(|a| a.compensable_yen),
        Some(YenRange {
            low: 0,
            high: 100_000
        })
    );
    // Only what the victim must show stays open; what the bank must prove (預金者保護法 第5条)
    // is not established while unanswered, so it is never missing.
    let missing = a.map(|a| a.missing.clone()).unwrap_or_default();
    assert_eq!(missing, [Missing::Question("card_handed_over")]);
}

/// 預金者保護法 第5条: the bank proves the depositor's fault and its own good faith. Unanswered,
/// the fault is not established: a blameless victim's claim is whole, never "case by case".
#[test]
fn what_the_bank_must_prove_never_counts_against_the_victim_unanswered() {
    let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
    c.transactions.push(tx("2026-11-01", 300_000));
    c.notified_on = Some(d("2026-11-02"));
    c.answers.insert("card_handed_over".into(), false);
    let a = assess(&c, d("2026-11-02"));
    assert_eq!(a.as_ref().map(|a| a.verdict), Ok(Verdict::Full));
    assert_eq!(a.as_ref().map(|a| a.compensable_yen.low), Ok(300_000));
    assert_eq!(a.as_ref().map(|a| a.presumed.len()), Ok(0));
    // The victim's own account of gross negligence: not covered, the bank's good faith presumed
    // and said.
    c.answers.insert("gross_pin".into(), true);
    let a = assess(&c, d("2026-11-02"));
    assert_eq!(a.as_ref().map(|a| a.verdict), Ok(Verdict::None));
    assert_eq!(
        a.as_ref().map(|a| a.presumed.clone()),
        Ok(vec!["bank_good_faith"])
    );
}

#[test]
fn negligence_with_good_faith_is_three_quarters_rounded_down() {
    let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
    c.transactions.push(tx("2026-11-01", 100_001));
    c.notified_on = Some(d("2026-11-02"));
    for (k, v) in [
        ("card_handed_over", false),
        ("guessable_pin_after_warnings", true),
        ("pin_document_with_card", true),
        ("gross_pin", false),
        ("relative_withdrew", false),
        ("war_riot", false),
        ("bank_good_faith", true),
    ] {
        c.answers.insert(k.into(), v);
    }
    let a = assess(&c, d("2026-11-02"));
    assert_eq!(a.as_ref().map(|a| a.verdict), Ok(Verdict::Reduced));
    assert_eq!(a.as_ref().map(|a| a.compensable_yen.high), Ok(75_000));
    c.answers.insert("bank_good_faith".into(), false);
    let a = assess(&c, d("2026-11-02"));
    assert_eq!(a.as_ref().map(|a| a.verdict), Ok(Verdict::Full));
    // Only one half of the negligence example: no reduction.
    c.answers.insert("bank_good_faith".into(), true);
    c.answers.insert("pin_document_with_card".into(), false);
    let a = assess(&c, d("2026-11-02"));
    assert_eq!(a.as_ref().map(|a| a.verdict), Ok(Verdict::Full));
}

/// A loss dated after the notice date has not been notified: judged as notified today, with its
/// own last day and the step to notify it, never "not covered" for that alone.
#[test]
fn a_loss_after_the_notice_date_is_not_yet_notified() {
    let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
    c.answers.insert("card_handed_over".into(), false);
    c.transactions.push(tx("2026-11-01", 100_000));
    c.transactions.push(tx("2026-11-10", 50_000));
    c.notified_on = Some(d("2026-11-05"));
    let a = assess(&c, d("2026-11-20"));
    let a = a.as_ref().ok();
    assert_eq!(a.map(|a| a.verdict), Some(Verdict::Full));
    assert_eq!(a.map(|a| a.compensable_yen.low), Some(150_000));
    let t = a.and_then(|a| a.transactions.get(1).copied());
    assert_eq!(t.map(|t| t.covered), Some(Some(true)));
    assert_eq!(t.map(|t| t.reason), Some(Some(LossReason::AfterNotice)));
    assert_eq!(t.and_then(|t| t.notify_by), Some(d("2026-12-10")));
    let dl = a.map(|a| a.deadlines.clone()).unwrap_or_default();
    assert_eq!(dl.len(), 1);
    assert_eq!(dl[0].transactions, [1]);
    assert!(a.is_some_and(|a| a.steps.iter().any(|s| s.id == "notify_later_losses")));
    // Still unnotified past its own window: that loss falls out.
    let a = assess(&c, d("2026-12-11"));
    let t = a.as_ref().ok().and_then(|a| a.transactions.get(1).copied());
    assert_eq!(t.map(|t| t.covered), Some(Some(false)));
    assert_eq!(t.map(|t| t.reason), Some(Some(LossReason::Window)));
}

#[test]
fn extension_on_a_closed_day() {
    // 2026-11-03 (文化の日, Tuesday) is a holiday: a deadline then may run to 11-04.
    let mut c = CaseFile::new("higashi-nippon/business-ib", Customer::Corporation);
    c.transactions.push(tx("2026-10-04", 1));
    let a = assess(&c, d("2026-11-01"));
    let dl = a.as_ref().map(|a| a.deadlines.clone()).unwrap_or_default();
    assert_eq!(dl.len(), 1);
    assert_eq!(dl.first().map(|x| x.date), Some(d("2026-11-03")));
    assert_eq!(
        dl.first().and_then(|x| x.may_be_extended_to),
        Some(d("2026-11-04"))
    );
    assert!(a.as_ref().is_ok_and(|a| a.extension.is_some()));
    // The day after the strict date the loss is out, but the possible extension still shows.
    let a = assess(&c, d("2026-11-04"));
    assert_eq!(
        a.as_ref().map(|a| a.transactions[0].covered),
        Ok(Some(false))
    );
    assert_eq!(a.as_ref().map(|a| a.deadlines.len()), Ok(1));
    let a = assess(&c, d("2026-11-05"));
    assert_eq!(a.as_ref().map(|a| a.deadlines.len()), Ok(0));
}

#[test]
fn todo_steps_then_pack_steps() {
    let mut c = CaseFile::new("higashi-nippon/business-ib", Customer::Corporation);
    c.transactions.push(tx("2026-11-20", 1000));
    c.answers.insert("documents_submitted".into(), false);
    c.answers.insert("police_consulted".into(), true);
    let a = assess(&c, d("2026-11-23"));
    let ids: Vec<(&str, bool)> = a
        .as_ref()
        .map(|a| a.steps.iter().map(|s| (s.id, s.done_hint)).collect())
        .unwrap_or_default();
    assert_eq!(
        ids,
        [
            ("documents_submitted", false),
            ("cooperating", false),
            ("notify", false),
            ("switch_off_pc", false),
            ("explain", false),
            ("police", true),
        ]
    );
}

#[test]
fn never_panics_on_extremes() {
    for scheme in crate::engine::pack::packs().iter().map(|p| p.id) {
        let mut c = CaseFile::new(scheme, Customer::Individual);
        c.transactions.push(Transaction {
            date: NaiveDate::MAX,
            time: None,
            amount_yen: u64::MAX,
            recovered_yen: 0,
        });
        c.transactions.push(Transaction {
            date: NaiveDate::MIN,
            time: None,
            amount_yen: u64::MAX,
            recovered_yen: u64::MAX,
        });
        c.unavoidable_days = u32::MAX;
        c.already_compensated_yen = u64::MAX;
        c.stolen_on = Some(NaiveDate::MAX);
        for today in [NaiveDate::MIN, NaiveDate::MAX] {
            assert!(assess(&c, today).is_ok());
        }
    }
}
