//! The texts the result document writes, one typed table per language (Japanese first). The UI's
//! own tables (`ui/i18n.rs`) take these same values where a screen shows them, so a text is
//! worded once. `const` tables so that the UI's `static` tables can read their fields.

use crate::engine::Lang;

/// Texts with a value to fill in are plain functions, so a placeholder cannot be misspelt.
pub struct DocTexts {
    pub app_title: &'static str,
    pub hours: &'static str,
    pub yen: fn(u64) -> String,
    pub date: fn(i32, u32, u32, usize) -> String,
    pub time: fn(u32, u32) -> String,
    pub weekdays: [&'static str; 7],
    /// Between a label and its value: full-width in Japanese (issue 12).
    pub colon: &'static str,
    /// An aside in brackets, with its leading space where the language has one.
    pub in_parens: fn(&str) -> String,

    pub customer_individual: &'static str,
    pub customer_sole: &'static str,
    pub customer_corporation: &'static str,
    pub scheme_chosen: &'static str,

    pub amount_label: &'static str,
    pub amount_range: fn(&str, &str) -> String,
    pub amount_reduced_open: fn(&str) -> String,
    pub verdict_explain_needs_info: &'static str,
    pub first_deadline: &'static str,
    pub days_left: fn(i64) -> String,
    pub urgency_past: &'static str,
    pub urgency_today: &'static str,
    pub urgency_urgent: &'static str,
    pub urgency_soon: &'static str,
    pub urgency_ok: &'static str,
    pub notified_in_time: &'static str,
    pub may_be_extended: fn(&str) -> String,
    /// A last day on a closed day, for a window counted back from the notice (issue 13).
    pub not_extended_back: &'static str,
    /// The listed line's last open moment before a deadline: (line name, date and time).
    pub call_by: fn(&str, &str) -> String,
    pub called_line: fn(&str) -> String,
    pub notified_on_line: fn(&str) -> String,
    pub printed_at: fn(&str) -> String,

    pub loss_heading: fn(usize) -> String,
    pub covered_yes: &'static str,
    pub covered_no: &'static str,
    pub covered_unknown: &'static str,
    pub reason_customer_type: &'static str,
    pub reason_before_start: &'static str,
    pub reason_after_notice: &'static str,
    pub reason_window: &'static str,
    pub reason_two_year_bar: &'static str,
    pub reason_time_unknown: &'static str,
    pub reason_start_ambiguous: &'static str,
    /// A loss in time, on a case the answers rule out: said so the row never reads "covered"
    /// beside a verdict of "not covered" (issue 22).
    pub reason_case_excluded: &'static str,

    pub missing_title: &'static str,
    pub missing_lead: &'static str,
    pub missing_time: fn(usize) -> String,
    pub missing_transactions: &'static str,
    /// The answer a reason rests on, beside the reason (issue 22).
    pub your_answer: fn(&str) -> String,
}

const JA_WEEKDAYS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
const EN_WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Groups digits by three: 1234567 → "1,234,567".
pub fn group_digits(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub const JA: DocTexts = DocTexts {
    app_title: "補償ナビ",
    hours: "受付時間",
    yen: |n| format!("{}円", group_digits(n)),
    date: |y, m, d, w| {
        let wd = JA_WEEKDAYS.get(w).copied().unwrap_or("");
        format!("{y}年{m}月{d}日（{wd}）")
    },
    time: |h, m| format!("{h}:{m:02}"),
    weekdays: JA_WEEKDAYS,
    colon: "：",
    in_parens: |x| format!("（{x}）"),

    customer_individual: "個人",
    customer_sole: "個人事業主",
    customer_corporation: "法人",
    scheme_chosen: "制度",

    amount_label: "補償の目安",
    amount_range: |lo, hi| format!("{lo} 〜 {hi}"),
    amount_reduced_open: |x| format!("{x}から減額（割合は銀行が決めます）"),
    verdict_explain_needs_info: "下の「まだ答えていない質問」に答えると、目安がはっきりします。",
    first_deadline: "最初の連絡期限",
    days_left: |n| {
        if n > 0 {
            format!("あと {n} 日")
        } else if n == 0 {
            "今日が最終日".to_string()
        } else {
            format!("{} 日過ぎています", -n)
        }
    },
    urgency_past: "期限切れ",
    urgency_today: "今日まで",
    urgency_urgent: "至急",
    urgency_soon: "早めに",
    urgency_ok: "今すぐ連絡を",
    notified_in_time: "期限内に通知済み",
    may_be_extended: |d| format!("休業日にあたるため、{d} まで延びる可能性があります（保証はありません）"),
    not_extended_back: "この期限は通知日からさかのぼって数えるため、休業日でも延びません。この日までに通知してください。",
    call_by: |name, when| format!("{name}の受付は {when} までです。この期限に間に合わせるには、それまでに電話してください。"),
    called_line: |when| format!("銀行に連絡済み：{when}"),
    notified_on_line: |d| format!("銀行に連絡した日：{d}（この日付で判定しています）"),
    printed_at: |t| format!("印刷日時（日本時間）：{t}"),

    loss_heading: |n| format!("取引 {n}"),
    covered_yes: "対象の見込み",
    covered_no: "対象外の見込み",
    covered_unknown: "未確定",
    reason_customer_type: "この名義の種類は制度の対象外",
    reason_before_start: "制度が始まる前の被害",
    reason_after_notice: "連絡した日より後の取引（この取引も改めて連絡を）",
    reason_window: "連絡の期限を過ぎています",
    reason_two_year_bar: "盗難から2年を過ぎてからの連絡",
    reason_time_unknown: "制度の開始日のため、時刻がわからないと判断できません",
    reason_start_ambiguous: "開始時刻ちょうどの取引：出典の記載が食い違っています",
    reason_case_excluded: "期限内ですが、「理由と根拠」の答えにより補償されない見込みです",

    missing_title: "まだ答えていない質問",
    missing_lead: "答えによって結果が変わります。",
    missing_time: |n| format!("取引 {n} の時刻"),
    missing_transactions: "被害にあった取引",
    your_answer: |a| format!("あなたの答え：{a}"),
};

pub const EN: DocTexts = DocTexts {
    app_title: "Hosho Navi",
    hours: "Hours",
    yen: |n| format!("¥{}", group_digits(n)),
    date: |y, m, d, w| {
        let wd = EN_WEEKDAYS.get(w).copied().unwrap_or("");
        let mon = EN_MONTHS
            .get((m as usize).wrapping_sub(1))
            .copied()
            .unwrap_or("");
        format!("{wd} {d} {mon} {y}")
    },
    time: |h, m| format!("{h:02}:{m:02}"),
    weekdays: EN_WEEKDAYS,
    colon: ": ",
    in_parens: |x| format!(" ({x})"),

    customer_individual: "An individual",
    customer_sole: "A sole proprietor",
    customer_corporation: "A corporation",
    scheme_chosen: "Scheme",

    amount_label: "Estimated compensation",
    amount_range: |lo, hi| format!("{lo} to {hi}"),
    amount_reduced_open: |x| format!("Reduced from {x} (the bank sets the rate)"),
    verdict_explain_needs_info: "Answer the questions listed under \"Not answered yet\" for a firmer estimate.",
    first_deadline: "First deadline to tell the bank",
    days_left: |n| match n {
        1 => "1 day left".to_string(),
        n if n > 1 => format!("{n} days left"),
        0 => "Today is the last day".to_string(),
        -1 => "1 day past".to_string(),
        n => format!("{} days past", -n),
    },
    urgency_past: "Past",
    urgency_today: "Today",
    urgency_urgent: "Urgent",
    urgency_soon: "Soon",
    urgency_ok: "Act now",
    notified_in_time: "Notified in time",
    may_be_extended: |d| format!("Falls on a bank holiday: may run to {d} (not guaranteed)"),
    not_extended_back: "This period is counted back from the day you notify, so a bank holiday does not extend it: notify by this day.",
    call_by: |name, when| format!("{name} takes calls until {when}. To meet this deadline, call before then."),
    called_line: |when| format!("Bank told: {when}"),
    notified_on_line: |d| format!("You told the bank on {d}: the result is worked out from that date."),
    printed_at: |t| format!("Printed (Japan time): {t}"),

    loss_heading: |n| format!("Transaction {n}"),
    covered_yes: "Likely covered",
    covered_no: "Likely not covered",
    covered_unknown: "Not known yet",
    reason_customer_type: "This kind of account holder is not covered by the scheme",
    reason_before_start: "Before the scheme started",
    reason_after_notice: "Dated after your notice: tell the bank about this one as well",
    reason_window: "Told the bank too late for this one",
    reason_two_year_bar: "Told the bank more than two years after the theft",
    reason_time_unknown: "On the scheme's start date: the time is needed to decide",
    reason_start_ambiguous: "At exactly the start time, where the source contradicts itself",
    reason_case_excluded: "In time, but the answers under \"Reasons and clauses\" rule compensation out",

    missing_title: "Not answered yet",
    missing_lead: "The result can change with these answers.",
    missing_time: |n| format!("The time of transaction {n}"),
    missing_transactions: "The unauthorized transactions",
    your_answer: |a| format!("Your answer: {a}"),
};

pub fn texts(lang: Lang) -> &'static DocTexts {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}
