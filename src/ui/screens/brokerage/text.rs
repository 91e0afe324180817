//! The brokerage screens' words, Japanese and English side by side (`text!`), and the two
//! helpers that place them.

use crate::engine::brokerage::*;
use crate::engine::{Lang, Text};
use crate::text;

// ---- Words ------------------------------------------------------------------------------------

pub(super) const TITLE: Text = text!("証券口座の被害について", "About your brokerage account");
pub(super) const LEAD: Text = text!(
    "答えた内容から、各社が公表した補償の方針にもとづく見込みを示します。入力した内容はこの端末の中だけで使います。",
    "From your answers we show what each firm's published compensation policy would give. What you type stays on this device."
);
pub(super) const FIRM_LEGEND: Text =
    text!("口座のある証券会社は？", "Which firm holds the account?");
pub(super) const FIRM_OTHER: Text =
    text!("その他の会社（一覧にない）", "Another firm (not listed)");
pub(super) const FIRM_MISSING: Text = text!("証券会社を選んでください", "Choose the firm");
pub(super) const DATE_LABEL: Text = text!(
    "不正な取引があった日（日本時間）",
    "The day of the unauthorized trades (Japan time)"
);
pub(super) const DATE_HINT: Text = text!(
    "最初の不正な取引の日。各社の方針は日付で変わります。例：2025-04-10、2025年4月10日",
    "The day of the first unauthorized trade: each firm's policy changes by date. E.g. 2025-04-10"
);
pub(super) const DATE_MISSING: Text = text!(
    "不正な取引があった日を入力してください",
    "Enter the day of the unauthorized trades"
);
pub(super) const WHAT_LEGEND: Text = text!(
    "何が起きましたか？（あてはまるものすべて）",
    "What happened? (all that apply)"
);
pub(super) const SOLD_OWN: Text = text!(
    "持っていた有価証券を勝手に売られた",
    "Securities I held were sold"
);
pub(super) const BOUGHT: Text = text!(
    "自分の資産で有価証券を勝手に買われた",
    "Securities were bought with my assets"
);
pub(super) const WITHDRAWN: Text = text!("お金を出金された", "Money was withdrawn");
pub(super) const ROW_LEGEND: Text = text!("買われた有価証券 {n}", "Security bought {n}");
pub(super) const ROW_PAID: Text = text!("買付代金（支払われた額）", "Amount paid for it");
pub(super) const ROW_VALUE: Text = text!(
    "売却代金、または現在の評価額",
    "What it was sold for, or is worth now"
);
pub(super) const ROW_REMOVE: Text =
    text!("買われた有価証券 {n} を削除", "Remove security bought {n}");
pub(super) const ROW_ADD: Text = text!("買われた有価証券を追加", "Add a security bought");
pub(super) const FEES_LABEL: Text = text!(
    "不正な取引の手数料（合計）",
    "Fees of the unauthorized trades (total)"
);
pub(super) const FEES_HINT: Text = text!(
    "取引報告書で確認できます。わからなければ空欄で構いません。",
    "See the trade reports. Leave it empty if you do not know."
);
pub(super) const HOW_LEGEND: Text = text!(
    "IDとパスワードはどうやって盗まれたと思いますか？",
    "How do you think the ID and password were taken?"
);
pub(super) const MFA_LEGEND: Text = text!(
    "ログインの多要素認証（ワンタイムパスワードなど）は有効でしたか？",
    "Was multi-factor authentication (one-time codes etc.) on for the login?"
);

pub(super) fn how_title(h: HowTaken) -> Text {
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

pub(super) fn how_id(h: HowTaken) -> &'static str {
    match h {
        HowTaken::Phishing => "phishing",
        HowTaken::Malware => "malware",
        HowTaken::Reused => "reused",
        HowTaken::Told => "told",
        HowTaken::Unknown => "unknown",
    }
}

pub(super) fn mfa_title(m: Mfa) -> Text {
    match m {
        Mfa::On => text!("有効だった", "Yes, it was on"),
        Mfa::Off => text!("有効ではなかった", "No, it was off"),
        Mfa::Unknown => text!("わからない", "I don't know"),
    }
}

pub(super) fn mfa_id(m: Mfa) -> &'static str {
    match m {
        Mfa::On => "on",
        Mfa::Off => "off",
        Mfa::Unknown => "unknown",
    }
}

pub(super) const RESULT_TITLE: Text = text!(
    "補償の見込み（証券口座）",
    "Your estimate (brokerage account)"
);
pub(super) const POLICY_HEADING: Text = text!("あてはまる方針", "The policy that applies");
pub(super) const REPORTED: Text = text!("報道にもとづく", "Based on press reports");
pub(super) const OFFICIAL: Text = text!(
    "会社・協会の公式発表にもとづく",
    "Based on the firm's or the association's own page"
);
pub(super) const WHY_PERIOD: Text = text!(
    "{firm}で{date}に起きた不正な取引：この会社の{period}の被害に当てはまる方針です。",
    "Unauthorized trades at {firm} on {date}: the firm's policy for damage {period}."
);
pub(super) const PERIOD_FROM_UNTIL: Text = text!("{from}から{until}まで", "from {from} to {until}");
pub(super) const PERIOD_FROM: Text = text!("{from}以降", "from {from} on");
pub(super) const ESTIMATE_LABEL: Text = text!("見込み額", "Estimate");
pub(super) const PAID_ROW: Text = text!(
    "不正に買われた有価証券の買付代金",
    "Paid for the securities bought"
);
pub(super) const VALUE_ROW: Text = text!("売却代金または現在の評価額", "Sold for, or worth now");
pub(super) const LOSS_ROW: Text = text!("損失（マイナスにはしません）", "Loss (never below ¥0)");
pub(super) const SHARE_ROW: Text = text!(
    "損失の{rate}％（1円未満切り捨て）",
    "{rate} % of the loss (rounded down to the yen)"
);
pub(super) const FEES_ROW: Text = text!("手数料の返金", "Fees refunded");
pub(super) const SOLATIUM_ROW: Text = text!("見舞金", "Solatium");
pub(super) const NOT_STATED: Text = text!("資料に記載なし", "Not stated in the sources");
pub(super) const BREAKDOWN: Text = text!("見込み額の内訳", "How the estimate is made up");
pub(super) const RESTORE_BOX: Text = text!(
    "口座が元に戻る見込みです：不正に売られた有価証券は買い戻されて口座に戻ります。金額の試算はありません。",
    "Your account is to be restored: the securities sold are bought back into it. There is no sum to estimate."
);
pub(super) const CASE_BOX: Text = text!(
    "一律の割合はなく、金額は会社が個別に決めます。下の事情が勘案されます。",
    "There is no fixed share: the firm decides the sum case by case, weighing the points below."
);
pub(super) const BASIS_BOX: Text = text!(
    "計算の対象となる損失は{loss}です。補償の割合は確認できていないため、見込み額は示せません。",
    "The loss compensation is worked out on is {loss}. The share paid could not be confirmed, so no estimate is given."
);
pub(super) const KIND_HALF: Text = text!(
    "損失の{rate}％を金銭で補償",
    "{rate} % of the loss paid in money"
);
pub(super) const KIND_RESTORE: Text = text!("口座の原状回復", "Your account restored");
pub(super) const KIND_CASE: Text = text!(
    "個別の判断（一律の割合なし）",
    "Case by case (no fixed share)"
);
pub(super) const KIND_BASIS: Text = text!(
    "損失の計算方法のみ公表（割合は未確認）",
    "Only the loss counted is published (the share is open)"
);
pub(super) const KIND_OTHER: Text = text!(
    "申し合わせの外の会社：個別の判断",
    "A firm outside the agreement: case by case"
);
pub(super) const KIND_BEFORE: Text = text!(
    "申し合わせの対象外（2025年1月より前）",
    "Outside the agreement (before January 2025)"
);
pub(super) const WHY_HEADING: Text = text!("根拠", "Why");
pub(super) const LOWER_HEADING: Text = text!(
    "補償が減ったり対象外になったりする場合",
    "What could lower or exclude it"
);
pub(super) const OPEN_HEADING: Text =
    text!("資料で決まっていないこと", "What the sources leave open");
pub(super) const SOURCE_LABEL: Text = text!("出典：", "Source: ");
pub(super) const READ_AT: Text = text!("掲載場所：", "Read at: ");
pub(super) const NOW_HEADING: Text = text!("今すぐすること", "What to do now");
pub(super) const NOW_LOCK: Text = text!(
    "証券会社にすぐ連絡し、ログインと取引・出金を止めてもらう。",
    "Call the firm now and have it lock the login and stop trading and withdrawals."
);
pub(super) const NOW_PASSWORD: Text = text!(
    "ログインと取引のパスワードを変え、多要素認証（パスキーなど）を設定する。同じパスワードを使っていた他のサービスも変える。",
    "Change the login and trading passwords and set up multi-factor authentication (a passkey etc.). Change the same password wherever else you used it."
);
pub(super) const NOW_KEEP: Text = text!(
    "取引報告書、ログインの通知、フィッシングのメールやSMSを消さずに保存する。",
    "Keep the trade reports, the login notices and the phishing e-mail or SMS: do not delete them."
);
pub(super) const NOW_POLICE: Text = text!(
    "警察に相談する（警察相談専用電話、または都道府県警察のサイバー犯罪相談窓口）：",
    "Tell the police (the police advice line, or your prefecture's cyber-crime desk): "
);
pub(super) const NOW_FINMAC: Text = text!(
    "会社の回答に納得できないとき：証券・金融商品あっせん相談センター（FINMAC）平日9:00〜17:00：",
    "If you do not accept the firm's answer: FINMAC (securities mediation), weekdays 9:00–17:00: "
);
pub(super) const EDIT: Text = text!("回答を直す", "Change my answers");
pub(super) const ADVICE: Text = text!("詳しい案内を見る", "See the detailed advice");
pub(super) const INCOMPLETE: Text = text!(
    "証券会社と不正な取引の日を入力すると、見込みを示します。",
    "Enter the firm and the day of the unauthorized trades to see the estimate."
);

/// Brackets around a date or a source: full-width in Japanese.
pub(super) fn parens(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Ja => ("（", "）"),
        Lang::En => (" (", ") "),
    }
}

pub(super) fn fill(s: &str, key: &str, v: &str) -> String {
    s.replace(key, v)
}
