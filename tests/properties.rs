//! Properties of the assessment over generated cases.

use chrono::{Days, NaiveDate, NaiveTime};
use hosho_navi::engine::assess::{assess, Verdict};
use hosho_navi::engine::case::{parse_case, to_json, CaseFile, Customer, Transaction};
use hosho_navi::engine::pack::{packs, Pack};
use proptest::prelude::*;

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2005, 1, 1).unwrap_or_default()
}

fn day(n: u32) -> NaiveDate {
    base()
        .checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

fn scheme_with_window() -> impl Strategy<Value = &'static Pack> {
    let with: Vec<&'static Pack> = packs().iter().filter(|p| p.window.is_some()).collect();
    proptest::sample::select(with)
}

fn any_pack() -> impl Strategy<Value = &'static Pack> {
    proptest::sample::select(packs().iter().collect::<Vec<_>>())
}

fn eligible(p: &Pack) -> Vec<Customer> {
    Customer::ALL
        .into_iter()
        .filter(|c| p.customer(*c).eligible)
        .collect()
}

/// A case for `p` with losses after its start (and, for a start minute, after the start day).
fn case_strategy(p: &'static Pack) -> impl Strategy<Value = CaseFile> {
    let first = p.start.date.succ_opt().unwrap_or(p.start.date);
    let first_n = u32::try_from(first.signed_duration_since(base()).num_days()).unwrap_or(0);
    let customers = eligible(p);
    (
        proptest::sample::select(customers),
        prop::collection::vec((0u32..400, 0u64..5_000_000, 0u64..200_000), 1..8),
        0u32..10,
        prop::option::of(0u32..400),
    )
        .prop_map(move |(customer, losses, unavoidable, stolen)| {
            let mut c = CaseFile::new(p.id, customer);
            for (d, amount, rec) in losses {
                c.transactions.push(Transaction {
                    date: day(first_n + 2000 + d),
                    time: None,
                    amount_yen: amount,
                    recovered_yen: rec,
                });
            }
            c.unavoidable_days = unavoidable;
            let earliest = c.transactions.iter().map(|t| t.date).min().unwrap_or(first);
            // A theft on or before the first withdrawal.
            c.stolen_on = stolen.and_then(|s| earliest.checked_sub_days(Days::new(u64::from(s))));
            c
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// For losses on or before the notice and after the scheme start: covered ⇔ notice ≤ notify_by.
    #[test]
    fn covered_iff_notice_by_notify_by(
        (case, notice_offset) in scheme_with_window().prop_flat_map(|p| (case_strategy(p), 0u32..500))
    ) {
        let first = case.transactions.iter().map(|t| t.date).min().unwrap_or(base());
        let notice = first.checked_add_days(Days::new(u64::from(notice_offset))).unwrap_or(first);
        let mut case = case;
        case.notified_on = Some(notice);
        let a = assess(&case, notice);
        prop_assert!(a.is_ok());
        let Ok(a) = a else { return Ok(()) };
        for (t, r) in case.transactions.iter().zip(&a.transactions) {
            if t.date > notice {
                prop_assert_eq!(r.covered, Some(false));
                continue;
            }
            let nb = r.notify_by;
            prop_assert!(nb.is_some());
            prop_assert_eq!(r.covered == Some(true), Some(notice) <= nb, "{:?} {:?} {:?}", t.date, notice, r);
            prop_assert!(r.covered.is_some());
        }
    }

    /// Moving the notice later never adds coverage to a loss, nor money to the claim.
    #[test]
    fn coverage_never_grows_with_a_later_notice(
        (case, a_off, extra) in any_pack().prop_flat_map(|p| (case_strategy(p), 0u32..300, 0u32..300))
    ) {
        let last = case.transactions.iter().map(|t| t.date).max().unwrap_or(base());
        let n1 = last.checked_add_days(Days::new(u64::from(a_off))).unwrap_or(last);
        let n2 = n1.checked_add_days(Days::new(u64::from(extra))).unwrap_or(n1);
        let mut c1 = case.clone();
        c1.notified_on = Some(n1);
        let mut c2 = case;
        c2.notified_on = Some(n2);
        let (Ok(a1), Ok(a2)) = (assess(&c1, n2), assess(&c2, n2)) else {
            return Err(TestCaseError::fail("assess failed"));
        };
        for (r1, r2) in a1.transactions.iter().zip(&a2.transactions) {
            if r2.covered == Some(true) {
                prop_assert_eq!(r1.covered, Some(true));
            }
        }
        prop_assert!(a2.compensable_yen.high <= a1.compensable_yen.high);
        prop_assert!(a2.compensable_yen.low <= a1.compensable_yen.low);
    }

    /// The range bounds every way of answering the unknowns, and when nothing is missing the
    /// verdict does not depend on them.
    #[test]
    fn range_bounds_every_completion(
        (case, known_mask, values, fill) in any_pack().prop_flat_map(|p| {
            let n = p.questions.len();
            (case_strategy(p), prop::collection::vec(any::<bool>(), n), prop::collection::vec(any::<bool>(), n),
             prop::collection::vec(prop::collection::vec(any::<bool>(), n), 1..6))
        })
    ) {
        let p = packs().iter().find(|p| p.id == case.scheme);
        prop_assert!(p.is_some());
        let Some(p) = p else { return Ok(()) };
        let mut partial = case.clone();
        let notice = case.transactions.iter().map(|t| t.date).max().unwrap_or(base());
        partial.notified_on = Some(notice);
        for (i, q) in p.questions.iter().enumerate() {
            if known_mask.get(i) == Some(&true) {
                partial.answers.insert(q.id.to_string(), values.get(i).copied().unwrap_or(false));
            }
        }
        let Ok(a) = assess(&partial, notice) else { return Err(TestCaseError::fail("assess failed")) };
        prop_assert!(a.compensable_yen.low <= a.compensable_yen.high);
        for f in fill {
            let mut full = partial.clone();
            for (i, q) in p.questions.iter().enumerate() {
                full.answers.entry(q.id.to_string()).or_insert(f.get(i).copied().unwrap_or(false));
            }
            let Ok(b) = assess(&full, notice) else { return Err(TestCaseError::fail("assess failed")) };
            prop_assert!(b.missing.is_empty() || b.missing.iter().all(|m| m.starts_with("transactions")));
            prop_assert!(a.compensable_yen.low <= b.compensable_yen.low, "{:?} vs {:?}", a.compensable_yen, b.compensable_yen);
            prop_assert!(b.compensable_yen.high <= a.compensable_yen.high, "{:?} vs {:?}", a.compensable_yen, b.compensable_yen);
            if a.missing.is_empty() {
                prop_assert_eq!(a.verdict, b.verdict, "missing is empty but a completion changes the verdict: {:?}", full.answers);
            } else {
                prop_assert_eq!(a.verdict, Verdict::NeedsInfo);
            }
        }
    }

    /// `assess` never panics and stays consistent on arbitrary case files, extremes included.
    #[test]
    fn assess_never_panics(
        scheme in any_pack().prop_map(|p| p.id),
        customer in proptest::sample::select(Customer::ALL.to_vec()),
        losses in prop::collection::vec((any::<i32>(), prop::option::of((0u32..24, 0u32..60)), any::<u64>(), any::<u64>()), 0..12),
        notified in prop::option::of(any::<i32>()),
        stolen in prop::option::of(any::<i32>()),
        today in any::<i32>(),
        unavoidable in any::<u32>(),
        already in any::<u64>(),
        answers in prop::collection::vec((0usize..40, any::<bool>()), 0..40),
    ) {
        let date = |n: i32| NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(if n < 0 { NaiveDate::MIN } else { NaiveDate::MAX });
        let mut c = CaseFile::new(scheme, customer);
        for (d, t, amount, rec) in losses {
            c.transactions.push(Transaction {
                date: date(d),
                time: t.and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0)),
                amount_yen: amount,
                recovered_yen: rec,
            });
        }
        c.notified_on = notified.map(date);
        c.stolen_on = stolen.map(date);
        c.unavoidable_days = unavoidable;
        c.already_compensated_yen = already;
        if let Some(p) = packs().iter().find(|p| p.id == scheme) {
            for (i, v) in answers {
                let id = p.questions.get(i).map_or_else(|| format!("no_such_{i}"), |q| q.id.to_string());
                c.answers.insert(id, v);
            }
        }
        let a = assess(&c, date(today));
        prop_assert!(a.is_ok());
        if let Ok(a) = a {
            prop_assert!(a.compensable_yen.low <= a.compensable_yen.high);
            prop_assert_eq!(a.transactions.len(), c.transactions.len());
            prop_assert!(a.deadlines.windows(2).all(|w| w[0].date <= w[1].date));
            if a.verdict == Verdict::None {
                prop_assert_eq!(a.compensable_yen.high, 0);
            }
        }
    }

    /// `parse_case` never panics on arbitrary text, and what it accepts round-trips.
    #[test]
    fn parse_case_never_panics(s in ".{0,400}") {
        if let Ok(c) = parse_case(&s) {
            prop_assert_eq!(parse_case(&to_json(&c)), Ok(c));
        }
    }

    /// Nor on JSON-shaped input built from case-file fields.
    #[test]
    fn parse_case_never_panics_on_json_shapes(
        parts in prop::collection::vec(prop_oneof![
            Just("{".to_string()), Just("}".to_string()), Just("[".to_string()), Just("]".to_string()),
            Just(",".to_string()), Just(":".to_string()), Just("null".to_string()), Just("true".to_string()),
            Just("\"version\"".to_string()), Just("1".to_string()), Just("\"scheme\"".to_string()),
            Just("\"statutory/stolen-card\"".to_string()), Just("\"transactions\"".to_string()),
            Just("\"date\"".to_string()), Just("\"2026-02-29\"".to_string()), Just("\"amount_yen\"".to_string()),
            Just("-1".to_string()), Just("1e400".to_string()), Just("0.5".to_string()), Just("\"\\u0000\"".to_string()),
        ], 0..60)
    ) {
        let s = parts.concat();
        if let Ok(c) = parse_case(&s) {
            prop_assert_eq!(parse_case(&to_json(&c)), Ok(c));
        }
    }
}

#[test]
fn parse_then_assess_example() {
    let json = r#"{ "version": 1, "scheme": "mishima-shinkin/web-banking", "customer": "individual",
      "transactions": [ { "date": "2026-10-25", "time": "09:00", "amount_yen": 300000, "recovered_yen": 0 } ],
      "notified_on": "2026-11-23" }"#;
    let c = parse_case(json);
    assert!(c.is_ok());
    if let Ok(c) = c {
        let a = assess(
            &c,
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
        );
        assert_eq!(a.map(|a| a.transactions[0].covered), Ok(Some(true)));
    }
}
