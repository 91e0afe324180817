//! Unit tests of `advice.rs` (its `tests` module, in its own file so the code reads on its own).

use super::data::{seed002, seed004, CHECKED};
use super::*;
use std::collections::HashSet;

/// Numbers a text may contain that look like phone numbers.
const ALLOWED_NUMBERS: &[&str] = &["110", "#9110", "188", "0120-340-030"];
const SEEDS: &[&str] = &["000", "001", "002", "003", "004"];

fn all_lists() -> Vec<(&'static str, &'static [AdviceItem], &'static [Contact])> {
    let mut v: Vec<(&'static str, &'static [AdviceItem], &'static [Contact])> = vec![
        ("emergency", EMERGENCY.steps, EMERGENCY.contacts),
        ("always", ALWAYS_STEPS, &[]),
    ];
    for p in advice_packs() {
        v.push((p.id, p.steps, p.contacts));
        v.push((p.id, p.notes, &[]));
    }
    v
}

fn all_items() -> Vec<&'static AdviceItem> {
    all_lists()
        .into_iter()
        .flat_map(|(_, items, _)| items.iter())
        .collect()
}

fn all_contacts() -> Vec<&'static Contact> {
    all_lists()
        .into_iter()
        .flat_map(|(_, _, c)| c.iter())
        .collect()
}

fn all_sources() -> Vec<Source> {
    let mut v: Vec<Source> = all_items().iter().map(|i| i.source).collect();
    v.extend(all_contacts().iter().map(|c| c.source));
    v
}

fn all_texts() -> Vec<Text> {
    let mut v = vec![EMERGENCY.title, EMERGENCY.intro, EMERGENCY.note];
    for p in advice_packs() {
        v.push(p.title);
        v.push(p.summary);
    }
    for i in all_items() {
        v.push(i.text);
        v.extend(i.detail);
    }
    for c in all_contacts() {
        v.push(c.name);
        v.push(c.hours);
        v.extend(c.note);
    }
    v.extend(all_sources().iter().map(|s| s.title));
    v
}

/// Every string a user or the docs may see, except `Source::doc` (seed ids are numbers).
fn all_strings() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = all_texts().iter().flat_map(|t| [t.ja(), t.en()]).collect();
    v.extend(all_sources().iter().map(|s| s.clause));
    v.extend(all_contacts().iter().filter_map(|c| c.phone));
    for l in LEFT_OUT {
        v.push(l.what);
        v.push(l.reason);
    }
    v
}

fn normalize(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '＃' => '#',
        '－' | '‐' | '−' | '‑' => '-',
        '，' => ',',
        _ => c,
    }
}

/// Runs of digits joined by single '-' or ',' (with a leading '#' kept): anything a phone
/// number could hide in.
fn number_tokens(s: &str) -> Vec<String> {
    let cs: Vec<char> = s.chars().map(normalize).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if !cs[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = if i > 0 && cs[i - 1] == '#' { i - 1 } else { i };
        let mut j = i;
        while j < cs.len() {
            let joins =
                (cs[j] == '-' || cs[j] == ',') && cs.get(j + 1).is_some_and(|c| c.is_ascii_digit());
            if cs[j].is_ascii_digit() || joins {
                j += 1;
            } else {
                break;
            }
        }
        out.push(cs[start..j].iter().collect());
        i = j;
    }
    out
}

fn is_date(tok: &str) -> bool {
    tok.len() == 10 && chrono::NaiveDate::parse_from_str(tok, "%Y-%m-%d").is_ok()
}

fn is_amount(tok: &str) -> bool {
    let mut groups = tok.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    first_ok && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

fn number_allowed(tok: &str) -> bool {
    if ALLOWED_NUMBERS.contains(&tok) {
        return true;
    }
    if tok.starts_with('#') {
        return false;
    }
    if tok.contains('-') {
        // A section number such as 3-5-2 is too short to be a phone number (those have 10+).
        let digits = tok.bytes().filter(u8::is_ascii_digit).count();
        return is_date(tok) || (digits <= 5 && tok.split('-').all(|g| g.len() <= 2));
    }
    if tok.contains(',') {
        return is_amount(tok);
    }
    match tok.len() {
        0..=2 => true,
        4 => tok.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)),
        _ => false,
    }
}

#[test]
fn tokenizer_finds_phone_numbers() {
    assert_eq!(
        number_tokens("TEL:0120-340-030 (平日9:00～17:00)"),
        ["0120-340-030", "9", "00", "17", "00"]
    );
    assert_eq!(number_tokens("０６－６３５５－４７８８"), ["06-6355-4788"]);
    assert_eq!(number_tokens("相談は#9110、緊急時は110"), ["#9110", "110"]);
    assert!(!number_allowed("06-6355-4788"));
    assert!(!number_allowed("03-1234-5678"));
    assert!(!number_allowed("#7119"));
    assert!(!number_allowed("0570"));
    assert!(!number_allowed("119"));
    assert!(number_allowed("2025-05-02"));
    assert!(number_allowed("1,000"));
    assert!(number_allowed("2025"));
    assert!(number_allowed("30"));
    assert!(number_allowed("3-5-2"));
    assert!(!number_allowed("110-1234"));
}

#[test]
fn no_phone_numbers_but_the_allowed_ones() {
    for s in all_strings() {
        for tok in number_tokens(s) {
            assert!(number_allowed(&tok), "number {tok:?} in {s:?}");
        }
    }
    for c in all_contacts() {
        if let Some(p) = c.phone {
            assert!(
                ALLOWED_NUMBERS.contains(&p),
                "contact {} has phone {p}",
                c.id
            );
        }
    }
}

#[test]
fn every_text_is_filled_in_both_languages() {
    for t in all_texts() {
        assert!(
            !t.ja().trim().is_empty() && !t.en().trim().is_empty(),
            "{t:?}"
        );
        // Japanese text must be Japanese; English may quote Japanese only as a "(用語)" gloss.
        assert!(!t.ja().is_ascii(), "ja looks untranslated: {t:?}");
        let en = ["(会員規約)", "(慰謝料)"]
            .iter()
            .fold(t.en().to_string(), |e, g| e.replace(g, ""));
        assert!(
            !en.chars().any(|c| ('\u{3040}'..='\u{9fff}').contains(&c)),
            "en has Japanese: {t:?}"
        );
    }
    for s in all_sources() {
        assert!(!s.doc.is_empty() && !s.clause.trim().is_empty(), "{s:?}");
    }
    for l in LEFT_OUT {
        assert!(!l.doc.is_empty() && !l.what.is_empty() && !l.reason.is_empty());
    }
}

#[test]
fn ids_are_unique() {
    let mut packs = HashSet::new();
    for p in advice_packs() {
        assert!(packs.insert(p.id), "duplicate pack id {}", p.id);
        assert!(!p.steps.is_empty(), "{} has no steps", p.id);
        assert!(!p.contacts.is_empty(), "{} has no contacts", p.id);
        assert!(!p.version.is_empty());
    }
    let mut items = HashSet::new();
    for i in all_items() {
        assert!(!i.id.is_empty());
        assert!(items.insert(i.id), "duplicate item id {}", i.id);
    }
    for (list, _, contacts) in all_lists() {
        let mut seen = HashSet::new();
        for c in contacts {
            assert!(seen.insert(c.id), "duplicate contact {} in {list}", c.id);
        }
    }
}

#[test]
fn every_date_is_yyyy_mm_dd_and_not_in_the_future() {
    let dates = all_sources()
        .iter()
        .map(|s| s.as_of)
        .chain(advice_packs().iter().map(|p| p.as_of))
        .collect::<Vec<_>>();
    for d in dates {
        assert!(is_date(d), "bad date {d:?}");
        assert!(d <= CHECKED, "{d} is after the check date");
    }
}

#[test]
fn seed_sources_are_real_seeds() {
    let docs = all_sources()
        .iter()
        .map(|s| s.doc)
        .chain(LEFT_OUT.iter().map(|l| l.doc))
        .collect::<Vec<_>>();
    for d in docs {
        if d.bytes().all(|b| b.is_ascii_digit()) {
            assert!(SEEDS.contains(&d), "unknown seed {d:?}");
        }
    }
    assert_eq!(seed002("x").as_of, "2019-04-12");
    assert_eq!(seed004("x").as_of, "2024-10-08");
}

#[test]
fn left_out_claims_are_not_repeated() {
    let banned = [
        "万円以下",
        "億円",
        "万件",
        "懲役",
        "消費者センターに被害届",
        "不可抗力",
        "業務改善命令",
        "6355",
    ];
    for s in all_strings()
        .iter()
        .filter(|s| !LEFT_OUT.iter().any(|l| l.what == **s || l.reason == **s))
    {
        for b in banned {
            assert!(!s.contains(b), "{b:?} appears in {s:?}");
        }
    }
}

#[test]
fn lookup() {
    for id in [
        "brokerage-hacked",
        "data-leak",
        "insider-data-taken",
        "furikome-relief",
        "credit-debit-card",
    ] {
        assert_eq!(advice(id).map(|p| p.id), Some(id));
    }
    assert!(advice("").is_none());
    assert!(advice("BROKERAGE-HACKED").is_none());
}

#[test]
fn key_facts_are_present_and_sourced() {
    let text_of = |p: &AdvicePack| {
        p.steps
            .iter()
            .chain(p.notes)
            .flat_map(|i| [Some(i.text), i.detail])
            .flatten()
            .map(|t| t.en())
            .collect::<String>()
    };
    let ins = advice("insider-data-taken")
        .map(text_of)
        .unwrap_or_default();
    assert!(ins.contains("promptly") && ins.contains("30 days") && ins.contains("60 days"));
    let brk = advice("brokerage-hacked").map(text_of).unwrap_or_default();
    assert!(
        brk.contains("2 May 2025") && brk.contains("January 2025") && brk.contains("case by case")
    );
    let jsda = advice("brokerage-hacked")
        .and_then(|p| p.steps.iter().find(|s| s.id == "brk-jsda"))
        .map(|s| s.source);
    assert_eq!(jsda.map(|s| s.as_of), Some("2025-05-02"));
    let fr = advice("furikome-relief")
        .map(|p| p.steps.iter().any(|s| s.text.ja().contains("預金保険機構")));
    assert_eq!(fr, Some(true));
    // The emergency panel names all three public numbers.
    let phones: Vec<_> = EMERGENCY.contacts.iter().filter_map(|c| c.phone).collect();
    assert_eq!(phones, ["#9110", "110", "188"]);
    // Issue 12: the PC step is 002's own (its pack step), never a 必ず step on another bank's or
    // a card's result; the stolen-card 必ず steps cite the statute.
    assert!(ALWAYS_STEPS
        .iter()
        .all(|s| !s.text.ja().contains("パソコン")));
    let stolen = crate::engine::pack::pack("statutory/stolen-card").map(always_steps);
    assert_eq!(
        stolen
            .and_then(|s| s.first())
            .map(|s| (s.source.doc, s.source.clause)),
        Some(("預金者保護法", "第5条第1項第1号"))
    );
}

/// Issue 12: on every banking result (each scheme, so each scenario × scheme) the steps under
/// 「必ず」 cite only documents about the case (the pack's sources, or the case's public
/// documents), a card case gets no PC or password step, and the 出典 list is exactly the documents
/// the result cites.
#[test]
fn banking_results_advise_and_cite_only_their_case() {
    use crate::engine::pack::{packs, CIVIL_CODE_142};
    use std::collections::BTreeSet;
    let mut problems = Vec::new();
    for p in packs() {
        let mut allowed: BTreeSet<&str> = p.sources.iter().map(|s| s.id).collect();
        allowed.extend(case_docs(p).iter().copied());
        let steps = always_steps(p);
        for s in steps {
            if !allowed.contains(s.source.doc) {
                problems.push(format!(
                    "{}: 必ず step {} cites {}",
                    p.id, s.id, s.source.doc
                ));
            }
            let card = BankingCase::of(p) != BankingCase::InternetBanking;
            let text = s.text.ja();
            if card && (text.contains("パソコン") || text.contains("パスワード")) {
                problems.push(format!(
                    "{}: 必ず step {} is about a PC or password",
                    p.id, s.id
                ));
            }
        }
        // Every document the result cites: the pack's rules and steps, and the 必ず steps.
        let mut cited: BTreeSet<&str> = BTreeSet::new();
        let c = &p.customers;
        for cl in [
            c.individual.clause,
            c.sole_proprietor.clause,
            c.corporation.clause,
            p.start.clause,
        ]
        .into_iter()
        .chain(p.start.conflict)
        .chain(p.window.map(|w| w.clause))
        .chain(p.bar.map(|b| b.clause))
        .chain(p.always_case_by_case)
        {
            cited.insert(cl.cite.doc());
        }
        cited.extend(p.questions.iter().map(|q| q.cite.doc()));
        cited.extend(p.steps.iter().map(|s| s.cite.doc()));
        cited.extend(p.contacts.iter().map(|s| s.cite.doc()));
        cited.extend(p.notes.iter().filter_map(|n| n.cite).map(|c| c.doc()));
        cited.extend(steps.iter().map(|s| s.source.doc));
        let shown: BTreeSet<&str> = result_sources(p, false).iter().map(|s| s.doc).collect();
        if shown != cited {
            problems.push(format!(
                "{}: 出典 lists {shown:?}, the result cites {cited:?}",
                p.id
            ));
        }
        // With a deadline that may be extended, 民法142 is cited beside it, and listed.
        cited.insert(CIVIL_CODE_142.cite.doc());
        let shown: BTreeSet<&str> = result_sources(p, true).iter().map(|s| s.doc).collect();
        if shown != cited {
            problems.push(format!(
                "{}: with 民法142, 出典 lists {shown:?}, cited {cited:?}",
                p.id
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Issue 12: an advice page cites only the documents about its scenario, and its 出典 list is
/// exactly what it cites.
#[test]
fn advice_pages_cite_only_their_documents() {
    let mut problems = Vec::new();
    for p in advice_packs() {
        for s in page_sources(p) {
            if !p.docs.contains(&s.doc) {
                problems.push(format!("{}: cites {}", p.id, s.doc));
            }
        }
        let mut cited: Vec<&str> = p
            .steps
            .iter()
            .chain(p.notes)
            .map(|i| i.source.doc)
            .chain(p.contacts.iter().map(|c| c.source.doc))
            .collect();
        cited.sort_unstable();
        cited.dedup();
        let mut shown: Vec<&str> = page_sources(p).iter().map(|s| s.doc).collect();
        shown.sort_unstable();
        shown.dedup();
        if shown != cited {
            problems.push(format!("{}: 出典 {shown:?} vs cited {cited:?}", p.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
