//! Unit tests of the case model: the stored format, the drafts list, the way to a case file.
//! Long (~700 lines) because the three are tested on the same drafts (`sample`, the shipped
//! fixtures) through the same round trips; the rules' tests are in `rules_tests.rs`.

use super::*;
use crate::engine::case::{CaseFile, Customer, Transaction};
use crate::engine::limits::MAX_ROWS;
use chrono::{NaiveDate, NaiveTime};
use serde_json::Value;

/// `serialize`, which cannot fail on a draft.
fn ser(d: &Draft) -> String {
    serialize(d).unwrap_or_else(|e| panic!("serialize: {e}"))
}

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/drafts/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn sample() -> Draft {
    let mut d = Draft::new("d-1");
    d.name = "山田様".into();
    d.rev = 3;
    d.tab = "t-abc".into();
    d.updated_ms = 1_795_395_600_000; // 2026-11-23 10:00 JST
    d.case.scenario = Some(Scenario::InternetBanking);
    d.case.scheme = Some("mishima-shinkin/web-banking".into());
    d.case.customer = Some(Customer::Individual);
    d.case.losses = vec![LossDraft {
        date: "2026-10-25".into(),
        time: "".into(),
        amount: "１２万".into(),
        recovered: "".into(),
    }];
    d.case.answers = [
        ("g1_told_password".to_string(), Answer::No),
        ("g2".to_string(), Answer::Unknown),
    ]
    .into();
    d.ui.step = Step::Losses;
    d.ui.ticks.insert("notify_bank".into());
    d.ui.staff_note = "<b>not bold</b>".into();
    d
}

#[test]
fn round_trip_is_exact() {
    let d = sample();
    let LoadOutcome::Ok(back) = load(&ser(&d)) else {
        panic!("not loaded");
    };
    assert_eq!((back.case, back.ui), (d.case, d.ui));
}

/// "I've called" keeps its time: written only when set, read back as typed.
#[test]
fn the_call_time_round_trips_and_is_left_out_when_unset() {
    let mut d = sample();
    d.case.notified_at = "13:00".into();
    let raw = ser(&d);
    assert!(raw.contains("\"notified_at\""), "{raw}");
    assert_eq!(load(&raw), LoadOutcome::Ok(d));
    let mut d = sample();
    d.case.notified_at.clear();
    assert!(!ser(&d).contains("notified_at"));
}

/// The writer writes exactly the documented v1 layout (field names, types, nesting).
#[test]
fn writes_the_v1_layout() {
    let raw = fixture("v1.json");
    let LoadOutcome::Ok(d) = load(&raw) else {
        panic!("v1 fixture does not load");
    };
    let written: Value = serde_json::from_str(&ser(&d)).unwrap_or(Value::Null);
    let fixture: Value = serde_json::from_str(&raw).unwrap_or(Value::Null);
    assert_eq!(written, fixture);
    // Control characters and quotes survive as JSON escapes.
    let mut d = Draft::new("q");
    d.name = "a\"b\\c\u{1}\n\u{2028}".into();
    let LoadOutcome::Ok(back) = load(&ser(&d)) else {
        panic!("not loaded");
    };
    assert_eq!((back.case, back.ui), (d.case, d.ui));
}

/// Every format ever shipped loads, and reads as the content it was written with.
#[test]
fn every_shipped_version_loads() {
    let v1 = fixture("v1.json");
    match load(&v1) {
        LoadOutcome::Ok(d) => {
            assert_eq!(d.draft_version, 1);
            assert_eq!(d.id, "2f1c9a");
            assert_eq!(d.name, "山田様の件");
            assert_eq!(
                d.case.scheme.as_deref(),
                Some("mishima-shinkin/web-banking")
            );
            assert_eq!(d.case.scenario, Some(Scenario::InternetBanking));
            assert_eq!(d.case.customer, Some(Customer::Individual));
            assert_eq!(d.case.losses.len(), 2);
            // A half-typed amount and a full-width date are kept verbatim.
            assert_eq!(d.case.losses[1].amount, "1.5万");
            assert_eq!(d.case.losses[1].date, "２０２６年１１月１日");
            assert_eq!(d.case.losses[0].time, "09:00");
            assert_eq!(d.case.notified, Some(true));
            assert_eq!(d.case.notified_on, "2026-11-23");
            assert_eq!(
                d.case.answers,
                [
                    ("g1_told_password".to_string(), Answer::No),
                    ("g2_left_written".to_string(), Answer::Unknown)
                ]
                .into()
            );
            assert_eq!(d.ui.step, Step::Questions(2));
            assert!(d.ui.ticks.contains("notify_bank"));
            assert_eq!(d.ui.staff_note, "電話で確認済み");
            assert_eq!(d.rev, 7);
        }
        other => panic!("v1 fixture: {other:?}"),
    }
    // Every file in the fixture folder is a version that loads.
    let dir = format!("{}/tests/fixtures/drafts", env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('v') && name.ends_with(".json") {
            let raw = std::fs::read_to_string(e.path()).unwrap_or_default();
            assert!(
                matches!(load(&raw), LoadOutcome::Ok(_) | LoadOutcome::Migrated(..)),
                "{name}"
            );
            n += 1;
        }
    }
    assert_eq!(
        n, DRAFT_VERSION as usize,
        "one fixture per version ever shipped"
    );
}

/// The migration path, exercised with a stand-in v2 that renames `name` to `title` and back.
#[test]
fn older_version_is_migrated() {
    fn v1_to_v2(mut v: Value) -> Result<Value, String> {
        let obj = v.as_object_mut().ok_or("not an object")?;
        let name = obj.remove("name").unwrap_or(Value::Null);
        obj.insert("title".into(), name.clone());
        // The stand-in v2 keeps `name` too, so the current struct can read the result.
        obj.insert("name".into(), name);
        Ok(v)
    }
    let v1 = fixture("v1.json");
    match load_with(&v1, 2, &[v1_to_v2]) {
        LoadOutcome::Migrated(d, from) => {
            assert_eq!(from, 1);
            assert_eq!(d.draft_version, 2);
            assert_eq!(d.name, "山田様の件");
            assert_eq!(d.case.losses[1].amount, "1.5万");
        }
        other => panic!("{other:?}"),
    }
    // A missing or failing step is reported, never skipped.
    assert!(matches!(
        load_with(&v1, 2, &[]),
        LoadOutcome::Corrupt { .. }
    ));
    fn fails(_: Value) -> Result<Value, String> {
        Err("boom".into())
    }
    match load_with(&v1, 2, &[fails]) {
        LoadOutcome::Corrupt { raw, error } => {
            assert_eq!(raw, v1);
            assert!(error.contains("boom"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn newer_version_is_kept_untouched() {
    let raw = fixture("newer-v99.json");
    match load(&raw) {
        LoadOutcome::Newer { version, raw: kept } => {
            assert_eq!(version, 99);
            assert_eq!(kept, raw, "byte for byte");
        }
        other => panic!("{other:?}"),
    }
    let e = index_entry("x9", &load(&raw));
    assert_eq!(e.status, DraftStatus::Newer);
    assert_eq!(e.name, "未来の案件");
    assert_eq!(e.scheme.as_deref(), Some("statutory/stolen-card"));
    assert_eq!(e.updated, "2026-11-23 10:00");
}

#[test]
fn corrupt_input_is_reported_with_the_raw_text() {
    for raw in [
        "",
        "{",
        "null",
        "[]",
        "\"draft\"",
        "{}",
        r#"{"draft_version": "1"}"#,
        r#"{"draft_version": 0}"#,
        r#"{"draft_version": -1}"#,
        r#"{"draft_version": 1.5}"#,
        r#"{"draft_version": 1, "case": {"customer": "robot"}}"#,
        r#"{"draft_version": 1, "case": {"transactions": {}}}"#,
        r#"{"draft_version": 1, "rev": -3}"#,
    ] {
        match load(raw) {
            LoadOutcome::Corrupt { raw: kept, error } => {
                assert_eq!(kept, raw);
                assert!(!error.is_empty());
            }
            other => panic!("{raw}: {other:?}"),
        }
    }
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(load(&deep), LoadOutcome::Corrupt { .. }));
    let big = format!(
        r#"{{"draft_version":1,"name":"{}"}}"#,
        "a".repeat(MAX_DRAFT_BYTES)
    );
    assert!(matches!(load(&big), LoadOutcome::Corrupt { .. }));
    assert!(matches!(
        load(&fixture("corrupt-truncated.json")),
        LoadOutcome::Corrupt { .. }
    ));
}

#[test]
fn unknown_fields_of_the_same_version_are_ignored() {
    let raw = r#"{"draft_version":1,"id":"a","future":{"x":1},"case":{"extra":true}}"#;
    assert!(matches!(load(raw), LoadOutcome::Ok(d) if d.id == "a"));
}

#[test]
fn index_lists_newest_first_with_japan_time_and_status() {
    let mut a = sample();
    a.updated_ms = 1_795_395_600_000; // 2026-11-23 10:00 JST
    let mut b = Draft::new("d-2");
    b.updated_ms = 1_795_449_540_000; // 2026-11-24 00:59 JST (15:59 UTC the day before)
    b.ui.step = Step::Result;
    b.case.scheme = Some("statutory/stolen-card".into());
    let (sa, sb) = (ser(&a), ser(&b));
    let list = index([("d-1", sa.as_str()), ("d-2", sb.as_str()), ("bad", "{oops")]);
    let ids: Vec<&str> = list.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["d-2", "d-1", "bad"]);
    assert_eq!(list[0].updated, "2026-11-24 00:59");
    assert_eq!(list[0].status, DraftStatus::Result);
    assert_eq!(list[1].updated, "2026-11-23 10:00");
    assert_eq!(list[1].name, "山田様");
    assert_eq!(list[1].status, DraftStatus::InProgress);
    assert_eq!(list[2].status, DraftStatus::Corrupt);
    assert_eq!(list[2].updated, "");
}

#[test]
fn advice_drafts_list_their_advice_pack() {
    let mut d = Draft::new("a");
    d.ui.step = Step::Advice;
    d.ui.advice = Some("data-leak".into());
    let e = index_entry("a", &LoadOutcome::Ok(d));
    assert_eq!(e.scheme.as_deref(), Some("data-leak"));
    assert_eq!(e.status, DraftStatus::Advice);
}

#[test]
fn blank_and_content_equality() {
    assert!(Draft::new("x").is_blank());
    let a = sample();
    let mut b = a.clone();
    b.rev += 1;
    b.tab = "other".into();
    b.updated_ms += 5;
    assert!(a.content_eq(&b));
    b.case.losses[0].amount.push('0');
    assert!(!a.content_eq(&b));
    assert!(!a.is_blank());
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        // Anything a person might type or paste, including full-width and control characters.
        "(?s).{0,12}"
    }

    fn loss() -> impl Strategy<Value = LossDraft> {
        (text(), text(), text(), text()).prop_map(|(date, time, amount, recovered)| LossDraft {
            date,
            time,
            amount,
            recovered,
        })
    }

    proptest! {
        /// Whatever was typed comes back exactly, through the stored format.
        #[test]
        fn typed_text_round_trips(
            name in text(),
            note in text(),
            losses in proptest::collection::vec(loss(), 0..4),
            notified_on in text(),
            answers in proptest::collection::btree_map(text(), proptest::option::of(any::<bool>()), 0..4),
            rev in any::<u64>(),
            updated_ms in any::<i64>(),
            question in any::<u16>(),
        ) {
            let mut d = Draft::new("p");
            d.name = name;
            d.rev = rev;
            d.updated_ms = updated_ms;
            d.case.losses = losses;
            d.case.notified_on = notified_on;
            d.case.answers = answers.into_iter().map(|(k, v)| (k, Answer::from_bool(v))).collect();
            d.ui.staff_note = note;
            d.ui.step = Step::Questions(question);
            prop_assert_eq!(load(&ser(&d)), LoadOutcome::Ok(d));
        }

        /// Any text at all: an outcome, never a panic; `Corrupt` and `Newer` keep it verbatim.
        #[test]
        fn any_text_loads_without_panic(raw in "(?s).{0,200}") {
            match load(&raw) {
                LoadOutcome::Corrupt { raw: kept, .. } | LoadOutcome::Newer { raw: kept, .. } => {
                    prop_assert_eq!(kept, raw)
                }
                LoadOutcome::Ok(_) | LoadOutcome::Migrated(..) => {}
            }
        }
    }
}

/// A raw download never carries the staff note, whatever the stored text is.
#[test]
fn raw_download_leaves_the_staff_note_out() {
    let secret = "顧客は暗証番号を\\\"メモ\\\"していた";
    // A newer format: parsed, every staff_note removed wherever it sits; the rest kept.
    let newer = format!(
        r#"{{"draft_version":99,"name":"未来","ui":{{"staff_note":"{secret}","step":"x"}},"v2":{{"notes":[{{"staff_note":"{secret}"}}]}}}}"#
    );
    let out = raw_without_staff_note(&newer);
    assert!(!out.contains("メモ"), "{out}");
    assert!(!out.contains("staff_note"), "{out}");
    assert!(
        out.contains("未来") && out.contains(r#""step":"x""#),
        "{out}"
    );
    // Cut-off text (not JSON): the note's string is blanked, to the end when unterminated.
    let cut =
        format!(r#"{{"draft_version":1,"name":"山田","ui":{{"staff_note" : "{secret}","ticks":[]"#);
    let out = raw_without_staff_note(&cut);
    assert!(!out.contains("メモ"), "{out}");
    assert!(out.contains(r#""staff_note" : "","ticks":[]"#), "{out}");
    let cut_in_note = format!(r#"{{"draft_version":1,"ui":{{"staff_note":"{secret}"#);
    let out = raw_without_staff_note(&cut_in_note);
    assert_eq!(out, r#"{"draft_version":1,"ui":{"staff_note":"""#);
    // The fixture of a cut-off draft and a corrupt v1 draft lose theirs too.
    let v1 = fixture("v1.json");
    assert!(v1.contains("電話で確認済み"));
    for raw in [v1.clone(), v1[..v1.len() - 3].to_string()] {
        let out = raw_without_staff_note(&raw);
        assert!(!out.contains("電話で確認済み"), "{out}");
        assert!(out.contains("山田様の件"), "{out}");
    }
    // Text without a note is unchanged when it is not JSON.
    assert_eq!(raw_without_staff_note("{oops"), "{oops");
}

/// More rows than the one cap is not a draft of this app: refused (and so backed up).
#[test]
fn drafts_hold_at_most_the_row_cap() {
    let mut d = Draft::new("rows");
    d.case.losses = vec![LossDraft::default(); MAX_ROWS];
    assert_eq!(load(&ser(&d)), LoadOutcome::Ok(d.clone()));
    d.case.losses.push(LossDraft::default());
    match load(&ser(&d)) {
        LoadOutcome::Corrupt { error, .. } => assert!(error.contains("500"), "{error}"),
        other => panic!("{other:?}"),
    }
}

/// The form's notation of an imported case builds the same case back, at the limits too.
#[test]
fn typed_case_builds_the_imported_case() {
    use crate::engine::limits::{MAX_UNAVOIDABLE_DAYS, MAX_YEN};
    let mut c = CaseFile::new("statutory/stolen-card", Customer::Individual);
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    c.transactions.push(Transaction {
        date: day(1900, 1, 1),
        time: NaiveTime::from_hms_opt(0, 0, 0),
        amount_yen: MAX_YEN,
        recovered_yen: MAX_YEN,
    });
    c.transactions.push(Transaction {
        date: day(2200, 12, 31),
        time: None,
        amount_yen: 0,
        recovered_yen: 0,
    });
    c.notified_on = Some(day(2026, 11, 23));
    c.stolen_on = Some(day(2026, 11, 1));
    c.unavoidable_days = MAX_UNAVOIDABLE_DAYS;
    c.already_compensated_yen = MAX_YEN;
    c.answers.insert("intentional".into(), false);
    c.notes = "メモ".into();
    // An export records the version of the pack its answers were given under.
    c.pack_version = crate::engine::pack::pack(&c.scheme)
        .map(|p| p.version.to_owned())
        .unwrap_or_default();
    let typed = DraftCase::from_case(&c);
    let built = typed.case_file(&c.scheme);
    assert_eq!(built.bad_rows, 0);
    assert_eq!(built.rows, vec![1, 2]);
    assert_eq!(built.case, Some(c));
    // Rows past the cap never reach a case file.
    let mut many = typed.clone();
    many.losses = vec![typed.losses[1].clone(); MAX_ROWS + 2];
    let built = many.case_file("statutory/stolen-card");
    assert_eq!(built.rows.len(), MAX_ROWS);
    assert_eq!(built.bad_rows, 2);
}

#[test]
fn format_jst_edges() {
    assert_eq!(format_jst(0), "");
    assert_eq!(format_jst(-5), "");
    assert_eq!(format_jst(i64::MAX), "");
    assert_eq!(format_jst(1_795_395_600_000), "2026-11-23 10:00");
}

#[test]
fn report_entries_round_trip_and_are_optional() {
    let mut d = sample();
    d.case.report = DraftReport {
        account: "SMSのリンクから\n入力した".into(),
        noticed: "11月24日朝".into(),
        notice_to: "三島 太郎".into(),
        notice_ref: "A-123".into(),
        recipients: vec!["".into(), "〇〇銀行 1234567".into()],
        police_station: "三島警察署".into(),
        police_on: "昨日".into(),
        police_ref: "R-1".into(),
        docs_asked: "被害届の受理番号".into(),
        docs_due: "2026-12-01".into(),
        docs_sent_on: "".into(),
        bank_answer: "".into(),
    };
    let raw = ser(&d);
    assert!(raw.contains("\"report\":{"), "{raw}");
    match load(&raw) {
        LoadOutcome::Ok(back) => assert_eq!(back.case.report, d.case.report),
        other => panic!("{other:?}"),
    }
    // An empty report is not written, and a draft without one reads as empty.
    let plain = sample();
    let raw = ser(&plain);
    assert!(!raw.contains("\"report\""), "{raw}");
    match load(&raw) {
        LoadOutcome::Ok(back) => assert!(back.case.report.is_empty()),
        other => panic!("{other:?}"),
    }
    // Missing fields are empty; a wrong type is refused by its path.
    let partial = raw.replacen("\"notes\":", "\"report\":{\"account\":\"x\"},\"notes\":", 1);
    match load(&partial) {
        LoadOutcome::Ok(back) => {
            assert_eq!(back.case.report.account, "x");
            assert_eq!(back.case.report.recipient(3), "");
        }
        other => panic!("{other:?}"),
    }
    let wrong = raw.replacen(
        "\"notes\":",
        "\"report\":{\"recipients\":[1]},\"notes\":",
        1,
    );
    assert!(!matches!(load(&wrong), LoadOutcome::Ok(_)));
}

/// A draft as the hand-written writer of the previous build stored it loads with nothing lost,
/// and serde writes it back byte for byte: stored drafts need no migration.
#[test]
fn drafts_written_by_the_previous_build_load_and_write_back_unchanged() {
    let raw = fixture("written-v1-build.json");
    let raw = raw.trim_end();
    let LoadOutcome::Ok(d) = load(raw) else {
        panic!("the previous build's draft does not load");
    };
    assert_eq!(d.id, "19a2b3c4d5e6f7a8");
    assert_eq!(d.name, "佐藤様\u{3000}\"至急\"");
    assert_eq!((d.rev, d.updated_ms), (12, 1_795_449_540_000));
    assert_eq!(d.tab, "t-1795395600000-a1b2c3");
    assert_eq!(d.case.scenario, Some(Scenario::StolenCard));
    assert_eq!(d.case.customer, Some(Customer::SoleProprietor));
    assert_eq!(d.case.losses[0].amount, "500,000");
    assert_eq!(d.case.losses[0].recovered, "1万");
    assert_eq!(d.case.losses[1].date, "11/21");
    assert_eq!(d.case.notified, Some(false));
    assert_eq!(d.case.already_compensated, "0");
    assert_eq!(d.case.answers.get("a\"b"), Some(&Answer::Yes));
    // Stored as the previous build wrote it; opening the case drops it (`drop_retired`).
    assert_eq!(
        d.case.answers.get("gross_negligence"),
        Some(&Answer::Unknown)
    );
    assert_eq!(d.case.answers.get("intentional"), Some(&Answer::No));
    assert_eq!(d.case.notes, "line1\nline2\ttab\u{1}");
    assert_eq!(d.ui.step, Step::Result);
    assert_eq!(d.ui.advice.as_deref(), Some("data-leak"));
    assert!(d.ui.ticks.contains("!police") && d.ui.ticks.contains("notify_bank"));
    assert_eq!(d.ui.staff_note, "窓口で受付");
    assert_eq!(ser(&d), raw);
}

/// A scenario or step from another build reads as none / the start: the typed content is what
/// matters. A value of the wrong type is still not a draft.
#[test]
fn unknown_scenario_and_step_fall_back() {
    let raw = r#"{"draft_version":1,"case":{"scenario":"time_travel","notes":"x"},"ui":{"step":"warp","question":4}}"#;
    match load(raw) {
        LoadOutcome::Ok(d) => {
            assert_eq!(d.case.scenario, None);
            assert_eq!(d.case.notes, "x");
            assert_eq!(d.ui.step, Step::Start);
        }
        other => panic!("{other:?}"),
    }
    for raw in [
        r#"{"draft_version":1,"case":{"scenario":3}}"#,
        r#"{"draft_version":1,"case":{"answers":{"a":"yes"}}}"#,
        r#"{"draft_version":1,"ui":{"question":70000}}"#,
        r#"{"draft_version":1,"ui":{"ticks":[1]}}"#,
        r#"{"draft_version":1,"case":{"transactions":[{"amount_yen":5}]}}"#,
    ] {
        assert!(matches!(load(raw), LoadOutcome::Corrupt { .. }), "{raw}");
    }
}

/// Every step round-trips through its slug and question index; only a question keeps its index.
#[test]
fn steps_round_trip_through_the_stored_slug() {
    for step in [
        Step::Start,
        Step::Scheme,
        Step::Customer,
        Step::Losses,
        Step::Notice,
        Step::Questions(0),
        Step::Questions(u16::MAX),
        Step::Result,
        Step::Advice,
    ] {
        let mut d = Draft::new("s");
        d.ui.step = step;
        let raw = ser(&d);
        assert_eq!(load(&raw), LoadOutcome::Ok(d), "{raw}");
        if !matches!(step, Step::Questions(_)) {
            assert!(raw.contains(r#""question":0"#), "{raw}");
        }
    }
    for s in Scenario::ALL {
        assert_eq!(Scenario::from_id(s.id()), Some(s));
        assert_eq!(
            serde_json::to_value(s).ok(),
            Some(Value::String(s.id().into()))
        );
    }
}

/// Issue 21: a draft written before the 003 questions were reworded (answers to the six old
/// ids, `tests/fixtures/drafts/before-rewording-v1.json`) opens with those answers dropped and
/// their successors to ask again; the others are kept as they were.
#[test]
fn answers_to_reworded_questions_are_dropped_and_asked_again() {
    let raw = include_str!("../../tests/fixtures/drafts/before-rewording-v1.json");
    let LoadOutcome::Ok(mut d) = load(raw) else {
        panic!("the pre-rewording draft does not load");
    };
    let before = d.case.answers.clone();
    assert_eq!(d.case.drop_retired(), 6);
    for old in [
        "g4_no_security_software",
        "n6_software_not_updated",
        "n7_recommended_security_unused",
        "n8_password_not_changed",
        "n9_certificate_misuse",
        "n10_history_not_checked",
    ] {
        assert!(before.contains_key(old));
        assert!(!d.case.answers.contains_key(old), "{old} kept");
    }
    assert_eq!(
        d.case.reask,
        [
            "g4_security_software_running",
            "n10_history_checked",
            "n6_software_updated",
            "n7_recommended_security_used",
            "n8_password_changed_regularly",
            "n9_certificate_proper_only",
        ]
    );
    for id in &d.case.reask {
        assert!(
            !d.case.answers.contains_key(id),
            "{id} answered for the user"
        );
    }
    assert_eq!(d.case.answers.get("g1_told_password"), Some(&Answer::No));
    // Opening it again drops nothing more.
    assert_eq!(d.case.drop_retired(), 0);
}

#[test]
fn none_is_stored_as_none_and_counts_as_the_harmless_answer() {
    let mut c = DraftCase {
        scheme: Some("mishima-shinkin/web-banking".into()),
        customer: Some(Customer::Individual),
        ..DraftCase::default()
    };
    c.answers
        .insert("n9_certificate_proper_only".into(), Answer::NoneOf);
    let json = serde_json::to_string(&c).unwrap_or_default();
    assert!(
        json.contains(r#""n9_certificate_proper_only":"none""#),
        "{json}"
    );
    let back: Option<DraftCase> = serde_json::from_str(&json).ok();
    assert_eq!(back.as_ref(), Some(&c));
    let built = c.case_file("mishima-shinkin/web-banking").case;
    let built = built.as_ref();
    assert_eq!(
        built.and_then(|b| b.answers.get("n9_certificate_proper_only")),
        Some(&true)
    );
    assert!(built.is_some_and(|b| b.none.contains("n9_certificate_proper_only")));
    assert_eq!(
        built.map(|b| DraftCase::from_case(b).answers),
        Some(c.answers.clone())
    );
}

/// Issue 25: the brokerage case is written only when set, and comes back as typed.
#[test]
fn a_brokerage_case_is_written_only_when_set_and_round_trips() {
    use crate::engine::brokerage::{BoughtRow, BrokerageCase, HowTaken, Mfa};
    let plain = ser(&Draft::default());
    assert!(!plain.contains("brokerage"), "{plain}");
    let mut d = Draft::default();
    d.case.scenario = Some(Scenario::Brokerage);
    d.case.brokerage = Some(BrokerageCase {
        firm: "sbi".into(),
        date: "2025-04-10".into(),
        bought: true,
        bought_rows: vec![BoughtRow {
            paid: "１２０万円".into(),
            value: "80万".into(),
        }],
        how_taken: Some(HowTaken::Phishing),
        mfa: Some(Mfa::Off),
        ..Default::default()
    });
    d.ui.step = Step::BrokerageResult;
    let LoadOutcome::Ok(back) = load(&ser(&d)) else {
        panic!("not loaded");
    };
    assert_eq!((back.case, back.ui), (d.case, d.ui));
}

/// Issue 25: the drafts list names a brokerage case by its scenario and shows its estimate as a result.
#[test]
fn a_brokerage_draft_is_listed_by_its_scenario_and_result() {
    let mut d = Draft::default();
    d.case.scenario = Some(Scenario::Brokerage);
    d.case.brokerage = Some(Default::default());
    d.ui.step = Step::BrokerageResult;
    let e = index_entry("x", &LoadOutcome::Ok(d));
    assert_eq!(e.scheme.as_deref(), Some("brokerage-hacked"));
    assert_eq!(e.status, DraftStatus::Result);
}
