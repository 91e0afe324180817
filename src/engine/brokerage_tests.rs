use super::*;

fn today() -> NaiveDate {
    ymd(2026, 12, 7)
}

fn case(firm: &str, date: &str) -> BrokerageCase {
    BrokerageCase {
        firm: firm.into(),
        date: date.into(),
        ..Default::default()
    }
}

fn bought(mut c: BrokerageCase, rows: &[(&str, &str)], fees: &str) -> BrokerageCase {
    c.bought = true;
    c.bought_rows = rows
        .iter()
        .map(|(p, v)| BoughtRow {
            paid: (*p).into(),
            value: (*v).into(),
        })
        .collect();
    c.fees = fees.into();
    c
}

#[test]
fn the_data_maps_ten_agreement_firms_and_every_period_to_a_policy() {
    let d = data();
    assert_eq!(d.firms.iter().filter(|f| f.in_agreement).count(), 10);
    for f in d.firms {
        for p in f.periods {
            assert!(policy(p.policy).is_some(), "{} {}", f.id, p.policy);
            assert!(p.cite.source().is_some(), "{} {}", f.id, p.cite.source);
        }
    }
}

#[test]
fn half_policy_is_half_the_net_loss_rounded_down_plus_fees_and_solatium() {
    let c = bought(case("sbi", "2025-04-10"), &[("1,000,001", "0")], "1,100");
    let e = estimate(&c, today());
    let m = e.money.expect("money");
    assert_eq!(m.loss, 1_000_001);
    assert_eq!(m.share, Some(500_000)); // 500,000.5 rounded down
    assert_eq!(m.fees, Some(1_100));
    assert_eq!(m.solatium, Some(10_000));
    assert_eq!(m.total, Some(511_100));
    assert_eq!(e.basis, Some(Basis::Reported));
}

#[test]
fn amounts_accept_man_and_full_width_digits() {
    let c = bought(
        case("rakuten", "２０２５年４月１日"),
        &[("１２０万円", "80万")],
        "",
    );
    let m = estimate(&c, today()).money.expect("money");
    assert_eq!(
        (m.paid, m.value, m.loss, m.share),
        (1_200_000, 800_000, 400_000, Some(200_000))
    );
    assert_eq!(m.fees, Some(0));
}

#[test]
fn a_gain_gives_zero_never_negative() {
    let c = bought(case("sbi", "2025-04-10"), &[("100000", "150000")], "");
    let m = estimate(&c, today()).money.expect("money");
    assert_eq!(m.loss, 0);
    assert_eq!(m.share, Some(0));
    assert_eq!(m.total, Some(10_000));
}

#[test]
fn nomura_restores_until_its_cutoff_and_is_case_by_case_the_day_after() {
    let on = estimate(&case("nomura", "2025-06-28"), today());
    assert!(on.restore);
    assert_eq!(on.policy.map(|p| p.id), Some("restore"));
    assert_eq!(on.basis, Some(Basis::Official));
    let after = estimate(&case("nomura", "2025-06-29"), today());
    assert!(!after.restore);
    assert_eq!(after.policy.map(|p| p.kind), Some(PolicyKind::CaseByCase));
    assert!(after.money.is_none());
}

#[test]
fn neotrade_changes_policy_on_2026_01_10() {
    let before = estimate(&case("sbi-neotrade", "2026-01-09"), today());
    assert_eq!(before.policy.map(|p| p.kind), Some(PolicyKind::BasisOnly));
    let after = estimate(&case("sbi-neotrade", "2026-01-10"), today());
    assert_eq!(after.policy.map(|p| p.kind), Some(PolicyKind::CaseByCase));
    assert_eq!(after.basis, Some(Basis::Official));
}

#[test]
fn before_the_agreement_and_other_firms_get_no_policy() {
    let e = estimate(&case("sbi", "2024-12-31"), today());
    assert_eq!(e.placement, Placement::BeforeAgreement);
    assert!(e.policy.is_none() && e.money.is_none());
    let o = estimate(&case(OTHER, "2025-04-01"), today());
    assert_eq!(o.placement, Placement::OtherFirm);
    assert!(o.lines.iter().any(|l| l.code == "other-firm"));
}

#[test]
fn bad_input_is_reported_not_panicked() {
    let mut c = bought(case("nope", "2099-01-01"), &[("abc", "1")], "-5");
    c.bought_rows.push(BoughtRow::default());
    let e = estimate(&c, today());
    assert!(e.bad.contains(&"firm".to_string()));
    assert!(e.bad.contains(&"date_future".to_string()));
    assert!(e.bad.contains(&"paid.0".to_string()));
    assert!(
        !e.bad.iter().any(|b| b.ends_with(".1")),
        "an empty row is no row"
    );
    assert!(e.bad.contains(&"fees".to_string()));
    assert_eq!(e.placement, Placement::Incomplete);
}

#[test]
fn told_someone_and_mfa_off_add_lowering_lines() {
    let mut c = case("daiwa", "2025-04-01");
    c.how_taken = Some(HowTaken::Told);
    c.mfa = Some(Mfa::Off);
    let e = estimate(&c, today());
    let codes: Vec<_> = e.lowering.iter().map(|l| l.code).collect();
    assert!(
        codes.contains(&"told") && codes.contains(&"mfa-off"),
        "{codes:?}"
    );
    assert!(e.open.iter().any(|l| l.code == "restore-cutoff"));
}

#[test]
fn share_of_rounds_down() {
    assert_eq!(share_of(3, 50), 1);
    assert_eq!(share_of(u64::MAX, 100), u64::MAX);
}
