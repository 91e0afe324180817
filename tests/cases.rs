//! The hand-worked cases in `tests/cases/*.json` (one file per scheme, named after its id with
//! `/` → `__`), each reported as its own test: `test <file>::<name> ... ok`. A `harness = false`
//! target (Cargo.toml) because libtest cannot make tests from data; it prints libtest's lines,
//! including `test result: …`, so `scripts/test.sh` counts every case, and exits 101 on a failure.
//! Arguments as libtest: a name filter, `--exact`, `--list`, `--ignored`; other flags are ignored.
//!
//! File format: `{ "scheme", "clean_answers": {…}, "cases": [ { "name", "why", "today",
//! "clean"?: bool (default true), "case": {case file; version and scheme may be left out},
//! "expect": {…} } ] }`. With `clean`, the case's answers are laid over `clean_answers` (a `null`
//! answer makes that question unknown again).
//!
//! `expect` must give the whole result a user sees; a case that leaves a field out fails:
//! - `verdict`, `low`, `high`, `cap_note` (the inferred-cap note shown beside the amount, or null);
//! - `transactions`: per loss `{covered, notify_by, days_left, reason}`;
//! - `deadlines`: `[{date, kind, counts, days_left, may_be_extended_to, call_by, transactions}]`
//!   (`call_by`: `{at: "YYYY-MM-DDTHH:MM", contact}` or null);
//! - `reasons`: `[{code, effect, doc, clause}]` in the order the result lists them;
//! - optionally `missing` and `open_steps` (step ids not marked done).
//!
//! Every `days_left` is also checked against its own date and `today` (calendar days), so an
//! arithmetic slip in a file is caught even where the engine happened to agree.

use chrono::NaiveDate;
use hosho_navi::engine::assess::{assess, Assessment};
use hosho_navi::engine::case::parse_case;
use hosho_navi::engine::pack::packs;
use serde_json::{json, Map, Value};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

const EXPECT_KEYS: [&str; 7] = [
    "verdict",
    "low",
    "high",
    "cap_note",
    "transactions",
    "deadlines",
    "reasons",
];
const EXPECT_OPTIONAL: [&str; 2] = ["missing", "open_steps"];
const TX_KEYS: [&str; 4] = ["covered", "notify_by", "days_left", "reason"];
const DEADLINE_KEYS: [&str; 7] = [
    "date",
    "kind",
    "counts",
    "days_left",
    "may_be_extended_to",
    "call_by",
    "transactions",
];
const REASON_KEYS: [&str; 4] = ["code", "effect", "doc", "clause"];

/// The result as the case files spell it.
fn actual(a: &Assessment) -> Value {
    json!({
        "verdict": a.verdict,
        "low": a.compensable_yen.low,
        "high": a.compensable_yen.high,
        "cap_note": a.cap_note,
        "transactions": a.transactions.iter().map(|t| json!({
            "covered": t.covered, "notify_by": t.notify_by, "days_left": t.days_left, "reason": t.reason,
        })).collect::<Vec<_>>(),
        "deadlines": a.deadlines.iter().map(|d| json!({
            "date": d.date, "kind": d.kind, "counts": d.counts, "days_left": d.days_left,
            "may_be_extended_to": d.may_be_extended_to, "call_by": d.call_by,
            "transactions": d.transactions,
        })).collect::<Vec<_>>(),
        "reasons": a.reasons.iter().map(|r| json!({
            "code": r.code, "effect": r.effect, "doc": r.cite.doc(), "clause": r.cite.clause(),
        })).collect::<Vec<_>>(),
        "missing": a.missing,
        "open_steps": a.steps.iter().filter(|s| !s.done_hint).map(|s| s.id).collect::<Vec<_>>(),
    })
}

/// Each object of `list` (at `path`) has exactly `keys` (a missing list is reported by the caller).
fn shape(list: &Value, path: &str, keys: &[&str], problems: &mut Vec<String>) {
    let Some(items) = list.as_array() else {
        if !list.is_null() {
            problems.push(format!("expect.{path}: not a list"));
        }
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let Some(o) = item.as_object() else {
            problems.push(format!("expect.{path}[{i}]: not an object"));
            continue;
        };
        for k in keys {
            if !o.contains_key(*k) {
                problems.push(format!("expect.{path}[{i}].{k}: missing (required)"));
            }
        }
        for k in o.keys() {
            if !keys.contains(&k.as_str()) {
                problems.push(format!("expect.{path}[{i}].{k}: unknown field"));
            }
        }
    }
}

/// Fails a case file entry that leaves out part of the result.
fn check_shape(expect: &Value, problems: &mut Vec<String>) {
    let Some(o) = expect.as_object() else {
        problems.push("expect: not an object".into());
        return;
    };
    for k in EXPECT_KEYS {
        if !o.contains_key(k) {
            problems.push(format!("expect.{k}: missing (required)"));
        }
    }
    for k in o.keys() {
        if !EXPECT_KEYS.contains(&k.as_str()) && !EXPECT_OPTIONAL.contains(&k.as_str()) {
            problems.push(format!("expect.{k}: unknown field"));
        }
    }
    shape(&expect["transactions"], "transactions", &TX_KEYS, problems);
    shape(&expect["deadlines"], "deadlines", &DEADLINE_KEYS, problems);
    shape(&expect["reasons"], "reasons", &REASON_KEYS, problems);
}

fn date(v: &Value) -> Option<NaiveDate> {
    v.as_str()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
}

/// `days_left` = its date − today, in the file itself (independent of the engine).
fn check_arithmetic(expect: &Value, today: NaiveDate, problems: &mut Vec<String>) {
    let mut one = |path: String, item: &Value, date_key: &str| {
        let want = date(&item[date_key]).map(|d| d.signed_duration_since(today).num_days());
        if item["days_left"].as_i64() != want {
            problems.push(format!(
                "expect.{path}.days_left: {} is not {date_key} {} − today {today}",
                item["days_left"], item[date_key]
            ));
        }
    };
    for (i, t) in expect["transactions"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        one(format!("transactions[{i}]"), t, "notify_by");
    }
    for (i, d) in expect["deadlines"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        one(format!("deadlines[{i}]"), d, "date");
    }
}

/// Compares field by field, so a failure names what differs.
fn compare(got: &Value, want: &Value, path: &str, problems: &mut Vec<String>) {
    match (got, want) {
        (Value::Array(g), Value::Array(w)) if g.len() == w.len() => {
            for (i, (g, w)) in g.iter().zip(w).enumerate() {
                compare(g, w, &format!("{path}[{i}]"), problems);
            }
        }
        (Value::Object(g), Value::Object(w)) => {
            for (k, wv) in w {
                compare(&g[k], wv, &format!("{path}.{k}"), problems);
            }
        }
        _ if got != want => problems.push(format!("{path}: got {got}, want {want}")),
        _ => {}
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

/// One case: the problems found (none = pass).
fn run_case(scheme: &str, clean: &Map<String, Value>, entry: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let expect = &entry["expect"];
    check_shape(expect, &mut problems);
    let Some(today) = date(&entry["today"]) else {
        problems.push(format!("today: {} is not YYYY-MM-DD", entry["today"]));
        return problems;
    };
    check_arithmetic(expect, today, &mut problems);
    if entry["why"].as_str().is_none_or(str::is_empty) {
        problems.push("why: the hand working is missing".into());
    }
    let case = match parse_case(&build_case(scheme, clean, entry).to_string()) {
        Ok(c) => c,
        Err(es) => {
            for e in es {
                problems.push(format!(
                    "case file rejected: {}",
                    e.message(hosho_navi::engine::Lang::En)
                ));
            }
            return problems;
        }
    };
    match assess(&case, today) {
        Ok(a) => compare(&actual(&a), expect, "", &mut problems),
        Err(e) => problems.push(format!("{e:?}")),
    }
    problems
}

struct Test {
    name: String,
    run: Box<dyn FnOnce() -> Vec<String>>,
}

/// Every test: per scheme one for its file (present, right scheme, unique names), then one per case.
fn collect() -> Vec<Test> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut tests = Vec::new();
    for p in packs() {
        let stem = p.id.replace('/', "__");
        let file = dir.join(format!("{stem}.json"));
        let doc: Result<Value, String> = std::fs::read_to_string(&file)
            .map_err(|e| format!("{}: {e}", file.display()))
            .and_then(|t| serde_json::from_str(&t).map_err(|e| format!("{}: {e}", file.display())));
        let cases = doc
            .as_ref()
            .ok()
            .and_then(|d| d["cases"].as_array().cloned())
            .unwrap_or_default();
        let names: Vec<String> = cases
            .iter()
            .map(|c| c["name"].as_str().unwrap_or("").to_owned())
            .collect();
        let file_check = {
            let doc = doc.clone();
            let names = names.clone();
            let id = p.id;
            move || -> Vec<String> {
                let doc = match doc {
                    Ok(d) => d,
                    Err(e) => return vec![e],
                };
                let mut problems = Vec::new();
                if doc["scheme"] != json!(id) {
                    problems.push(format!("scheme should be {id}"));
                }
                if names.is_empty() {
                    problems.push("no cases".into());
                }
                for (i, n) in names.iter().enumerate() {
                    if n.is_empty() {
                        problems.push(format!("cases[{i}]: no name"));
                    } else if names[..i].contains(n) {
                        problems.push(format!("cases[{i}]: name \"{n}\" used twice"));
                    }
                }
                problems
            }
        };
        tests.push(Test {
            name: format!("{stem}::(file)"),
            run: Box::new(file_check),
        });
        let clean = doc
            .as_ref()
            .ok()
            .and_then(|d| d["clean_answers"].as_object().cloned())
            .unwrap_or_default();
        for (entry, name) in cases.into_iter().zip(names) {
            let clean = clean.clone();
            let id = p.id;
            tests.push(Test {
                name: format!("{stem}::{name}"),
                run: Box::new(move || run_case(id, &clean, &entry)),
            });
        }
    }
    tests
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let selected = |name: &str| {
        filters.is_empty()
            || filters.iter().any(|f| {
                if flag("--exact") {
                    name == f.as_str()
                } else {
                    name.contains(f.as_str())
                }
            })
    };
    let all = collect();
    let total = all.len();
    // Nothing here is #[ignore]d: `--ignored` runs none, as libtest would.
    let tests: Vec<Test> = all
        .into_iter()
        .filter(|t| !flag("--ignored") && selected(&t.name))
        .collect();
    let filtered_out = total - tests.len();
    let mut out = std::io::stdout().lock();
    if flag("--list") {
        for t in &tests {
            let _ = writeln!(out, "{}: test", t.name);
        }
        return;
    }
    let started = Instant::now();
    let _ = writeln!(out, "\nrunning {} tests", tests.len());
    let mut failed: Vec<(String, Vec<String>)> = Vec::new();
    let mut passed = 0;
    for t in tests {
        let problems = (t.run)();
        let status = if problems.is_empty() { "ok" } else { "FAILED" };
        let _ = writeln!(out, "test {} ... {status}", t.name);
        if problems.is_empty() {
            passed += 1;
        } else {
            failed.push((t.name, problems));
        }
    }
    if !failed.is_empty() {
        let _ = writeln!(out, "\nfailures:\n");
        for (name, problems) in &failed {
            let _ = writeln!(out, "---- {name} ----");
            for p in problems {
                let _ = writeln!(out, "  {p}");
            }
            let _ = writeln!(out);
        }
        let _ = writeln!(out, "failures:");
        for (name, _) in &failed {
            let _ = writeln!(out, "    {name}");
        }
    }
    let _ = writeln!(
        out,
        "\ntest result: {}. {passed} passed; {} failed; 0 ignored; 0 measured; {filtered_out} filtered out; finished in {:.2}s\n",
        if failed.is_empty() { "ok" } else { "FAILED" },
        failed.len(),
        started.elapsed().as_secs_f64()
    );
    if !failed.is_empty() {
        drop(out);
        std::process::exit(101);
    }
}
