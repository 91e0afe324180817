//! The brokerage data (`src/engine/brokerage/brokerage.json`, issue 25): its serde schema, its
//! checks and the Rust it becomes (`$OUT_DIR/brokerage_generated.rs`, included by
//! `src/engine/brokerage.rs`). Separate from the bank packs: a firm's policy is a dated rule per
//! firm, not a pack of questions. Every error names the file and the field.

use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cite {
    pub source: String,
    pub clause: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub cite: Cite,
    pub text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub from: String,
    pub cite: Cite,
    pub text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// "official" (the firm's or the association's own page) or "reported" (press, third party).
    pub kind: String,
    /// YYYY-MM-DD, or YYYY-MM where the report gives only the month.
    pub date: String,
    #[serde(default)]
    pub updated: Option<String>,
    pub title: Text,
    #[serde(rename = "where")]
    pub at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub id: String,
    /// "half", "restore", "case_by_case" or "basis_only".
    pub kind: String,
    pub rate_percent: Option<u8>,
    pub counts_own_sold: bool,
    /// `null`: the sources do not say.
    pub fees_refunded: Option<bool>,
    /// `null`: the sources do not say.
    pub solatium_yen: Option<u64>,
    pub cite: Cite,
    pub text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: String,
    pub until: Option<String>,
    pub policy: String,
    pub cite: Cite,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Firm {
    pub id: String,
    pub name: Text,
    pub in_agreement: bool,
    /// The policy's end date is reported to exist but is not in the sources.
    #[serde(default)]
    pub cutoff_open: bool,
    pub periods: Vec<Period>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Data {
    pub version: String,
    pub agreement: Agreement,
    pub restore_cutoff: Cited,
    pub sources: Vec<Source>,
    pub policies: Vec<Policy>,
    pub firms: Vec<Firm>,
}

/// The firms of the 2025-05-02 agreement: the data must map exactly ten.
const AGREEMENT_FIRMS: usize = 10;

pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let p = s.get(r)?;
        p.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| p.parse().ok())?
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (d >= 1 && d <= days).then_some((y as i32, m, d))
}

/// The day after (y, m, d), for the periods' contiguity.
fn next_day((y, m, d): (i32, u32, u32)) -> (i32, u32, u32) {
    let s = format!("{y:04}-{m:02}-{:02}", d + 1);
    if parse_date(&s).is_some() {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    }
}

/// Half-width marks Japanese copy must not use (the rule of tests/punctuation.rs, for this file).
fn half_width_in_ja(s: &str) -> Option<char> {
    let cs: Vec<char> = s.chars().collect();
    cs.iter().enumerate().find_map(|(i, &c)| match c {
        '?' | '(' | ')' => Some(c),
        ':' => {
            let alnum = |x: Option<&char>| x.is_some_and(|x| x.is_ascii_alphanumeric());
            // 9:00 and the like are times.
            (!(alnum(i.checked_sub(1).and_then(|j| cs.get(j))) && alnum(cs.get(i + 1))))
                .then_some(c)
        }
        _ => None,
    })
}

fn check_text(t: &Text, at: &str, errs: &mut Vec<String>) {
    if t.ja.trim().is_empty() {
        errs.push(format!("{at}.ja: empty"));
    }
    if t.en.trim().is_empty() {
        errs.push(format!("{at}.en: empty"));
    }
    if let Some(c) = half_width_in_ja(&t.ja) {
        errs.push(format!("{at}.ja: half-width {c:?} in Japanese copy"));
    }
    if t.ja.contains('\u{1f}') || t.en.contains('\u{1f}') {
        errs.push(format!("{at}: contains U+001F"));
    }
}

fn check_cite(c: &Cite, sources: &BTreeSet<&str>, at: &str, errs: &mut Vec<String>) {
    if !sources.contains(c.source.as_str()) {
        errs.push(format!("{at}.source: unknown source {:?}", c.source));
    }
    if c.clause.trim().is_empty() {
        errs.push(format!("{at}.clause: empty"));
    }
    if c.source.contains('\u{1f}') || c.clause.contains('\u{1f}') {
        errs.push(format!("{at}: contains U+001F"));
    }
}

/// Every problem in `d`, each prefixed with `file` and the field's path.
pub fn check(d: &Data, file: &str) -> Vec<String> {
    let mut errs = Vec::new();
    let e = &mut errs;
    if parse_date(&d.version).is_none() {
        e.push("version: not a date YYYY-MM-DD".into());
    }
    let mut sources = BTreeSet::new();
    for (i, s) in d.sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        if !sources.insert(s.id.as_str()) {
            e.push(format!("{at}.id: duplicate {:?}", s.id));
        }
        if s.kind != "official" && s.kind != "reported" {
            e.push(format!(
                "{at}.kind: {:?} (expected \"official\" or \"reported\")",
                s.kind
            ));
        }
        let month = s.date.len() == 7 && parse_date(&format!("{}-01", s.date)).is_some();
        if parse_date(&s.date).is_none() && !month {
            e.push(format!(
                "{at}.date: {:?} is not YYYY-MM-DD or YYYY-MM",
                s.date
            ));
        }
        if let Some(u) = &s.updated {
            if parse_date(u).is_none() {
                e.push(format!("{at}.updated: {u:?} is not YYYY-MM-DD"));
            }
        }
        if s.at.trim().is_empty() {
            e.push(format!("{at}.where: empty (say where it was read)"));
        }
        check_text(&s.title, &format!("{at}.title"), e);
    }
    if parse_date(&d.agreement.from).is_none() {
        e.push(format!(
            "agreement.from: {:?} is not YYYY-MM-DD",
            d.agreement.from
        ));
    }
    check_cite(&d.agreement.cite, &sources, "agreement.cite", e);
    check_text(&d.agreement.text, "agreement.text", e);
    check_cite(&d.restore_cutoff.cite, &sources, "restore_cutoff.cite", e);
    check_text(&d.restore_cutoff.text, "restore_cutoff.text", e);

    let mut policies = BTreeSet::new();
    for (i, p) in d.policies.iter().enumerate() {
        let at = format!("policies[{i}]");
        if !policies.insert(p.id.as_str()) {
            e.push(format!("{at}.id: duplicate {:?}", p.id));
        }
        match (p.kind.as_str(), p.rate_percent) {
            ("half", Some(r)) if (1..=100).contains(&r) => {}
            ("half", _) => e.push(format!(
                "{at}.rate_percent: a \"half\" policy needs a share of 1 to 100"
            )),
            ("restore" | "case_by_case" | "basis_only", None) => {}
            ("restore" | "case_by_case" | "basis_only", Some(_)) => e.push(format!(
                "{at}.rate_percent: only a \"half\" policy computes a share"
            )),
            (k, _) => e.push(format!(
                "{at}.kind: {k:?} (expected half, restore, case_by_case or basis_only)"
            )),
        }
        if p.kind != "half" && (p.fees_refunded.is_some() || p.solatium_yen.is_some()) {
            e.push(format!(
                "{at}.fees_refunded/solatium_yen: only a \"half\" policy pays in money"
            ));
        }
        check_cite(&p.cite, &sources, &format!("{at}.cite"), e);
        check_text(&p.text, &format!("{at}.text"), e);
    }

    let mut firms = BTreeSet::new();
    let mut names = BTreeSet::new();
    let agreement_from = parse_date(&d.agreement.from);
    for (i, f) in d.firms.iter().enumerate() {
        let at = format!("firms[{i}]");
        if f.id.is_empty() || f.id == "other" || !firms.insert(f.id.as_str()) {
            e.push(format!(
                "{at}.id: {:?} is empty, duplicate or reserved (\"other\")",
                f.id
            ));
        }
        if !names.insert(f.name.ja.as_str()) {
            e.push(format!("{at}.name.ja: duplicate {:?}", f.name.ja));
        }
        check_text(&f.name, &format!("{at}.name"), e);
        if f.periods.is_empty() {
            e.push(format!("{at}.periods: empty"));
        }
        let mut prev_until: Option<(i32, u32, u32)> = None;
        for (j, p) in f.periods.iter().enumerate() {
            let pat = format!("{at}.periods[{j}]");
            let from = parse_date(&p.from);
            match from {
                None => e.push(format!("{pat}.from: {:?} is not YYYY-MM-DD", p.from)),
                Some(fr) => {
                    if j == 0 && f.in_agreement && Some(fr) != agreement_from {
                        e.push(format!(
                            "{pat}.from: a firm of the agreement starts on agreement.from"
                        ));
                    }
                    if let Some(pu) = prev_until {
                        if next_day(pu) != fr {
                            e.push(format!(
                                "{pat}.from: must be the day after the previous period's until"
                            ));
                        }
                    }
                }
            }
            match (&p.until, j + 1 == f.periods.len()) {
                (None, true) => prev_until = None,
                (None, false) => e.push(format!(
                    "{pat}.until: only the last period may be open-ended"
                )),
                (Some(u), last) => match parse_date(u) {
                    None => e.push(format!("{pat}.until: {u:?} is not YYYY-MM-DD")),
                    Some(un) => {
                        if from.is_some_and(|fr| un < fr) {
                            e.push(format!("{pat}.until: before from"));
                        }
                        if last {
                            e.push(format!("{pat}.until: the last period is open-ended (null)"));
                        }
                        prev_until = Some(un);
                    }
                },
            }
            if !policies.contains(p.policy.as_str()) {
                e.push(format!("{pat}.policy: unknown policy {:?}", p.policy));
            }
            check_cite(&p.cite, &sources, &format!("{pat}.cite"), e);
        }
        if f.cutoff_open
            && !f.periods.iter().any(|p| {
                d.policies
                    .iter()
                    .any(|q| q.id == p.policy && q.kind == "restore")
            })
        {
            e.push(format!(
                "{at}.cutoff_open: only a firm with a restoration period has an open cut-off"
            ));
        }
    }
    let ten = d.firms.iter().filter(|f| f.in_agreement).count();
    if ten != AGREEMENT_FIRMS {
        e.push(format!(
            "firms: {ten} marked in_agreement, the agreement has {AGREEMENT_FIRMS}"
        ));
    }
    errs.into_iter().map(|m| format!("{file}: {m}")).collect()
}

fn s(v: &str) -> String {
    format!("{v:?}")
}

fn text_rs(t: &Text) -> String {
    format!("Text::new({})", s(&format!("{}\u{1f}{}", t.ja, t.en)))
}

fn cite_rs(c: &Cite) -> String {
    format!(
        "BCite {{ source: {}, clause: {} }}",
        s(&c.source),
        s(&c.clause)
    )
}

fn date_rs(v: &str) -> String {
    match parse_date(v) {
        Some((y, m, d)) => format!("ymd({y}, {m}, {d})"),
        None => "NaiveDate::MIN".into(),
    }
}

/// The statics `DATA` (and its slices) for `src/engine/brokerage.rs`.
pub fn generate(d: &Data) -> String {
    let mut o =
        String::from("// Generated by build.rs from src/engine/brokerage/brokerage.json.\n");
    o += "static SOURCES: &[BSource] = &[\n";
    for x in &d.sources {
        let basis = if x.kind == "official" {
            "Basis::Official"
        } else {
            "Basis::Reported"
        };
        o +=
            &format!(
            "    BSource {{ id: {}, basis: {basis}, date: {}, updated: {}, title: {}, at: {} }},\n",
            s(&x.id),
            s(&x.date),
            x.updated.as_deref().map_or("None".into(), |u| format!("Some({})", s(u))),
            text_rs(&x.title),
            s(&x.at)
        );
    }
    o += "];\nstatic POLICIES: &[Policy] = &[\n";
    for p in &d.policies {
        let kind = match p.kind.as_str() {
            "half" => "PolicyKind::Half",
            "restore" => "PolicyKind::Restore",
            "basis_only" => "PolicyKind::BasisOnly",
            _ => "PolicyKind::CaseByCase",
        };
        o += &format!(
            "    Policy {{ id: {}, kind: {kind}, rate_percent: {:?}, counts_own_sold: {}, fees_refunded: {:?}, solatium_yen: {:?}, cite: {}, text: {} }},\n",
            s(&p.id),
            p.rate_percent,
            p.counts_own_sold,
            p.fees_refunded,
            p.solatium_yen,
            cite_rs(&p.cite),
            text_rs(&p.text)
        );
    }
    o += "];\nstatic FIRMS: &[Firm] = &[\n";
    for f in &d.firms {
        o += &format!(
            "    Firm {{ id: {}, name: {}, in_agreement: {}, cutoff_open: {}, periods: &[\n",
            s(&f.id),
            text_rs(&f.name),
            f.in_agreement,
            f.cutoff_open
        );
        for p in &f.periods {
            o += &format!(
                "        Period {{ from: {}, until: {}, policy: {}, cite: {} }},\n",
                date_rs(&p.from),
                p.until
                    .as_deref()
                    .map_or("None".into(), |u| format!("Some({})", date_rs(u))),
                s(&p.policy),
                cite_rs(&p.cite)
            );
        }
        o += "    ] },\n";
    }
    o += "];\n";
    o += &format!(
        "static DATA: Data = Data {{ version: {}, agreement_from: {}, agreement: Cited {{ cite: {}, text: {} }}, restore_cutoff: Cited {{ cite: {}, text: {} }}, sources: SOURCES, policies: POLICIES, firms: FIRMS }};\n",
        s(&d.version),
        date_rs(&d.agreement.from),
        cite_rs(&d.agreement.cite),
        text_rs(&d.agreement.text),
        cite_rs(&d.restore_cutoff.cite),
        text_rs(&d.restore_cutoff.text)
    );
    o
}

/// Loads, checks and writes the brokerage data; the errors, each naming the file and field.
pub fn build(path: &str, out: &std::path::Path) -> Vec<String> {
    let raw = match std::fs::read_to_string(path) {
        Ok(r) => r,
        Err(e) => return vec![format!("{path}: cannot read: {e}")],
    };
    let data: Data = match serde_json::from_str(&raw) {
        Ok(d) => d,
        Err(e) => return vec![format!("{path}: {e}")],
    };
    let errs = check(&data, path);
    if !errs.is_empty() {
        return errs;
    }
    match std::fs::write(out, generate(&data)) {
        Ok(()) => Vec::new(),
        Err(e) => vec![format!("cannot write {}: {e}", out.display())],
    }
}
