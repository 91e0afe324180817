//! Case file v1: what the victim entered, as the draft export format and the CLI input. The format
//! is documented with examples in `src/engine/CASE_FILE.md`.
//!
//! `parse_case` walks a `serde_json::Value` by hand rather than deriving, so that it can report
//! every problem with its field path instead of stopping at the first. Strings from a file stay
//! plain data: nothing here interprets them.

use super::pack::pack;
use super::Lang;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The case-file version this build writes and reads.
pub const CASE_FILE_VERSION: u32 = 1;
/// Files larger than this are refused before parsing.
pub const MAX_CASE_BYTES: usize = 1 << 20;
/// Deeper nesting is refused before parsing (serde_json recurses per level).
pub const MAX_DEPTH: usize = 32;
// The bounds are the app's one set (`limits`), shared with the form and the stored draft.
pub use super::limits::{MAX_ROWS, MAX_UNAVOIDABLE_DAYS, MAX_YEAR, MAX_YEN, MIN_YEAR};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Customer {
    Individual,
    SoleProprietor,
    Corporation,
}

impl Customer {
    pub const ALL: [Customer; 3] = [
        Customer::Individual,
        Customer::SoleProprietor,
        Customer::Corporation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Customer::Individual => "individual",
            Customer::SoleProprietor => "sole_proprietor",
            Customer::Corporation => "corporation",
        }
    }

    pub fn parse(s: &str) -> Option<Customer> {
        Customer::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One unauthorized withdrawal or transfer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    pub date: NaiveDate,
    /// Japan time, "HH:MM"; only 002's start minute needs it.
    #[serde(default, with = "hhmm")]
    pub time: Option<NaiveTime>,
    pub amount_yen: u64,
    /// Money already returned on this loss (e.g. by the receiving bank).
    #[serde(default)]
    pub recovered_yen: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFile {
    pub version: u32,
    pub scheme: String,
    pub customer: Customer,
    pub transactions: Vec<Transaction>,
    /// `None`: not yet notified; the assessment then takes today as the notice date.
    #[serde(default)]
    pub notified_on: Option<NaiveDate>,
    /// Stolen-card cases: when the card was stolen (else the first withdrawal counts).
    #[serde(default)]
    pub stolen_on: Option<NaiveDate>,
    /// Stolen-card cases: days an unavoidable circumstance kept you from notifying.
    #[serde(default)]
    pub unavoidable_days: u32,
    /// Compensation already received under the same cap (002: in the same year).
    #[serde(default)]
    pub already_compensated_yen: u64,
    /// Question id → answer. A missing id means "I don't know".
    #[serde(default)]
    pub answers: BTreeMap<String, bool>,
    #[serde(default)]
    pub notes: String,
}

impl CaseFile {
    /// An empty case for a scheme: no losses, nothing answered.
    pub fn new(scheme: &str, customer: Customer) -> CaseFile {
        CaseFile {
            version: CASE_FILE_VERSION,
            scheme: scheme.to_owned(),
            customer,
            transactions: Vec::new(),
            notified_on: None,
            stolen_on: None,
            unavoidable_days: 0,
            already_compensated_yen: 0,
            answers: BTreeMap::new(),
            notes: String::new(),
        }
    }
}

mod hhmm {
    use chrono::{NaiveTime, Timelike};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            // Written by hand: chrono's `format()` machinery costs the wasm ≈ 8 KB.
            Some(t) => s.collect_str(&format_args!("{:02}:{:02}", t.hour(), t.minute())),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let v: Option<String> = Option::deserialize(d)?;
        match v {
            None => Ok(None),
            Some(s) => super::parse_hhmm(&s)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom("time must be HH:MM")),
        }
    }
}

/// What kind of value a field wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    Array,
    String,
    Integer,
    Bool,
    Date,
    Time,
}

impl Expected {
    fn ja(self) -> &'static str {
        match self {
            Expected::Object => "オブジェクト({ })",
            Expected::Array => "配列([ ])",
            Expected::String => "文字列",
            Expected::Integer => "整数",
            Expected::Bool => "true / false",
            Expected::Date => "日付(\"YYYY-MM-DD\")",
            Expected::Time => "時刻(\"HH:MM\")",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Expected::Object => "an object ({ })",
            Expected::Array => "an array ([ ])",
            Expected::String => "a string",
            Expected::Integer => "a whole number",
            Expected::Bool => "true or false",
            Expected::Date => "a date (\"YYYY-MM-DD\")",
            Expected::Time => "a time (\"HH:MM\")",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseErrorKind {
    TooLarge {
        bytes: usize,
    },
    TooDeep,
    Syntax {
        line: usize,
        column: usize,
    },
    Missing,
    WrongType {
        expected: Expected,
    },
    /// Not a real calendar date, or not YYYY-MM-DD.
    InvalidDate,
    InvalidTime,
    Negative,
    NotInteger,
    OutOfRange {
        min: i64,
        max: u64,
    },
    UnknownScheme {
        value: String,
    },
    UnknownCustomer {
        value: String,
    },
    UnknownQuestion,
    UnknownField,
    /// More losses than [`MAX_ROWS`].
    TooManyRows {
        found: usize,
    },
    NewerVersion {
        found: u64,
    },
}

/// One problem in a case file; `field` is a path like `transactions[2].amount_yen` (empty for the
/// file as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    pub field: String,
    pub kind: CaseErrorKind,
}

/// Quoted values from a file are cut short so that a message stays one readable line.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).filter(|c| !c.is_control()).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

impl CaseError {
    fn new(field: impl Into<String>, kind: CaseErrorKind) -> CaseError {
        CaseError {
            field: field.into(),
            kind,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        use CaseErrorKind as K;
        let f = &self.field;
        let body = match (lang, &self.kind) {
            (Lang::Ja, K::TooLarge { bytes }) => format!("ファイルが大きすぎます({bytes} バイト。上限は 1 MiB)"),
            (Lang::En, K::TooLarge { bytes }) => format!("the file is too large ({bytes} bytes; the limit is 1 MiB)"),
            (Lang::Ja, K::TooDeep) => format!("入れ子が深すぎます(上限 {MAX_DEPTH} 段)"),
            (Lang::En, K::TooDeep) => format!("nested too deeply (limit {MAX_DEPTH} levels)"),
            (Lang::Ja, K::Syntax { line, column }) => format!("JSONとして読めません({line} 行 {column} 列)"),
            (Lang::En, K::Syntax { line, column }) => format!("not valid JSON (line {line}, column {column})"),
            (Lang::Ja, K::Missing) => "必須の項目がありません".into(),
            (Lang::En, K::Missing) => "required but missing".into(),
            (Lang::Ja, K::WrongType { expected }) => format!("{}である必要があります", expected.ja()),
            (Lang::En, K::WrongType { expected }) => format!("must be {}", expected.en()),
            (Lang::Ja, K::InvalidDate) => "存在しない日付か、YYYY-MM-DD 形式ではありません".into(),
            (Lang::En, K::InvalidDate) => "not a real date in YYYY-MM-DD form".into(),
            (Lang::Ja, K::InvalidTime) => "HH:MM 形式の時刻(00:00〜23:59)ではありません".into(),
            (Lang::En, K::InvalidTime) => "not a time in HH:MM form (00:00–23:59)".into(),
            (Lang::Ja, K::Negative) => "マイナスの値は使えません".into(),
            (Lang::En, K::Negative) => "must not be negative".into(),
            (Lang::Ja, K::NotInteger) => "整数(小数なし)である必要があります".into(),
            (Lang::En, K::NotInteger) => "must be a whole number".into(),
            (Lang::Ja, K::OutOfRange { min, max }) => format!("範囲外です({min}〜{max})"),
            (Lang::En, K::OutOfRange { min, max }) => format!("out of range ({min} to {max})"),
            (Lang::Ja, K::UnknownScheme { value }) => format!("補償制度「{}」はこのアプリにありません", short(value)),
            (Lang::En, K::UnknownScheme { value }) => format!("no scheme \"{}\" in this app", short(value)),
            (Lang::Ja, K::UnknownCustomer { value }) => format!(
                "「{}」は使えません(individual / sole_proprietor / corporation のいずれか)",
                short(value)
            ),
            (Lang::En, K::UnknownCustomer { value }) => format!(
                "\"{}\" is not one of individual, sole_proprietor, corporation",
                short(value)
            ),
            (Lang::Ja, K::UnknownQuestion) => "この補償制度にない質問です".into(),
            (Lang::En, K::UnknownQuestion) => "no such question in this scheme".into(),
            (Lang::Ja, K::UnknownField) => "知らない項目です".into(),
            (Lang::En, K::UnknownField) => "unknown field".into(),
            (Lang::Ja, K::TooManyRows { found }) => format!(
                "被害の件数が多すぎます({found} 件。1つの案件は {MAX_ROWS} 件まで)。案件を分けてください"
            ),
            (Lang::En, K::TooManyRows { found }) => format!(
                "too many losses ({found}; one case holds at most {MAX_ROWS}): split the case"
            ),
            (Lang::Ja, K::NewerVersion { found }) => format!(
                "このファイルは新しいバージョンのアプリで作成されました(version {found})。アプリを更新してから開いてください"
            ),
            (Lang::En, K::NewerVersion { found }) => format!(
                "this file was made by a newer version of this app (version {found}); update the app to open it"
            ),
        };
        if f.is_empty() {
            body
        } else {
            format!("{}: {body}", short(f))
        }
    }
}

pub(crate) fn parse_hhmm(s: &str) -> Option<NaiveTime> {
    let b = s.as_bytes();
    if b.len() != 5 || b.get(2) != Some(&b':') {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let p = s.get(r)?;
        if p.bytes().all(|c| c.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    NaiveTime::from_hms_opt(digits(0..2)?, digits(3..5)?, 0)
}

/// Strict `YYYY-MM-DD` (chrono alone would also take unpadded or signed forms).
pub(crate) fn parse_ymd(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let p = s.get(r)?;
        if p.bytes().all(|c| c.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// Nesting depth of JSON text, counting only brackets outside strings; stops early past `limit`.
fn depth_exceeds(json: &str, limit: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in json.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

struct Walker {
    errors: Vec<CaseError>,
}

impl Walker {
    fn err(&mut self, field: &str, kind: CaseErrorKind) {
        self.errors.push(CaseError::new(field, kind));
    }

    /// A field that must be a string: absent, null or another type is recorded as an error.
    fn required_str<'v>(&mut self, obj: &'v Map<String, Value>, field: &str) -> Option<&'v String> {
        match obj.get(field) {
            None | Some(Value::Null) => {
                self.err(field, CaseErrorKind::Missing);
                None
            }
            Some(Value::String(s)) => Some(s),
            Some(_) => {
                self.err(
                    field,
                    CaseErrorKind::WrongType {
                        expected: Expected::String,
                    },
                );
                None
            }
        }
    }

    fn amount(&mut self, field: &str, v: &Value, max: u64) -> Option<u64> {
        let n = match v {
            Value::Number(n) => n,
            _ => {
                self.err(
                    field,
                    CaseErrorKind::WrongType {
                        expected: Expected::Integer,
                    },
                );
                return None;
            }
        };
        if let Some(u) = n.as_u64() {
            if u > max {
                self.err(field, CaseErrorKind::OutOfRange { min: 0, max });
                return None;
            }
            return Some(u);
        }
        if n.as_i64().is_some() {
            self.err(field, CaseErrorKind::Negative);
            return None;
        }
        // A float: 1e5 or 300000.0 are whole numbers and accepted; 12.5 is not.
        let f = n.as_f64().unwrap_or(f64::NAN);
        if f.is_nan() {
            self.err(field, CaseErrorKind::NotInteger);
            None
        } else if f < 0.0 {
            self.err(field, CaseErrorKind::Negative);
            None
        } else if f.fract() != 0.0 {
            self.err(field, CaseErrorKind::NotInteger);
            None
        } else if f > max as f64 {
            self.err(field, CaseErrorKind::OutOfRange { min: 0, max });
            None
        } else {
            Some(f as u64)
        }
    }

    fn date(&mut self, field: &str, v: &Value) -> Option<NaiveDate> {
        let s = match v {
            Value::String(s) => s,
            _ => {
                self.err(
                    field,
                    CaseErrorKind::WrongType {
                        expected: Expected::Date,
                    },
                );
                return None;
            }
        };
        match parse_ymd(s) {
            Some(d) if super::limits::year_ok(d) => Some(d),
            Some(_) => {
                self.err(
                    field,
                    CaseErrorKind::OutOfRange {
                        min: i64::from(MIN_YEAR),
                        max: MAX_YEAR as u64,
                    },
                );
                None
            }
            None => {
                self.err(field, CaseErrorKind::InvalidDate);
                None
            }
        }
    }

    fn opt_date(&mut self, obj: &Map<String, Value>, key: &str) -> Option<NaiveDate> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => self.date(key, v),
        }
    }

    fn transaction(&mut self, i: usize, v: &Value) -> Option<Transaction> {
        let base = format!("transactions[{i}]");
        let obj = match v {
            Value::Object(o) => o,
            _ => {
                self.err(
                    &base,
                    CaseErrorKind::WrongType {
                        expected: Expected::Object,
                    },
                );
                return None;
            }
        };
        for k in obj.keys() {
            if !["date", "time", "amount_yen", "recovered_yen"].contains(&k.as_str()) {
                self.err(&format!("{base}.{k}"), CaseErrorKind::UnknownField);
            }
        }
        let date = match obj.get("date") {
            None | Some(Value::Null) => {
                self.err(&format!("{base}.date"), CaseErrorKind::Missing);
                None
            }
            Some(v) => self.date(&format!("{base}.date"), v),
        };
        let time = match obj.get("time") {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(s)) => match parse_hhmm(s) {
                Some(t) => Some(Some(t)),
                None => {
                    self.err(&format!("{base}.time"), CaseErrorKind::InvalidTime);
                    None
                }
            },
            Some(_) => {
                self.err(
                    &format!("{base}.time"),
                    CaseErrorKind::WrongType {
                        expected: Expected::Time,
                    },
                );
                None
            }
        };
        let amount = match obj.get("amount_yen") {
            None | Some(Value::Null) => {
                self.err(&format!("{base}.amount_yen"), CaseErrorKind::Missing);
                None
            }
            Some(v) => self.amount(&format!("{base}.amount_yen"), v, MAX_YEN),
        };
        let recovered = match obj.get("recovered_yen") {
            None | Some(Value::Null) => Some(0),
            Some(v) => self.amount(&format!("{base}.recovered_yen"), v, MAX_YEN),
        };
        Some(Transaction {
            date: date?,
            time: time?,
            amount_yen: amount?,
            recovered_yen: recovered?,
        })
    }
}

const TOP_FIELDS: [&str; 10] = [
    "version",
    "scheme",
    "customer",
    "transactions",
    "notified_on",
    "stolen_on",
    "unavoidable_days",
    "already_compensated_yen",
    "answers",
    "notes",
];

/// Reads a case file, reporting every problem with the field named. Never panics.
pub fn parse_case(json: &str) -> Result<CaseFile, Vec<CaseError>> {
    if json.len() > MAX_CASE_BYTES {
        return Err(vec![CaseError::new(
            "",
            CaseErrorKind::TooLarge { bytes: json.len() },
        )]);
    }
    if depth_exceeds(json, MAX_DEPTH) {
        return Err(vec![CaseError::new("", CaseErrorKind::TooDeep)]);
    }
    let root: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            return Err(vec![CaseError::new(
                "",
                CaseErrorKind::Syntax {
                    line: e.line(),
                    column: e.column(),
                },
            )])
        }
    };
    let obj = match &root {
        Value::Object(o) => o,
        _ => {
            return Err(vec![CaseError::new(
                "",
                CaseErrorKind::WrongType {
                    expected: Expected::Object,
                },
            )])
        }
    };
    let mut w = Walker { errors: Vec::new() };

    // The version decides how to read the rest, so a newer one stops here.
    let version = match obj.get("version") {
        None | Some(Value::Null) => {
            w.err("version", CaseErrorKind::Missing);
            None
        }
        Some(v) => match v.as_u64() {
            Some(n) if n > u64::from(CASE_FILE_VERSION) => {
                return Err(vec![CaseError::new(
                    "version",
                    CaseErrorKind::NewerVersion { found: n },
                )]);
            }
            Some(n) if n >= 1 => Some(n as u32),
            _ => {
                match v {
                    Value::Number(_) => w.err(
                        "version",
                        CaseErrorKind::OutOfRange {
                            min: 1,
                            max: u64::from(CASE_FILE_VERSION),
                        },
                    ),
                    _ => w.err(
                        "version",
                        CaseErrorKind::WrongType {
                            expected: Expected::Integer,
                        },
                    ),
                }
                None
            }
        },
    };

    for k in obj.keys() {
        if !TOP_FIELDS.contains(&k.as_str()) {
            w.err(k, CaseErrorKind::UnknownField);
        }
    }

    let scheme = w.required_str(obj, "scheme").and_then(|s| match pack(s) {
        Some(p) => Some(p),
        None => {
            w.err("scheme", CaseErrorKind::UnknownScheme { value: s.clone() });
            None
        }
    });

    let customer = w
        .required_str(obj, "customer")
        .and_then(|s| match Customer::parse(s) {
            Some(c) => Some(c),
            None => {
                w.err(
                    "customer",
                    CaseErrorKind::UnknownCustomer { value: s.clone() },
                );
                None
            }
        });

    let transactions = match obj.get("transactions") {
        None | Some(Value::Null) => {
            w.err("transactions", CaseErrorKind::Missing);
            None
        }
        Some(Value::Array(items)) if items.len() > MAX_ROWS => {
            w.err(
                "transactions",
                CaseErrorKind::TooManyRows { found: items.len() },
            );
            None
        }
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                match w.transaction(i, item) {
                    Some(t) => out.push(t),
                    None => ok = false,
                }
            }
            ok.then_some(out)
        }
        Some(_) => {
            w.err(
                "transactions",
                CaseErrorKind::WrongType {
                    expected: Expected::Array,
                },
            );
            None
        }
    };

    let notified_on = w.opt_date(obj, "notified_on");
    let stolen_on = w.opt_date(obj, "stolen_on");

    let unavoidable_days = match obj.get("unavoidable_days") {
        None | Some(Value::Null) => 0,
        Some(v) => w
            .amount("unavoidable_days", v, u64::from(MAX_UNAVOIDABLE_DAYS))
            .map(|n| n as u32)
            .unwrap_or(0),
    };
    let already_compensated_yen = match obj.get("already_compensated_yen") {
        None | Some(Value::Null) => 0,
        Some(v) => w.amount("already_compensated_yen", v, MAX_YEN).unwrap_or(0),
    };

    let mut answers = BTreeMap::new();
    match obj.get("answers") {
        None | Some(Value::Null) => {}
        Some(Value::Object(a)) => {
            for (k, v) in a {
                let field = format!("answers.{k}");
                if let Some(p) = scheme {
                    if p.question(k).is_none() {
                        w.err(&field, CaseErrorKind::UnknownQuestion);
                        continue;
                    }
                }
                match v {
                    Value::Bool(b) => {
                        answers.insert(k.clone(), *b);
                    }
                    // null = "I don't know", the same as leaving the id out.
                    Value::Null => {}
                    _ => w.err(
                        &field,
                        CaseErrorKind::WrongType {
                            expected: Expected::Bool,
                        },
                    ),
                }
            }
        }
        Some(_) => w.err(
            "answers",
            CaseErrorKind::WrongType {
                expected: Expected::Object,
            },
        ),
    }

    let notes = match obj.get("notes") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            w.err(
                "notes",
                CaseErrorKind::WrongType {
                    expected: Expected::String,
                },
            );
            String::new()
        }
    };

    if !w.errors.is_empty() {
        return Err(w.errors);
    }
    match (version, scheme, customer, transactions) {
        (Some(version), Some(scheme), Some(customer), Some(transactions)) => Ok(CaseFile {
            version,
            scheme: scheme.id.to_owned(),
            customer,
            transactions,
            notified_on,
            stolen_on,
            unavoidable_days,
            already_compensated_yen,
            answers,
            notes,
        }),
        // Unreachable in practice: each None above pushed an error.
        _ => Err(vec![CaseError::new("", CaseErrorKind::Missing)]),
    }
}

/// The case as pretty JSON (case file v1), for export.
pub fn to_json(case: &CaseFile) -> String {
    serde_json::to_string_pretty(case).unwrap_or_default()
}

#[cfg(test)]
mod tests {
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
        let got = parse_case(r#"{"version": 2, "whatever": true}"#);
        let e = got.err().unwrap_or_default();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].kind, CaseErrorKind::NewerVersion { found: 2 });
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
                CaseErrorKind::OutOfRange { min: 1, max: 1 }
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
}
