//! After the verdict (issue 15): the facts memo for the bank (通知・補償申請のための事実メモ) and the
//! sheet for the police. Both are built from the same case and assessment the result shows, so
//! every figure is the result's: dates and amounts come from the engine's `CaseFile` and
//! `Assessment`, never recomputed from what was typed. One document value is both shown and
//! written to the file, so the screen, the printout and the shared file say the same.

use super::super::format;
use super::super::i18n::{texts, Texts};
use super::super::i18n_report::{rtexts, ReportTexts};
use super::super::outcome::{use_outcome, Built};
use super::super::state::{AppState, Step};
use super::super::widgets::{use_app, Heading, Tel};
use super::result::{amount_text, presumed_texts, verdict_text};
use crate::engine::advice::{BankingCase, Contact, POLICE_CONTACTS};
use crate::engine::assess::Assessment;
use crate::engine::case::Customer;
use crate::engine::facts;
use crate::engine::Lang;
use crate::model::DraftReport;
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

/// Which document a screen shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Doc {
    Bank,
    Police,
}

/// One loss as the documents write it.
#[derive(Clone, PartialEq)]
pub(super) struct LossLine {
    n: usize,
    when: String,
    amount: String,
    recovered: String,
    recipient: String,
}

/// A section's body (the brokerage documents build the same blocks).
#[derive(Clone, PartialEq)]
pub(super) enum Block {
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

#[derive(Clone, PartialEq)]
pub(super) struct Section {
    pub(super) title: &'static str,
    pub(super) id: &'static str,
    pub(super) block: Block,
}

fn customer_text(c: Customer, t: &Texts) -> &'static str {
    match c {
        Customer::Individual => t.customer_individual,
        Customer::SoleProprietor => t.customer_sole,
        Customer::Corporation => t.customer_corporation,
    }
}

/// What the documents ask and list for the case (issue 26): a card taken from an ATM has no
/// recipient and no leaked password, and a stolen card is not at hand to bring.
struct CaseTexts {
    evidence: &'static [&'static str],
    police_lead: &'static str,
    account_hint: &'static str,
    noticed_label: &'static str,
    noticed_hint: &'static str,
    sec_noticed: &'static str,
    /// Money went to a recipient (a transfer), so the documents ask for it.
    recipients: bool,
}

fn case_texts(case: BankingCase, r: &ReportTexts) -> CaseTexts {
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

/// The case of the chosen scheme (internet banking until one is chosen).
fn case_of(app: &AppState) -> BankingCase {
    app.pack()
        .map(BankingCase::of)
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

/// The document's sections in `lang`, from the case as the result assessed it.
fn sections(
    doc: Doc,
    lang: Lang,
    app: &AppState,
    a: &Assessment,
    built: &Built,
    rep: &DraftReport,
) -> Vec<Section> {
    let t = texts(lang);
    let r = rtexts(lang);
    let ct = case_texts(case_of(app), r);
    let pack = app.pack();
    let case = built.case.as_ref();
    let scheme = pack
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_default();
    let customer = case
        .map(|c| customer_text(c.customer, t).to_string())
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
            let recipient = rep.recipient(n - 1).trim();
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
        let at = app.case.notified_at().get_untracked();
        match at.trim() {
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
                            (t.amount_label, amount_text(a, t)),
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

fn title_of(doc: Doc, r: &ReportTexts) -> &'static str {
    match doc {
        Doc::Bank => r.bank_title,
        Doc::Police => r.police_title,
    }
}

/// The document as a plain-text file (UTF-8, CRLF line ends so Windows Notepad shows it right).
fn as_text(title: &str, lang: Lang, made_on: &str, secs: &[Section]) -> String {
    let t = texts(lang);
    let r = rtexts(lang);
    // The label separator as each language writes it.
    let sep = match lang {
        Lang::Ja => "：",
        Lang::En => ": ",
    };
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

fn section_view(s: Section, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let r = rtexts(lang);
    let title_id = format!("{}-title", s.id);
    let labelled_by = title_id.clone();
    let body = match s.block {
        Block::Rows(rows) => {
            let items = rows
                .into_iter()
                .map(|(k, v)| {
                    if k.is_empty() {
                        view! { <p>{v}</p> }.into_any()
                    } else {
                        view! { <dl class="hn-kv hn-rep-row"><dt>{k}</dt><dd>{v}</dd></dl> }
                            .into_any()
                    }
                })
                .collect_view();
            view! { <div>{items}</div> }.into_any()
        }
        Block::Text(x) => view! { <p class="hn-rep-text">{x}</p> }.into_any(),
        Block::List(items) => {
            let items = items
                .into_iter()
                .map(|i| view! { <li>{i}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Block::Losses(rows, total, with_recipient) => {
            let body = rows
                .into_iter()
                .map(|l| {
                    let recipient = l.recipient;
                    view! {
                        <tr>
                            <th scope="row" data-label=r.col_no>{(t.loss_heading)(l.n)}</th>
                            <td data-label=r.col_when>{l.when}</td>
                            <td class="hn-num" data-label=r.col_amount>{l.amount}</td>
                            <td class="hn-num" data-label=r.col_recovered>{l.recovered}</td>
                            {with_recipient.then(|| view! { <td data-label=r.col_recipient>{recipient}</td> })}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="hn-table hn-rep-table">
                    <thead>
                        <tr>
                            <th scope="col">{r.col_no}</th>
                            <th scope="col">{r.col_when}</th>
                            <th scope="col">{r.col_amount}</th>
                            <th scope="col">{r.col_recovered}</th>
                            {with_recipient.then(|| view! { <th scope="col">{r.col_recipient}</th> })}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
                <dl class="hn-kv hn-rep-row"><dt>{r.total_net}</dt><dd id="hn-rep-total">{total}</dd></dl>
            }
            .into_any()
        }
        Block::Contacts(cs, lead) => {
            let items = cs
                .iter()
                .map(|c| {
                    view! {
                        <li class="hn-contact">
                            <span class="hn-contact-name">{c.name.get(lang)}</span>" "
                            {c.phone.map(|p| view! { <Tel phone=p /> })}
                            {c.note.map(|n| view! { <br /><span class="hn-small">{n.get(lang)}</span> })}
                            <br /><span class="hn-small">{format!("{}{}{}", t.hours, t.colon, c.hours.get(lang))}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <p>{lead}</p><ul class="hn-contact-list">{items}</ul> }.into_any()
        }
    };
    view! {
        <section class="hn-rep-section" id=s.id aria-labelledby=labelled_by>
            <h3 id=title_id>{s.title}</h3>
            {body}
        </section>
    }
}

/// The file's name: 「補償ナビ_銀行への報告メモ_2026-11-28.txt」, the date in Japan time.
fn file_name(what: &str, lang: Lang, today: chrono::NaiveDate) -> String {
    let app = match lang {
        Lang::Ja => "補償ナビ",
        Lang::En => "hosho-navi",
    };
    use chrono::Datelike;
    format!(
        "{app}_{what}_{:04}-{:02}-{:02}.txt",
        today.year(),
        today.month(),
        today.day()
    )
}

/// The document as shown and printed: its title, the day it was made (Japan time), its sections.
pub(super) fn document_view(
    title: &'static str,
    lang: Lang,
    today: chrono::NaiveDate,
    secs: Vec<Section>,
) -> impl IntoView {
    let r = rtexts(lang);
    let items = secs
        .into_iter()
        .map(|s| section_view(s, lang))
        .collect_view();
    view! {
        <article class="hn-report" id="hn-report" lang=super::super::dom::lang_code(lang)
            aria-labelledby="hn-report-title">
            <p class="hn-report-title" id="hn-report-title">{title}</p>
            <p class="hn-small">{(r.made_on)(&format::date(texts(lang), today))}</p>
            {items}
        </article>
    }
}

/// Shares (or downloads) the same document as a .txt file named after `what`.
pub(super) fn share_document(
    title: &str,
    what: &str,
    lang: Lang,
    today: chrono::NaiveDate,
    secs: &[Section],
) {
    let body = as_text(title, lang, &format::date(texts(lang), today), secs);
    super::super::dom::share_or_download(
        &file_name(what, lang, today),
        "text/plain;charset=utf-8",
        &body,
    );
}

/// An optional free-text entry that goes into the document.
#[component]
pub(super) fn ReportInput(
    /// The input's id.
    id: &'static str,
    /// The label.
    label: String,
    /// A line under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Several lines (a textarea) rather than one.
    #[prop(optional)]
    multiline: bool,
    /// Reads the entry from the report.
    get: fn(&DraftReport) -> String,
    /// Writes it back.
    set: fn(&mut DraftReport, String),
) -> impl IntoView {
    let app = use_app();
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let value = move || app.case.report().with(get);
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        app.case.report().update(|r| set(r, v));
    };
    let input = if multiline {
        view! {
            <textarea class="hn-input hn-textarea" id=id name=id rows="5" aria-describedby=described
                prop:value=value on:input=on_input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class="hn-input" type="text" autocomplete="off" id=id name=id aria-describedby=described
                prop:value=value on:input=on_input />
        }
        .into_any()
    };
    view! {
        <div class="hn-field">
            <label class="hn-label" for=id>{label}</label>
            {hint.map(|h| view! { <span class="hn-hint" id=hint_id>{h}</span> })}
            {input}
        </div>
    }
}

/// The report for the bank or the sheet for the police: the user's optional entries, then the
/// document (in the app's language, or the other on request), with print and share.
#[component]
pub fn ReportScreen(
    /// Which document.
    doc: Doc,
) -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let lang = app.lang.get_untracked();
    let r = rtexts(lang);
    let ct = case_texts(case_of(&app), r);
    let shown = RwSignal::new(lang);
    // A card taken from an ATM: no recipient to ask for.
    let rows = if ct.recipients {
        out.built.with_untracked(|b| b.rows.clone())
    } else {
        Vec::new()
    };
    let recipients_empty = rows.is_empty();
    let recipients = rows
        .into_iter()
        .map(|n| {
            let id = format!("hn-rep-in-recipient-{n}");
            let value = move || app.case.report().with(|x| x.recipient(n - 1).to_string());
            let on_input = move |ev: leptos::ev::Event| {
                let v = event_target_value(&ev);
                app.case.report().update(|x| {
                    if x.recipients.len() < n {
                        x.recipients.resize(n, String::new());
                    }
                    if let Some(slot) = x.recipients.get_mut(n - 1) {
                        *slot = v;
                    }
                });
            };
            view! {
                <div class="hn-field">
                    <label class="hn-label" for=id.clone()>{(r.recipient_label)(n)}</label>
                    <input class="hn-input" type="text" autocomplete="off" id=id.clone() name=id
                        prop:value=value on:input=on_input />
                </div>
            }
        })
        .collect_view();
    let document = move || {
        let l = shown.get();
        let rep = app.case.report().get();
        let today = app.clock.today.get();
        out.assessment.with(|a| {
            a.as_ref().map(|a| {
                let secs = out.built.with(|b| sections(doc, l, &app, a, b, &rep));
                document_view(title_of(doc, rtexts(l)), l, today, secs)
            })
        })
    };
    let share = move |_| {
        let l = shown.get_untracked();
        let today = app.clock.today.get_untracked();
        let rep = app.case.report().get_untracked();
        let secs = out.assessment.with_untracked(|a| {
            a.as_ref().map(|a| {
                out.built
                    .with_untracked(|b| sections(doc, l, &app, a, b, &rep))
            })
        });
        if let Some(secs) = secs {
            let rr = rtexts(l);
            let what = match doc {
                Doc::Bank => rr.file_bank,
                Doc::Police => rr.file_police,
            };
            share_document(title_of(doc, rr), what, l, today, &secs);
        }
    };
    let other = move |_| {
        shown.update(|l| {
            *l = match *l {
                Lang::Ja => Lang::En,
                Lang::En => Lang::Ja,
            }
        })
    };
    let toggle_text = move || {
        if shown.get() == lang {
            r.show_other
        } else {
            r.show_own
        }
    };
    let (title, lead) = match doc {
        Doc::Bank => (r.bank_title, r.bank_lead),
        Doc::Police => (r.police_title, r.police_lead),
    };
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-report-screen">
            <Heading text=title />
            <p>{lead}</p>
            <p class="hn-small hn-no-print">{r.nothing_sent}</p>
            <details class="hn-report-inputs hn-no-print" open=true>
                <summary>{r.your_entries}</summary>
                <ReportInput id="hn-rep-in-account" label=r.account_label.to_string() hint=ct.account_hint multiline=true
                    get=|x| x.account.clone() set=|x, v| x.account = v />
                <ReportInput id="hn-rep-in-noticed" label=ct.noticed_label.to_string() hint=ct.noticed_hint multiline=true
                    get=|x| x.noticed.clone() set=|x, v| x.noticed = v />
                <ReportInput id="hn-rep-in-notice-to" label=r.notice_to_label.to_string()
                    get=|x| x.notice_to.clone() set=|x, v| x.notice_to = v />
                <ReportInput id="hn-rep-in-notice-ref" label=r.notice_ref_label.to_string()
                    get=|x| x.notice_ref.clone() set=|x, v| x.notice_ref = v />
                {(!recipients_empty).then(|| view! { <p class="hn-hint">{r.recipient_hint}</p> })}
                {recipients}
            </details>
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=share>{r.share}</button>
                <button type="button" class="hn-btn" on:click=move |_| super::super::dom::print()>{r.print}</button>
                <button type="button" class="hn-btn" on:click=other>{toggle_text}</button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Result)>{r.back_to_result}</button>
            </div>
            {document}
        </section>
    }
}
