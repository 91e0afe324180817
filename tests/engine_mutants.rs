//! Tests that kill the mutants `scripts/mutants.sh` found the other tests missed: each pins a
//! behaviour a user can see, with values worked out by hand from the sources and the calendar.
//! The mutants that change nothing a user can see are in `tests/mutants-equivalent.txt`.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use hosho_navi::engine::assess::{
    assess, AssessError, Assessment, DeadlineKind, LossReason, ReasonEffect, Verdict, YenRange,
};
use hosho_navi::engine::calendar::{line_status, Hours, HoursKind, LineStatus};
use hosho_navi::engine::case::{CaseFile, Customer, Transaction};
use hosho_navi::engine::pack::{
    pack, Contact, ContactHours, ContactHoursKind, Pack, CIVIL_CODE_142,
};
use hosho_navi::engine::Lang;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
}

fn loss(date: NaiveDate, yen: u64) -> Transaction {
    Transaction {
        date,
        time: None,
        amount_yen: yen,
        recovered_yen: 0,
    }
}

/// A case with every answer of `tests/cases/<scheme>.json`'s `clean_answers` given, then `set`.
fn clean(scheme: &str, customer: Customer, set: &[(&str, bool)]) -> CaseFile {
    let file = format!(
        "{}/tests/cases/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        scheme.replace('/', "__")
    );
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let mut c = CaseFile::new(scheme, customer);
    for (k, a) in v["clean_answers"].as_object().into_iter().flatten() {
        if let Some(a) = a.as_bool() {
            c.answers.insert(k.clone(), a);
        }
    }
    for (k, a) in set {
        c.answers.insert((*k).to_string(), *a);
    }
    c
}

fn reasons(a: &Assessment) -> Vec<(&'static str, ReasonEffect)> {
    a.reasons.iter().map(|r| (r.code, r.effect)).collect()
}

fn run(c: &CaseFile, today: NaiveDate) -> Assessment {
    assess(c, today).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
}

fn at(date: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN))
}

fn nine_to_five() -> Hours {
    Hours {
        kind: HoursKind::BankDays,
        open: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
        close: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN),
    }
}

// ---- calendar.rs

/// On the last day but one of chrono's calendar, after hours, the only later day is Dec 31 (a
/// bank holiday): there is no opening to show, so the status is unknown, never "opens" on a
/// closed day.
#[test]
fn no_opening_on_a_closed_day_at_the_end_of_the_calendar() {
    let dec_30 = NaiveDate::MAX.pred_opt().unwrap_or(NaiveDate::MIN);
    assert_eq!(
        line_status(&nine_to_five(), at(dec_30, 18, 0)),
        LineStatus::Unknown
    );
}

// ---- pack.rs

/// A reason's citation is shown as its document and clause.
#[test]
fn citations_split_into_document_and_clause() {
    assert_eq!(CIVIL_CODE_142.cite.doc(), "民法");
    assert_eq!(CIVIL_CODE_142.cite.clause(), "第142条");
    let start = pack("statutory/stolen-card").map(|p| p.start.clause.cite);
    assert_eq!(start.map(|c| c.doc()), Some("預金者保護法"));
    assert_eq!(start.map(|c| c.clause()), Some("附則第1条第2項"));
}

/// A line staffed around the clock is shown as such, whatever hours the pack leaves empty.
#[test]
fn contact_hours_always_staffed() {
    let ch = ContactHours {
        kind: ContactHoursKind::Always,
        open: None,
        close: None,
        text: hosho_navi::text!("24時間365日", "24 hours a day"),
    };
    assert_eq!(ch.hours().kind, HoursKind::Always);
    let sunday_night = at(
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default(),
        23,
        0,
    );
    assert_eq!(line_status(&ch.hours(), sunday_night), LineStatus::Always);
}

/// A question's group title (shown above the question and in its reason) is the group it names.
#[test]
fn groups_are_found_by_id() {
    let p = pack("statutory/stolen-card");
    let title = |id: &str| p.and_then(|p| p.group(id)).map(|g| g.title.ja());
    assert_eq!(title("conditions"), Some("補てんを求める条件"));
    assert_eq!(title("conduct"), Some("暗証番号とカードの管理"));
    assert_eq!(title("fault"), None);
}

/// The "call by" line is the first contact with both a number to call and bank-day hours: not a
/// desk with a number but no hours, nor hours without a number. 三島信用金庫's pack with its
/// contacts replaced (no shipped pack lists such a pair before its line).
#[test]
fn the_call_by_line_has_a_number_and_hours() {
    let Some(base) = pack("mishima-shinkin/web-banking") else {
        panic!("pack missing")
    };
    let hours = |kind, open, close| ContactHours {
        kind,
        open: NaiveTime::from_hms_opt(open, 0, 0),
        close: NaiveTime::from_hms_opt(close, 0, 0),
        text: hosho_navi::text!("時間", "hours"),
    };
    let contact = |id, phone, hours| Contact {
        id,
        name: hosho_navi::text!("窓口", "desk"),
        phone,
        hours,
        cite: base.start.clause.cite,
    };
    let contacts: &'static [Contact] = Box::leak(Box::new([
        contact(
            "desk",
            Some("0120-000-000"),
            hours(ContactHoursKind::Unknown, 0, 0),
        ),
        contact("no_number", None, hours(ContactHoursKind::BankDays, 9, 17)),
        contact(
            "line",
            Some("055-000-0000"),
            hours(ContactHoursKind::BankDays, 9, 15),
        ),
    ]));
    let p = Pack { contacts, ..*base };
    assert_eq!(p.notice_line().map(|c| c.id), Some("line"));
    let none: &'static [Contact] = Box::leak(Box::new([contact(
        "desk",
        Some("0120-000-000"),
        hours(ContactHoursKind::Always, 0, 0),
    )]));
    assert_eq!(
        Pack {
            contacts: none,
            ..*base
        }
        .notice_line(),
        None
    );
}

// ---- assess.rs

/// The CLI prints this message for a scheme id it does not know.
#[test]
fn unknown_scheme_message_in_both_languages() {
    let e = AssessError::UnknownScheme("acme/bank".into());
    assert_eq!(
        e.message(Lang::Ja),
        "補償制度「acme/bank」はこのアプリにありません"
    );
    assert_eq!(e.message(Lang::En), "no scheme \"acme/bank\" in this app");
}

/// `as_str` is the same code the JSON output uses for a loss's reason.
#[test]
fn loss_reason_codes_match_the_json() {
    for r in [
        LossReason::CustomerType,
        LossReason::BeforeStart,
        LossReason::AfterNotice,
        LossReason::Window,
        LossReason::TwoYearBar,
        LossReason::TimeUnknown,
        LossReason::StartAmbiguous,
    ] {
        let json = serde_json::to_string(&r).unwrap_or_default();
        assert_eq!(json, format!("\"{}\"", r.as_str()));
    }
    assert_eq!(LossReason::TwoYearBar.as_str(), "two_year_bar");
}

/// Days left, counted by hand. Stolen card (預金者保護法 5条): notice within 30 days of the loss.
/// 2026-11-01 + 30 = 2026-12-01, 21 days after 2026-11-10; 2026-10-01 + 30 = 2026-10-31, 10 days
/// before it (passed: no deadline; a window counted back from the notice is never extended).
#[test]
fn days_left_counted_from_today() {
    let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
    c.transactions.push(loss(d(2026, 11, 1), 50_000));
    c.transactions.push(loss(d(2026, 10, 1), 20_000));
    let a = run(&c, d(2026, 11, 10));
    let left: Vec<(Option<NaiveDate>, Option<i64>)> = a
        .transactions
        .iter()
        .map(|t| (t.notify_by, t.days_left))
        .collect();
    assert_eq!(
        left,
        [
            (Some(d(2026, 12, 1)), Some(21)),
            (Some(d(2026, 10, 31)), Some(-10))
        ]
    );
    let dl: Vec<(NaiveDate, i64, Vec<usize>)> = a
        .deadlines
        .iter()
        .map(|x| (x.date, x.days_left, x.transactions.clone()))
        .collect();
    assert_eq!(dl, [(d(2026, 12, 1), 21, vec![0])]);
}

/// Which limit a deadline is: the notice window or the two-year bar (its label differs). Stolen
/// card, card stolen 2024-11-20: the bar's last day is 2026-11-20 (民法140/143: 2024-11-21 + 2
/// years, the day before); a loss on 2026-11-10 has the window 11-10 + 30 = 12-10, so the bar
/// binds. Stolen 2024-12-11: bar 2026-12-11, the same day as the window of a 2026-11-11 loss,
/// which stays the window's deadline.
#[test]
fn deadline_kind_is_the_limit_that_binds() {
    let kinds = |stolen: NaiveDate, lost: NaiveDate| {
        let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
        c.stolen_on = Some(stolen);
        c.transactions.push(loss(lost, 10_000));
        run(&c, d(2026, 11, 12))
            .deadlines
            .iter()
            .map(|x| (x.date, x.kind, x.days_left))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(d(2024, 11, 20), d(2026, 11, 10)),
        [(d(2026, 11, 20), DeadlineKind::TwoYearBar, 8)]
    );
    assert_eq!(
        kinds(d(2024, 12, 11), d(2026, 11, 11)),
        [(d(2026, 12, 11), DeadlineKind::Notify, 29)]
    );
    assert_eq!(
        kinds(d(2024, 12, 12), d(2026, 11, 11)),
        [(d(2026, 12, 11), DeadlineKind::Notify, 29)]
    );
}

/// Verdict precedence: a binding cap is reported before an excluded loss. 東日本銀行 business IB
/// (cap ¥10,000,000; notice within 30 days from the day after the loss): notified 2026-11-20,
/// a ¥12,000,000 loss on 11-01 (window to 12-01) is capped, a ¥1,000,000 loss on 10-01 (window
/// to 10-31) is out.
#[test]
fn a_binding_cap_beats_an_excluded_loss() {
    let mut c = clean("higashi-nippon/business-ib", Customer::Corporation, &[]);
    c.notified_on = Some(d(2026, 11, 20));
    c.transactions.push(loss(d(2026, 11, 1), 12_000_000));
    c.transactions.push(loss(d(2026, 10, 1), 1_000_000));
    let a = run(&c, d(2026, 11, 20));
    assert_eq!(a.verdict, Verdict::Capped);
    assert_eq!(
        a.compensable_yen,
        YenRange {
            low: 10_000_000,
            high: 10_000_000
        }
    );
    let covered: Vec<Option<bool>> = a.transactions.iter().map(|t| t.covered).collect();
    assert_eq!(covered, [Some(true), Some(false)]);
    assert_eq!(
        reasons(&a),
        [
            ("window", ReasonEffect::Excludes),
            ("cap", ReasonEffect::Caps)
        ]
    );
}

/// Verdict precedence: a fixed ratio is reported before an excluded loss. Stolen card, negligence
/// with the bank in good faith (預金者保護法 5条2項: 3/4): notified 2026-11-20, ¥100,001 lost on
/// 11-01 is in the window, ¥50,000 on 10-01 is not; 100,001 × 3 / 4 = 75,000.75 → ¥75,000.
#[test]
fn a_fixed_ratio_beats_an_excluded_loss() {
    let mut c = clean(
        "statutory/stolen-card",
        Customer::Individual,
        &[
            ("guessable_pin_after_warnings", true),
            ("pin_document_with_card", true),
            ("bank_good_faith", true),
        ],
    );
    c.notified_on = Some(d(2026, 11, 20));
    c.transactions.push(loss(d(2026, 11, 1), 100_001));
    c.transactions.push(loss(d(2026, 10, 1), 50_000));
    let a = run(&c, d(2026, 11, 20));
    assert_eq!(a.verdict, Verdict::Reduced);
    assert_eq!(
        a.compensable_yen,
        YenRange {
            low: 75_000,
            high: 75_000
        }
    );
    assert_eq!(
        reasons(&a),
        [
            ("window", ReasonEffect::Excludes),
            ("guessable_pin_after_warnings", ReasonEffect::Reduces)
        ]
    );
    let ratio = a
        .reasons
        .get(1)
        .and_then(|r| r.ratio)
        .map(|r| (r.num, r.den));
    assert_eq!(ratio, Some((3, 4)));
}

/// A deadline on its last day is still shown, with 0 days left. Stolen card: a loss on
/// 2026-10-27 must be notified by 10-27 + 30 = 11-26 (a Thursday, the bank is open).
#[test]
fn a_deadline_on_its_last_day_is_shown() {
    let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
    c.transactions.push(loss(d(2026, 10, 27), 10_000));
    let a = run(&c, d(2026, 11, 26));
    let dl: Vec<(NaiveDate, i64, Option<NaiveDate>)> = a
        .deadlines
        .iter()
        .map(|x| (x.date, x.days_left, x.may_be_extended_to))
        .collect();
    assert_eq!(dl, [(d(2026, 11, 26), 0, None)]);
    assert_eq!(a.transactions.first().and_then(|t| t.covered), Some(true));
    assert!(run(&c, d(2026, 11, 27)).deadlines.is_empty());
}

/// A softened exclusion is reported as case by case, with the answer that softens it, once.
/// 東日本銀行 002: without measures 1 and 2 a loss is not covered, unless stronger measures were
/// taken (then the bank decides).
#[test]
fn a_softened_exclusion_is_case_by_case_in_the_reasons() {
    let mut c = clean(
        "higashi-nippon/business-ib",
        Customer::Corporation,
        &[
            ("sec1_os_browser", false),
            ("sec2_antivirus", false),
            ("stronger_measures", true),
        ],
    );
    c.notified_on = Some(d(2026, 11, 20));
    c.transactions.push(loss(d(2026, 11, 1), 300_000));
    let a = run(&c, d(2026, 11, 20));
    assert_eq!(a.verdict, Verdict::CaseByCase);
    assert_eq!(
        a.compensable_yen,
        YenRange {
            low: 0,
            high: 300_000
        }
    );
    assert_eq!(
        reasons(&a),
        [
            ("sec1_os_browser", ReasonEffect::CaseByCase),
            ("stronger_measures", ReasonEffect::CaseByCase),
            ("sec2_antivirus", ReasonEffect::CaseByCase),
        ]
    );
    let answers: Vec<Option<bool>> = a.reasons.iter().map(|r| r.answer).collect();
    assert_eq!(answers, [Some(false), Some(true), Some(false)]);

    // Without the stronger measures, both exclude and nothing is paid.
    c.answers.insert("stronger_measures".into(), false);
    let a = run(&c, d(2026, 11, 20));
    assert_eq!(a.verdict, Verdict::None);
    assert_eq!(
        reasons(&a),
        [
            ("sec1_os_browser", ReasonEffect::Excludes),
            ("sec2_antivirus", ReasonEffect::Excludes),
        ]
    );
}

/// An exclusion that needs another fact fires only with it. Stolen card: gross negligence
/// excludes only where the bank was in good faith (預金者保護法 5条3項).
#[test]
fn an_exclusion_needs_its_required_fact() {
    let mut c = clean(
        "statutory/stolen-card",
        Customer::Individual,
        &[("gross_pin", true), ("bank_good_faith", false)],
    );
    c.notified_on = Some(d(2026, 11, 20));
    c.transactions.push(loss(d(2026, 11, 1), 80_000));
    let a = run(&c, d(2026, 11, 20));
    assert_eq!(a.verdict, Verdict::Full);
    assert_eq!(a.compensable_yen.high, 80_000);
    assert!(a.reasons.is_empty(), "{:?}", reasons(&a));
    c.answers.insert("bank_good_faith".into(), true);
    let a = run(&c, d(2026, 11, 20));
    assert_eq!(a.verdict, Verdict::None);
    assert_eq!(a.compensable_yen.high, 0);
    assert_eq!(reasons(&a), [("gross_pin", ReasonEffect::Excludes)]);
    assert_eq!(
        a.reasons.first().and_then(|r| r.group).map(|g| g.ja()),
        Some("暗証番号とカードの管理")
    );
}

/// Deadlines on one date: one per limit, the bar first, each with its own losses. Stolen card,
/// stolen 2024-11-20 (bar: 2026-11-20): a loss on 11-10 is barred on 11-20 (its window runs to
/// 12-10); a loss on 10-21 has its window end the same day (10-21 + 30 = 11-20).
#[test]
fn bar_and_window_on_the_same_day_stay_apart() {
    let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
    c.stolen_on = Some(d(2024, 11, 20));
    c.transactions.push(loss(d(2026, 11, 10), 10_000));
    c.transactions.push(loss(d(2026, 10, 21), 20_000));
    let a = run(&c, d(2026, 11, 12));
    let dl: Vec<(NaiveDate, DeadlineKind, i64, Vec<usize>)> = a
        .deadlines
        .iter()
        .map(|x| (x.date, x.kind, x.days_left, x.transactions.clone()))
        .collect();
    assert_eq!(
        dl,
        [
            (d(2026, 11, 20), DeadlineKind::TwoYearBar, 8, vec![0]),
            (d(2026, 11, 20), DeadlineKind::Notify, 8, vec![1]),
        ]
    );
}
