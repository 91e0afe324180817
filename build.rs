//! Reads the rule packs in `src/engine/packs/*.json`, checks every one, and writes them as Rust
//! statics to `$OUT_DIR/packs_generated.rs` (included by `src/engine/pack.rs`). A pack that fails a
//! check stops the build with a message naming the file, the pack id and the field.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const PACK_DIR: &str = "src/engine/packs";

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Text {
    ja: String,
    en: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Cite {
    doc: String,
    clause: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    id: String,
    kind: String,
    title: Text,
    #[serde(default)]
    as_of: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Clause {
    cite: Cite,
    #[serde(default)]
    clause_text: String,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomerRule {
    eligible: bool,
    #[serde(default)]
    cap_yen: Option<u64>,
    #[serde(default)]
    see: Option<String>,
    cite: Cite,
    #[serde(default)]
    clause_text: String,
    text: Text,
    /// Shown beside the amount where the cap is an inference from unclear wording.
    #[serde(default)]
    cap_note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Customers {
    individual: CustomerRule,
    sole_proprietor: CustomerRule,
    corporation: CustomerRule,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Start {
    date: String,
    #[serde(default)]
    time: Option<String>,
    at_start_minute: String,
    cite: Cite,
    #[serde(default)]
    clause_text: String,
    text: Text,
    #[serde(default)]
    conflict: Option<Clause>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Window {
    rule: String,
    /// Required: "forward_from_event" or "back_from_notice" (checked with a clear message).
    #[serde(default)]
    counts: Option<String>,
    days: u32,
    #[serde(default)]
    unavoidable_days_extend: bool,
    basis: String,
    cite: Cite,
    #[serde(default)]
    clause_text: String,
    text: Text,
    label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bar {
    years: u32,
    #[serde(default)]
    counts: Option<String>,
    cite: Cite,
    #[serde(default)]
    clause_text: String,
    text: Text,
    label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    id: String,
    title: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Effects {
    yes: Option<String>,
    no: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ratio {
    num: u32,
    den: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    id: String,
    group: String,
    text: Text,
    cite: Option<Cite>,
    #[serde(default)]
    clause_text: String,
    effects: Option<Effects>,
    #[serde(default)]
    ratio: Option<Ratio>,
    #[serde(default)]
    requires: Vec<String>,
    #[serde(default)]
    softens: Vec<String>,
    #[serde(default)]
    step: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    id: String,
    text: Text,
    cite: Cite,
    #[serde(default)]
    done_if: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Hours {
    kind: String,
    #[serde(default)]
    open: Option<String>,
    #[serde(default)]
    close: Option<String>,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Contact {
    id: String,
    name: Text,
    #[serde(default)]
    phone: Option<String>,
    hours: Hours,
    cite: Cite,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Note {
    id: String,
    text: Text,
    #[serde(default)]
    cite: Option<Cite>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pack {
    id: String,
    order: u32,
    version: String,
    name: Text,
    summary: Text,
    product: String,
    sources: Vec<Source>,
    as_of: String,
    #[serde(default)]
    as_of_note: Option<Text>,
    effective_from: String,
    #[serde(default)]
    effective_to: Option<String>,
    /// Take `groups`, `questions`, `steps` and `contacts` from this pack.
    #[serde(default)]
    inherit: Option<String>,
    customers: Customers,
    start: Start,
    #[serde(default)]
    window: Option<Window>,
    #[serde(default)]
    bar: Option<Bar>,
    #[serde(default)]
    always_case_by_case: Option<Clause>,
    /// Shown with the customer-type choice where the scheme is defined by a contract, not a type.
    #[serde(default)]
    customer_note: Option<Text>,
    #[serde(default)]
    groups: Option<Vec<Group>>,
    #[serde(default)]
    questions: Option<Vec<Question>>,
    #[serde(default)]
    steps: Option<Vec<Step>>,
    #[serde(default)]
    contacts: Option<Vec<Contact>>,
    notes: Vec<Note>,
}

/// Collects every problem of one pack so the author sees them all at once.
struct Check<'a> {
    file: &'a str,
    id: String,
    errors: Vec<String>,
}

impl Check<'_> {
    fn err(&mut self, field: &str, msg: impl std::fmt::Display) {
        self.errors.push(format!(
            "{} (pack {}): {}: {}",
            self.file, self.id, field, msg
        ));
    }

    fn text(&mut self, field: &str, t: &Text) {
        if t.ja.trim().is_empty() {
            self.err(
                &format!("{field}.ja"),
                "empty text (every text needs ja and en)",
            );
        }
        if t.en.trim().is_empty() {
            self.err(
                &format!("{field}.en"),
                "empty text (every text needs ja and en)",
            );
        }
        if t.ja.contains('\u{1f}') || t.en.contains('\u{1f}') {
            self.err(field, "U+001F is reserved (it joins ja and en in the wasm)");
        }
    }

    fn cite(&mut self, field: &str, c: &Cite, sources: &BTreeMap<String, String>) {
        match sources.get(&c.doc) {
            None => self.err(
                &format!("{field}.doc"),
                format!("\"{}\" is not one of the pack's sources", c.doc),
            ),
            Some(_) if c.clause.trim().is_empty() => {
                self.err(&format!("{field}.clause"), "empty clause")
            }
            Some(_) if c.clause.contains('\u{1f}') => self.err(
                &format!("{field}.clause"),
                "U+001F is reserved (it joins doc and clause in the wasm)",
            ),
            Some(_) => {}
        }
    }

    /// Seed documents are quoted verbatim; statutes and agreements only where the wording is
    /// certain, so an empty `clause_text` is allowed for them.
    fn clause_text(
        &mut self,
        field: &str,
        c: &Cite,
        text: &str,
        sources: &BTreeMap<String, String>,
    ) {
        if sources.get(&c.doc).map(String::as_str) == Some("seed") && text.trim().is_empty() {
            self.err(
                field,
                "a clause from a seed document needs its original wording",
            );
        }
    }

    fn clause(&mut self, field: &str, c: &Clause, sources: &BTreeMap<String, String>) {
        self.cite(&format!("{field}.cite"), &c.cite, sources);
        self.clause_text(
            &format!("{field}.clause_text"),
            &c.cite,
            &c.clause_text,
            sources,
        );
        self.text(&format!("{field}.text"), &c.text);
    }

    fn date(&mut self, field: &str, s: &str) -> Option<(i32, u32, u32)> {
        let r = parse_date(s);
        if r.is_none() {
            self.err(field, format!("\"{s}\" is not a real YYYY-MM-DD date"));
        }
        r
    }

    fn time(&mut self, field: &str, s: &str) -> Option<(u32, u32)> {
        let r = parse_time(s);
        if r.is_none() {
            self.err(field, format!("\"{s}\" is not a HH:MM time"));
        }
        r
    }
}

fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let dim = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=dim).contains(&d).then_some((y, m, d))
}

fn parse_time(s: &str) -> Option<(u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return None;
    }
    let h: u32 = s.get(0..2)?.parse().ok()?;
    let m: u32 = s.get(3..5)?.parse().ok()?;
    (h < 24 && m < 60).then_some((h, m))
}

const EFFECTS: [&str; 4] = ["ok", "todo", "reduces", "excludes"];

fn effect_rs(e: &str) -> &'static str {
    match e {
        "todo" => "Effect::Todo",
        "reduces" => "Effect::Reduces",
        "excludes" => "Effect::Excludes",
        _ => "Effect::Ok",
    }
}

fn s(v: &str) -> String {
    // `{:?}` of a str is a valid Rust string literal.
    format!("{v:?}")
}

fn text_rs(t: &Text) -> String {
    // One string, ja U+001F en (see `engine::Text`).
    format!("Text::new({})", s(&format!("{}\u{1f}{}", t.ja, t.en)))
}

fn cite_rs(c: &Cite) -> String {
    format!("Cite::new({})", s(&format!("{}\u{1f}{}", c.doc, c.clause)))
}

fn clause_rs(cite: &Cite, clause_text: &str, text: &Text) -> String {
    format!(
        "Clause {{ cite: {}, clause_text: {}, text: {} }}",
        cite_rs(cite),
        s(clause_text),
        text_rs(text)
    )
}

fn date_rs(s: &str) -> String {
    match parse_date(s) {
        Some((y, m, d)) => format!("d({y}, {m}, {d})"),
        None => "NaiveDate::MIN".into(),
    }
}

fn time_opt_rs(t: &Option<String>) -> String {
    match t.as_deref().and_then(parse_time) {
        Some((h, m)) => format!("Some(hm({h}, {m}))"),
        None => "None".into(),
    }
}

fn opt_rs<T>(v: &Option<T>, f: impl Fn(&T) -> String) -> String {
    match v {
        Some(x) => format!("Some({})", f(x)),
        None => "None".into(),
    }
}

fn strs_rs(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|x| s(x)).collect();
    format!("&[{}]", items.join(", "))
}

fn usizes_rs(v: &[usize]) -> String {
    let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    format!("&[{}]", items.join(", "))
}

struct Loaded {
    file: String,
    pack: Pack,
}

fn main() {
    // scripts/check-pack-refusals.sh points this at broken copies to prove they fail the build.
    println!("cargo:rerun-if-env-changed=HN_PACK_DIR");
    let dir = std::env::var("HN_PACK_DIR").unwrap_or_else(|_| PACK_DIR.to_string());
    let dir = dir.as_str();
    println!("cargo:rerun-if-changed={dir}");
    println!("cargo:rerun-if-changed=build.rs");

    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => panic!("cannot read {dir}: {e}"),
    };
    files.sort();

    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let file = path.display().to_string();
        let raw = match std::fs::read_to_string(path) {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{file}: cannot read: {e}"));
                continue;
            }
        };
        match serde_json::from_str::<Pack>(&raw) {
            Ok(pack) => loaded.push(Loaded { file, pack }),
            Err(e) => errors.push(format!(
                "{file} (pack {}): {e}",
                pack_id_hint(&raw).unwrap_or_else(|| "?".into())
            )),
        }
    }
    if loaded.is_empty() && errors.is_empty() {
        errors.push(format!("{dir}: no pack files"));
    }

    // Cross-pack checks.
    let mut ids = BTreeSet::new();
    let mut orders = BTreeSet::new();
    for l in &loaded {
        if !ids.insert(l.pack.id.clone()) {
            errors.push(format!(
                "{} (pack {}): id: duplicate pack id",
                l.file, l.pack.id
            ));
        }
        if !orders.insert(l.pack.order) {
            errors.push(format!(
                "{} (pack {}): order: duplicate order {}",
                l.file, l.pack.id, l.pack.order
            ));
        }
    }
    let by_id: BTreeMap<String, usize> = loaded
        .iter()
        .enumerate()
        .map(|(i, l)| (l.pack.id.clone(), i))
        .collect();

    for l in &loaded {
        errors.extend(validate(l, &loaded, &by_id));
    }

    if !errors.is_empty() {
        for e in &errors {
            println!("cargo:warning=rule pack error: {e}");
        }
        panic!("invalid rule pack(s):\n  {}", errors.join("\n  "));
    }

    loaded.sort_by_key(|l| l.pack.order);
    // scripts/pack-size.sh builds once with this set to measure what the packs cost in the wasm:
    // the packs are left out, and `packs()` hides its slice behind `black_box`, so the code stays.
    println!("cargo:rerun-if-env-changed=HN_MEASURE_WITHOUT_PACKS");
    let code = if std::env::var_os("HN_MEASURE_WITHOUT_PACKS").is_some() {
        String::from("static PACKS: [Pack; 0] = [];\n")
    } else {
        generate(&loaded)
    };
    let out = match std::env::var("OUT_DIR") {
        Ok(o) => Path::new(&o).join("packs_generated.rs"),
        Err(e) => panic!("OUT_DIR not set: {e}"),
    };
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}

fn pack_id_hint(raw: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(raw).ok()?;
    v.get("id")?.as_str().map(str::to_owned)
}

/// The pack whose groups / questions / steps / contacts this one uses.
fn source_of<'a>(l: &'a Loaded, loaded: &'a [Loaded], by_id: &BTreeMap<String, usize>) -> &'a Pack {
    l.pack
        .inherit
        .as_ref()
        .and_then(|p| by_id.get(p))
        .and_then(|&i| loaded.get(i))
        .map(|x| &x.pack)
        .unwrap_or(&l.pack)
}

/// A deadline rule must say which way it counts, and that must agree with its wording.
fn check_counts(c: &mut Check, field: &str, got: Option<&str>, want: &str) {
    match got {
        None => c.err(
            field,
            format!("required: \"forward_from_event\" or \"back_from_notice\" (this rule's wording counts {want})"),
        ),
        Some(x) if x != "forward_from_event" && x != "back_from_notice" => c.err(
            field,
            format!("\"{x}\": must be \"forward_from_event\" or \"back_from_notice\""),
        ),
        Some(x) if x != want => c.err(
            field,
            format!("\"{x}\" contradicts the rule's wording, which counts {want}"),
        ),
        Some(_) => {}
    }
}

fn counts_rs(x: &Option<String>) -> &'static str {
    match x.as_deref() {
        Some("back_from_notice") => "Counts::BackFromNotice",
        _ => "Counts::ForwardFromEvent",
    }
}

fn validate(l: &Loaded, loaded: &[Loaded], by_id: &BTreeMap<String, usize>) -> Vec<String> {
    let p = &l.pack;
    let mut c = Check {
        file: &l.file,
        id: p.id.clone(),
        errors: Vec::new(),
    };

    if p.id.trim().is_empty() || !p.id.contains('/') {
        c.err("id", "must be \"issuer/scheme\"");
    }
    let expected_file = format!("{}.json", p.id.replace('/', "__"));
    if !l.file.ends_with(&expected_file) {
        c.err("id", format!("file should be named {expected_file}"));
    }
    if p.version.trim().is_empty() {
        c.err("version", "missing version");
    }
    c.text("name", &p.name);
    c.text("summary", &p.summary);
    if !["internet_banking", "cash_card"].contains(&p.product.as_str()) {
        c.err("product", "must be internet_banking or cash_card");
    }

    let mut sources = BTreeMap::new();
    if p.sources.is_empty() {
        c.err("sources", "at least one source");
    }
    for (i, src) in p.sources.iter().enumerate() {
        let f = format!("sources[{i}]");
        if src.id.trim().is_empty() {
            c.err(&format!("{f}.id"), "empty");
        }
        if sources.insert(src.id.clone(), src.kind.clone()).is_some() {
            c.err(&format!("{f}.id"), "duplicate source id");
        }
        if !["seed", "statute", "agreement"].contains(&src.kind.as_str()) {
            c.err(&format!("{f}.kind"), "must be seed, statute or agreement");
        }
        c.text(&format!("{f}.title"), &src.title);
        if let Some(d) = &src.as_of {
            c.date(&format!("{f}.as_of"), d);
        }
    }

    c.date("as_of", &p.as_of);
    if let Some(t) = &p.as_of_note {
        c.text("as_of_note", t);
    }
    let from = c.date("effective_from", &p.effective_from);
    if let Some(to) = &p.effective_to {
        if let (Some(a), Some(b)) = (from, c.date("effective_to", to)) {
            if b < a {
                c.err("effective_to", "before effective_from");
            }
        }
    }

    for (name, r) in [
        ("individual", &p.customers.individual),
        ("sole_proprietor", &p.customers.sole_proprietor),
        ("corporation", &p.customers.corporation),
    ] {
        let f = format!("customers.{name}");
        c.cite(&format!("{f}.cite"), &r.cite, &sources);
        c.clause_text(
            &format!("{f}.clause_text"),
            &r.cite,
            &r.clause_text,
            &sources,
        );
        c.text(&format!("{f}.text"), &r.text);
        if r.cap_yen == Some(0) {
            c.err(&format!("{f}.cap_yen"), "a cap must be > 0");
        }
        if !r.eligible && r.cap_yen.is_some() {
            c.err(
                &format!("{f}.cap_yen"),
                "a cap on a customer type that is not covered",
            );
        }
        if let Some(n) = &r.cap_note {
            if r.cap_yen.is_none() {
                c.err(&format!("{f}.cap_note"), "a cap note without a cap");
            }
            c.text(&format!("{f}.cap_note"), n);
        }
        if let Some(see) = &r.see {
            if !by_id.contains_key(see) {
                c.err(&format!("{f}.see"), format!("no pack \"{see}\""));
            }
        }
    }

    let start_date = c.date("start.date", &p.start.date);
    if let (Some(sd), Some(ef)) = (start_date, from) {
        if sd != ef {
            c.err("start.date", "must equal effective_from");
        }
    }
    if let Some(t) = &p.start.time {
        c.time("start.time", t);
    }
    match p.start.at_start_minute.as_str() {
        "covered" => {
            if p.start.conflict.is_some() {
                c.err("start.conflict", "only for at_start_minute = ambiguous");
            }
        }
        "ambiguous" => match &p.start.conflict {
            Some(k) => c.clause("start.conflict", k, &sources),
            None => c.err(
                "start.conflict",
                "an ambiguous start needs the conflicting clause",
            ),
        },
        _ => c.err("start.at_start_minute", "must be covered or ambiguous"),
    }
    if p.start.at_start_minute == "ambiguous" && p.start.time.is_none() {
        c.err("start.time", "an ambiguous start minute needs a time");
    }
    c.cite("start.cite", &p.start.cite, &sources);
    c.clause_text(
        "start.clause_text",
        &p.start.cite,
        &p.start.clause_text,
        &sources,
    );
    c.text("start.text", &p.start.text);

    if let Some(w) = &p.window {
        if !matches!(
            w.rule.as_str(),
            "within_days_from_day_after_loss"
                | "loss_after_day_n_days_before_notice"
                | "loss_on_or_after_day_n_days_before_notice"
        ) {
            c.err("window.rule", "unknown rule");
        }
        if w.days < 2 || w.days > 3660 {
            c.err("window.days", "must be 2..=3660");
        }
        // The direction decides whether 民法142 may extend the last day, so it is never implied.
        let want = if w.rule == "within_days_from_day_after_loss" {
            "forward_from_event"
        } else {
            "back_from_notice"
        };
        check_counts(&mut c, "window.counts", w.counts.as_deref(), want);
        if !["rule", "practice"].contains(&w.basis.as_str()) {
            c.err("window.basis", "must be rule or practice");
        }
        c.cite("window.cite", &w.cite, &sources);
        c.clause_text("window.clause_text", &w.cite, &w.clause_text, &sources);
        c.text("window.text", &w.text);
        c.text("window.label", &w.label);
    }
    if let Some(b) = &p.bar {
        if b.years == 0 || b.years > 100 {
            c.err("bar.years", "must be 1..=100");
        }
        check_counts(
            &mut c,
            "bar.counts",
            b.counts.as_deref(),
            "forward_from_event",
        );
        c.cite("bar.cite", &b.cite, &sources);
        c.clause_text("bar.clause_text", &b.cite, &b.clause_text, &sources);
        c.text("bar.text", &b.text);
        c.text("bar.label", &b.label);
    }
    if let Some(n) = &p.customer_note {
        c.text("customer_note", n);
    }
    if let Some(k) = &p.always_case_by_case {
        c.clause("always_case_by_case", k, &sources);
    }

    // Inherited parts.
    if let Some(parent) = &p.inherit {
        match by_id.get(parent).and_then(|&i| loaded.get(i)) {
            None => c.err("inherit", format!("no pack \"{parent}\"")),
            Some(pl) if pl.pack.inherit.is_some() => {
                c.err("inherit", "the parent must not inherit itself")
            }
            Some(_) => {}
        }
        for (name, present) in [
            ("groups", p.groups.is_some()),
            ("questions", p.questions.is_some()),
            ("steps", p.steps.is_some()),
            ("contacts", p.contacts.is_some()),
        ] {
            if present {
                c.err(name, "taken from the inherited pack; remove it here");
            }
        }
        // The inherited parts must cite sources this pack also lists.
        let src = source_of(l, loaded, by_id);
        for q in src.questions.iter().flatten() {
            if let Some(ct) = &q.cite {
                c.cite(&format!("inherited question {}.cite", q.id), ct, &sources);
            }
        }
    } else {
        for name in ["groups", "questions", "steps", "contacts"] {
            let present = match name {
                "groups" => p.groups.is_some(),
                "questions" => p.questions.is_some(),
                "steps" => p.steps.is_some(),
                _ => p.contacts.is_some(),
            };
            if !present {
                c.err(name, "missing (use [] for none)");
            }
        }
        validate_questions(&mut c, p, &sources);
    }

    let mut note_ids = BTreeSet::new();
    for (i, n) in p.notes.iter().enumerate() {
        let f = format!("notes[{i}]");
        if n.id.trim().is_empty() || !note_ids.insert(n.id.clone()) {
            c.err(&format!("{f}.id"), "empty or duplicate id");
        }
        c.text(&format!("{f}.text"), &n.text);
        match &n.cite {
            Some(ct) => c.cite(&format!("{f}.cite"), ct, &sources),
            None => c.err(
                &format!("{f}.cite"),
                "every note needs its source (doc + clause)",
            ),
        }
    }
    c.errors
}

fn validate_questions(c: &mut Check, p: &Pack, sources: &BTreeMap<String, String>) {
    let groups = p.groups.as_deref().unwrap_or_default();
    let questions = p.questions.as_deref().unwrap_or_default();
    let steps = p.steps.as_deref().unwrap_or_default();
    let contacts = p.contacts.as_deref().unwrap_or_default();

    let mut group_ids = BTreeSet::new();
    for (i, g) in groups.iter().enumerate() {
        if g.id.trim().is_empty() || !group_ids.insert(g.id.as_str()) {
            c.err(&format!("groups[{i}].id"), "empty or duplicate id");
        }
        c.text(&format!("groups[{i}].title"), &g.title);
    }

    let index: BTreeMap<&str, usize> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    let mut seen = BTreeSet::new();
    for (i, q) in questions.iter().enumerate() {
        let f = format!("questions[{i}] ({})", q.id);
        if q.id.trim().is_empty() || q.id.contains(['.', '[', ']', ' ']) {
            c.err(&format!("{f}.id"), "empty, or contains . [ ] or space");
        }
        if !seen.insert(q.id.as_str()) {
            c.err(&format!("{f}.id"), "duplicate question id");
        }
        if !group_ids.contains(q.group.as_str()) {
            c.err(&format!("{f}.group"), format!("no group \"{}\"", q.group));
        }
        c.text(&format!("{f}.text"), &q.text);
        match &q.cite {
            Some(ct) => {
                c.cite(&format!("{f}.cite"), ct, sources);
                c.clause_text(&format!("{f}.clause_text"), ct, &q.clause_text, sources);
            }
            None => c.err(
                &format!("{f}.cite"),
                "every question needs a cite (doc + clause)",
            ),
        }
        let (yes, no) = match &q.effects {
            Some(Effects {
                yes: Some(y),
                no: Some(n),
            }) => (y.as_str(), n.as_str()),
            _ => {
                c.err(&format!("{f}.effects"), "needs effects for both yes and no");
                continue;
            }
        };
        for (which, e) in [("yes", yes), ("no", no)] {
            if !EFFECTS.contains(&e) {
                c.err(
                    &format!("{f}.effects.{which}"),
                    format!("\"{e}\" is not one of {EFFECTS:?}"),
                );
            }
        }
        let has_reduces = yes == "reduces" || no == "reduces";
        if let Some(r) = &q.ratio {
            if !has_reduces {
                c.err(
                    &format!("{f}.ratio"),
                    "a ratio only goes with a reduces effect",
                );
            }
            if r.num == 0 || r.den == 0 || r.num > r.den {
                c.err(&format!("{f}.ratio"), "ratio must be in (0, 1]");
            }
        }
        let todo = yes == "todo" || no == "todo";
        if todo && (yes == "todo") == (no == "todo") {
            c.err(&format!("{f}.effects"), "todo on both answers");
        }
        if todo && (yes == "excludes" || no == "excludes" || has_reduces) {
            c.err(
                &format!("{f}.effects"),
                "a todo question must not also exclude or reduce",
            );
        }
        let named_by_step = steps
            .iter()
            .any(|s| s.done_if.as_deref() == Some(&format!("question:{}", q.id)));
        if todo && q.step.is_none() && !named_by_step {
            c.err(
                &format!("{f}.step"),
                "a todo question needs a step text or a pack step with done_if question:<id>",
            );
        }
        if let Some(t) = &q.step {
            c.text(&format!("{f}.step"), t);
        }
        let pure_fact = yes == "ok" && no == "ok";
        for r in &q.requires {
            match index.get(r.as_str()) {
                None => c.err(&format!("{f}.requires"), format!("no question \"{r}\"")),
                Some(&j) => {
                    let rq = &questions[j];
                    let rq_pure = rq.effects.as_ref().is_some_and(|e| {
                        e.yes.as_deref() == Some("ok") && e.no.as_deref() == Some("ok")
                    });
                    if !rq_pure || !rq.requires.is_empty() || !rq.softens.is_empty() {
                        c.err(
                            &format!("{f}.requires"),
                            format!("\"{r}\" must be a plain fact (ok/ok, no requires/softens)"),
                        );
                    }
                }
            }
        }
        if !q.requires.is_empty() && pure_fact {
            c.err(
                &format!("{f}.requires"),
                "requires on a question with no effect",
            );
        }
        if !q.softens.is_empty() {
            if !pure_fact {
                c.err(
                    &format!("{f}.softens"),
                    "a softening follow-up must itself be ok/ok",
                );
            }
            for t in &q.softens {
                match index.get(t.as_str()) {
                    None => c.err(&format!("{f}.softens"), format!("no question \"{t}\"")),
                    Some(&j) => {
                        let e = questions[j].effects.as_ref();
                        let ex = e.is_some_and(|e| {
                            e.yes.as_deref() == Some("excludes")
                                || e.no.as_deref() == Some("excludes")
                        });
                        if !ex {
                            c.err(
                                &format!("{f}.softens"),
                                format!("\"{t}\" has no excludes effect to soften"),
                            );
                        }
                    }
                }
            }
        }
        let required_by_other = questions.iter().any(|o| o.requires.contains(&q.id));
        if required_by_other && !q.softens.is_empty() {
            c.err(&f, "a question cannot both be required and soften");
        }
        if pure_fact && !required_by_other && q.softens.is_empty() {
            c.err(
                &format!("{f}.effects"),
                "ok/ok: neither required by another question nor softening one",
            );
        }
    }

    let mut step_ids = BTreeSet::new();
    for (i, st) in steps.iter().enumerate() {
        let f = format!("steps[{i}] ({})", st.id);
        if st.id.trim().is_empty()
            || !step_ids.insert(st.id.as_str())
            || index.contains_key(st.id.as_str())
        {
            c.err(
                &format!("{f}.id"),
                "empty, duplicate, or the same as a question id",
            );
        }
        c.text(&format!("{f}.text"), &st.text);
        c.cite(&format!("{f}.cite"), &st.cite, sources);
        match st.done_if.as_deref() {
            None | Some("notified") => {}
            Some(x) => match x.strip_prefix("question:").and_then(|q| index.get(q)) {
                Some(&j) => {
                    let todo = questions[j].effects.as_ref().is_some_and(|e| {
                        e.yes.as_deref() == Some("todo") || e.no.as_deref() == Some("todo")
                    });
                    if !todo {
                        c.err(&format!("{f}.done_if"), "must name a todo question");
                    }
                }
                None => c.err(
                    &format!("{f}.done_if"),
                    format!("\"{x}\": use \"notified\" or \"question:<existing id>\""),
                ),
            },
        }
    }

    let mut contact_ids = BTreeSet::new();
    for (i, ct) in contacts.iter().enumerate() {
        let f = format!("contacts[{i}] ({})", ct.id);
        if ct.id.trim().is_empty() || !contact_ids.insert(ct.id.as_str()) {
            c.err(&format!("{f}.id"), "empty or duplicate id");
        }
        c.text(&format!("{f}.name"), &ct.name);
        c.text(&format!("{f}.hours.text"), &ct.hours.text);
        c.cite(&format!("{f}.cite"), &ct.cite, sources);
        if let Some(ph) = &ct.phone {
            if ph.trim().is_empty()
                || !ph
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-' || b == b'#')
            {
                c.err(&format!("{f}.phone"), "digits, - and # only");
            }
        }
        match ct.hours.kind.as_str() {
            "bank_days" => {
                let o = ct
                    .hours
                    .open
                    .as_deref()
                    .and_then(|t| c.time(&format!("{f}.hours.open"), t));
                let cl = ct
                    .hours
                    .close
                    .as_deref()
                    .and_then(|t| c.time(&format!("{f}.hours.close"), t));
                match (o, cl) {
                    (Some(o), Some(cl)) if o < cl => {}
                    _ => c.err(&format!("{f}.hours"), "bank_days needs open < close"),
                }
            }
            "always" | "unknown" => {
                if ct.hours.open.is_some() || ct.hours.close.is_some() {
                    c.err(&format!("{f}.hours"), "open/close only for bank_days");
                }
            }
            _ => c.err(
                &format!("{f}.hours.kind"),
                "must be bank_days, always or unknown",
            ),
        }
    }
}

fn generate(loaded: &[Loaded]) -> String {
    let mut out =
        String::from("// @generated by build.rs from src/engine/packs/*.json. Do not edit.\n\n");
    let by_id: BTreeMap<String, usize> = loaded
        .iter()
        .enumerate()
        .map(|(i, l)| (l.pack.id.clone(), i))
        .collect();

    // Shared parts are emitted once per pack that owns them.
    for (n, l) in loaded.iter().enumerate() {
        let p = &l.pack;
        if p.inherit.is_some() {
            continue;
        }
        let groups = p.groups.as_deref().unwrap_or_default();
        let questions = p.questions.as_deref().unwrap_or_default();
        let steps = p.steps.as_deref().unwrap_or_default();
        let contacts = p.contacts.as_deref().unwrap_or_default();
        let index: BTreeMap<&str, usize> = questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.as_str(), i))
            .collect();

        let _ = writeln!(out, "static GROUPS_{n}: [Group; {}] = [", groups.len());
        for g in groups {
            let _ = writeln!(
                out,
                "    Group {{ id: {}, title: {} }},",
                s(&g.id),
                text_rs(&g.title)
            );
        }
        out.push_str("];\n");

        let _ = writeln!(
            out,
            "static QUESTIONS_{n}: [Question; {}] = [",
            questions.len()
        );
        for q in questions {
            let (yes, no) = q
                .effects
                .as_ref()
                .map(|e| {
                    (
                        e.yes.clone().unwrap_or_default(),
                        e.no.clone().unwrap_or_default(),
                    )
                })
                .unwrap_or_default();
            let requires_at: Vec<usize> = q
                .requires
                .iter()
                .filter_map(|r| index.get(r.as_str()).copied())
                .collect();
            let softened_by_at: Vec<usize> = questions
                .iter()
                .enumerate()
                .filter(|(_, o)| o.softens.contains(&q.id))
                .map(|(i, _)| i)
                .collect();
            let is_required = questions.iter().any(|o| o.requires.contains(&q.id));
            let linked_at: Vec<usize> = questions
                .iter()
                .enumerate()
                .filter(|(_, o)| o.requires.contains(&q.id) || q.softens.contains(&o.id))
                .map(|(i, _)| i)
                .collect();
            let cite = q.cite.clone().unwrap_or(Cite {
                doc: String::new(),
                clause: String::new(),
            });
            let _ = writeln!(
                out,
                "    Question {{ id: {}, group: {}, text: {}, cite: {}, clause_text: {}, effects: Effects {{ yes: {}, no: {} }}, ratio: {}, requires: {}, softens: {}, step: {}, requires_at: {}, softened_by_at: {}, is_required: {}, linked_at: {} }},",
                s(&q.id),
                s(&q.group),
                text_rs(&q.text),
                cite_rs(&cite),
                s(&q.clause_text),
                effect_rs(&yes),
                effect_rs(&no),
                opt_rs(&q.ratio, |r| format!("Ratio {{ num: {}, den: {} }}", r.num, r.den)),
                strs_rs(&q.requires),
                strs_rs(&q.softens),
                opt_rs(&q.step, text_rs),
                usizes_rs(&requires_at),
                usizes_rs(&softened_by_at),
                is_required,
                usizes_rs(&linked_at),
            );
        }
        out.push_str("];\n");

        let _ = writeln!(out, "static STEPS_{n}: [Step; {}] = [", steps.len());
        for st in steps {
            let done_if = match st.done_if.as_deref() {
                Some("notified") => "Some(DoneIf::Notified)".to_string(),
                Some(x) => match x.strip_prefix("question:") {
                    Some(qid) => format!(
                        "Some(DoneIf::Question {{ id: {}, at: {} }})",
                        s(qid),
                        index.get(qid).copied().unwrap_or(usize::MAX)
                    ),
                    None => "None".into(),
                },
                None => "None".into(),
            };
            let _ = writeln!(
                out,
                "    Step {{ id: {}, text: {}, cite: {}, done_if: {} }},",
                s(&st.id),
                text_rs(&st.text),
                cite_rs(&st.cite),
                done_if
            );
        }
        out.push_str("];\n");

        let _ = writeln!(
            out,
            "static CONTACTS_{n}: [Contact; {}] = [",
            contacts.len()
        );
        for ct in contacts {
            let kind = match ct.hours.kind.as_str() {
                "bank_days" => "ContactHoursKind::BankDays",
                "always" => "ContactHoursKind::Always",
                _ => "ContactHoursKind::Unknown",
            };
            let _ = writeln!(
                out,
                "    Contact {{ id: {}, name: {}, phone: {}, hours: ContactHours {{ kind: {}, open: {}, close: {}, text: {} }}, cite: {} }},",
                s(&ct.id),
                text_rs(&ct.name),
                opt_rs(&ct.phone, |x| s(x)),
                kind,
                time_opt_rs(&ct.hours.open),
                time_opt_rs(&ct.hours.close),
                text_rs(&ct.hours.text),
                cite_rs(&ct.cite)
            );
        }
        out.push_str("];\n");
    }

    let _ = writeln!(out, "static PACKS: [Pack; {}] = [", loaded.len());
    for (n, l) in loaded.iter().enumerate() {
        let p = &l.pack;
        let owner = p
            .inherit
            .as_ref()
            .and_then(|x| by_id.get(x))
            .copied()
            .unwrap_or(n);
        let customer = |r: &CustomerRule| {
            format!(
                "CustomerRule {{ eligible: {}, cap_yen: {}, see: {}, clause: {}, cap_note: {} }}",
                r.eligible,
                opt_rs(&r.cap_yen, |x| x.to_string()),
                opt_rs(&r.see, |x| s(x)),
                clause_rs(&r.cite, &r.clause_text, &r.text),
                opt_rs(&r.cap_note, text_rs)
            )
        };
        let window = opt_rs(&p.window, |w| {
            let (rule, within) = match w.rule.as_str() {
                "within_days_from_day_after_loss" => {
                    ("WindowRule::WithinDaysFromDayAfterLoss", w.days)
                }
                "loss_after_day_n_days_before_notice" => (
                    "WindowRule::LossAfterDayNDaysBeforeNotice",
                    w.days.saturating_sub(1),
                ),
                _ => ("WindowRule::LossOnOrAfterDayNDaysBeforeNotice", w.days),
            };
            format!(
                "Window {{ rule: {rule}, counts: {}, days: {}, notify_within_days: {within}, unavoidable_days_extend: {}, basis: {}, clause: {}, label: {} }}",
                counts_rs(&w.counts),
                w.days,
                w.unavoidable_days_extend,
                if w.basis == "practice" { "Basis::Practice" } else { "Basis::Rule" },
                clause_rs(&w.cite, &w.clause_text, &w.text),
                text_rs(&w.label)
            )
        });
        let bar = opt_rs(&p.bar, |b| {
            format!(
                "Bar {{ years: {}, counts: {}, clause: {}, label: {} }}",
                b.years,
                counts_rs(&b.counts),
                clause_rs(&b.cite, &b.clause_text, &b.text),
                text_rs(&b.label)
            )
        });
        let sources: Vec<String> = p
            .sources
            .iter()
            .map(|src| {
                let kind = match src.kind.as_str() {
                    "seed" => "SourceKind::Seed",
                    "statute" => "SourceKind::Statute",
                    _ => "SourceKind::Agreement",
                };
                format!(
                    "Source {{ id: {}, kind: {kind}, title: {}, as_of: {} }}",
                    s(&src.id),
                    text_rs(&src.title),
                    opt_rs(&src.as_of, |x| date_rs(x))
                )
            })
            .collect();
        let notes: Vec<String> = p
            .notes
            .iter()
            .map(|nt| {
                format!(
                    "Note {{ id: {}, text: {}, cite: {} }}",
                    s(&nt.id),
                    text_rs(&nt.text),
                    opt_rs(&nt.cite, cite_rs)
                )
            })
            .collect();
        let st = &p.start;
        let _ = writeln!(
            out,
            "    Pack {{ id: {}, version: {}, name: {}, summary: {}, product: {}, sources: &[{}], as_of: {}, as_of_note: {}, effective_from: {}, effective_to: {}, \
             customers: Customers {{ individual: {}, sole_proprietor: {}, corporation: {} }}, \
             start: Start {{ date: {}, time: {}, at_start_minute: {}, clause: {}, conflict: {} }}, window: {window}, bar: {bar}, always_case_by_case: {}, customer_note: {}, \
             groups: &GROUPS_{owner}, questions: &QUESTIONS_{owner}, steps: &STEPS_{owner}, contacts: &CONTACTS_{owner}, notes: &[{}] }},",
            s(&p.id),
            s(&p.version),
            text_rs(&p.name),
            text_rs(&p.summary),
            if p.product == "cash_card" { "Product::CashCard" } else { "Product::InternetBanking" },
            sources.join(", "),
            date_rs(&p.as_of),
            opt_rs(&p.as_of_note, text_rs),
            date_rs(&p.effective_from),
            opt_rs(&p.effective_to, |x| date_rs(x)),
            customer(&p.customers.individual),
            customer(&p.customers.sole_proprietor),
            customer(&p.customers.corporation),
            date_rs(&st.date),
            time_opt_rs(&st.time),
            if st.at_start_minute == "ambiguous" { "AtStartMinute::Ambiguous" } else { "AtStartMinute::Covered" },
            clause_rs(&st.cite, &st.clause_text, &st.text),
            opt_rs(&st.conflict, |k| clause_rs(&k.cite, &k.clause_text, &k.text)),
            opt_rs(&p.always_case_by_case, |k| clause_rs(&k.cite, &k.clause_text, &k.text)),
            opt_rs(&p.customer_note, text_rs),
            notes.join(", "),
        );
    }
    out.push_str("];\n");
    out
}
