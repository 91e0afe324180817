//! The report for the firm and the sheet for the police, from the estimate: sections and blocks
//! of the bank report's kind (`document::report`), shown, printed and shared the same way.

use super::*;

// ---- The documents ----------------------------------------------------------------------------

pub(super) const TO_REPORT: Text = text!("証券会社への報告メモ", "Report for the firm");
pub(super) const TO_POLICE: Text = text!("警察に相談するときのメモ", "Sheet for the police");
pub(super) const REPORT_LEAD: Text = text!(
    "証券会社に連絡・補償を申し出るときに使う事実のメモです。見込みの数字は上の見込みと同じです。",
    "The facts to give the firm when you report and claim: the figures are those of the estimate."
);
pub(super) const POLICE_LEAD: Text = text!(
    "警察の窓口で聞かれる順に事実をまとめました。持っていくものも確認してください。",
    "The facts in the order a police desk asks for them, and what to bring."
);
pub(super) const FILE_REPORT: Text = text!("証券会社への報告メモ", "report-for-the-firm");
pub(super) const FILE_POLICE: Text = text!(
    "警察への相談メモ_証券口座",
    "sheet-for-the-police-brokerage"
);
pub(super) const ACCOUNT_HINT: Text = text!(
    "いつ、何に気づいたか、どんなメールやサイトにIDとパスワードを入力したかなど。",
    "When and what you noticed, which mail or site you gave the ID and password to, and so on."
);
pub(super) const SEC_CASE: Text = text!("口座と取引", "The account and the trades");
pub(super) const FIRM_ROW: Text = text!("証券会社", "Firm");
pub(super) const DAY_ROW: Text = text!("不正な取引があった日", "Day of the unauthorized trades");
pub(super) const SEC_WHAT: Text = text!("起きたこと", "What happened");
pub(super) const SEC_BOUGHT: Text = text!(
    "不正に買われた有価証券",
    "Securities bought without consent"
);
pub(super) const BOUGHT_LINE: Text = text!(
    "買われた有価証券 {n}：買付代金 {paid}／売却代金または現在の評価額 {value}",
    "Security bought {n}: paid {paid} / sold for, or worth now {value}"
);
pub(super) const SEC_HOW: Text = text!("IDとパスワード", "The ID and password");
pub(super) const HOW_ROW: Text = text!("盗まれた経路", "How they were taken");
pub(super) const MFA_ROW: Text = text!("多要素認証", "Multi-factor authentication");
pub(super) const SEC_ESTIMATE: Text = text!("補償ナビの見込み", "Hosho Navi's estimate");
pub(super) const ESTIMATE_NOTE: Text = text!(
    "この見込みは各社の公表資料と報道にもとづく目安で、会社の決定ではありません。",
    "This estimate is a guide from the firms' published material and press reports, not the firm's decision."
);
pub(super) const SEC_FINMAC: Text = text!(
    "会社の回答に納得できないとき",
    "If you do not accept the firm's answer"
);
pub(super) const SEC_EVIDENCE: Text = text!(
    "持っていくもの（チェックリスト）",
    "What to bring (checklist)"
);
pub(super) const EVIDENCE: [Text; 4] = [
    text!(
        "フィッシングのメールやSMS（消さずに、届いた端末ごと）",
        "The phishing e-mail or SMS (not deleted, on the device it came to)"
    ),
    text!(
        "証券会社の取引履歴・取引報告書・取引残高報告書",
        "The firm's trade history, trade reports and statements"
    ),
    text!(
        "ログインの通知や取引の画面のスクリーンショット",
        "Screenshots of the login notices and the trades"
    ),
    text!(
        "使っていたスマートフォンやパソコン",
        "The phone or computer you used"
    ),
];
pub(super) const NONE_TICKED: Text = text!("記入なし", "Not written");

/// Which brokerage document a screen shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BrkDoc {
    Firm,
    Police,
}

/// The document's sections in `lang`, from the case and its estimate (the result's figures).
pub(super) fn doc_sections(
    doc: BrkDoc,
    lang: Lang,
    c: &BrokerageCase,
    e: &Estimate,
    account: &str,
) -> Vec<Section> {
    let t = crate::ui::i18n::texts(lang);
    let r = crate::ui::i18n_report::rtexts(lang);
    let yen = |n: u64| format::yen(t, n);
    let not_written = || NONE_TICKED.get(lang).to_string();
    let firm = match (e.firm, c.firm.as_str()) {
        (Some(f), _) => f.name.get(lang).to_string(),
        (None, OTHER) => FIRM_OTHER.get(lang).to_string(),
        _ => not_written(),
    };
    let day = e.date.map_or_else(not_written, |d| format::date(t, d));
    let case_sec = Section {
        title: SEC_CASE.get(lang),
        id: "hn-rep-case",
        block: Block::Rows(vec![(FIRM_ROW.get(lang), firm), (DAY_ROW.get(lang), day)]),
    };
    let account = account.trim();
    let account_sec = Section {
        title: r.sec_account,
        id: "hn-rep-account",
        block: Block::Text(if account.is_empty() {
            r.not_written.to_string()
        } else {
            account.to_string()
        }),
    };
    let what: Vec<String> = [
        (c.sold_own, SOLD_OWN),
        (c.bought, BOUGHT),
        (c.withdrawn, WITHDRAWN),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, x)| x.get(lang).to_string())
    .collect();
    let what_sec = Section {
        title: SEC_WHAT.get(lang),
        id: "hn-rep-what",
        block: Block::List(if what.is_empty() {
            vec![not_written()]
        } else {
            what
        }),
    };
    // Each row as typed and read the way the estimate reads it; an unreadable amount says so.
    let amount = |s: &str| parse_amount_yen(s).map_or_else(|_| not_written(), yen);
    let bought: Vec<String> = c
        .bought_rows
        .iter()
        .filter(|b| !(b.paid.trim().is_empty() && b.value.trim().is_empty()))
        .enumerate()
        .map(|(i, b)| {
            let s = fill(BOUGHT_LINE.get(lang), "{n}", &(i + 1).to_string());
            let s = fill(&s, "{paid}", &amount(&b.paid));
            fill(&s, "{value}", &amount(&b.value))
        })
        .collect();
    let fees = if c.fees.trim().is_empty() {
        not_written()
    } else {
        amount(&c.fees)
    };
    let bought_sec = Section {
        title: SEC_BOUGHT.get(lang),
        id: "hn-rep-bought",
        block: Block::List(
            (if c.bought { bought } else { Vec::new() })
                .into_iter()
                .chain([format!("{}{}{fees}", FEES_LABEL.get(lang), t.colon)])
                .collect(),
        ),
    };
    let how_sec = Section {
        title: SEC_HOW.get(lang),
        id: "hn-rep-how",
        block: Block::Rows(vec![
            (
                HOW_ROW.get(lang),
                c.how_taken
                    .map_or_else(not_written, |h| how_title(h).get(lang).to_string()),
            ),
            (
                MFA_ROW.get(lang),
                c.mfa
                    .map_or_else(not_written, |m| mfa_title(m).get(lang).to_string()),
            ),
        ]),
    };
    match doc {
        BrkDoc::Firm => {
            let mut rows: Vec<(&'static str, String)> =
                vec![(POLICY_HEADING.get(lang), kind_title(e, lang))];
            if let Some(b) = e.basis {
                rows.push((
                    "",
                    match b {
                        Basis::Official => OFFICIAL.get(lang),
                        Basis::Reported => REPORTED.get(lang),
                    }
                    .to_string(),
                ));
            }
            let opt = |v: Option<u64>| v.map_or_else(|| NOT_STATED.get(lang).to_string(), yen);
            if let Some(m) = e.money {
                match m.total {
                    Some(total) => {
                        rows.push((ESTIMATE_LABEL.get(lang), yen(total)));
                        rows.push((PAID_ROW.get(lang), yen(m.paid)));
                        rows.push((VALUE_ROW.get(lang), yen(m.value)));
                        rows.push((LOSS_ROW.get(lang), yen(m.loss)));
                        // The share's label carries the rate, so it is written as one line.
                        let share = fill(
                            SHARE_ROW.get(lang),
                            "{rate}",
                            &m.rate_percent.unwrap_or(0).to_string(),
                        );
                        rows.push(("", format!("{share}{}{}", t.colon, opt(m.share))));
                        rows.push((FEES_ROW.get(lang), opt(m.fees)));
                        rows.push((SOLATIUM_ROW.get(lang), opt(m.solatium)));
                    }
                    None => rows.push(("", fill(BASIS_BOX.get(lang), "{loss}", &yen(m.loss)))),
                }
            } else if e.restore {
                rows.push(("", RESTORE_BOX.get(lang).to_string()));
            } else if e.placement != Placement::Incomplete {
                rows.push(("", CASE_BOX.get(lang).to_string()));
            } else {
                rows.push(("", INCOMPLETE.get(lang).to_string()));
            }
            rows.push(("", ESTIMATE_NOTE.get(lang).to_string()));
            let why: Vec<String> = e
                .lines
                .iter()
                .chain(&e.lowering)
                .map(|l| {
                    let basis = match l.basis() {
                        Basis::Official => OFFICIAL.get(lang),
                        Basis::Reported => REPORTED.get(lang),
                    };
                    let (po, pc) = parens(lang);
                    format!("{}{po}{basis}{pc}", l.text.get(lang))
                })
                .collect();
            vec![
                case_sec,
                account_sec,
                what_sec,
                bought_sec,
                how_sec,
                Section {
                    title: SEC_ESTIMATE.get(lang),
                    id: "hn-rep-estimate",
                    block: Block::Rows(rows),
                },
                Section {
                    title: WHY_HEADING.get(lang),
                    id: "hn-rep-why",
                    block: Block::List(why),
                },
                Section {
                    title: SEC_FINMAC.get(lang),
                    id: "hn-rep-finmac",
                    block: Block::List(vec![format!("{}0120-64-5005", NOW_FINMAC.get(lang))]),
                },
            ]
        }
        // The order a police desk asks in: what happened and when, the money, how the ID was
        // taken; then what to bring and whom to call.
        BrkDoc::Police => vec![
            case_sec,
            account_sec,
            what_sec,
            bought_sec,
            how_sec,
            Section {
                title: SEC_EVIDENCE.get(lang),
                id: "hn-rep-evidence",
                block: Block::List(EVIDENCE.iter().map(|x| x.get(lang).to_string()).collect()),
            },
            Section {
                title: r.sec_police_contacts,
                id: "hn-rep-contacts",
                block: Block::Contacts(POLICE_CONTACTS, r.police_contacts_lead),
            },
        ],
    }
}

/// The report for the firm or the sheet for the police: the user's own account of what happened,
/// then the document (in the app's language, or the other on request), with print and share.
#[component]
pub fn BrokerageDoc(
    /// Which document.
    doc: BrkDoc,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let r = crate::ui::i18n_report::rtexts(lang);
    let shown = RwSignal::new(lang);
    let secs = move |l: Lang| {
        let c = app.case.brokerage().get().unwrap_or_default();
        let e = estimate(&c, app.clock.today.get());
        app.case
            .report()
            .with(|rep| doc_sections(doc, l, &c, &e, &rep.account))
    };
    let title = move |l: Lang| match doc {
        BrkDoc::Firm => TO_REPORT.get(l),
        BrkDoc::Police => TO_POLICE.get(l),
    };
    let document = move || {
        let l = shown.get();
        document_view(title(l), l, app.clock.today.get(), secs(l))
    };
    let share = move |_: leptos::ev::MouseEvent| {
        let l = shown.get_untracked();
        let what = match doc {
            BrkDoc::Firm => FILE_REPORT.get(l),
            BrkDoc::Police => FILE_POLICE.get(l),
        };
        let s = untrack(|| secs(l));
        share_document(title(l), what, l, app.clock.today.get_untracked(), &s);
    };
    let other = move |_: leptos::ev::MouseEvent| {
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
    let lead = match doc {
        BrkDoc::Firm => REPORT_LEAD.get(lang),
        BrkDoc::Police => POLICE_LEAD.get(lang),
    };
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-report-screen">
            <Heading text=title(lang) />
            <p>{lead}</p>
            <p class="hn-small hn-no-print">{r.nothing_sent}</p>
            <details class="hn-report-inputs hn-no-print" open=true>
                <summary>{r.your_entries}</summary>
                <ReportInput id="hn-rep-in-account" label=r.account_label.to_string() hint=ACCOUNT_HINT.get(lang) multiline=true
                    get=|x| x.account.clone() set=|x, v| x.account = v />
            </details>
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=share>{r.share}</button>
                <button type="button" class="hn-btn" on:click=move |_| crate::ui::dom::print()>{r.print}</button>
                <button type="button" class="hn-btn" on:click=other>{toggle_text}</button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::BrokerageResult)>{r.back_to_result}</button>
            </div>
            {document}
        </section>
    }
}
