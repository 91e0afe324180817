//! Runs every hand-worked case in `tests/cases/*.json` (one file per scheme, named after its id
//! with `/` → `__`) and reports each mismatch with the case's name.
//!
//! File format: `{ "scheme", "clean_answers": {…}, "cases": [ { "name", "why", "today",
//! "clean"?: bool (default true), "case": {case file; version and scheme may be left out},
//! "expect": { "verdict", "low", "high", "transactions": [{covered, notify_by, reason}],
//! "missing"?, "open_steps"?, "deadlines"?: [{date, may_be_extended_to}] } } ] }`.
//! With `clean`, the case's answers are laid over `clean_answers` (a `null` answer makes that
//! question unknown again).

use hosho_navi::engine::assess::{assess, Assessment};
use hosho_navi::engine::case::parse_case;
use hosho_navi::engine::pack::packs;
use serde_json::{json, Map, Value};
use std::path::Path;

fn s(v: &Value) -> String {
    v.to_string()
}

fn check(a: &Assessment, expect: &Value, problems: &mut Vec<String>) {
    let mut cmp = |what: &str, got: Value, want: &Value| {
        if &got != want {
            problems.push(format!("{what}: got {}, want {}", s(&got), s(want)));
        }
    };
    cmp("verdict", json!(a.verdict), &expect["verdict"]);
    cmp("low", json!(a.compensable_yen.low), &expect["low"]);
    cmp("high", json!(a.compensable_yen.high), &expect["high"]);
    let want_tx = expect["transactions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if want_tx.len() != a.transactions.len() {
        cmp(
            "transactions.len",
            json!(a.transactions.len()),
            &json!(want_tx.len()),
        );
    }
    for (i, (got, want)) in a.transactions.iter().zip(&want_tx).enumerate() {
        cmp(
            &format!("transactions[{i}].covered"),
            json!(got.covered),
            &want["covered"],
        );
        cmp(
            &format!("transactions[{i}].notify_by"),
            json!(got.notify_by),
            &want["notify_by"],
        );
        cmp(
            &format!("transactions[{i}].reason"),
            json!(got.reason),
            &want["reason"],
        );
    }
    if let Some(want) = expect.get("missing") {
        cmp("missing", json!(a.missing), want);
    }
    if let Some(want) = expect.get("open_steps") {
        let open: Vec<&str> = a
            .steps
            .iter()
            .filter(|s| !s.done_hint)
            .map(|s| s.id)
            .collect();
        cmp("open_steps", json!(open), want);
    }
    if let Some(want) = expect.get("deadlines") {
        // Each expected deadline names the fields it pins (date and may_be_extended_to always;
        // counts, call_by, kind, days_left, transactions where the case is about them).
        let got: Vec<Value> = a
            .deadlines
            .iter()
            .zip(want.as_array().cloned().unwrap_or_default())
            .map(|(d, w)| {
                let all = json!(d);
                let mut pinned = Map::new();
                for k in ["date", "may_be_extended_to"]
                    .into_iter()
                    .map(String::from)
                    .chain(w.as_object().into_iter().flat_map(|o| o.keys().cloned()))
                {
                    pinned.insert(k.clone(), all.get(&k).cloned().unwrap_or(Value::Null));
                }
                Value::Object(pinned)
            })
            .collect();
        if got.len() != a.deadlines.len() || Some(got.len()) != want.as_array().map(Vec::len) {
            cmp(
                "deadlines.len",
                json!(a.deadlines.len()),
                &json!(want.as_array().map(Vec::len)),
            );
        }
        cmp("deadlines", json!(got), want);
    }
    if let Some(want) = expect.get("cap_note") {
        cmp("cap_note", json!(a.cap_note), want);
    }
    if let Some(want) = expect.get("reason_codes") {
        let got: Vec<Value> = a
            .reasons
            .iter()
            .map(|r| json!([r.code, r.effect, r.cite.clause()]))
            .collect();
        cmp("reason_codes", json!(got), want);
    }
}

fn build_case(scheme: &str, clean: &Map<String, Value>, entry: &Value) -> Value {
    let mut case = entry["case"].as_object().cloned().unwrap_or_default();
    case.entry("version").or_insert(json!(1));
    case.entry("scheme").or_insert(json!(scheme));
    if entry.get("clean") != Some(&Value::Bool(false)) {
        let mut answers = clean.clone();
        if let Some(own) = case.get("answers").and_then(Value::as_object) {
            for (k, v) in own {
                answers.insert(k.clone(), v.clone());
            }
        }
        case.insert("answers".into(), Value::Object(answers));
    }
    Value::Object(case)
}

#[test]
fn hand_worked_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut failures = Vec::new();
    let mut count = 0;
    for p in packs() {
        let file = dir.join(format!("{}.json", p.id.replace('/', "__")));
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("{}: no case file ({e})", file.display()));
                continue;
            }
        };
        let doc: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{}: {e}", file.display()));
                continue;
            }
        };
        if doc["scheme"] != json!(p.id) {
            failures.push(format!("{}: scheme should be {}", file.display(), p.id));
        }
        let clean = doc["clean_answers"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        for entry in doc["cases"].as_array().cloned().unwrap_or_default() {
            count += 1;
            let name = format!("{} / {}", p.id, entry["name"].as_str().unwrap_or("?"));
            let case_json = build_case(p.id, &clean, &entry);
            let case = match parse_case(&case_json.to_string()) {
                Ok(c) => c,
                Err(es) => {
                    let msgs: Vec<String> = es
                        .iter()
                        .map(|e| e.message(hosho_navi::engine::Lang::En))
                        .collect();
                    failures.push(format!("{name}: case file rejected: {}", msgs.join("; ")));
                    continue;
                }
            };
            let today = entry["today"]
                .as_str()
                .and_then(|t| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").ok());
            let Some(today) = today else {
                failures.push(format!("{name}: bad today"));
                continue;
            };
            match assess(&case, today) {
                Ok(a) => {
                    let mut problems = Vec::new();
                    check(&a, &entry["expect"], &mut problems);
                    for pr in problems {
                        failures.push(format!("{name}: {pr}"));
                    }
                }
                Err(e) => failures.push(format!("{name}: {e:?}")),
            }
        }
    }
    assert!(count > 0, "no cases found");
    assert!(
        failures.is_empty(),
        "{} mismatch(es) in {count} cases:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
    println!("{count} hand-worked cases pass");
}
