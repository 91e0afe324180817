//! Unit tests of `advice.rs` (its `tests` module, in its own file so the code reads on its own).

use super::data::{seed002, seed004, ALWAYS_COUNTERFEIT, ALWAYS_STOLEN};
use super::*;
use crate::engine::phones::{
    is_date, is_verified, number_tokens, unlisted_numbers, VERIFIED_NUMBERS,
};
use std::collections::HashSet;

/// The 必ず step "talk to the police (#9110, 110)".
const ALWAYS_POLICE_ID: &str = "always-police-line";
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
    for i in all_items()
        .into_iter()
        .chain(ALWAYS_STOLEN)
        .chain(ALWAYS_COUNTERFEIT)
    {
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

/// Issue 26: every number the advice shows is on the allow-list of verified official numbers
/// (`engine::phones`, each with its page and check date), and every contact's phone is one.
#[test]
fn no_phone_numbers_but_the_verified_ones() {
    for s in all_strings() {
        assert!(
            unlisted_numbers(s).is_empty(),
            "numbers {:?} in {s:?} are not on the allow-list (engine/phones.rs)",
            unlisted_numbers(s)
        );
    }
    let lists = all_lists()
        .into_iter()
        .flat_map(|(_, _, c)| c.iter())
        .chain(POLICE_CONTACTS.iter());
    for c in lists {
        if let Some(p) = c.phone {
            assert!(is_verified(p), "contact {} has phone {p}", c.id);
        }
    }
    // The allow-list is not stale: each number is shown by the advice or a pack.
    let mut shown: Vec<String> = all_strings().iter().map(|s| s.to_string()).collect();
    for p in crate::engine::pack::packs() {
        shown.extend(p.contacts.iter().filter_map(|c| c.phone.map(String::from)));
    }
    for v in VERIFIED_NUMBERS {
        assert!(
            shown
                .iter()
                .any(|s| number_tokens(s).iter().any(|t| t == v.number)),
            "{} is on the allow-list but shown nowhere",
            v.number
        );
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
        let en = ["(会員規約)", "(慰謝料)", "(組戻し)", "(交番)", "(受理番号)"]
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
        // The last check (issue 26, 2026-12-07); month-only dates (FACTS_CHECKED) sort before it.
        assert!(d <= "2026-12-07", "{d} is after the last check");
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

fn page_texts(id: &str, lang: crate::engine::Lang) -> Vec<&'static str> {
    advice(id)
        .map(|p| {
            let mut v: Vec<&'static str> = vec![p.summary.get(lang)];
            for i in p.steps.iter().chain(p.notes) {
                v.push(i.text.get(lang));
                v.extend(i.detail.map(|d| d.get(lang)));
            }
            for c in p.contacts {
                v.push(c.name.get(lang));
                v.extend(c.note.map(|n| n.get(lang)));
            }
            v
        })
        .unwrap_or_default()
}

fn step_index(id: &str, step: &str) -> Option<usize> {
    advice(id).and_then(|p| p.steps.iter().position(|s| s.id == step))
}

/// Issue 26 (1): a freeze is asked of the receiving bank, after the police; the victim's own bank
/// is for a recall (組戻し). On the emergency panel, every internet-banking result and the
/// furikome page, in both languages.
#[test]
fn the_freeze_is_asked_of_the_receiving_bank() {
    use crate::engine::Lang;
    let freeze_steps = [
        EMERGENCY
            .steps
            .iter()
            .find(|s| s.id == "em-freeze-receiving"),
        ALWAYS_STEPS
            .iter()
            .find(|s| s.id == "always-freeze-receiving"),
        advice("furikome-relief").and_then(|p| p.steps.iter().find(|s| s.id == "fr-freeze")),
    ];
    for s in freeze_steps {
        let s = s.expect("freeze step");
        let (ja, en) = (s.text.ja(), s.text.en());
        assert!(
            ja.contains("振込先の銀行") || ja.contains("送金先の銀行"),
            "{ja}"
        );
        assert!(en.contains("receiving bank"), "{en}");
        // Never "have your bank ask": the receiving bank is called directly.
        assert!(!ja.contains("依頼してもらう") && !en.contains("ask it to contact"));
        assert_eq!(s.source.doc, "政府広報オンライン");
    }
    // The police come first.
    assert!(
        step_index("furikome-relief", "fr-police") < step_index("furikome-relief", "fr-freeze")
    );
    let em = &EMERGENCY.steps[1];
    assert!(em.text.ja().contains("警察") && em.text.en().contains("police"));
    let at = |id: &str| ALWAYS_STEPS.iter().position(|s| s.id == id);
    assert!(at(ALWAYS_POLICE_ID) < at("always-freeze-receiving"));
    // The recall is the own bank's.
    for lang in [Lang::Ja, Lang::En] {
        let recall = if lang == Lang::Ja {
            "組戻し"
        } else {
            "recall"
        };
        let own = if lang == Lang::Ja {
            "自分の銀行"
        } else {
            "own bank"
        };
        assert!(page_texts("furikome-relief", lang)
            .iter()
            .any(|t| t.contains(recall) && t.contains(own)));
    }
}

/// Issue 26 (5): the steps fit the case.
#[test]
fn the_steps_fit_the_case() {
    use crate::engine::Lang;
    // A stolen card: a theft report at a police box or station, with its receipt number; #9110
    // is named only as not the place for it, and the generic "consult #9110" step is not shown.
    let theft = ALWAYS_STOLEN
        .iter()
        .find(|s| s.id == "always-theft-report")
        .expect("theft report step");
    let ja = theft.text.ja();
    assert!(
        ja.contains("交番")
            && ja.contains("警察署")
            && ja.contains("盗難届")
            && ja.contains("受理番号")
    );
    assert!(theft.text.en().contains("police box") && theft.text.en().contains("receipt number"));
    assert!(theft
        .detail
        .is_some_and(|d| d.ja().contains("#9110") && d.ja().contains("相談")));
    assert!(!ALWAYS_STOLEN.iter().any(|s| s.id == ALWAYS_POLICE_ID));
    assert!(ALWAYS_STEPS.iter().any(|s| s.id == ALWAYS_POLICE_ID));
    assert!(ALWAYS_COUNTERFEIT.iter().any(|s| s.id == ALWAYS_POLICE_ID));
    // No text sends the reader to the back of a card they may no longer have.
    for s in all_strings() {
        if s.contains("裏面") {
            assert!(s.contains("手元にあれば"), "{s}");
        }
        if s.contains("back of") {
            assert!(s.contains("if you still have it"), "{s}");
        }
    }
    // 002's "switch the PC off until the bank agrees" only where the bank asks; phones covered.
    for s in all_strings() {
        if s.contains("電源を切") {
            assert!(s.contains("求められたら"), "{s}");
        }
        if s.contains("switch the PC off") {
            assert!(s.contains("If your bank asks"), "{s}");
        }
    }
    let keep = &EMERGENCY.steps[2];
    assert!(keep.text.ja().contains("スマートフォン") && keep.text.en().contains("smartphone"));
    // A leak of card numbers or bank logins: stop, reissue, watch the statements.
    let leak = page_texts("data-leak", Lang::En).join(" ");
    assert!(leak.contains("stopped and reissued") && leak.contains("statements"));
    let leak_ja = page_texts("data-leak", Lang::Ja).join(" ");
    assert!(leak_ja.contains("再発行") && leak_ja.contains("利用明細"));
    // The brokerage page: the 2025 agreement before the seed's vague scheme.
    assert!(
        step_index("brokerage-hacked", "brk-jsda")
            < step_index("brokerage-hacked", "brk-firm-scheme")
    );
    // A business's first report: 「概ね3〜5日以内」 as the guideline says.
    assert!(page_texts("insider-data-taken", Lang::Ja)
        .iter()
        .any(|t| t.contains("「概ね3〜5日以内」")));
    // Some IP phones and prepaid mobiles cannot reach 188 or #9110: said with 188.
    let hotline = EMERGENCY.contacts.iter().find(|c| c.phone == Some("188"));
    assert!(hotline
        .and_then(|c| c.note)
        .is_some_and(|n| n.ja().contains("IP電話")
            && n.ja().contains("#9110")
            && n.en().contains("prepaid mobiles")));
}

/// Issue 26 (2–4, 6): the numbers after the first hour, the follow-up scam warning, realistic
/// figures and plain words, in both languages.
#[test]
fn later_numbers_warnings_and_plain_words() {
    use crate::engine::Lang;
    let phones = |id: &str| -> Vec<&str> {
        advice(id)
            .map(|p| p.contacts.iter().filter_map(|c| c.phone).collect())
            .unwrap_or_default()
    };
    assert!(phones("data-leak").contains(&"03-6457-9849"));
    assert!(phones("insider-data-taken").contains(&"03-6457-9849"));
    assert!(phones("brokerage-hacked").contains(&"0120-64-5005"));
    assert!(phones("furikome-relief").contains(&"03-6262-6794"));
    assert!(phones("furikome-relief").contains(&"0570-017109"));
    for id in ["brokerage-hacked", "data-leak"] {
        assert!(
            advice(id).is_some_and(|p| p.contacts.iter().any(|c| c.id == "npa-cyber")),
            "{id}: no online cybercrime desk"
        );
    }
    // No contact with a verified number still says "see the website" for its hours.
    for c in all_contacts().into_iter().filter(|c| c.phone.is_some()) {
        assert!(!c.hours.en().starts_with("See "), "{}", c.id);
    }
    for id in ["furikome-relief", "data-leak", "brokerage-hacked"] {
        for lang in [Lang::Ja, Lang::En] {
            let fee = if lang == Lang::Ja { "手数料" } else { "fee" };
            assert!(
                page_texts(id, lang).iter().any(|t| t.contains(fee)),
                "{id} ({lang:?}): no follow-up scam warning"
            );
        }
    }
    let fr = page_texts("furikome-relief", Lang::En).join(" ");
    assert!(fr.contains("1,000 yen") && fr.contains("ATM") && fr.contains("what was left"));
    let card = page_texts("credit-debit-card", Lang::En).join(" ");
    assert!(card.contains("60 days") && card.contains("not guaranteed"));
    let card_ja = page_texts("credit-debit-card", Lang::Ja).join(" ");
    assert!(card_ja.contains("60日前") && card_ja.contains("保証ではありません"));
    let leak = page_texts("data-leak", Lang::En).join(" ");
    assert!(leak.contains("3,300 yen") && leak.contains("rejected"));
    let leak_ja = page_texts("data-leak", Lang::Ja).join(" ");
    assert!(leak_ja.contains("民法第709条・第710条") && leak_ja.contains("認められなかった"));
    // Plain words.
    assert!(page_texts("brokerage-hacked", Lang::Ja)
        .iter()
        .any(|t| t.contains("多要素認証（ワンタイムパスワードなど）")));
    let fr_ja = page_texts("furikome-relief", Lang::Ja).join(" ");
    assert!(fr_ja.contains("お知らせ（公告）"));
    assert!(!leak_ja.contains("求められます") && leak_ja.contains("求めることができます"));
    // A note about the source's own ambiguity is not shown to victims.
    for id in [
        "brokerage-hacked",
        "data-leak",
        "furikome-relief",
        "credit-debit-card",
    ] {
        for t in page_texts(id, Lang::Ja) {
            assert!(!t.contains("出典では"), "{id}: {t}");
        }
    }
}
