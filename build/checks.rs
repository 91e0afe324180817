//! The checks a rule pack must pass before it is compiled in. Every problem of every pack is
//! collected (not just the first), each as "FILE (pack ID): FIELD: MESSAGE";
//! `scripts/check-pack-refusals.sh` holds six of these messages to their wording.

use crate::schema::{
    parse_date, parse_time, Cite, Clause, Effects, Ledger, LedgerPack, Loaded, Pack, Text,
};
use std::collections::{BTreeMap, BTreeSet};

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

const EFFECTS: [&str; 5] = ["ok", "todo", "reduces", "case_by_case", "excludes"];

/// Every check of every pack: the cross-pack ones (unique ids and orders), then each pack's own.
pub fn check_all(loaded: &[Loaded]) -> Vec<String> {
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    let mut orders = BTreeSet::new();
    for l in loaded {
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

    for l in loaded {
        errors.extend(validate(l, loaded, &by_id));
    }
    errors
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
    if let Some(t) = &p.advice {
        c.text("advice", t);
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

/// Who must establish a fact decides what an unanswered question means, so it is never implied.
fn check_burden(c: &mut Check, f: &str, q: &crate::schema::Question) {
    let burden = q.burden.as_deref();
    match burden {
        Some("bank") | Some("customer") | Some("unstated") => {}
        None => c.err(
            &format!("{f}.burden"),
            "required: who must establish the fact under its clause: \"bank\", \"customer\" or \"unstated\"",
        ),
        Some(b) => c.err(
            &format!("{f}.burden"),
            format!("\"{b}\": must be \"bank\", \"customer\" or \"unstated\""),
        ),
    }
    if q.kind.as_deref() == Some("bank_decides") && burden.is_some_and(|b| b != "bank") {
        c.err(
            &format!("{f}.burden"),
            "a question only the bank decides puts the burden on the bank",
        );
    }
    if let Some(t) = &q.presumed {
        if burden != Some("bank") {
            c.err(
                &format!("{f}.presumed"),
                "only a fact the bank must establish can be presumed",
            );
        }
        c.text(&format!("{f}.presumed"), t);
    }
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
        match &q.fact {
            Some(fact) => {
                c.text(&format!("{f}.fact.yes"), &fact.yes);
                c.text(&format!("{f}.fact.no"), &fact.no);
            }
            None => c.err(
                &format!("{f}.fact"),
                "required: the fact a yes and a no state ({yes: {ja, en}, no: {ja, en}}), for the result's reasons",
            ),
        }
        match q.kind.as_deref() {
            None | Some("ask") | Some("bank_decides") => {}
            Some(k) => c.err(
                &format!("{f}.kind"),
                format!("\"{k}\": must be \"ask\" or \"bank_decides\""),
            ),
        }
        check_burden(c, &f, q);
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
        if let Some(n) = &q.none {
            c.text(&format!("{f}.none.fact"), &n.fact);
            let counted = match n.counts_as.as_str() {
                "yes" => Some(yes),
                "no" => Some(no),
                _ => None,
            };
            match counted {
                None => c.err(&format!("{f}.none.counts_as"), "must be \"yes\" or \"no\""),
                Some(e) if e != "ok" => c.err(
                    &format!("{f}.none.counts_as"),
                    format!(
                        "\"I have none\" must count as the harmless answer (effect ok), not {e}"
                    ),
                ),
                Some(_) => {}
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
        let case_by_case = yes == "case_by_case" || no == "case_by_case";
        if todo && (yes == "excludes" || no == "excludes" || has_reduces || case_by_case) {
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

/// An answer belongs to the meaning it was given to: every question of a pack that owns its
/// questions must be in the ledger with the same effects, and a retired id is never used again.
pub fn check_ledger(loaded: &[Loaded], ledger: &Ledger, ledger_file: &str) -> Vec<String> {
    let mut errors = Vec::new();
    for l in loaded.iter().filter(|l| l.pack.inherit.is_none()) {
        let p = &l.pack;
        let entries = match ledger.get(&p.id) {
            Some(LedgerPack::Questions(q)) => Some(q),
            _ => None,
        };
        for (i, q) in p.questions.iter().flatten().enumerate() {
            let f = format!("{} (pack {}): questions[{i}] ({})", l.file, p.id, q.id);
            let (yes, no) = match &q.effects {
                Some(Effects {
                    yes: Some(y),
                    no: Some(n),
                }) => (y.clone(), n.clone()),
                _ => continue,
            };
            let ratio = q.ratio.as_ref().map(|r| format!("{}/{}", r.num, r.den));
            match entries.and_then(|e| e.get(&q.id)) {
                None => errors.push(format!(
                    "{f}.id: not in {ledger_file}: add it under \"{}\" with its effects ({{\"yes\": \"{yes}\", \"no\": \"{no}\"}})",
                    p.id
                )),
                Some(e) if e.retired => errors.push(format!(
                    "{f}.id: retired in {ledger_file}: a retired id is never used again (answers given to it meant something else); choose a new id"
                )),
                Some(e) if e.yes != yes || e.no != no || e.ratio != ratio => errors.push(format!(
                    "{f}.effects: changed under an old id ({ledger_file} has yes {}, no {}{}): saved answers would be read with another meaning; give the question a new id and retire this one",
                    e.yes,
                    e.no,
                    e.ratio.as_deref().map(|r| format!(", ratio {r}")).unwrap_or_default()
                )),
                Some(_) => {}
            }
        }
        if let Some(entries) = entries {
            for (id, e) in entries {
                let present = p.questions.iter().flatten().any(|q| &q.id == id);
                if !present && !e.retired {
                    errors.push(format!(
                        "{} (pack {}): {ledger_file}: \"{id}\" is no longer a question: mark it \"retired\": true (with \"replaced_by\" if a new id took its place)",
                        l.file, p.id
                    ));
                }
                if let Some(r) = &e.replaced_by {
                    if !p.questions.iter().flatten().any(|q| &q.id == r) {
                        errors.push(format!(
                            "{} (pack {}): {ledger_file}: \"{id}\".replaced_by: no question \"{r}\"",
                            l.file, p.id
                        ));
                    }
                }
            }
        }
    }
    errors
}
