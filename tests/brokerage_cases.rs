//! The hand-worked brokerage cases in `tests/cases/brokerage*.json` (issue 25), each reported as
//! its own test line like libtest's (`test brokerage::<name> ... ok`, then `test result: …`), so
//! `scripts/test.sh` counts every case; exits 101 on a failure. A `harness = false` target
//! because libtest cannot make tests from data.
//!
//! Entry: `{name, why, today, case: {the brokerage case as typed}, expect}`; `expect` must give
//! every field a user sees (a left-out field fails): placement, period_from, period_until,
//! policy, basis, money ({paid, value, loss, rate_percent, share, fees, solatium, total} or
//! null), restore, lines, lowering, open (the codes, in order), bad.

use chrono::NaiveDate;
use hosho_navi::engine::brokerage::{estimate, BrokerageCase, Estimate, Placement};
use serde_json::{json, Value};
use std::path::Path;

const KEYS: [&str; 11] = [
    "placement",
    "period_from",
    "period_until",
    "policy",
    "basis",
    "money",
    "restore",
    "lines",
    "lowering",
    "open",
    "bad",
];

fn actual(e: &Estimate) -> Value {
    let (placement, from, until) = match e.placement {
        Placement::Incomplete => ("incomplete", None, None),
        Placement::BeforeAgreement => ("before_agreement", None, None),
        Placement::OtherFirm => ("other_firm", None, None),
        Placement::InPeriod { from, until, .. } => ("in_period", Some(from), until),
    };
    json!({
        "placement": placement,
        "period_from": from,
        "period_until": until,
        "policy": e.policy.map(|p| p.id),
        "basis": e.basis,
        "money": e.money,
        "restore": e.restore,
        "lines": e.lines.iter().map(|l| l.code).collect::<Vec<_>>(),
        "lowering": e.lowering.iter().map(|l| l.code).collect::<Vec<_>>(),
        "open": e.open.iter().map(|l| l.code).collect::<Vec<_>>(),
        "bad": e.bad,
    })
}

fn run(entry: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    if entry["why"].as_str().is_none_or(|w| w.trim().is_empty()) {
        problems.push("why: missing (say how the expectation was worked)".into());
    }
    let Some(today) = entry["today"]
        .as_str()
        .and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
    else {
        return vec!["today: not a date".into()];
    };
    let case: BrokerageCase = match serde_json::from_value(entry["case"].clone()) {
        Ok(c) => c,
        Err(e) => return vec![format!("case: {e}")],
    };
    let expect = &entry["expect"];
    let Some(o) = expect.as_object() else {
        return vec!["expect: not an object".into()];
    };
    for k in KEYS {
        if !o.contains_key(k) {
            problems.push(format!("expect.{k}: missing (required)"));
        }
    }
    for k in o.keys() {
        if !KEYS.contains(&k.as_str()) {
            problems.push(format!("expect.{k}: unknown field"));
        }
    }
    let got = actual(&estimate(&case, today));
    for k in KEYS {
        if expect.get(k) != got.get(k) {
            problems.push(format!(
                "{k}: file {} engine {}",
                expect.get(k).unwrap_or(&Value::Null),
                got.get(k).unwrap_or(&Value::Null)
            ));
        }
    }
    // The arithmetic of the file itself: loss = max(0, paid − value); share = ⌊loss × rate / 100⌋;
    // total = share + fees + solatium.
    if let Some(m) = expect["money"].as_object() {
        let n = |k: &str| m.get(k).and_then(Value::as_u64);
        if let (Some(p), Some(v), Some(l)) = (n("paid"), n("value"), n("loss")) {
            if l != p.saturating_sub(v) {
                problems.push("money.loss: not paid − value (floored at 0)".into());
            }
            if let (Some(r), Some(s)) = (n("rate_percent"), n("share")) {
                if s != l * r / 100 {
                    problems.push("money.share: not ⌊loss × rate / 100⌋".into());
                }
                let total = s + n("fees").unwrap_or(0) + n("solatium").unwrap_or(0);
                if n("total") != Some(total) {
                    problems.push("money.total: not share + fees + solatium".into());
                }
            }
        }
    }
    problems
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let list = args.iter().any(|a| a == "--list");
    let filter = args.iter().find(|a| !a.starts_with("--")).cloned();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("brokerage") && n.ends_with(".json"))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let (mut passed, mut failed) = (0, 0);
    if files.is_empty() {
        println!("no tests/cases/brokerage*.json");
        std::process::exit(101);
    }
    for f in &files {
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        let doc: Value = match std::fs::read_to_string(f)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(d) => d,
            Err(e) => {
                println!("test {stem} ... FAILED\n    {e}");
                failed += 1;
                continue;
            }
        };
        let cases = doc["cases"].as_array().cloned().unwrap_or_default();
        let mut seen = std::collections::BTreeSet::new();
        for entry in &cases {
            let name = format!("{stem}::{}", entry["name"].as_str().unwrap_or("?"));
            if filter.as_ref().is_some_and(|x| !name.contains(x.as_str())) {
                continue;
            }
            if list {
                println!("{name}: test");
                continue;
            }
            let mut problems = run(entry);
            if !seen.insert(name.clone()) {
                problems.push("duplicate name".into());
            }
            if problems.is_empty() {
                println!("test {name} ... ok");
                passed += 1;
            } else {
                println!("test {name} ... FAILED");
                for p in problems {
                    println!("    {p}");
                }
                failed += 1;
            }
        }
    }
    if list {
        return;
    }
    let status = if failed == 0 { "ok" } else { "FAILED" };
    println!(
        "\ntest result: {status}. {passed} passed; {failed} failed; 0 ignored; 0 measured; 0 filtered out"
    );
    if failed > 0 {
        std::process::exit(101);
    }
}
