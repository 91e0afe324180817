// Page object for the bank's contact box (src/ui/contact.rs): texts mirror src/ui/i18n_contact.rs.
import { expect } from "@playwright/test";
import { showDate } from "./app.mjs";

export const C = {
  ja: {
    title: "銀行の連絡先",
    mishima: "三島信用金庫 WEBバンキング",
    higashi: "東日本銀行",
    hours: "受付時間：平日9:00～17:00",
    open: (t) => `受付中（本日 ${t} まで）`,
    closed: (s) => `受付時間外です。次の受付開始：${s}`,
    nowTitle: "受付時間外の今できること：",
    // Where to find a number the source does not give (東日本銀行), once.
    whereToFind: "番号は、銀行のウェブサイト、通帳、キャッシュカードの裏面で確かめてください。",
    askIssuer: "カードを発行した銀行（お取引銀行）に連絡してください。",
    // Any wording that sends the user to the card for the number.
    readTheCard: /カードの裏面|裏面/,
    // The emergency panel's generic "where the number is", replaced once a bank is chosen.
    genericWhere: "番号は銀行のウェブサイトや通帳にあります（カードが手元にあれば裏面にも）。",
  },
  en: {
    title: "Your bank's number",
    mishima: "Mishima Shinkin Bank: WEB banking",
    higashi: "Higashi-Nippon Bank",
    hours: "Hours: Weekdays 9:00–17:00",
    open: (t) => `Open now (until ${t} today)`,
    closed: (s) => `Closed now. Opens ${s}`,
    nowTitle: "While it is closed, you can:",
    whereToFind: "find the number on the bank's website, in your passbook or on the back of your cash card.",
    askIssuer: "Contact the bank that issued the card",
    readTheCard: /back of (your|the) (cash )?card|on the card/i,
    genericWhere: "The number is on the bank's website and in your passbook (and on the back of the card, if you still have it).",
  },
};

export class ContactBox {
  /** @param {import('./app.mjs').AppPage} app */
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.c = C[app.lang];
  }

  /** The box (a group named by its title); `within` narrows it to a region. */
  box(within = this.page) {
    return within.getByRole("group", { name: this.c.title, exact: true });
  }

  tel(number, within = this.page) {
    return this.box(within).getByRole("link", { name: number, exact: true });
  }

  /** "Mon 30 Nov 2026 09:00" as the app writes a date and time. */
  when(iso, hhmm) {
    const t = this.app.lang === "ja" ? hhmm.replace(/^0/, "") : hhmm;
    return `${showDate(this.app.lang, iso)} ${t}`;
  }

  async expectInViewport(locator) {
    await expect(locator).toBeInViewport({ ratio: 1 });
  }
}
