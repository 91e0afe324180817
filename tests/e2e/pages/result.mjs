// Page object for the result's first screenful and its folded parts (src/ui/screens/result.rs,
// issue 22): texts mirror src/ui/i18n.rs and src/document/text.rs.
import { expect } from "@playwright/test";
import { inflateSync } from "node:zlib";
import { AppPage } from "./app.mjs";

export const R = {
  ja: {
    mishima: "三島信用金庫 WEBバンキング",
    firstThree: "まずすること",
    call: "電話する",
    recordTitle: "銀行に連絡した日時を入れて「記録する」を押してください。",
    recordOn: "連絡した日",
    recordAt: "時刻（日本時間）",
    record: "記録する",
    undo: "記録を取り消す（まだ連絡していない）",
    missing: "まだ答えていない質問",
    partMissing: /^まだ答えていない質問（\d+件）$/,
    partSteps: /^すべての手順（\d+件）$/,
    reasons: "理由と根拠",
    // One of 003's questions, left unanswered.
    openQuestion: "パスワードを他人に教えた。",
    calledLine: (when) => `銀行に連絡済み：${when}`,
  },
  en: {
    mishima: "Mishima Shinkin Bank: WEB banking",
    firstThree: "Do this first",
    call: "Call",
    recordTitle: "Enter when you told the bank, then press \"Record\".",
    recordOn: "Day you told the bank",
    recordAt: "Time (Japan)",
    record: "Record",
    undo: "Undo: I have not told the bank yet",
    missing: "Not answered yet",
    partMissing: /^Not answered yet \(\d+\)$/,
    partSteps: /^Every step \(\d+\)$/,
    reasons: "Reasons and clauses",
    openQuestion: "You told someone your password.",
    calledLine: (when) => `Bank told: ${when}`,
  },
};

/**
 * The inflated size of each page's content stream in a PDF from `page.pdf()` (Chromium's): a page
 * with only a header or nothing on it is a few hundred bytes.
 */
export function pdfPageBytes(pdf) {
  const s = pdf.toString("latin1");
  const size = (id) => {
    const m = new RegExp(`\\n${id} 0 obj\\n<<([^>]*)>> stream\\n`).exec(s);
    if (!m) return 0;
    const n = Number(/\/Length (\d+)/.exec(m[1])?.[1] ?? 0);
    const start = m.index + m[0].length;
    try {
      return inflateSync(pdf.subarray(start, start + n)).length;
    } catch {
      return n;
    }
  };
  return [...s.matchAll(/\/Contents (\d+) 0 R/g)].map((m) => size(m[1]));
}

export class ResultPage extends AppPage {
  constructor(page, lang = "ja") {
    super(page, lang);
    this.r = R[lang];
  }

  /** A 三島 WEB-banking result: one loss, not yet notified, every question left unanswered. */
  async mishimaOpen(loss = { date: "2026-11-20", amount: "350000" }) {
    await this.chooseScenario("ib");
    await this.chooseScheme(this.r.mishima);
    await this.chooseCustomer("individual");
    await this.fillLoss(1, loss);
    await this.next();
    await this.notice(null);
    await this.answerAll({}, "unknown");
    await expect(this.verdict()).toBeVisible();
  }

  /** The strong action: the bank's number as a call link. */
  callLink() {
    return this.page.getByRole("link", { name: new RegExp(`^${this.r.call} `) });
  }

  /** The next three steps at the top. */
  nextSteps() {
    return this.page.getByRole("region", { name: this.r.firstThree, exact: true }).getByRole("listitem");
  }

  /** Whether `locator` lies wholly in the first screenful (the page scrolled to its top). */
  async inFirstScreen(locator) {
    const box = await locator.boundingBox();
    const vp = this.page.viewportSize();
    expect(box, "not rendered").not.toBeNull();
    return box.y >= 0 && box.y + box.height <= vp.height && box.x >= 0 && box.x + box.width <= vp.width;
  }

  /** A folded part's heading (a disclosure: `<summary>`). */
  part(name) {
    return this.page.locator("details.hn-part > summary").filter({ hasText: name });
  }

  /** Opens a folded part by its heading, with the keyboard. */
  async openPart(name) {
    const s = this.part(name);
    const open = await s.evaluate((el) => el.parentElement.open);
    if (!open) {
      await s.focus();
      await this.page.keyboard.press("Enter");
    }
    await expect(s.locator("xpath=..")).toHaveAttribute("open", "");
  }

  /** The one list of unanswered items, each line's words without its button. */
  async missingTexts() {
    await this.openPart(this.r.partMissing);
    return this.page.getByRole("list", { name: this.r.missing, exact: true }).getByRole("listitem")
      .evaluateAll((items) => items.map((li) => li.firstChild?.textContent?.trim() ?? ""));
  }
}
