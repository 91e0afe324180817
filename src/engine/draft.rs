//! The stored draft: what the browser keeps so that nothing typed is ever lost. It holds the
//! case-file v1 fields *as typed* (raw strings, so a half-typed amount survives a reload) plus UI
//! state: the step, ticked steps, a staff note, and the bookkeeping two tabs need (revision, tab).
//!
//! The format is versioned. `load` never panics and never guesses:
//! - the current version is read as is;
//! - an older one goes through [`MIGRATIONS`] (one function per version step, on the JSON value),
//!   so shipping v2 means adding one function and a fixture, not touching old code;
//! - a newer one is handed back untouched (the UI shows it read-only);
//! - anything else is `Corrupt`, with the raw text so the caller can back it up first.
//!
//! Reading and writing are by hand over `serde_json::Value` (already linked for case files):
//! derived serde code for these types cost about 20 KB of wasm. No clock here: the caller stamps
//! `updated_ms` before [`serialize`].
//!
//! One file (~810 lines; tests in `draft_tests.rs`): the stored format, its reader, writer and
//! migrations, and the index built from it change together with each new field or version.

use super::case::{CaseFile, Customer, Transaction, CASE_FILE_VERSION};
use super::jst;
use super::limits::MAX_ROWS;
use super::name::clean_name;
use super::parse::{parse_amount_yen, parse_date, parse_days, parse_time};
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// The draft format this build writes.
pub const DRAFT_VERSION: u32 = 1;
/// Larger stored values are not parsed (localStorage holds about 5 MB per origin anyway).
pub const MAX_DRAFT_BYTES: usize = 4 << 20;
/// The key holding the format version inside a stored draft.
pub const VERSION_KEY: &str = "draft_version";

/// One loss exactly as typed; the names follow case file v1.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftLoss {
    pub date: String,
    pub time: String,
    pub amount_yen: String,
    pub recovered_yen: String,
}

/// The case-file v1 fields as typed, plus the two choices that precede a case file (the
/// scenario, and whether the bank has been told at all).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftCase {
    /// The UI's scenario id (e.g. `internet_banking`); kept as text so the engine needs no UI type.
    pub scenario: Option<String>,
    /// A pack id, or the UI's "not listed" choice.
    pub scheme: Option<String>,
    pub customer: Option<Customer>,
    pub transactions: Vec<DraftLoss>,
    /// `None`: not answered yet; `Some(false)`: not yet notified.
    pub notified: Option<bool>,
    pub notified_on: String,
    /// The notice's time as typed ("HH:MM", from "I've called"); shown, not assessed.
    pub notified_at: String,
    pub stolen_on: String,
    pub unavoidable_days: String,
    pub already_compensated_yen: String,
    /// Question id → answer, sorted by id, each id once; `null` is an explicit "I don't know"
    /// (as in case file v1). A list, not a map: one more map type costs about 5 KB of wasm.
    pub answers: Vec<(String, Option<bool>)>,
    pub notes: String,
    /// The report's own entries; written as `case.report` only when not empty.
    pub report: DraftReport,
}

/// What the report for the bank and the police sheet add to a case (issue 15): free text the user
/// writes after the verdict. Every field may be missing in a stored draft (missing = empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftReport {
    /// What happened, in the user's words (how the password could have leaked, messages or calls).
    pub account: String,
    /// When and how the loss was noticed.
    pub noticed: String,
    /// Whom the bank notice was given to (desk or person).
    pub notice_to: String,
    /// The reference number the bank gave.
    pub notice_ref: String,
    /// The recipient of each loss, by position in `transactions` (shorter = unknown for the rest).
    pub recipients: Vec<String>,
    /// Follow-up: the police station the report was made at.
    pub police_station: String,
    /// Follow-up: the police report's date, as typed.
    pub police_on: String,
    /// Follow-up: the police receipt number (受理番号).
    pub police_ref: String,
    /// Follow-up: the documents the bank asked for.
    pub docs_asked: String,
    /// Follow-up: the date the bank wants them by, as typed (a calendar event while not sent).
    pub docs_due: String,
    /// Follow-up: the date they were sent, as typed.
    pub docs_sent_on: String,
    /// Follow-up: the bank's answer.
    pub bank_answer: String,
}

impl DraftReport {
    pub fn is_empty(&self) -> bool {
        self == &DraftReport::default()
    }

    /// The recipient written for loss `i` (0-based), or "".
    pub fn recipient(&self, i: usize) -> &str {
        self.recipients.get(i).map_or("", String::as_str)
    }
}

/// Where the user was and what only this device keeps.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftUi {
    /// The step's slug (`start`, `losses`, `questions`, `result`, ...).
    pub step: String,
    /// The question index when `step` is `questions`.
    pub question: u16,
    /// The advice pack shown on the advice page.
    pub advice: Option<String>,
    /// Ticked next steps by id (`!id` records an untick of a step the answers marked done).
    pub ticks: BTreeSet<String>,
    /// Staff's free-text note. Never part of an exported case file.
    pub staff_note: String,
}

/// A stored draft.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub draft_version: u32,
    pub id: String,
    /// A name the user gave it; empty until renamed.
    pub name: String,
    /// Bumped on every write; a tab that finds a revision it did not write knows another tab
    /// changed the draft.
    pub rev: u64,
    /// The tab that wrote this revision.
    pub tab: String,
    /// When this revision was written, milliseconds since the Unix epoch (0: unknown).
    pub updated_ms: i64,
    pub case: DraftCase,
    pub ui: DraftUi,
}

impl Draft {
    pub fn new(id: &str) -> Draft {
        Draft {
            draft_version: DRAFT_VERSION,
            id: id.to_owned(),
            ..Draft::default()
        }
    }

    /// Whether nothing has been entered: such a draft is not worth storing.
    pub fn is_blank(&self) -> bool {
        self.name.is_empty()
            && self.case == DraftCase::default()
            && self.ui.staff_note.is_empty()
            && self.ui.ticks.is_empty()
    }

    /// The same content with the bookkeeping (revision, tab, time) left out: what "changed?" compares.
    pub fn content_eq(&self, other: &Draft) -> bool {
        self.name == other.name && self.case == other.case && self.ui == other.ui
    }

    pub fn status(&self) -> DraftStatus {
        match self.ui.step.as_str() {
            "result" => DraftStatus::Result,
            "advice" => DraftStatus::Advice,
            _ => DraftStatus::InProgress,
        }
    }
}

/// What `load` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadOutcome {
    Ok(Draft),
    /// An older format, brought up to date; `from` is the version found. Write it back only on
    /// the next real change, so that an older build can still read it until then.
    Migrated(Draft, u32),
    /// Written by a newer build: keep `raw` untouched and show it read-only.
    Newer {
        version: u64,
        raw: String,
    },
    /// Not a draft: copy `raw` to a backup before anything else happens to it.
    Corrupt {
        raw: String,
        error: String,
    },
}

/// One step of migration: the JSON of version n in, the JSON of version n + 1 out.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`. Empty while v1 is the only format
/// ever shipped; shipping v2 adds `v1_to_v2` here and `tests/fixtures/drafts/v2.json`.
pub const MIGRATIONS: &[Migration] = &[];

/// JSON string literal.
fn put_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `"key":` (keys are this module's own ASCII names or ids escaped like any string).
fn put_key(out: &mut String, first: &mut bool, key: &str) {
    if !*first {
        out.push(',');
    }
    *first = false;
    put_str(out, key);
    out.push(':');
}

fn put_opt_str(out: &mut String, v: &Option<String>) {
    match v {
        Some(s) => put_str(out, s),
        None => out.push_str("null"),
    }
}

fn put_opt_bool(out: &mut String, v: Option<bool>) {
    out.push_str(match v {
        Some(true) => "true",
        Some(false) => "false",
        None => "null",
    });
}

/// The draft as compact JSON in the current format.
pub fn serialize(d: &Draft) -> String {
    let mut o = String::with_capacity(512);
    let f = &mut true;
    o.push('{');
    put_key(&mut o, f, VERSION_KEY);
    o.push_str(&DRAFT_VERSION.to_string());
    put_key(&mut o, f, "id");
    put_str(&mut o, &d.id);
    put_key(&mut o, f, "name");
    put_str(&mut o, &d.name);
    put_key(&mut o, f, "rev");
    o.push_str(&d.rev.to_string());
    put_key(&mut o, f, "tab");
    put_str(&mut o, &d.tab);
    put_key(&mut o, f, "updated_ms");
    o.push_str(&d.updated_ms.to_string());

    let c = &d.case;
    put_key(&mut o, f, "case");
    let f = &mut true;
    o.push('{');
    put_key(&mut o, f, "scenario");
    put_opt_str(&mut o, &c.scenario);
    put_key(&mut o, f, "scheme");
    put_opt_str(&mut o, &c.scheme);
    put_key(&mut o, f, "customer");
    put_opt_str(&mut o, &c.customer.map(|c| c.as_str().to_owned()));
    put_key(&mut o, f, "transactions");
    o.push('[');
    for (i, t) in c.transactions.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        let f = &mut true;
        o.push('{');
        for (k, v) in [
            ("date", &t.date),
            ("time", &t.time),
            ("amount_yen", &t.amount_yen),
            ("recovered_yen", &t.recovered_yen),
        ] {
            put_key(&mut o, f, k);
            put_str(&mut o, v);
        }
        o.push('}');
    }
    o.push(']');
    put_key(&mut o, f, "notified");
    put_opt_bool(&mut o, c.notified);
    for (k, v) in [
        ("notified_on", &c.notified_on),
        ("stolen_on", &c.stolen_on),
        ("unavoidable_days", &c.unavoidable_days),
        ("already_compensated_yen", &c.already_compensated_yen),
    ] {
        put_key(&mut o, f, k);
        put_str(&mut o, v);
    }
    // Optional (absent reads as ""): a draft with no call time keeps the v1 layout exactly.
    if !c.notified_at.is_empty() {
        put_key(&mut o, f, "notified_at");
        put_str(&mut o, &c.notified_at);
    }
    put_key(&mut o, f, "answers");
    o.push('{');
    let fa = &mut true;
    for (k, v) in &c.answers {
        put_key(&mut o, fa, k);
        put_opt_bool(&mut o, *v);
    }
    o.push('}');
    put_key(&mut o, f, "notes");
    put_str(&mut o, &c.notes);
    if !c.report.is_empty() {
        put_report(&mut o, f, &c.report);
    }
    o.push('}');

    let u = &d.ui;
    let f = &mut false;
    put_key(&mut o, f, "ui");
    let f = &mut true;
    o.push('{');
    put_key(&mut o, f, "step");
    put_str(&mut o, &u.step);
    put_key(&mut o, f, "question");
    o.push_str(&u.question.to_string());
    put_key(&mut o, f, "advice");
    put_opt_str(&mut o, &u.advice);
    put_key(&mut o, f, "ticks");
    o.push('[');
    for (i, t) in u.ticks.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        put_str(&mut o, t);
    }
    o.push(']');
    put_key(&mut o, f, "staff_note");
    put_str(&mut o, &u.staff_note);
    o.push_str("}}");
    o
}

fn put_report(o: &mut String, f: &mut bool, r: &DraftReport) {
    put_key(o, f, "report");
    let f = &mut true;
    o.push('{');
    for (k, v) in [
        ("account", &r.account),
        ("noticed", &r.noticed),
        ("notice_to", &r.notice_to),
        ("notice_ref", &r.notice_ref),
        ("police_station", &r.police_station),
        ("police_on", &r.police_on),
        ("police_ref", &r.police_ref),
        ("docs_asked", &r.docs_asked),
        ("docs_due", &r.docs_due),
        ("docs_sent_on", &r.docs_sent_on),
        ("bank_answer", &r.bank_answer),
    ] {
        put_key(o, f, k);
        put_str(o, v);
    }
    put_key(o, f, "recipients");
    o.push('[');
    for (i, t) in r.recipients.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        put_str(o, t);
    }
    o.push_str("]}");
}

/// `case.report`, every field optional.
fn read_report(c: &Reader<'_>) -> Result<DraftReport, String> {
    let r = Reader::new(c.get("report"), "case.report")?;
    let mut recipients = Vec::new();
    for v in r.array("recipients")?.iter().take(MAX_ROWS) {
        recipients.push(
            v.as_str()
                .ok_or_else(|| r.bad("recipients", "a list of strings"))?
                .to_owned(),
        );
    }
    Ok(DraftReport {
        account: r.str("account")?,
        noticed: r.str("noticed")?,
        notice_to: r.str("notice_to")?,
        notice_ref: r.str("notice_ref")?,
        recipients,
        police_station: r.str("police_station")?,
        police_on: r.str("police_on")?,
        police_ref: r.str("police_ref")?,
        docs_asked: r.str("docs_asked")?,
        docs_due: r.str("docs_due")?,
        docs_sent_on: r.str("docs_sent_on")?,
        bank_answer: r.str("bank_answer")?,
    })
}

/// Reads one object's fields by hand; the first wrong field is the error, named by its path.
struct Reader<'a> {
    obj: Option<&'a Map<String, Value>>,
    path: &'a str,
}

impl<'a> Reader<'a> {
    fn new(v: Option<&'a Value>, path: &'a str) -> Result<Reader<'a>, String> {
        match v {
            None | Some(Value::Null) => Ok(Reader { obj: None, path }),
            Some(Value::Object(o)) => Ok(Reader { obj: Some(o), path }),
            Some(_) => Err(format!("{path}: not an object")),
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.obj?.get(key).filter(|v| !v.is_null())
    }

    fn bad(&self, key: &str, want: &str) -> String {
        if self.path.is_empty() {
            format!("{key}: not {want}")
        } else {
            format!("{}.{key}: not {want}", self.path)
        }
    }

    fn opt_str(&self, key: &str) -> Result<Option<String>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(self.bad(key, "a string")),
        }
    }

    fn str(&self, key: &str) -> Result<String, String> {
        Ok(self.opt_str(key)?.unwrap_or_default())
    }

    fn opt_bool(&self, key: &str) -> Result<Option<bool>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(self.bad(key, "true, false or null")),
        }
    }

    fn u64(&self, key: &str, max: u64) -> Result<u64, String> {
        match self.get(key) {
            None => Ok(0),
            Some(v) => v
                .as_u64()
                .filter(|n| *n <= max)
                .ok_or_else(|| self.bad(key, "a whole number in range")),
        }
    }

    fn i64(&self, key: &str) -> Result<i64, String> {
        match self.get(key) {
            None => Ok(0),
            Some(v) => v.as_i64().ok_or_else(|| self.bad(key, "a whole number")),
        }
    }

    fn array(&self, key: &str) -> Result<&'a [Value], String> {
        match self.get(key) {
            None => Ok(&[]),
            Some(Value::Array(a)) => Ok(a),
            Some(_) => Err(self.bad(key, "an array")),
        }
    }
}

/// A draft from its JSON value (any version-1 shape; unknown fields are ignored).
fn from_value(v: &Value) -> Result<Draft, String> {
    let top = Reader::new(Some(v), "")?;
    let c = Reader::new(top.get("case"), "case")?;
    let u = Reader::new(top.get("ui"), "ui")?;
    let customer = match c.opt_str("customer")? {
        None => None,
        Some(s) => Some(Customer::parse(&s).ok_or_else(|| c.bad("customer", "a customer type"))?),
    };
    let rows = c.array("transactions")?;
    // The one row cap (`limits`): the form cannot make more, so more is not a draft of this app.
    if rows.len() > MAX_ROWS {
        return Err(format!("case.transactions: more than {MAX_ROWS} losses"));
    }
    let mut transactions = Vec::new();
    for (i, t) in rows.iter().enumerate() {
        let path = format!("case.transactions[{i}]");
        let t = Reader::new(Some(t), &path)?;
        transactions.push(DraftLoss {
            date: t.str("date")?,
            time: t.str("time")?,
            amount_yen: t.str("amount_yen")?,
            recovered_yen: t.str("recovered_yen")?,
        });
    }
    let mut answers = Vec::new();
    if let Some(a) = c.get("answers") {
        let a = a.as_object().ok_or_else(|| c.bad("answers", "an object"))?;
        for (k, v) in a {
            let b = match v {
                Value::Bool(b) => Some(*b),
                Value::Null => None,
                _ => return Err(format!("case.answers.{k}: not true, false or null")),
            };
            // serde_json's map is sorted by key, so the list is too.
            answers.push((k.clone(), b));
        }
    }
    let mut ticks = BTreeSet::new();
    for t in u.array("ticks")? {
        ticks.insert(
            t.as_str()
                .ok_or_else(|| u.bad("ticks", "a list of strings"))?
                .to_owned(),
        );
    }
    Ok(Draft {
        draft_version: DRAFT_VERSION,
        id: top.str("id")?,
        name: top.str("name")?,
        rev: top.u64("rev", u64::MAX)?,
        tab: top.str("tab")?,
        updated_ms: top.i64("updated_ms")?,
        case: DraftCase {
            scenario: c.opt_str("scenario")?,
            scheme: c.opt_str("scheme")?,
            customer,
            transactions,
            notified: c.opt_bool("notified")?,
            notified_on: c.str("notified_on")?,
            notified_at: c.str("notified_at")?,
            stolen_on: c.str("stolen_on")?,
            unavoidable_days: c.str("unavoidable_days")?,
            already_compensated_yen: c.str("already_compensated_yen")?,
            answers,
            notes: c.str("notes")?,
            report: read_report(&c)?,
        },
        ui: DraftUi {
            step: u.str("step")?,
            question: u.u64("question", u64::from(u16::MAX))? as u16,
            advice: u.opt_str("advice")?,
            ticks,
            staff_note: u.str("staff_note")?,
        },
    })
}

/// Reads a stored draft. Never panics, whatever `raw` holds.
pub fn load(raw: &str) -> LoadOutcome {
    load_with(raw, DRAFT_VERSION, MIGRATIONS)
}

/// [`load`] with the current version and migrations as parameters, so the migration path is
/// tested before a v2 exists.
pub fn load_with(raw: &str, current: u32, migrations: &[Migration]) -> LoadOutcome {
    let corrupt = |error: String| LoadOutcome::Corrupt {
        raw: raw.to_owned(),
        error,
    };
    if raw.len() > MAX_DRAFT_BYTES {
        return corrupt(format!("larger than {MAX_DRAFT_BYTES} bytes"));
    }
    // serde_json stops at 128 levels of nesting, so hostile depth is an error, not a crash.
    let mut value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => {
            return corrupt(format!(
                "not JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        }
    };
    let version = match value.get(VERSION_KEY) {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v >= 1 => v,
            _ => return corrupt(format!("{VERSION_KEY} is not a positive whole number")),
        },
        Some(_) => return corrupt(format!("{VERSION_KEY} is not a number")),
        None if value.is_object() => return corrupt(format!("no {VERSION_KEY}")),
        None => return corrupt("not a JSON object".into()),
    };
    if version > u64::from(current) {
        return LoadOutcome::Newer {
            version,
            raw: raw.to_owned(),
        };
    }
    let from = version as u32;
    for v in from..current {
        let step = (v as usize).checked_sub(1).and_then(|i| migrations.get(i));
        let Some(step) = step else {
            return corrupt(format!("no migration from version {v}"));
        };
        value = match step(value) {
            Ok(next) => next,
            Err(e) => return corrupt(format!("migration from version {v} failed: {e}")),
        };
        if let Some(obj) = value.as_object_mut() {
            obj.insert(VERSION_KEY.into(), Value::from(v + 1));
        }
    }
    match from_value(&value) {
        Ok(mut d) => {
            d.draft_version = current;
            if from == current {
                LoadOutcome::Ok(d)
            } else {
                LoadOutcome::Migrated(d, from)
            }
        }
        Err(e) => corrupt(format!("not a draft: {e}")),
    }
}

/// The key that holds staff's note in every draft format (`ui.staff_note` in v1).
const STAFF_NOTE_KEY: &str = "staff_note";

/// A stored draft's text for "download as it is" (an unreadable or newer-format draft), without
/// the staff note: the app promises the note never leaves in a file. JSON (a newer format, or a
/// wrong value) loses every `staff_note` field wherever it sits; text that is not JSON (cut off,
/// edited) has the string after each `"staff_note":` blanked, to its end if unterminated.
pub fn raw_without_staff_note(raw: &str) -> String {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(o) => {
                o.remove(STAFF_NOTE_KEY);
                o.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    if raw.len() <= MAX_DRAFT_BYTES {
        if let Ok(mut v) = serde_json::from_str::<Value>(raw) {
            if v.is_object() {
                strip(&mut v);
                return serde_json::to_string(&v).unwrap_or_default();
            }
        }
    }
    let needle = "\"staff_note\"";
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find(needle) {
        let (head, tail) = rest.split_at(at + needle.len());
        out.push_str(head);
        rest = tail;
        // `: "` then the string up to its closing unescaped quote.
        let after_colon = rest.trim_start().strip_prefix(':').map(str::trim_start);
        let Some(value) = after_colon.and_then(|t| t.strip_prefix('"')) else {
            continue;
        };
        out.push_str(rest.get(..rest.len() - value.len()).unwrap_or(""));
        let mut escaped = false;
        let mut end = value.len();
        for (i, ch) in value.char_indices() {
            match (escaped, ch) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        out.push('"');
        rest = value.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// What a draft's typed case amounts to: the case file built from the rows that parse.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Built {
    pub case: Option<CaseFile>,
    /// For each transaction in `case`, its row number on screen (1-based).
    pub rows: Vec<usize>,
    /// Rows left out because an entry does not parse or is missing.
    pub bad_rows: usize,
}

fn amount_or_zero(raw: &str) -> Option<u64> {
    if raw.trim().is_empty() {
        Some(0)
    } else {
        parse_amount_yen(raw).ok()
    }
}

fn typed_transaction(l: &DraftLoss) -> Option<Transaction> {
    let date = parse_date(&l.date).ok()?;
    let time = if l.time.trim().is_empty() {
        None
    } else {
        Some(parse_time(&l.time).ok()?)
    };
    Some(Transaction {
        date,
        time,
        amount_yen: parse_amount_yen(&l.amount_yen).ok()?,
        recovered_yen: amount_or_zero(&l.recovered_yen)?,
    })
}

/// The case file for a draft's typed entries under `pack_id` (the scheme the UI resolved), with
/// the same parsers and limits as the form's checks. Rows with an error are left out (and
/// counted) so the live estimate never guesses at what a half-typed field means; rows past
/// [`MAX_ROWS`] never reach a file.
pub fn build_case(pack_id: &str, d: &DraftCase) -> Built {
    let mut out = Built::default();
    let Some(customer) = d.customer else {
        return out;
    };
    let mut transactions = Vec::new();
    for (i, l) in d.transactions.iter().enumerate() {
        match typed_transaction(l).filter(|_| i < MAX_ROWS) {
            Some(t) => {
                transactions.push(t);
                out.rows.push(i + 1);
            }
            None => out.bad_rows += 1,
        }
    }
    let date = |s: &str| parse_date(s).ok();
    let mut answers = std::collections::BTreeMap::new();
    for (k, v) in &d.answers {
        if let Some(b) = v {
            answers.insert(k.clone(), *b);
        }
    }
    out.case = Some(CaseFile {
        version: CASE_FILE_VERSION,
        scheme: pack_id.to_owned(),
        customer,
        transactions,
        notified_on: if d.notified == Some(true) {
            date(&d.notified_on)
        } else {
            None
        },
        stolen_on: date(&d.stolen_on),
        unavoidable_days: parse_days(&d.unavoidable_days).unwrap_or(0),
        already_compensated_yen: amount_or_zero(&d.already_compensated_yen).unwrap_or(0),
        answers,
        notes: d.notes.clone(),
        label: String::new(),
    });
    out
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn hhmm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

impl DraftCase {
    /// An imported case file as the form would hold it typed: each value in the form's own
    /// notation, so [`build_case`] gives the same file back. `scenario` is the UI's to set.
    pub fn from_case(c: &CaseFile) -> DraftCase {
        let amount = |n: u64| if n == 0 { String::new() } else { n.to_string() };
        DraftCase {
            scenario: None,
            scheme: Some(c.scheme.clone()),
            customer: Some(c.customer),
            transactions: c
                .transactions
                .iter()
                .map(|t| DraftLoss {
                    date: ymd(t.date),
                    time: t.time.map(hhmm).unwrap_or_default(),
                    amount_yen: t.amount_yen.to_string(),
                    recovered_yen: amount(t.recovered_yen),
                })
                .collect(),
            notified: Some(c.notified_on.is_some()),
            notified_on: c.notified_on.map(ymd).unwrap_or_default(),
            notified_at: String::new(),
            stolen_on: c.stolen_on.map(ymd).unwrap_or_default(),
            unavoidable_days: if c.unavoidable_days == 0 {
                String::new()
            } else {
                c.unavoidable_days.to_string()
            },
            already_compensated_yen: amount(c.already_compensated_yen),
            answers: c
                .answers
                .iter()
                .map(|(k, v)| (k.clone(), Some(*v)))
                .collect(),
            notes: c.notes.clone(),
            report: DraftReport::default(),
        }
    }
}

/// A draft's state as the list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftStatus {
    /// Still being filled in.
    InProgress,
    /// The result has been shown.
    Result,
    /// An advice-only scenario.
    Advice,
    /// Written by a newer build: read-only here.
    Newer,
    /// Unreadable; a backup copy was kept.
    Corrupt,
}

/// One line of the drafts list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    pub id: String,
    pub name: String,
    /// Pack id, "not listed", or the advice pack of an advice-only case.
    pub scheme: Option<String>,
    /// Last change in Japan time, "YYYY-MM-DD HH:MM"; empty when unknown.
    pub updated: String,
    pub updated_ms: i64,
    pub status: DraftStatus,
}

/// "YYYY-MM-DD HH:MM" in Japan time for epoch milliseconds; empty for 0 or out of range.
/// Formatted by hand: chrono's formatter costs about 9 KB of wasm.
pub fn format_jst(ms: i64) -> String {
    if ms <= 0 {
        return String::new();
    }
    jst::from_epoch_millis(ms as f64)
        .map(|t| {
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                t.year(),
                t.month(),
                t.day(),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_default()
}

fn entry_from_draft(id: &str, d: &Draft) -> IndexEntry {
    let scheme = if d.ui.step == "advice" {
        d.ui.advice.clone().or_else(|| d.case.scheme.clone())
    } else {
        d.case.scheme.clone()
    };
    IndexEntry {
        id: id.to_owned(),
        name: clean_name(&d.name),
        scheme,
        updated: format_jst(d.updated_ms),
        updated_ms: d.updated_ms,
        status: d.status(),
    }
}

/// The list entry for a stored value under `id` (the storage key's id wins over the JSON's).
/// A newer draft still shows its name, scheme and time when those fields are readable.
pub fn index_entry(id: &str, outcome: &LoadOutcome) -> IndexEntry {
    match outcome {
        LoadOutcome::Ok(d) | LoadOutcome::Migrated(d, _) => entry_from_draft(id, d),
        LoadOutcome::Newer { raw, .. } => {
            let v: Value = serde_json::from_str(raw).unwrap_or(Value::Null);
            let updated_ms = v.get("updated_ms").and_then(Value::as_i64).unwrap_or(0);
            IndexEntry {
                id: id.to_owned(),
                name: clean_name(v.get("name").and_then(Value::as_str).unwrap_or_default()),
                scheme: v
                    .get("case")
                    .and_then(|c| c.get("scheme"))
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                updated: format_jst(updated_ms),
                updated_ms,
                status: DraftStatus::Newer,
            }
        }
        LoadOutcome::Corrupt { .. } => IndexEntry {
            id: id.to_owned(),
            name: String::new(),
            scheme: None,
            updated: String::new(),
            updated_ms: 0,
            status: DraftStatus::Corrupt,
        },
    }
}

/// The drafts list from `(id, stored text)` pairs: newest first, then by id for a stable order.
pub fn index<'a>(stored: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<IndexEntry> {
    let mut out = Vec::new();
    for (id, raw) in stored {
        insert_sorted(&mut out, index_entry(id, &load(raw)));
    }
    out
}

/// Puts `e` in its place (newest first, then by id), replacing an entry with the same id.
/// By hand rather than `sort_by`: each sort instantiation costs about 2 KB of wasm.
pub fn insert_sorted(list: &mut Vec<IndexEntry>, e: IndexEntry) {
    list.retain(|x| x.id != e.id);
    let at = list
        .iter()
        .position(|x| (x.updated_ms, &e.id) < (e.updated_ms, &x.id))
        .unwrap_or(list.len());
    list.insert(at, e);
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;
