// Page object for the brokerage questions and estimate (issue 25). Labels as
// src/ui/screens/brokerage.rs writes them, per language; every locator by role and name.
import { expect } from "@playwright/test";
import { AppPage, L, escapeRe } from "./app.mjs";

export const B = {
  ja: {
    title: "証券口座の被害について",
    firm: { sbi: "SBI証券", nomura: "野村證券", neotrade: "SBIネオトレード証券", other: "その他の会社（一覧にない）" },
    firmLegend: "口座のある証券会社は？",
    date: "不正な取引があった日（日本時間）",
    bought: "自分の資産で有価証券を勝手に買われた",
    soldOwn: "持っていた有価証券を勝手に売られた",
    row: (n) => `買われた有価証券 ${n}`,
    paid: "買付代金（支払われた額）",
    value: "売却代金、または現在の評価額",
    addRow: "買われた有価証券を追加",
    fees: "不正な取引の手数料（合計）",
    how: { phishing: "偽のサイト（フィッシング）に入力した", told: "人に教えた" },
    mfa: { off: "有効ではなかった", on: "有効だった" },
    resultTitle: "補償の見込み（証券口座）",
    reported: "報道にもとづく",
    official: "会社・協会の公式発表にもとづく",
    half: (r) => `損失の${r}％を金銭で補償`,
    restore: "口座の原状回復",
    caseByCase: "個別の判断（一律の割合なし）",
    other: "申し合わせの外の会社：個別の判断",
    estimate: "見込み額：",
    restoreBox: "口座が元に戻る見込みです",
    now: "今すぐすること",
    lower: "補償が減ったり対象外になったりする場合",
    open: "資料で決まっていないこと",
    missingFirm: "証券会社を選んでください",
    estimateLink: "各社の方針で補償の見込みを調べる",
    toReport: "証券会社への報告メモ",
    toPolice: "警察に相談するときのメモ",
    account: "何があったか（ご自身の言葉で）",
  },
  en: {
    title: "About your brokerage account",
    firm: { sbi: "SBI SECURITIES", nomura: "Nomura Securities", neotrade: "SBI NEOTRADE SECURITIES", other: "Another firm (not listed)" },
    firmLegend: "Which firm holds the account?",
    date: "The day of the unauthorized trades (Japan time)",
    bought: "Securities were bought with my assets",
    soldOwn: "Securities I held were sold",
    row: (n) => `Security bought ${n}`,
    paid: "Amount paid for it",
    value: "What it was sold for, or is worth now",
    addRow: "Add a security bought",
    fees: "Fees of the unauthorized trades (total)",
    how: { phishing: "I entered them on a fake (phishing) site", told: "I told someone" },
    mfa: { off: "No, it was off", on: "Yes, it was on" },
    resultTitle: "Your estimate (brokerage account)",
    reported: "Based on press reports",
    official: "Based on the firm's or the association's own page",
    half: (r) => `${r} % of the loss paid in money`,
    restore: "Your account restored",
    caseByCase: "Case by case (no fixed share)",
    other: "A firm outside the agreement: case by case",
    estimate: "Estimate: ",
    restoreBox: "Your account is to be restored",
    now: "What to do now",
    lower: "What could lower or exclude it",
    open: "What the sources leave open",
    missingFirm: "Choose the firm",
    estimateLink: "Get an estimate under your firm's policy",
    toReport: "Report for the firm",
    toPolice: "Sheet for the police",
    account: "What happened, in your own words",
  },
};

export class BrokeragePage extends AppPage {
  constructor(page, lang = "ja") {
    super(page, lang);
    this.b = B[lang];
  }

  async start() {
    await this.openFresh();
    await this.chooseScenario("brokerage");
    await expect(this.stepHeading()).toHaveText(this.b.title);
  }

  async chooseFirm(key) {
    await this.page.getByRole("group", { name: this.b.firmLegend })
      .getByRole("radio", { name: new RegExp(`^${escapeRe(this.b.firm[key])}`) }).check();
  }

  async fillDate(text) {
    await this.page.getByRole("textbox", { name: this.b.date, exact: true }).fill(text);
  }

  row(n) {
    return this.page.getByRole("group", { name: this.b.row(n), exact: true });
  }

  async fillRow(n, paid, value) {
    await this.row(n).getByRole("textbox", { name: this.b.paid, exact: true }).fill(paid);
    await this.row(n).getByRole("textbox", { name: this.b.value, exact: true }).fill(value);
  }

  async seeEstimate() {
    await this.page.getByRole("button", { name: L[this.lang].seeResult, exact: true }).click();
    await expect(this.stepHeading()).toHaveText(this.b.resultTitle);
  }

  policy() {
    return this.page.locator("#hn-brk-policy");
  }

  estimate() {
    return this.page.locator("#hn-brk-estimate");
  }

  basis() {
    return this.page.locator("#hn-brk-basis");
  }

  /** The estimate's breakdown as shown: each row's label and figure. */
  async breakdown() {
    const rows = this.estimate().getByRole("table").getByRole("row");
    const out = [];
    for (let i = 0; i < (await rows.count()); i++) {
      out.push({
        label: await rows.nth(i).getByRole("rowheader").innerText(),
        figure: await rows.nth(i).getByRole("cell").innerText(),
      });
    }
    return out;
  }

  /** The estimate's total as shown. */
  async total() {
    return this.estimate().locator(".hn-amount strong").innerText();
  }

  /** From the estimate to one of its documents ("toReport" or "toPolice"). */
  async openDocument(which) {
    await this.page.getByRole("button", { name: this.b[which], exact: true }).click();
    await expect(this.stepHeading()).toHaveText(this.b[which]);
  }

  document() {
    return this.page.getByRole("article");
  }
}
