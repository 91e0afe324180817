//! Unit tests of `case.rs` (its `tests` module, in its own file so the code reads on its own).

use super::*;

const GOOD: &str = r#"{ "version": 1, "scheme": "mishima-shinkin/web-banking",
      "customer": "individual",
      "transactions": [ { "date": "2026-10-25", "time": "09:00", "amount_yen": 300000, "recovered_yen": 0 } ],
      "notified_on": "2026-11-23", "stolen_on": null, "unavoidable_days": 0,
      "already_compensated_yen": 0, "answers": { "g1_told_password": false }, "notes": "" }"#;

fn fields(json: &str) -> Vec<(String, CaseErrorKind)> {
    match parse_case(json) {
        Ok(_) => Vec::new(),
        Err(es) => es.into_iter().map(|e| (e.field, e.kind)).collect(),
    }
}

#[test]
fn reads_the_issue_example() {
    let c = parse_case(GOOD);
    assert!(c.is_ok(), "{c:?}");
    if let Ok(c) = c {
        assert_eq!(c.transactions.len(), 1);
        assert_eq!(c.transactions[0].time, NaiveTime::from_hms_opt(9, 0, 0));
        assert_eq!(c.notified_on, NaiveDate::from_ymd_opt(2026, 11, 23));
        assert_eq!(c.answers.get("g1_told_password"), Some(&false));
    }
}

#[test]
fn round_trips_through_to_json() {
    let c = parse_case(GOOD);
    assert!(c.is_ok());
    if let Ok(c) = c {
        let again = parse_case(&to_json(&c));
        assert_eq!(again, Ok(c.clone()));
        // serde's own reading agrees with parse_case.
        let serde: Result<CaseFile, _> = serde_json::from_str(&to_json(&c));
        assert_eq!(serde.ok(), Some(c));
    }
}

#[test]
fn minimal_file_uses_defaults() {
    let c = parse_case(
        r#"{"version":1,"scheme":"statutory/stolen-card","customer":"individual","transactions":[]}"#,
    );
    assert!(c.is_ok());
    if let Ok(c) = c {
        assert_eq!(c.notified_on, None);
        assert_eq!(c.unavoidable_days, 0);
        assert!(c.answers.is_empty());
    }
}

#[test]
fn reports_every_problem_with_its_field() {
    let got = fields(
        r#"{ "version": 1, "scheme": "mishima-shinkin/web-banking", "customer": "robot",
              "transactions": [
                { "date": "2026-02-30", "amount_yen": 1 },
                { "date": "2026-10-25", "time": "24:00", "amount_yen": -5 },
                { "date": "2026-10-25", "amount_yen": 12.5, "recovered_yen": "3", "extra": 1 }
              ],
              "notified_on": "2026/11/23", "unavoidable_days": 1.5,
              "answers": { "nope": true, "g1_told_password": "yes" }, "colour": "red" }"#,
    );
    let want = [
        ("colour", "UnknownField"),
        ("customer", "UnknownCustomer"),
        ("transactions[0].date", "InvalidDate"),
        ("transactions[1].time", "InvalidTime"),
        ("transactions[1].amount_yen", "Negative"),
        ("transactions[2].extra", "UnknownField"),
        ("transactions[2].amount_yen", "NotInteger"),
        ("transactions[2].recovered_yen", "WrongType"),
        ("notified_on", "InvalidDate"),
        ("unavoidable_days", "NotInteger"),
        ("answers.nope", "UnknownQuestion"),
        ("answers.g1_told_password", "WrongType"),
    ];
    for (field, kind) in want {
        assert!(
            got.iter()
                .any(|(f, k)| f == field && format!("{k:?}").starts_with(kind)),
            "missing {field} {kind} in {got:?}"
        );
    }
    assert_eq!(got.len(), want.len(), "{got:?}");
}

#[test]
fn newer_version_says_so() {
    let got = parse_case(r#"{"version": 3, "whatever": true}"#);
    let e = got.err().unwrap_or_default();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].kind, CaseErrorKind::NewerVersion { found: 3 });
    assert!(e[0].message(Lang::En).contains("newer version of this app"));
    assert!(e[0].message(Lang::Ja).contains("新しいバージョン"));
}

#[test]
fn unknown_scheme_and_missing_fields() {
    let got = fields(r#"{"version": 1, "scheme": "acme/bank"}"#);
    assert!(got.contains(&(
        "scheme".into(),
        CaseErrorKind::UnknownScheme {
            value: "acme/bank".into()
        }
    )));
    assert!(got.contains(&("customer".into(), CaseErrorKind::Missing)));
    assert!(got.contains(&("transactions".into(), CaseErrorKind::Missing)));
    let got = fields(
        r#"{"scheme": "statutory/stolen-card", "customer": "individual", "transactions": []}"#,
    );
    assert_eq!(got, vec![("version".into(), CaseErrorKind::Missing)]);
    let got = fields(
        r#"{"version": 0, "scheme": "statutory/stolen-card", "customer": "individual", "transactions": []}"#,
    );
    assert_eq!(
        got,
        vec![(
            "version".into(),
            CaseErrorKind::OutOfRange { min: 1, max: 2 }
        )]
    );
}

#[test]
fn whole_number_floats_are_amounts() {
    let c = parse_case(
        r#"{"version":1,"scheme":"statutory/stolen-card","customer":"individual",
               "transactions":[{"date":"2026-01-05","amount_yen":1e5,"recovered_yen":2000.0}]}"#,
    );
    assert_eq!(
        c.map(|c| (
            c.transactions[0].amount_yen,
            c.transactions[0].recovered_yen
        )),
        Ok((100_000, 2000))
    );
    let got = fields(
        r#"{"version":1,"scheme":"statutory/stolen-card","customer":"individual",
               "transactions":[{"date":"2026-01-05","amount_yen":1e30}]}"#,
    );
    assert_eq!(
        got,
        vec![(
            "transactions[0].amount_yen".into(),
            CaseErrorKind::OutOfRange {
                min: 0,
                max: MAX_YEN
            }
        )]
    );
}

#[test]
fn refuses_big_and_deep_input() {
    let big = format!("{{\"notes\": \"{}\"}}", "a".repeat(MAX_CASE_BYTES));
    assert!(matches!(
        fields(&big).first(),
        Some((_, CaseErrorKind::TooLarge { .. }))
    ));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(fields(&deep), vec![(String::new(), CaseErrorKind::TooDeep)]);
    // Brackets inside strings do not count.
    let ok = format!(
        r#"{{"version":1,"scheme":"statutory/stolen-card","customer":"individual","transactions":[],"notes":"{}"}}"#,
        "[".repeat(1000)
    );
    assert!(parse_case(&ok).is_ok());
    let depth_33 = format!("{}{}", "[".repeat(33), "]".repeat(33));
    assert_eq!(
        fields(&depth_33),
        vec![(String::new(), CaseErrorKind::TooDeep)]
    );
    let depth_32 = format!("{}{}", "[".repeat(32), "]".repeat(32));
    assert!(matches!(
        fields(&depth_32).first(),
        Some((_, CaseErrorKind::WrongType { .. }))
    ));
}

#[test]
fn syntax_errors_and_hostile_strings() {
    assert!(matches!(
        fields("{").first(),
        Some((_, CaseErrorKind::Syntax { .. }))
    ));
    assert!(matches!(
        fields("").first(),
        Some((_, CaseErrorKind::Syntax { .. }))
    ));
    let c = parse_case(
        r#"{"version":1,"scheme":"statutory/stolen-card","customer":"individual","transactions":[],
               "notes":"<script>alert(1)</script>"}"#,
    );
    assert_eq!(
        c.map(|c| c.notes),
        Ok("<script>alert(1)</script>".to_string())
    );
    let e = fields(
        r#"{"version":1,"scheme":"<img src=x onerror=alert(1)>\u0007","customer":"individual","transactions":[]}"#,
    );
    assert_eq!(e.len(), 1);
}

#[test]
fn strict_dates_and_times() {
    assert_eq!(
        parse_ymd("2024-02-29"),
        NaiveDate::from_ymd_opt(2024, 2, 29)
    );
    for bad in [
        "2023-02-29",
        "2026-1-05",
        "+2026-01-05",
        "2026-13-01",
        "2026-01-5 ",
        "２０２６-01-05",
    ] {
        assert_eq!(parse_ymd(bad), None, "{bad}");
    }
    assert_eq!(parse_hhmm("23:59"), NaiveTime::from_hms_opt(23, 59, 0));
    for bad in ["24:00", "9:00", "09:60", "09-00", "09:00:00"] {
        assert_eq!(parse_hhmm(bad), None, "{bad}");
    }
    let got = fields(
        r#"{"version":1,"scheme":"statutory/stolen-card","customer":"individual",
               "transactions":[{"date":"1899-12-31","amount_yen":1}]}"#,
    );
    // A real date outside the app's years says which years it takes.
    assert_eq!(
        got,
        vec![(
            "transactions[0].date".into(),
            CaseErrorKind::OutOfRange {
                min: 1900,
                max: 2200
            }
        )]
    );
}

#[test]
fn messages_name_the_field_in_both_languages() {
    let e = CaseError::new("transactions[2].amount_yen", CaseErrorKind::Negative);
    assert_eq!(
        e.message(Lang::En),
        "transactions[2].amount_yen: must not be negative"
    );
    assert_eq!(
        e.message(Lang::Ja),
        "transactions[2].amount_yen: マイナスの値は使えません"
    );
}

/// The limits are the app's one set: the form's amount cap, 36,500 days, 1900–2200, 500 rows.
#[test]
fn limits_match_the_form() {
    let file = |extra: &str, rows: usize| {
        let row = r#"{"date":"2026-01-05","amount_yen":1}"#;
        format!(
            r#"{{"version":1,"scheme":"statutory/stolen-card","customer":"individual",
                   "transactions":[{}]{extra}}}"#,
            vec![row; rows].join(",")
        )
    };
    assert!(parse_case(&file("", MAX_ROWS)).is_ok());
    let got = fields(&file("", MAX_ROWS + 1));
    assert_eq!(
        got,
        vec![(
            "transactions".into(),
            CaseErrorKind::TooManyRows {
                found: MAX_ROWS + 1
            }
        )]
    );
    let e = CaseError::new("transactions", CaseErrorKind::TooManyRows { found: 501 });
    assert!(e.message(Lang::Ja).contains("500 件まで"));
    assert!(e.message(Lang::En).contains("at most 500"));
    assert_eq!(
        crate::engine::parse::parse_amount_yen(&MAX_YEN.to_string()),
        Ok(MAX_YEN)
    );
    assert!(parse_case(&file(
        &format!(r#","already_compensated_yen":{MAX_YEN}"#),
        1
    ))
    .is_ok());
    assert_eq!(
        fields(&file(
            &format!(r#","already_compensated_yen":{}"#, MAX_YEN + 1),
            1
        )),
        vec![(
            "already_compensated_yen".into(),
            CaseErrorKind::OutOfRange {
                min: 0,
                max: MAX_YEN
            }
        )]
    );
    assert!(parse_case(&file(r#","unavoidable_days":36500"#, 1)).is_ok());
    assert_eq!(fields(&file(r#","unavoidable_days":36501"#, 1)).len(), 1);
    assert!(parse_case(&file(r#","notified_on":"2200-12-31""#, 1)).is_ok());
    assert_eq!(fields(&file(r#","notified_on":"2201-01-01""#, 1)).len(), 1);
}

/// Issue 21: an answer given to a question that has since changed meaning (a retired id) is
/// dropped, never read with the new meaning; "I have none" reads as the harmless answer.
#[test]
fn retired_answers_are_dropped_and_none_is_the_harmless_answer() {
    let Ok(c) = parse_case(
        r#"{"version": 1, "scheme": "mishima-shinkin/web-banking", "customer": "individual", "transactions": [],
            "answers": {"g4_no_security_software": false, "g1_told_password": false}}"#,
    ) else {
        panic!("a file with a retired answer must still open");
    };
    assert_eq!(c.dropped, ["g4_no_security_software"]);
    assert!(!c.answers.contains_key("g4_no_security_software"));
    assert!(!c.answers.contains_key("g4_security_software_running"));
    assert_eq!(c.answers.get("g1_told_password"), Some(&false));
    let Ok(c) = parse_case(
        r#"{"version": 2, "scheme": "mishima-shinkin/web-banking", "customer": "individual", "transactions": [],
            "pack_version": "2.0.0", "answers": {}, "none": ["n9_certificate_proper_only"]}"#,
    ) else {
        panic!("none");
    };
    assert_eq!(c.answers.get("n9_certificate_proper_only"), Some(&true));
    assert!(c.none.contains("n9_certificate_proper_only"));
    assert_eq!(c.pack_version, "2.0.0");
    let back = parse_case(&to_json(&c)).ok();
    assert_eq!(back.as_ref(), Some(&c));
    // "none" only where the question offers it.
    assert!(parse_case(
        r#"{"version": 2, "scheme": "mishima-shinkin/web-banking", "customer": "individual", "transactions": [],
            "none": ["g1_told_password"]}"#,
    )
    .is_err());
    // A truly unknown id is still refused.
    assert!(parse_case(
        r#"{"version": 2, "scheme": "mishima-shinkin/web-banking", "customer": "individual", "transactions": [],
            "answers": {"nope": true}}"#,
    )
    .is_err());
}
