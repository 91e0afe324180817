//! A hacked brokerage account (issue 25): the questions on one screen, then the estimate under
//! the firm's published policy (`engine::brokerage`). The form keeps its own signals (one per
//! field, bought securities as keyed rows) and writes the case back to the app's one
//! `brokerage` signal, which the draft stores.

use super::super::field::{date_after, Field, Kind};
use super::super::format;
use super::super::state::{AppState, Scenario, Step};
use super::super::widgets::{use_app, ChooseOne, ErrorSummary, Heading, Nav, Radio, Tel};
use super::report::{document_view, share_document, Block, ReportInput, Section};
use crate::engine::advice::POLICE_CONTACTS;
use crate::engine::brokerage::{
    data, estimate, Basis, BoughtRow, BrokerageCase, Estimate, HowTaken, Line, Mfa, Placement,
    PolicyKind, OTHER,
};
use crate::engine::limits::MAX_ROWS;
use crate::engine::parse::parse_amount_yen;
use crate::engine::{Lang, Text};
use crate::text;
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

// ---- Words ------------------------------------------------------------------------------------

const TITLE: Text = text!("証券口座の被害について", "About your brokerage account");
const LEAD: Text = text!(
    "答えた内容から、各社が公表した補償の方針にもとづく見込みを示します。入力した内容はこの端末の中だけで使います。",
    "From your answers we show what each firm's published compensation policy would give. What you type stays on this device."
);
const FIRM_LEGEND: Text = text!("口座のある証券会社は？", "Which firm holds the account?");
const FIRM_OTHER: Text = text!("その他の会社（一覧にない）", "Another firm (not listed)");
const FIRM_MISSING: Text = text!("証券会社を選んでください", "Choose the firm");
const DATE_LABEL: Text = text!(
    "不正な取引があった日（日本時間）",
    "The day of the unauthorized trades (Japan time)"
);
const DATE_HINT: Text = text!(
    "最初の不正な取引の日。各社の方針は日付で変わります。例：2025-04-10、2025年4月10日",
    "The day of the first unauthorized trade: each firm's policy changes by date. E.g. 2025-04-10"
);
const DATE_MISSING: Text = text!(
    "不正な取引があった日を入力してください",
    "Enter the day of the unauthorized trades"
);
const WHAT_LEGEND: Text = text!(
    "何が起きましたか？（あてはまるものすべて）",
    "What happened? (all that apply)"
);
const SOLD_OWN: Text = text!(
    "持っていた有価証券を勝手に売られた",
    "Securities I held were sold"
);
const BOUGHT: Text = text!(
    "自分の資産で有価証券を勝手に買われた",
    "Securities were bought with my assets"
);
const WITHDRAWN: Text = text!("お金を出金された", "Money was withdrawn");
const ROW_LEGEND: Text = text!("買われた有価証券 {n}", "Security bought {n}");
const ROW_PAID: Text = text!("買付代金（支払われた額）", "Amount paid for it");
const ROW_VALUE: Text = text!(
    "売却代金、または現在の評価額",
    "What it was sold for, or is worth now"
);
const ROW_REMOVE: Text = text!("買われた有価証券 {n} を削除", "Remove security bought {n}");
const ROW_ADD: Text = text!("買われた有価証券を追加", "Add a security bought");
const FEES_LABEL: Text = text!(
    "不正な取引の手数料（合計）",
    "Fees of the unauthorized trades (total)"
);
const FEES_HINT: Text = text!(
    "取引報告書で確認できます。わからなければ空欄で構いません。",
    "See the trade reports. Leave it empty if you do not know."
);
const HOW_LEGEND: Text = text!(
    "IDとパスワードはどうやって盗まれたと思いますか？",
    "How do you think the ID and password were taken?"
);
const MFA_LEGEND: Text = text!(
    "ログインの多要素認証（ワンタイムパスワードなど）は有効でしたか？",
    "Was multi-factor authentication (one-time codes etc.) on for the login?"
);

fn how_title(h: HowTaken) -> Text {
    match h {
        HowTaken::Phishing => text!(
            "偽のサイト（フィッシング）に入力した",
            "I entered them on a fake (phishing) site"
        ),
        HowTaken::Malware => text!(
            "ウイルス（マルウェア）に感染していた",
            "Malware on my device"
        ),
        HowTaken::Reused => text!(
            "他のサービスと同じパスワードを使っていた",
            "I used the same password elsewhere"
        ),
        HowTaken::Told => text!("人に教えた", "I told someone"),
        HowTaken::Unknown => text!("わからない", "I don't know"),
    }
}

fn how_id(h: HowTaken) -> &'static str {
    match h {
        HowTaken::Phishing => "phishing",
        HowTaken::Malware => "malware",
        HowTaken::Reused => "reused",
        HowTaken::Told => "told",
        HowTaken::Unknown => "unknown",
    }
}

fn mfa_title(m: Mfa) -> Text {
    match m {
        Mfa::On => text!("有効だった", "Yes, it was on"),
        Mfa::Off => text!("有効ではなかった", "No, it was off"),
        Mfa::Unknown => text!("わからない", "I don't know"),
    }
}

fn mfa_id(m: Mfa) -> &'static str {
    match m {
        Mfa::On => "on",
        Mfa::Off => "off",
        Mfa::Unknown => "unknown",
    }
}

const RESULT_TITLE: Text = text!(
    "補償の見込み（証券口座）",
    "Your estimate (brokerage account)"
);
const POLICY_HEADING: Text = text!("あてはまる方針", "The policy that applies");
const REPORTED: Text = text!("報道にもとづく", "Based on press reports");
const OFFICIAL: Text = text!(
    "会社・協会の公式発表にもとづく",
    "Based on the firm's or the association's own page"
);
const WHY_PERIOD: Text = text!(
    "{firm}で{date}に起きた不正な取引：この会社の{period}の被害に当てはまる方針です。",
    "Unauthorized trades at {firm} on {date}: the firm's policy for damage {period}."
);
const PERIOD_FROM_UNTIL: Text = text!("{from}から{until}まで", "from {from} to {until}");
const PERIOD_FROM: Text = text!("{from}以降", "from {from} on");
const ESTIMATE_LABEL: Text = text!("見込み額", "Estimate");
const PAID_ROW: Text = text!(
    "不正に買われた有価証券の買付代金",
    "Paid for the securities bought"
);
const VALUE_ROW: Text = text!("売却代金または現在の評価額", "Sold for, or worth now");
const LOSS_ROW: Text = text!("損失（マイナスにはしません）", "Loss (never below ¥0)");
const SHARE_ROW: Text = text!(
    "損失の{rate}％（1円未満切り捨て）",
    "{rate} % of the loss (rounded down to the yen)"
);
const FEES_ROW: Text = text!("手数料の返金", "Fees refunded");
const SOLATIUM_ROW: Text = text!("見舞金", "Solatium");
const NOT_STATED: Text = text!("資料に記載なし", "Not stated in the sources");
const BREAKDOWN: Text = text!("見込み額の内訳", "How the estimate is made up");
const RESTORE_BOX: Text = text!(
    "口座が元に戻る見込みです：不正に売られた有価証券は買い戻されて口座に戻ります。金額の試算はありません。",
    "Your account is to be restored: the securities sold are bought back into it. There is no sum to estimate."
);
const CASE_BOX: Text = text!(
    "一律の割合はなく、金額は会社が個別に決めます。下の事情が勘案されます。",
    "There is no fixed share: the firm decides the sum case by case, weighing the points below."
);
const BASIS_BOX: Text = text!(
    "計算の対象となる損失は{loss}です。補償の割合は確認できていないため、見込み額は示せません。",
    "The loss compensation is worked out on is {loss}. The share paid could not be confirmed, so no estimate is given."
);
const KIND_HALF: Text = text!(
    "損失の{rate}％を金銭で補償",
    "{rate} % of the loss paid in money"
);
const KIND_RESTORE: Text = text!("口座の原状回復", "Your account restored");
const KIND_CASE: Text = text!(
    "個別の判断（一律の割合なし）",
    "Case by case (no fixed share)"
);
const KIND_BASIS: Text = text!(
    "損失の計算方法のみ公表（割合は未確認）",
    "Only the loss counted is published (the share is open)"
);
const KIND_OTHER: Text = text!(
    "申し合わせの外の会社：個別の判断",
    "A firm outside the agreement: case by case"
);
const KIND_BEFORE: Text = text!(
    "申し合わせの対象外（2025年1月より前）",
    "Outside the agreement (before January 2025)"
);
const WHY_HEADING: Text = text!("根拠", "Why");
const LOWER_HEADING: Text = text!(
    "補償が減ったり対象外になったりする場合",
    "What could lower or exclude it"
);
const OPEN_HEADING: Text = text!("資料で決まっていないこと", "What the sources leave open");
const SOURCE_LABEL: Text = text!("出典：", "Source: ");
const READ_AT: Text = text!("掲載場所：", "Read at: ");
const NOW_HEADING: Text = text!("今すぐすること", "What to do now");
const NOW_LOCK: Text = text!(
    "証券会社にすぐ連絡し、ログインと取引・出金を止めてもらう。",
    "Call the firm now and have it lock the login and stop trading and withdrawals."
);
const NOW_PASSWORD: Text = text!(
    "ログインと取引のパスワードを変え、多要素認証（パスキーなど）を設定する。同じパスワードを使っていた他のサービスも変える。",
    "Change the login and trading passwords and set up multi-factor authentication (a passkey etc.). Change the same password wherever else you used it."
);
const NOW_KEEP: Text = text!(
    "取引報告書、ログインの通知、フィッシングのメールやSMSを消さずに保存する。",
    "Keep the trade reports, the login notices and the phishing e-mail or SMS: do not delete them."
);
const NOW_POLICE: Text = text!(
    "警察に相談する（警察相談専用電話、または都道府県警察のサイバー犯罪相談窓口）：",
    "Tell the police (the police advice line, or your prefecture's cyber-crime desk): "
);
const NOW_FINMAC: Text = text!(
    "会社の回答に納得できないとき：証券・金融商品あっせん相談センター（FINMAC）平日9:00〜17:00：",
    "If you do not accept the firm's answer: FINMAC (securities mediation), weekdays 9:00–17:00: "
);
const EDIT: Text = text!("回答を直す", "Change my answers");
const ADVICE: Text = text!("詳しい案内を見る", "See the detailed advice");
const INCOMPLETE: Text = text!(
    "証券会社と不正な取引の日を入力すると、見込みを示します。",
    "Enter the firm and the day of the unauthorized trades to see the estimate."
);

/// Brackets around a date or a source: full-width in Japanese.
fn parens(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Ja => ("（", "）"),
        Lang::En => (" (", ") "),
    }
}

fn fill(s: &str, key: &str, v: &str) -> String {
    s.replace(key, v)
}

// ---- The form ---------------------------------------------------------------------------------

/// A bought security: its two amounts as typed.
#[derive(Clone, Copy)]
struct Row {
    key: u32,
    paid: RwSignal<String>,
    value: RwSignal<String>,
}

/// The form's own signals.
#[derive(Clone, Copy)]
struct Form {
    firm: RwSignal<String>,
    date: RwSignal<String>,
    sold_own: RwSignal<bool>,
    bought: RwSignal<bool>,
    withdrawn: RwSignal<bool>,
    rows: RwSignal<Vec<Row>>,
    next_key: RwSignal<u32>,
    fees: RwSignal<String>,
    how: RwSignal<Option<HowTaken>>,
    mfa: RwSignal<Option<Mfa>>,
}

impl Form {
    fn new(c: BrokerageCase) -> Form {
        let f = Form {
            firm: RwSignal::new(c.firm),
            date: RwSignal::new(c.date),
            sold_own: RwSignal::new(c.sold_own),
            bought: RwSignal::new(c.bought),
            withdrawn: RwSignal::new(c.withdrawn),
            rows: RwSignal::new(Vec::new()),
            next_key: RwSignal::new(0),
            fees: RwSignal::new(c.fees),
            how: RwSignal::new(c.how_taken),
            mfa: RwSignal::new(c.mfa),
        };
        for r in c.bought_rows {
            f.add(r);
        }
        f
    }

    fn add(&self, r: BoughtRow) {
        let key = self.next_key.get_untracked();
        self.next_key.set(key.wrapping_add(1));
        let row = Row {
            key,
            paid: RwSignal::new(r.paid),
            value: RwSignal::new(r.value),
        };
        self.rows.update(|rs| rs.push(row));
    }

    /// The case as typed (tracked).
    fn case(&self) -> BrokerageCase {
        BrokerageCase {
            firm: self.firm.get(),
            date: self.date.get(),
            sold_own: self.sold_own.get(),
            bought: self.bought.get(),
            withdrawn: self.withdrawn.get(),
            bought_rows: self.rows.with(|rs| {
                rs.iter()
                    .map(|r| BoughtRow {
                        paid: r.paid.get(),
                        value: r.value.get(),
                    })
                    .collect()
            }),
            fees: self.fees.get(),
            how_taken: self.how.get(),
            mfa: self.mfa.get(),
        }
    }
}

fn typed(app: &AppState) -> BrokerageCase {
    app.case.brokerage().get_untracked().unwrap_or_default()
}

/// The firm and the day are required; every typed amount must read.
pub fn has_error(app: &AppState) -> bool {
    let c = typed(app);
    let e = estimate(&c, app.clock.today.get_untracked());
    c.firm.trim().is_empty() || e.date.is_none() || !e.bad.is_empty()
}

fn missing(app: &AppState) -> Vec<&'static str> {
    let lang = app.lang.get_untracked();
    let c = app.case.brokerage().get().unwrap_or_default();
    let mut out = Vec::new();
    if c.firm.trim().is_empty() {
        out.push(FIRM_MISSING.get(lang));
    }
    if c.date.trim().is_empty() {
        out.push(DATE_MISSING.get(lang));
    }
    out
}

/// "See the estimate": on to the result, or every error shown and the first focused.
pub fn next(app: &AppState) {
    if has_error(app) {
        app.view.show_errors.set(true);
        app.focus_next("[aria-invalid='true']");
    } else {
        app.go(Step::BrokerageResult);
    }
}

#[component]
fn RowView(row: Row, form: Form) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let key = row.key;
    let n = Memo::new(move |_| {
        form.rows
            .with(|rs| rs.iter().position(|r| r.key == key))
            .map_or(0, |i| i + 1)
            .to_string()
    });
    let id = move |part: &str| format!("hn-brk-row-{key}-{part}");
    let remove = move |_| {
        form.rows.update(|rs| rs.retain(|r| r.key != key));
        app.focus_next("#hn-brk-add");
    };
    view! {
        <fieldset class="hn-loss">
            <legend>{move || fill(ROW_LEGEND.get(lang), "{n}", &n.get())}</legend>
            <div class="hn-loss-grid">
                <Field id=id("paid") label=ROW_PAID.get(lang) value=row.paid kind=Kind::Amount required=true />
                <Field id=id("value") label=ROW_VALUE.get(lang) value=row.value kind=Kind::Amount required=true />
            </div>
            <div class="hn-loss-actions">
                <button type="button" class="hn-btn hn-btn-danger" id=id("remove") on:click=remove>
                    {move || fill(ROW_REMOVE.get(lang), "{n}", &n.get())}
                </button>
            </div>
        </fieldset>
    }
}

#[component]
fn Check(id: &'static str, label: Text, value: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    view! {
        <label class="hn-check" for=id>
            <input type="checkbox" id=id prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev)) />
            <span>{label.get(lang)}</span>
        </label>
    }
}

#[component]
pub fn BrokerageStep() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let form = Form::new(typed(&app));
    // Every change goes back to the case (and so to the draft).
    Effect::new(move |_| {
        let c = form.case();
        app.case.brokerage().set(Some(c));
        super::clear_errors_if_fixed(&app);
    });
    // Ticking "bought" opens a first row to fill in.
    Effect::new(move |_| {
        if form.bought.get() && form.rows.with_untracked(Vec::is_empty) {
            form.add(BoughtRow::default());
        }
    });
    let firm_invalid = Signal::derive(move || {
        app.view.show_errors.get() && form.firm.with(|f| f.trim().is_empty())
    });
    let firms = data()
        .firms
        .iter()
        .map(|f| {
            let id = f.id;
            view! {
                <Radio
                    name="hn-brk-firm"
                    value=id
                    id=format!("hn-brk-firm-{id}")
                    checked=Signal::derive(move || form.firm.with(|x| x == id))
                    invalid=firm_invalid
                    title=f.name.get(lang)
                    on_choose=move || form.firm.set(id.to_string())
                />
            }
        })
        .collect_view();
    let future = Signal::derive(move || {
        form.date
            .with(|d| date_after(d, app.clock.today.get()))
            .then_some(t.date_in_future)
    });
    let hows = HowTaken::ALL
        .into_iter()
        .map(|h| {
            view! {
                <Radio
                    name="hn-brk-how"
                    value=how_id(h)
                    id=format!("hn-brk-how-{}", how_id(h))
                    checked=Signal::derive(move || form.how.get() == Some(h))
                    invalid=Signal::derive(|| false)
                    title=how_title(h).get(lang)
                    on_choose=move || form.how.set(Some(h))
                />
            }
        })
        .collect_view();
    let mfas = Mfa::ALL
        .into_iter()
        .map(|m| {
            view! {
                <Radio
                    name="hn-brk-mfa"
                    value=mfa_id(m)
                    id=format!("hn-brk-mfa-{}", mfa_id(m))
                    checked=Signal::derive(move || form.mfa.get() == Some(m))
                    invalid=Signal::derive(|| false)
                    title=mfa_title(m).get(lang)
                    on_choose=move || form.mfa.set(Some(m))
                />
            }
        })
        .collect_view();
    let count = Memo::new(move |_| form.rows.with(Vec::len));
    view! {
        <section aria-labelledby="hn-step-heading">
            <Heading text=TITLE.get(lang) />
            <p class="hn-lead">{LEAD.get(lang)}</p>
            <ErrorSummary has_error=has_error items=missing />
            <fieldset class="hn-choices">
                <legend>{FIRM_LEGEND.get(lang)}</legend>
                {firms}
                <Radio
                    name="hn-brk-firm"
                    value=OTHER
                    id="hn-brk-firm-other"
                    checked=Signal::derive(move || form.firm.with(|x| x == OTHER))
                    invalid=firm_invalid
                    title=FIRM_OTHER.get(lang)
                    on_choose=move || form.firm.set(OTHER.to_string())
                />
                <ChooseOne show=firm_invalid />
            </fieldset>
            <Field id="hn-brk-date" label=DATE_LABEL.get(lang) hint=DATE_HINT.get(lang) value=form.date kind=Kind::Date required=true issue=future />
            <fieldset class="hn-choices">
                <legend>{WHAT_LEGEND.get(lang)}</legend>
                <Check id="hn-brk-sold" label=SOLD_OWN value=form.sold_own />
                <Check id="hn-brk-bought" label=BOUGHT value=form.bought />
                <Check id="hn-brk-withdrawn" label=WITHDRAWN value=form.withdrawn />
            </fieldset>
            <Show when=move || form.bought.get()>
                <For each=move || form.rows.get() key=|r| r.key let:row>
                    <RowView row=row form=form />
                </For>
                <Show when=move || count.get() < MAX_ROWS>
                    <button type="button" class="hn-btn" id="hn-brk-add" on:click=move |_| {
                        form.add(BoughtRow::default());
                        if let Some(k) = form.rows.with_untracked(|rs| rs.last().map(|r| r.key)) {
                            app.focus_next(format!("#hn-brk-row-{k}-paid"));
                        }
                    }>
                        {ROW_ADD.get(lang)}
                    </button>
                </Show>
            </Show>
            <Field id="hn-brk-fees" label=FEES_LABEL.get(lang) hint=FEES_HINT.get(lang) value=form.fees kind=Kind::Amount />
            <fieldset class="hn-choices">
                <legend>{HOW_LEGEND.get(lang)}</legend>
                {hows}
            </fieldset>
            <fieldset class="hn-choices">
                <legend>{MFA_LEGEND.get(lang)}</legend>
                {mfas}
            </fieldset>
            <Nav last=true />
        </section>
    }
}

const ESTIMATE_LINK: Text = text!(
    "各社の方針で補償の見込みを調べる",
    "Get an estimate under your firm's policy"
);

/// On the brokerage advice page: on to the questions.
#[component]
pub fn EstimateLink() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    view! {
        <p>
            <button type="button" class="hn-btn hn-btn-primary" id="hn-brk-start" on:click=move |_| app.choose_scenario(Scenario::Brokerage)>
                {ESTIMATE_LINK.get(lang)}
            </button>
        </p>
    }
}

// ---- The result -------------------------------------------------------------------------------

fn kind_title(e: &Estimate, lang: Lang) -> String {
    match (e.placement, e.policy) {
        (Placement::OtherFirm, _) => KIND_OTHER.get(lang).to_string(),
        (Placement::BeforeAgreement, _) => KIND_BEFORE.get(lang).to_string(),
        (_, Some(p)) => match p.kind {
            PolicyKind::Half => fill(
                KIND_HALF.get(lang),
                "{rate}",
                &p.rate_percent.unwrap_or(0).to_string(),
            ),
            PolicyKind::Restore => KIND_RESTORE.get(lang).to_string(),
            PolicyKind::CaseByCase => KIND_CASE.get(lang).to_string(),
            PolicyKind::BasisOnly => KIND_BASIS.get(lang).to_string(),
        },
        (_, None) => String::new(),
    }
}

#[component]
fn Cited(line: Line) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let src = line.cite.source();
    let basis = match line.basis() {
        Basis::Official => OFFICIAL.get(lang),
        Basis::Reported => REPORTED.get(lang),
    };
    let title = src.map(|s| s.title.get(lang)).unwrap_or(line.cite.source);
    let date = src.map(|s| s.date).unwrap_or("");
    let at = src.map(|s| s.at).unwrap_or("");
    let (po, pc) = parens(lang);
    view! {
        <li data-code=line.code>
            <p>{line.text.get(lang)}</p>
            <p class="hn-small">
                {SOURCE_LABEL.get(lang)}{title}{po}{date}{pc}{line.cite.clause}" · "<strong>{basis}</strong>
                <br />
                {READ_AT.get(lang)}<span class="hn-url">{at}</span>
            </p>
        </li>
    }
}

#[component]
pub fn BrokerageResult() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let e = estimate(&typed(&app), app.clock.today.get_untracked());
    let yen = move |n: u64| format::yen(t, n);
    let title = kind_title(&e, lang);
    let badge = e.basis.map(|b| match b {
        Basis::Official => view! { <p class="hn-note" id="hn-brk-basis">{OFFICIAL.get(lang)}</p> }.into_any(),
        Basis::Reported => view! { <p class="hn-warn-box" id="hn-brk-basis"><strong>{REPORTED.get(lang)}</strong></p> }.into_any(),
    });
    let why = match (e.firm, e.date, e.placement) {
        (Some(f), Some(d), Placement::InPeriod { from, until, .. }) => {
            let period = match until {
                Some(u) => fill(
                    &fill(
                        PERIOD_FROM_UNTIL.get(lang),
                        "{from}",
                        &format::date(t, from),
                    ),
                    "{until}",
                    &format::date(t, u),
                ),
                None => fill(PERIOD_FROM.get(lang), "{from}", &format::date(t, from)),
            };
            let s = fill(WHY_PERIOD.get(lang), "{firm}", f.name.get(lang));
            let s = fill(&s, "{date}", &format::date(t, d));
            Some(fill(&s, "{period}", &period))
        }
        _ => None,
    };
    let money = e.money.map(|m| {
        let opt = move |v: Option<u64>| v.map_or(NOT_STATED.get(lang).to_string(), yen);
        match m.total {
            Some(total) => view! {
                <div class="hn-result-box" id="hn-brk-estimate">
                    <p class="hn-amount"><span>{ESTIMATE_LABEL.get(lang)}{t.colon}</span><strong>{yen(total)}</strong></p>
                    <table class="hn-table">
                        <caption>{BREAKDOWN.get(lang)}</caption>
                        <tbody>
                            <tr><th scope="row">{PAID_ROW.get(lang)}</th><td>{yen(m.paid)}</td></tr>
                            <tr><th scope="row">{VALUE_ROW.get(lang)}</th><td>{yen(m.value)}</td></tr>
                            <tr><th scope="row">{LOSS_ROW.get(lang)}</th><td>{yen(m.loss)}</td></tr>
                            <tr><th scope="row">{fill(SHARE_ROW.get(lang), "{rate}", &m.rate_percent.unwrap_or(0).to_string())}</th><td>{opt(m.share)}</td></tr>
                            <tr><th scope="row">{FEES_ROW.get(lang)}</th><td>{opt(m.fees)}</td></tr>
                            <tr><th scope="row">{SOLATIUM_ROW.get(lang)}</th><td>{opt(m.solatium)}</td></tr>
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
            None => view! {
                <div class="hn-result-box" id="hn-brk-estimate">
                    <p>{fill(BASIS_BOX.get(lang), "{loss}", &yen(m.loss))}</p>
                </div>
            }
            .into_any(),
        }
    });
    let restore = e.restore.then(|| {
        view! { <div class="hn-result-box" id="hn-brk-estimate"><p><strong>{RESTORE_BOX.get(lang)}</strong></p></div> }
    });
    let case_by_case = (e.money.is_none() && !e.restore && e.placement != Placement::Incomplete)
        .then(|| view! { <div class="hn-result-box" id="hn-brk-estimate"><p>{CASE_BOX.get(lang)}</p></div> });
    let incomplete = (e.placement == Placement::Incomplete)
        .then(|| view! { <p class="hn-warn-box">{INCOMPLETE.get(lang)}</p> });
    let list = |lines: Vec<Line>| {
        lines
            .into_iter()
            .map(|line| view! { <Cited line /> })
            .collect_view()
    };
    let has_lines = !e.lines.is_empty();
    let has_lower = !e.lowering.is_empty();
    let has_open = !e.open.is_empty();
    let (lines, lowering, open) = (list(e.lines), list(e.lowering), list(e.open));
    let finmac = data().sources.iter().find(|s| s.id == "finmac");
    let (po, pc) = parens(lang);
    let to_advice = move |_| {
        app.case.scenario().set(Some(Scenario::Brokerage));
        app.advice.set(Some("brokerage-hacked".to_string()));
        app.go(Step::Advice);
    };
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-brokerage-result">
            <Heading text=RESULT_TITLE.get(lang) />
            {incomplete}
            <h3>{POLICY_HEADING.get(lang)}</h3>
            <p id="hn-brk-policy"><strong>{title}</strong></p>
            {why.map(|w| view! { <p id="hn-brk-why">{w}</p> })}
            {badge}
            {money}
            {restore}
            {case_by_case}
            {has_lines.then(|| view! { <h3>{WHY_HEADING.get(lang)}</h3><ul class="hn-reasons">{lines}</ul> })}
            {has_lower.then(|| view! { <h3>{LOWER_HEADING.get(lang)}</h3><ul class="hn-reasons">{lowering}</ul> })}
            {has_open.then(|| view! { <h3>{OPEN_HEADING.get(lang)}</h3><ul class="hn-reasons">{open}</ul> })}
            <h3>{NOW_HEADING.get(lang)}</h3>
            <ol class="hn-steps">
                <li>{NOW_LOCK.get(lang)}</li>
                <li>{NOW_PASSWORD.get(lang)}</li>
                <li>{NOW_KEEP.get(lang)}</li>
                <li>{NOW_POLICE.get(lang)}<Tel phone="#9110" /></li>
                <li>
                    {NOW_FINMAC.get(lang)}<Tel phone="0120-64-5005" />
                    {finmac.map(|s| view! {
                        <span class="hn-small">{po}{SOURCE_LABEL.get(lang)}{s.title.get(lang)}" · "{OFFICIAL.get(lang)}{pc}</span>
                    })}
                </li>
            </ol>
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" id="hn-brk-to-report" on:click=move |_| app.go(Step::BrokerageReport)>
                    {TO_REPORT.get(lang)}
                </button>
                <button type="button" class="hn-btn" id="hn-brk-to-police" on:click=move |_| app.go(Step::BrokeragePolice)>
                    {TO_POLICE.get(lang)}
                </button>
            </div>
            <div class="hn-nav">
                <button type="button" class="hn-btn" id="hn-brk-edit" on:click=move |_| app.go(Step::Brokerage)>
                    {EDIT.get(lang)}
                </button>
                <button type="button" class="hn-btn" id="hn-brk-advice" on:click=to_advice>
                    {ADVICE.get(lang)}
                </button>
            </div>
        </section>
    }
}

// ---- The documents ----------------------------------------------------------------------------

const TO_REPORT: Text = text!("証券会社への報告メモ", "Report for the firm");
const TO_POLICE: Text = text!("警察に相談するときのメモ", "Sheet for the police");
const REPORT_LEAD: Text = text!(
    "証券会社に連絡・補償を申し出るときに使う事実のメモです。見込みの数字は上の見込みと同じです。",
    "The facts to give the firm when you report and claim: the figures are those of the estimate."
);
const POLICE_LEAD: Text = text!(
    "警察の窓口で聞かれる順に事実をまとめました。持っていくものも確認してください。",
    "The facts in the order a police desk asks for them, and what to bring."
);
const FILE_REPORT: Text = text!("証券会社への報告メモ", "report-for-the-firm");
const FILE_POLICE: Text = text!(
    "警察への相談メモ_証券口座",
    "sheet-for-the-police-brokerage"
);
const ACCOUNT_HINT: Text = text!(
    "いつ、何に気づいたか、どんなメールやサイトにIDとパスワードを入力したかなど。",
    "When and what you noticed, which mail or site you gave the ID and password to, and so on."
);
const SEC_CASE: Text = text!("口座と取引", "The account and the trades");
const FIRM_ROW: Text = text!("証券会社", "Firm");
const DAY_ROW: Text = text!("不正な取引があった日", "Day of the unauthorized trades");
const SEC_WHAT: Text = text!("起きたこと", "What happened");
const SEC_BOUGHT: Text = text!(
    "不正に買われた有価証券",
    "Securities bought without consent"
);
const BOUGHT_LINE: Text = text!(
    "買われた有価証券 {n}：買付代金 {paid}／売却代金または現在の評価額 {value}",
    "Security bought {n}: paid {paid} / sold for, or worth now {value}"
);
const SEC_HOW: Text = text!("IDとパスワード", "The ID and password");
const HOW_ROW: Text = text!("盗まれた経路", "How they were taken");
const MFA_ROW: Text = text!("多要素認証", "Multi-factor authentication");
const SEC_ESTIMATE: Text = text!("補償ナビの見込み", "Hosho Navi's estimate");
const ESTIMATE_NOTE: Text = text!(
    "この見込みは各社の公表資料と報道にもとづく目安で、会社の決定ではありません。",
    "This estimate is a guide from the firms' published material and press reports, not the firm's decision."
);
const SEC_FINMAC: Text = text!(
    "会社の回答に納得できないとき",
    "If you do not accept the firm's answer"
);
const SEC_EVIDENCE: Text = text!(
    "持っていくもの（チェックリスト）",
    "What to bring (checklist)"
);
const EVIDENCE: [Text; 4] = [
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
const NONE_TICKED: Text = text!("記入なし", "Not written");

/// Which brokerage document a screen shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BrkDoc {
    Firm,
    Police,
}

/// The document's sections in `lang`, from the case and its estimate (the result's figures).
fn doc_sections(
    doc: BrkDoc,
    lang: Lang,
    c: &BrokerageCase,
    e: &Estimate,
    account: &str,
) -> Vec<Section> {
    let t = super::super::i18n::texts(lang);
    let r = super::super::i18n_report::rtexts(lang);
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
    let r = super::super::i18n_report::rtexts(lang);
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
                <button type="button" class="hn-btn" on:click=move |_| super::super::dom::print()>{r.print}</button>
                <button type="button" class="hn-btn" on:click=other>{toggle_text}</button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::BrokerageResult)>{r.back_to_result}</button>
            </div>
            {document}
        </section>
    }
}
