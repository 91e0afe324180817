// Page object for the documents after the verdict (issue 15): the report for the bank and the
// sheet for the police. Texts as src/ui/i18n_report.rs writes them.
import { expect } from "@playwright/test";
import { NO_FAULT_003 } from "./app.mjs";

export const R = {
  ja: {
    openBank: "銀行への報告メモ",
    openPolice: "警察への相談メモ",
    bankTitle: "通知・補償申請のための事実メモ",
    policeTitle: "警察への相談・被害届のために",
    share: "ファイルとして保存・共有",
    showOther: "English で表示",
    showOwn: "日本語で表示",
    backToResult: "結果に戻る",
    account: "何があったか（ご自身の言葉で）",
    noticed: "いつ、どのように気づいたか",
    noticeTo: "銀行で対応した人・窓口",
    noticeRef: "銀行から伝えられた受付番号",
    recipient: (n) => `取引 ${n} の振込先（わかれば）`,
    bankSections: ["口座と制度", "被害の内容", "気づいた経緯", "経緯（ご本人の説明）", "安全対策などについての回答", "銀行への連絡", "補償ナビの見込み"],
    policeSections: ["口座と制度", "経緯（ご本人の説明）", "被害の内容", "気づいた経緯", "銀行への連絡", "持っていくもの（チェックリスト）", "警察への連絡先"],
    otherTitle: "Facts for the notice and the compensation claim",
    bankFile: (d) => `補償ナビ_銀行への報告メモ_${d}.txt`,
    policeFile: (d) => `補償ナビ_警察への相談メモ_${d}.txt`,
    unknown: "不明",
    // A stolen card (issue 26): when and where it was lost; no recipient, no password.
    noticedStolen: "カードがいつ、どこで盗まれたか（なくなったか）、いつ気づいたか",
    secNoticedStolen: "盗まれた日時・場所と気づいた経緯",
    colRecipient: "振込先",
    password: /パスワード|SMS/,
    notToBring: /キャッシュカード|SMS|メール|パソコン|スマートフォン/,
    theftLead: "盗難届は、最寄りの交番か警察署で出し、受理番号を控えてください。",
    openFollowUp: "その後の記録",
    fuTitle: "その後の記録",
    policeStation: "警察署",
    policeOn: "届け出た日",
    docsAsked: "求められた書類",
    docsDue: "提出の期限",
    docsSent: "送った日",
    done: "済み",
    open: "まだ",
    stNotice: "銀行に連絡する",
    stPolice: "警察に届け出る",
    stDocs: (d) => `求められた書類を送る（${d}まで）`,
    ics: "日付のある予定をカレンダーに追加（.ics）",
    icsNone: "カレンダーに入れる、日付のある残りの予定はありません。",
    icsDocs: (d) => `銀行に書類を送る期限（${d}）`,
    icsLeftOutPast: (d) => `提出の期限（${d}）は過ぎているため、カレンダーに入れていません。`,
    icsLeftOutUnread: (s) => `提出の期限「${s}」を日付として読めないため、カレンダーに入れていません。`,
    // A due date as people say it, without its year (issue 22, point 8).
    dueSaid: "12月20日",
  },
  en: {
    openBank: "Report for the bank",
    openPolice: "Sheet for the police",
    bankTitle: "Facts for the notice and the compensation claim",
    policeTitle: "For the police: consultation and damage report",
    share: "Save or share as a file",
    showOther: "Show in Japanese (日本語)",
    showOwn: "Show in English",
    backToResult: "Back to the result",
    account: "What happened, in your own words",
    noticed: "When and how you noticed",
    noticeTo: "Who at the bank took your call (person or desk)",
    noticeRef: "Reference number the bank gave you",
    recipient: (n) => `Recipient of transaction ${n} (if known)`,
    bankSections: ["Account and scheme", "The losses", "How it was noticed", "What happened (the customer's account)", "Answers about security measures and circumstances", "Notice to the bank", "Hosho Navi's estimate"],
    policeSections: ["Account and scheme", "What happened (the customer's account)", "The losses", "How it was noticed", "Notice to the bank", "What to bring (checklist)", "Police contacts"],
    otherTitle: "通知・補償申請のための事実メモ",
    bankFile: (d) => `hosho-navi_report-for-the-bank_${d}.txt`,
    policeFile: (d) => `hosho-navi_sheet-for-the-police_${d}.txt`,
    unknown: "Unknown",
    noticedStolen: "When and where the card was stolen (or lost), and when you noticed",
    secNoticedStolen: "When and where it was stolen, and how it was noticed",
    colRecipient: "Recipient",
    password: /password|text message/i,
    notToBring: /cash card|text message|e-mail|computer|smartphone/i,
    theftLead: "Report the theft at the nearest police box or police station and note the receipt number.",
    openFollowUp: "Follow-up",
    fuTitle: "Follow-up",
    policeStation: "Police station",
    policeOn: "Date reported",
    docsAsked: "Documents asked for",
    docsDue: "Due date",
    docsSent: "Date sent",
    done: "Done",
    open: "To do",
    stNotice: "Tell the bank",
    stPolice: "Report it to the police",
    stDocs: (d) => `Send the documents asked for (by ${d})`,
    ics: "Add the dated steps to my calendar (.ics)",
    icsNone: "There is no dated step left to put in a calendar.",
    icsDocs: (d) => `Send the documents to the bank by ${d}`,
    icsLeftOutPast: (d) => `The due date (${d}) has passed, so it is not in the calendar.`,
    icsLeftOutUnread: (s) => `The due date "${s}" does not read as a date, so it is not in the calendar.`,
    dueSaid: "Dec 20",
  },
};

/** From the start to the result: 三島信用金庫, two losses (one with a time and money returned),
 *  notified on 2026-11-20, every question answered with the blameless fact (NO_FAULT_003). */
export async function toResult(app, lang, notified = "2026-11-20") {
  await app.open();
  await app.chooseScenario("ib");
  await app.chooseScheme(lang === "ja" ? "三島信用金庫 WEBバンキング" : "Mishima Shinkin Bank: WEB banking");
  await app.chooseCustomer("individual");
  await app.fillLoss(1, { date: "2026-11-10", time: "9:30", amount: "120000", recovered: "1000" });
  await app.fillLoss(2, { date: "2026-11-20", amount: "5万" });
  await app.next();
  await app.notice(notified);
  await app.answerAll(NO_FAULT_003, "no");
}

/** From the start to a stolen-card result: one ATM withdrawal, not yet notified, every answer no. */
export async function toStolenResult(app) {
  await app.open();
  await app.chooseScenario("stolen");
  await app.chooseCustomer("individual");
  await app.fillLoss(1, { date: "2026-11-20", amount: "50000" });
  await app.next();
  await app.notice(null);
  await app.answerAll({}, "no");
}

export class ReportPage {
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.r = R[app.lang];
  }

  document() {
    return this.page.locator("#hn-report");
  }

  sectionTitles() {
    return this.document().getByRole("heading", { level: 3 });
  }

  textbox(name) {
    return this.page.getByRole("textbox", { name, exact: true });
  }

  /** The document's loss rows, each as [when, amount, returned, recipient]. */
  async lossRows() {
    const rows = this.document().locator("table tbody tr");
    const out = [];
    for (let i = 0; i < (await rows.count()); i++) {
      out.push(await rows.nth(i).locator("td").allInnerTexts());
    }
    return out;
  }

  async expectTitle(title) {
    await expect(this.app.stepHeading()).toHaveText(title);
  }
}

/** An .ics file's events (lines unfolded), each as { DTSTART, SUMMARY, ... }. */
export function icsEvents(text) {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events = [];
  let cur = null;
  let depth = 0;
  for (const l of lines) {
    if (l === "BEGIN:VEVENT") cur = {};
    else if (l === "END:VEVENT") { events.push(cur); cur = null; }
    else if (l === "BEGIN:VALARM") depth++;
    else if (l === "END:VALARM") depth--;
    else if (cur && depth === 0) {
      const i = l.indexOf(":");
      cur[l.slice(0, i)] = l.slice(i + 1).replace(/\\([,;\\])/g, "$1");
    }
  }
  return events;
}
