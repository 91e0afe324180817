//! The build-time checks of the brokerage data (`build/brokerage.rs`), run on broken copies of
//! the real file: each must be refused with the file and the field named, and the real file must
//! pass. (The build itself runs the same checks and stops on any error.)

#[allow(dead_code)]
#[path = "../build/brokerage.rs"]
mod bdata;

use serde_json::Value;

const FILE: &str = "src/engine/brokerage/brokerage.json";

fn real() -> Value {
    let raw = std::fs::read_to_string(format!("{}/{FILE}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{FILE}: {e}"));
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{FILE}: {e}"))
}

/// The errors for `v`, or the serde error as one.
fn errors(v: &Value) -> Vec<String> {
    match serde_json::from_value::<bdata::Data>(v.clone()) {
        Ok(d) => bdata::check(&d, FILE),
        Err(e) => vec![format!("{FILE}: {e}")],
    }
}

fn refused(change: impl FnOnce(&mut Value), field: &str) {
    let mut v = real();
    change(&mut v);
    let errs = errors(&v);
    assert!(
        errs.iter()
            .any(|e| e.starts_with(FILE) && e.contains(field)),
        "expected an error naming {field}, got {errs:?}"
    );
}

fn firm_index(v: &Value, id: &str) -> usize {
    v["firms"]
        .as_array()
        .and_then(|fs| fs.iter().position(|f| f["id"] == id))
        .unwrap_or_else(|| panic!("no firm {id}"))
}

#[test]
fn the_real_file_passes() {
    assert_eq!(errors(&real()), Vec::<String>::new());
}

#[test]
fn an_unknown_policy_is_refused() {
    refused(
        |v| {
            let i = firm_index(v, "sbi");
            v["firms"][i]["periods"][0]["policy"] = "full".into();
        },
        "firms[0].periods[0].policy",
    );
}

#[test]
fn a_gap_between_periods_is_refused() {
    refused(
        |v| {
            let i = firm_index(v, "nomura");
            v["firms"][i]["periods"][1]["from"] = "2025-06-30".into();
        },
        ".periods[1].from",
    );
}

#[test]
fn an_impossible_date_is_refused() {
    refused(
        |v| {
            let i = firm_index(v, "nomura");
            v["firms"][i]["periods"][0]["until"] = "2025-06-31".into();
        },
        ".periods[0].until",
    );
}

#[test]
fn a_citation_to_an_unknown_source_is_refused() {
    refused(
        |v| v["policies"][0]["cite"]["source"] = "blog".into(),
        "policies[0].cite.source",
    );
}

#[test]
fn a_source_neither_official_nor_reported_is_refused() {
    refused(
        |v| v["sources"][0]["kind"] = "rumour".into(),
        "sources[0].kind",
    );
}

#[test]
fn a_half_policy_without_a_share_is_refused() {
    refused(
        |v| v["policies"][0]["rate_percent"] = Value::Null,
        "policies[0].rate_percent",
    );
}

#[test]
fn money_on_a_restoration_is_refused() {
    refused(
        |v| {
            let ps = v["policies"].as_array().cloned().unwrap_or_default();
            let i = ps.iter().position(|p| p["kind"] == "restore").unwrap_or(0);
            v["policies"][i]["solatium_yen"] = 10000.into();
        },
        "fees_refunded/solatium_yen",
    );
}

#[test]
fn nine_agreement_firms_are_refused() {
    refused(
        |v| {
            let i = firm_index(v, "mizuho");
            v["firms"][i]["in_agreement"] = false.into();
        },
        "firms: 9 marked in_agreement",
    );
}

#[test]
fn half_width_marks_in_japanese_are_refused() {
    refused(
        |v| v["policies"][0]["text"]["ja"] = "補償(原則)".into(),
        "policies[0].text.ja",
    );
}

#[test]
fn an_empty_english_side_is_refused() {
    refused(
        |v| v["agreement"]["text"]["en"] = "".into(),
        "agreement.text.en",
    );
}

#[test]
fn an_unknown_field_is_refused() {
    refused(
        |v| v["firms"][0]["deadline_days"] = 30.into(),
        "deadline_days",
    );
}
