//! Texts of the bank's contact box (`contact.rs`) and the A4 summary's money columns (`staff.rs`): one typed table per language, like `i18n.rs`
//! (kept apart so two people can edit texts at once). A text missing in either table is a
//! compile error.

use crate::engine::Lang;

pub struct ContactTexts {
    /// The box's title.
    pub title: &'static str,
    pub hours: &'static str,
    pub open_until: fn(&str) -> String,
    pub closed_opens: fn(&str) -> String,
    pub always: &'static str,
    /// Lead of the list of what to do while the line is closed.
    pub now_title: &'static str,
    /// The pack's other channels while the line is closed.
    pub also: &'static str,
    /// An out-of-hours lost-card line of the bank's own, where it has one (no card mentioned).
    pub out_of_hours: &'static str,
    pub police_emergency: &'static str,
    pub police_consult: &'static str,
    /// Where the police lines are when the panel lists them itself.
    pub police_below: &'static str,
    /// The source names these lines (joined names) but gives no number or hours.
    pub named_no_number: fn(&str) -> String,
    pub name_sep: &'static str,
    pub ask_your_bank: &'static str,
    pub ask_issuer: &'static str,
    /// A stolen card: the statutory check goes on without the number.
    pub go_on_without: &'static str,
    /// The A4 summary's loss table: as entered, returned, and the difference the engine counts.
    pub col_gross: &'static str,
    pub col_recovered: &'static str,
    pub col_net: &'static str,
}

pub static JA: ContactTexts = ContactTexts {
    title: "銀行の連絡先",
    hours: "受付時間",
    open_until: |t| format!("受付中（本日 {t} まで）"),
    closed_opens: |t| format!("受付時間外です。次の受付開始：{t}"),
    always: "24時間受付",
    now_title: "受付時間外の今できること：",
    also: "ほかの連絡先",
    out_of_hours: "銀行に時間外の紛失・盗難・不正利用の窓口があれば、そちらへ（番号は銀行のウェブサイトや通帳に）。",
    police_emergency: "警察（緊急のとき）",
    police_consult: "警察の相談窓口",
    police_below: "警察への相談（#9110）・通報（110）は、下の連絡先から。",
    named_no_number: |names| {
        format!("{names}へすぐに連絡してください。銀行の案内には電話番号と受付時間の記載がありません。番号は、銀行のウェブサイト、通帳、キャッシュカードの裏面で確かめてください。")
    },
    name_sep: "・",
    ask_your_bank: "お取引銀行の紛失・盗難・不正利用の窓口へすぐに連絡してください。番号は、銀行のウェブサイト、通帳、キャッシュカードの裏面で確かめてください。",
    ask_issuer: "盗まれたカードに書かれた番号は見られません。カードを発行した銀行（お取引銀行）に連絡してください。紛失・盗難の窓口の番号は、銀行のウェブサイト、通帳、取引明細で確かめられます。",
    go_on_without: "番号がわからなくても、このまま補償の見込みを確かめられます。",
    col_gross: "被害額",
    col_recovered: "戻ってきた額",
    col_net: "差し引き",
};

pub static EN: ContactTexts = ContactTexts {
    title: "Your bank's number",
    hours: "Hours",
    open_until: |t| format!("Open now (until {t} today)"),
    closed_opens: |t| format!("Closed now. Opens {t}"),
    always: "Open 24 hours",
    now_title: "While it is closed, you can:",
    also: "Other contacts",
    out_of_hours: "If your bank has an out-of-hours lost-card or fraud line, call that (the number is on the bank's website and in your passbook).",
    police_emergency: "Police (emergency)",
    police_consult: "Police consultation line",
    police_below: "For the police (#9110 to consult, 110 in an emergency), see the contacts below.",
    named_no_number: |names| {
        format!("Contact at once: {names}. The bank's page gives no phone number and no hours: find the number on the bank's website, in your passbook or on the back of your cash card.")
    },
    name_sep: ", ",
    ask_your_bank: "Call your bank's lost-card or fraud line at once. Find the number on the bank's website, in your passbook or on the back of your cash card.",
    ask_issuer: "The number printed on the stolen card is gone with it. Contact the bank that issued the card: its lost-card line is on the bank's website, in your passbook and on your statements.",
    go_on_without: "You can go on checking the compensation without the number.",
    col_gross: "Amount",
    col_recovered: "Returned",
    col_net: "Net",
};

pub fn ctexts(lang: Lang) -> &'static ContactTexts {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}
