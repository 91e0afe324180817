//! Case file v2 (reads v1): what the victim entered, as the draft export format and the CLI input. The format
//! is documented with examples in `src/engine/CASE_FILE.md`.
//!
//! `parse_case` walks a `serde_json::Value` by hand rather than deriving, so that it can report
//! every problem with its field path instead of stopping at the first. Strings from a file stay
//! plain data: nothing here interprets them.
//!
//! One file (~850 lines; tests in `case_tests.rs`): the types, the walker that checks them field
//! by field and the writer are one format, and a field is added to all three at once.

pub use super::customer::Customer;
use super::pack::pack;
use super::Lang;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The case-file version this build writes; it reads 1 and 2. Version 2 added `pack_version`
/// and `none` (issue 21), so a build that knows only 1 says "made by a newer version" instead of
/// refusing the fields one by one.
pub const CASE_FILE_VERSION: u32 = 2;
/// Files larger than this are refused before parsing.
pub const MAX_CASE_BYTES: usize = 1 << 20;
/// Deeper nesting is refused before parsing (serde_json recurses per level).
pub const MAX_DEPTH: usize = 32;
// The bounds are the app's one set (`limits`), shared with the form and the stored draft.
pub use super::limits::{MAX_ROWS, MAX_UNAVOIDABLE_DAYS, MAX_YEAR, MAX_YEN, MIN_YEAR};

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
    /// The pack version the answers were given under (written by exports; informative: an
    /// answer's meaning is tied to its question id, see `ledger.json`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pack_version: String,
    /// Question id → answer. A missing id means "I don't know".
    #[serde(default)]
    pub answers: BTreeMap<String, bool>,
    /// Questions answered "I have none / don't use one" (a certificate, a token); `answers` holds
    /// the harmless answer the pack counts it as.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub none: BTreeSet<String>,
    /// Answers to questions the pack has retired (their meaning changed), dropped on reading:
    /// never carried over, never reinterpreted; the app asks their successors again.
    #[serde(skip)]
    pub dropped: Vec<String>,
    #[serde(default)]
    pub notes: String,
    /// The case's name, when the export carried it (issue 15): shown as the imported case's name.
    /// Cleaned as every name is (`name::clean_name`); written only when not empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
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
            pack_version: String::new(),
            answers: BTreeMap::new(),
            none: BTreeSet::new(),
            dropped: Vec::new(),
            notes: String::new(),
            label: String::new(),
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
            Expected::Object => "オブジェクト（{ }）",
            Expected::Array => "配列（[ ]）",
            Expected::String => "文字列",
            Expected::Integer => "整数",
            Expected::Bool => "true / false",
            Expected::Date => "日付（\"YYYY-MM-DD\"）",
            Expected::Time => "時刻（\"HH:MM\"）",
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
            (Lang::Ja, K::TooLarge { bytes }) => format!("ファイルが大きすぎます（{bytes} バイト。上限は 1 MiB）"),
            (Lang::En, K::TooLarge { bytes }) => format!("the file is too large ({bytes} bytes; the limit is 1 MiB)"),
            (Lang::Ja, K::TooDeep) => format!("入れ子が深すぎます（上限 {MAX_DEPTH} 段）"),
            (Lang::En, K::TooDeep) => format!("nested too deeply (limit {MAX_DEPTH} levels)"),
            (Lang::Ja, K::Syntax { line, column }) => format!("JSONとして読めません（{line} 行 {column} 列）"),
            (Lang::En, K::Syntax { line, column }) => format!("not valid JSON (line {line}, column {column})"),
            (Lang::Ja, K::Missing) => "必須の項目がありません".into(),
            (Lang::En, K::Missing) => "required but missing".into(),
            (Lang::Ja, K::WrongType { expected }) => format!("{}である必要があります", expected.ja()),
            (Lang::En, K::WrongType { expected }) => format!("must be {}", expected.en()),
            (Lang::Ja, K::InvalidDate) => "存在しない日付か、YYYY-MM-DD 形式ではありません".into(),
            (Lang::En, K::InvalidDate) => "not a real date in YYYY-MM-DD form".into(),
            (Lang::Ja, K::InvalidTime) => "HH:MM 形式の時刻（00:00〜23:59）ではありません".into(),
            (Lang::En, K::InvalidTime) => "not a time in HH:MM form (00:00–23:59)".into(),
            (Lang::Ja, K::Negative) => "マイナスの値は使えません".into(),
            (Lang::En, K::Negative) => "must not be negative".into(),
            (Lang::Ja, K::NotInteger) => "整数（小数なし）である必要があります".into(),
            (Lang::En, K::NotInteger) => "must be a whole number".into(),
            (Lang::Ja, K::OutOfRange { min, max }) => format!("範囲外です（{min}〜{max}）"),
            (Lang::En, K::OutOfRange { min, max }) => format!("out of range ({min} to {max})"),
            (Lang::Ja, K::UnknownScheme { value }) => format!("補償制度「{}」はこのアプリにありません", short(value)),
            (Lang::En, K::UnknownScheme { value }) => format!("no scheme \"{}\" in this app", short(value)),
            (Lang::Ja, K::UnknownCustomer { value }) => format!(
                "「{}」は使えません（individual / sole_proprietor / corporation のいずれか）",
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
                "被害の件数が多すぎます（{found} 件。1つの案件は {MAX_ROWS} 件まで）。案件を分けてください"
            ),
            (Lang::En, K::TooManyRows { found }) => format!(
                "too many losses ({found}; one case holds at most {MAX_ROWS}): split the case"
            ),
            (Lang::Ja, K::NewerVersion { found }) => format!(
                "このファイルは新しいバージョンのアプリで作成されました（version {found}）。アプリを更新してから開いてください"
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

const TOP_FIELDS: [&str; 13] = [
    "version",
    "pack_version",
    "none",
    "scheme",
    "customer",
    "transactions",
    "notified_on",
    "stolen_on",
    "unavoidable_days",
    "already_compensated_yen",
    "answers",
    "notes",
    "label",
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

    let pack_version = match obj.get("pack_version") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.chars().take(40).collect(),
        Some(_) => {
            w.err(
                "pack_version",
                CaseErrorKind::WrongType {
                    expected: Expected::String,
                },
            );
            String::new()
        }
    };

    let mut answers = BTreeMap::new();
    let mut dropped = Vec::new();
    match obj.get("answers") {
        None | Some(Value::Null) => {}
        Some(Value::Object(a)) => {
            for (k, v) in a {
                let field = format!("answers.{k}");
                if let Some(p) = scheme {
                    if p.question(k).is_none() {
                        if p.retired(k).is_some() {
                            dropped.push(k.clone());
                        } else {
                            w.err(&field, CaseErrorKind::UnknownQuestion);
                        }
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

    let mut none = BTreeSet::new();
    match obj.get("none") {
        None | Some(Value::Null) => {}
        Some(Value::Array(ids)) => {
            for (i, v) in ids.iter().enumerate() {
                let field = format!("none[{i}]");
                let Some(id) = v.as_str() else {
                    w.err(
                        &field,
                        CaseErrorKind::WrongType {
                            expected: Expected::String,
                        },
                    );
                    continue;
                };
                let Some(p) = scheme else { continue };
                if p.retired(id).is_some() {
                    continue;
                }
                match p.question(id).and_then(|q| q.none) {
                    Some(n) => {
                        // The harmless answer it counts as, whatever `answers` said.
                        answers.insert(id.to_owned(), n.counts_as);
                        none.insert(id.to_owned());
                    }
                    None => w.err(&field, CaseErrorKind::UnknownQuestion),
                }
            }
        }
        Some(_) => w.err(
            "none",
            CaseErrorKind::WrongType {
                expected: Expected::Array,
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

    // Anyone's text, like a draft's name: cleaned, never refused for its characters.
    let label = match obj.get("label") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => super::name::clean_name(s),
        Some(_) => {
            w.err(
                "label",
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
            pack_version,
            answers,
            none,
            dropped,
            notes,
            label,
        }),
        // Unreachable in practice: each None above pushed an error.
        _ => Err(vec![CaseError::new("", CaseErrorKind::Missing)]),
    }
}

/// The case as pretty JSON (case file v2), for export.
pub fn to_json(case: &CaseFile) -> String {
    serde_json::to_string_pretty(case).unwrap_or_default()
}

#[cfg(test)]
#[path = "case_tests.rs"]
mod tests;
