//! The report for the bank (通知・補償申請のための事実メモ) and the sheet for the police (issue 15)
//! as sections of blocks, built from the same case and assessment as the result
//! ([`super::build`]), so every figure and verdict is worded as the result words it. The screen,
//! the printout and the `.txt` file render these sections; the brokerage documents build the
//! same blocks.

use super::report_text::{rtexts, ReportTexts};
use super::text::texts;
use super::{amount_text, customer_text, format, presumed_texts, verdict_text};
use crate::engine::advice::{BankingCase, Contact, POLICE_CONTACTS};
use crate::engine::assess::Assessment;
use crate::engine::facts;
use crate::engine::pack::Pack;
use crate::engine::Lang;
use crate::model::{Built, DraftReport};

/// Which document a screen shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Doc {
    Bank,
    Police,
}

/// One loss as the documents write it.
#[derive(Clone, PartialEq, Debug)]
pub struct LossLine {
    pub n: usize,
    pub when: String,
    pub amount: String,
    pub recovered: String,
    pub recipient: String,
}

/// A section's body.
#[derive(Clone, PartialEq, Debug)]
pub enum Block {
    /// Label / value pairs.
    Rows(Vec<(&'static str, String)>),
    /// Free text as the user wrote it (line breaks kept).
    Text(String),
    /// A list (answers, a checklist).
    List(Vec<String>),
    /// The losses and their total (the result's own net figures); whether a recipient column is
    /// shown (a transfer has one, an ATM withdrawal none).
    Losses(Vec<LossLine>, String, bool),
    /// Contacts from the advice data (the number only as its source gives it), after a lead
    /// saying which to use when.
    Contacts(&'static [Contact], &'static str),
}

#[derive(Clone, PartialEq, Debug)]
pub struct Section {
    pub title: &'static str,
    pub id: &'static str,
    pub block: Block,
}

/// What the documents ask and list for the case (issue 26): a card taken from an ATM has no
/// recipient and no leaked password, and a stolen card is not at hand to bring.
pub struct CaseTexts {
    pub evidence: &'static [&'static str],
    pub police_lead: &'static str,
    pub account_hint: &'static str,
    pub noticed_label: &'static str,
    pub noticed_hint: &'static str,
    pub sec_noticed: &'static str,
    /// Money went to a recipient (a transfer), so the documents ask for it.
    pub recipients: bool,
}

pub fn case_texts(case: BankingCase, r: &ReportTexts) -> CaseTexts {
    let ib = CaseTexts {
        evidence: r.evidence,
        police_lead: r.police_contacts_lead,
        account_hint: r.account_hint,
        noticed_label: r.noticed_label,
        noticed_hint: r.noticed_hint,
        sec_noticed: r.sec_noticed,
        recipients: true,
    };
    match case {
        BankingCase::InternetBanking => ib,
        BankingCase::StolenCard => CaseTexts {
            evidence: r.evidence_stolen,
            police_lead: r.police_contacts_lead_stolen,
            account_hint: r.account_hint_stolen,
            noticed_label: r.noticed_label_stolen,
            noticed_hint: r.noticed_hint_stolen,
            sec_noticed: r.sec_noticed_stolen,
            recipients: false,
        },
        BankingCase::CounterfeitCard => CaseTexts {
            evidence: r.evidence_counterfeit,
            account_hint: r.account_hint_counterfeit,
            recipients: false,
            ..ib
        },
    }
}

/// The case of a scheme (internet banking until one is chosen).
pub fn case_of(p: Option<&Pack>) -> BankingCase {
    p.map(BankingCase::of)
        .unwrap_or(BankingCase::InternetBanking)
}

fn or_not_written(s: &str, r: &ReportTexts) -> String {
    let s = s.trim();
    if s.is_empty() {
        r.not_written.to_string()
    } else {
        s.to_string()
    }
}

/// The document's sections in `lang`, from the case as the result assessed it. `notified_at` is
/// the time of the notice as recorded, shown and never assessed.
pub fn sections(
    doc: Doc,
    lang: Lang,
    a: &Assessment,
    built: &Built,
    rep: &DraftReport,
    notified_at: &str,
) -> Vec<Section> {
    let t = texts(lang);
    let r = rtexts(lang);
    let pack = crate::engine::pack::pack(a.scheme);
    let ct = case_texts(case_of(pack), r);
    let case = built.case.as_ref();
    let scheme = pack
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_default();
    let customer = case
        .map(|c| customer_text(c.customer, lang).to_string())
        .unwrap_or_default();
    let txs = case.map(|c| c.transactions.as_slice()).unwrap_or_default();
    let losses: Vec<LossLine> = txs
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let n = built.rows.get(i).copied().unwrap_or(i + 1);
            let mut when = format::date(t, x.date);
            if let Some(tm) = x.time {
                when.push(' ');
                when.push_str(&format::time(t, tm));
            }
            let recipient = rep.recipient(n.saturating_sub(1)).trim();
            LossLine {
                n,
                when,
                amount: format::yen(t, x.amount_yen),
                recovered: format::yen(t, x.recovered_yen),
                recipient: if recipient.is_empty() {
                    r.unknown.to_string()
                } else {
                    recipient.to_string()
                },
            }
        })
        .collect();
    let total: u64 = a.transactions.iter().map(|x| x.net_yen).sum();
    let case_sec = Section {
        title: r.sec_case,
        id: "hn-rep-case",
        block: Block::Rows(vec![(r.bank_scheme, scheme), (r.customer_type, customer)]),
    };
    let losses_sec = Section {
        title: r.sec_losses,
        id: "hn-rep-losses",
        block: Block::Losses(losses, format::yen(t, total), ct.recipients),
    };
    let noticed_sec = Section {
        title: ct.sec_noticed,
        id: "hn-rep-noticed",
        block: Block::Text(or_not_written(&rep.noticed, r)),
    };
    let account_sec = Section {
        title: r.sec_account,
        id: "hn-rep-account",
        block: Block::Text(or_not_written(&rep.account, r)),
    };
    let notice_date = if a.notice_assumed_today {
        r.notice_not_yet.to_string()
    } else {
        // With the time 「連絡した」 recorded, as typed: shown, never assessed.
        match notified_at.trim() {
            "" => format::date(t, a.notice_date),
            at => format!("{} {at}", format::date(t, a.notice_date)),
        }
    };
    let notice_sec = Section {
        title: r.sec_notice,
        id: "hn-rep-notice",
        block: Block::Rows(vec![
            (r.notice_date, notice_date),
            (r.notice_to, or_not_written(&rep.notice_to, r)),
            (r.notice_ref, or_not_written(&rep.notice_ref, r)),
        ]),
    };
    match doc {
        Doc::Bank => {
            // Each answer as the fact it states (as under 理由と根拠), not as question + はい/いいえ:
            // a bank reads "did X" or "did not X", whatever the question's polarity.
            // The case file's answers: "I have none" already counted as the pack says, and said
            // as its own fact.
            let (no_answers, no_none) = Default::default();
            let answers = case.map_or(&no_answers, |c| &c.answers);
            let none = case.map_or(&no_none, |c| &c.none);
            let measures: Vec<String> = pack
                .map(|p| {
                    facts::answered(p, answers, none, lang)
                        .into_iter()
                        .map(|l| l.fact.to_string())
                        .collect()
                })
                .unwrap_or_default();
            let measures = if measures.is_empty() {
                vec![r.no_measures.to_string()]
            } else {
                measures
            };
            vec![
                case_sec,
                losses_sec,
                noticed_sec,
                account_sec,
                Section {
                    title: r.sec_measures,
                    id: "hn-rep-measures",
                    block: Block::List(measures),
                },
                notice_sec,
                Section {
                    title: r.sec_estimate,
                    id: "hn-rep-estimate",
                    block: Block::Rows(
                        [
                            (t.amount_label, amount_text(a, lang)),
                            ("", verdict_text(a.verdict, lang).to_string()),
                        ]
                        .into_iter()
                        // What the estimate presumes the bank can prove, beside it.
                        .chain(
                            presumed_texts(a, lang)
                                .into_iter()
                                .map(|x| ("", x.to_string())),
                        )
                        .chain([("", r.estimate_note.to_string())])
                        .collect(),
                    ),
                },
            ]
        }
        // The order a police desk asks in: what happened, the money, when it was noticed, what the
        // bank was told; then what to bring and whom to call.
        Doc::Police => vec![
            case_sec,
            account_sec,
            losses_sec,
            noticed_sec,
            notice_sec,
            Section {
                title: r.sec_evidence,
                id: "hn-rep-evidence",
                block: Block::List(ct.evidence.iter().map(|s| s.to_string()).collect()),
            },
            Section {
                title: r.sec_police_contacts,
                id: "hn-rep-contacts",
                block: Block::Contacts(POLICE_CONTACTS, ct.police_lead),
            },
        ],
    }
}

pub fn title_of(doc: Doc, r: &ReportTexts) -> &'static str {
    match doc {
        Doc::Bank => r.bank_title,
        Doc::Police => r.police_title,
    }
}

/// The document as a plain-text file (UTF-8, CRLF line ends so Windows Notepad shows it right).
pub fn as_text(title: &str, lang: Lang, made_on: &str, secs: &[Section]) -> String {
    let t = texts(lang);
    let r = rtexts(lang);
    let sep = t.colon;
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push_str("\r\n");
    };
    line(&format!("{} — {}", t.app_title, title));
    line(&(r.made_on)(made_on));
    for s in secs {
        line("");
        line(&format!("■ {}", s.title));
        match &s.block {
            Block::Rows(rows) => {
                for (k, v) in rows {
                    if k.is_empty() {
                        line(v);
                    } else {
                        line(&format!("{k}{sep}{v}"));
                    }
                }
            }
            Block::Text(x) => {
                for l in x.lines() {
                    line(l);
                }
            }
            Block::List(items) => {
                for i in items {
                    line(&format!("・{i}"));
                }
            }
            Block::Losses(rows, total, with_recipient) => {
                for l in rows {
                    let mut s = format!(
                        "{} {}{sep}{} / {}{sep}{} / {}{sep}{}",
                        r.col_no, l.n, l.when, r.col_amount, l.amount, r.col_recovered, l.recovered,
                    );
                    if *with_recipient {
                        s.push_str(&format!(" / {}{sep}{}", r.col_recipient, l.recipient));
                    }
                    line(&s);
                }
                line(&format!("{}{sep}{total}", r.total_net));
            }
            Block::Contacts(cs, lead) => {
                line(lead);
                for c in cs.iter() {
                    let hours = format!("{}{sep}{}", t.hours, c.hours.get(lang));
                    line(&format!(
                        "・{} {} — {}{}",
                        c.name.get(lang),
                        c.phone.unwrap_or(""),
                        c.note.map(|n| n.get(lang)).unwrap_or(""),
                        (t.in_parens)(&hours)
                    ));
                }
            }
        }
    }
    out
}

/// The file's name: 「補償ナビ_銀行への報告メモ_2026-11-28.txt」, the date in Japan time.
pub fn file_name(what: &str, lang: Lang, today: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let app = match lang {
        Lang::Ja => "補償ナビ",
        Lang::En => "hosho-navi",
    };
    format!(
        "{app}_{what}_{:04}-{:02}-{:02}.txt",
        today.year(),
        today.month(),
        today.day()
    )
}
