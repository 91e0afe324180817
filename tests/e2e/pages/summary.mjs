// Page object for staff mode's layout and the A4 summary (src/ui/staff.rs, style/staff.css):
// texts mirror src/ui/i18n_drafts.rs, i18n_contact.rs and i18n.rs.
import { expect } from "@playwright/test";
import { AppPage } from "./app.mjs";

export const SUM = {
  ja: {
    staff: "職員モード",
    panel: /^保存した案件（\d+件）$/,
    summaryTitle: "補償ナビ 案件の概要",
    summaryLosses: "被害ごとの通知期限",
    summarySteps: "次にすること",
    gross: "被害額",
    recovered: "戻ってきた額",
    net: "差し引き",
    resultLosses: "取引ごとの見込み",
    colAmount: "金額",
    mishima: "三島信用金庫 WEBバンキング",
  },
  en: {
    staff: "Staff mode",
    panel: /^Saved cases \(\d+\)$/,
    summaryTitle: "Hosho Navi case summary",
    summaryLosses: "Each loss and its last day to notify",
    summarySteps: "Next steps",
    gross: "Amount",
    recovered: "Returned",
    net: "Net",
    resultLosses: "Each transaction",
    colAmount: "Amount",
    mishima: "Mishima Shinkin Bank: WEB banking",
  },
};

export class StaffPage extends AppPage {
  constructor(page, lang = "ja") {
    super(page, lang);
    this.s = SUM[lang];
  }

  async staffOn() {
    await this.page.getByRole("button", { name: this.s.staff, exact: true }).click();
    await expect(this.page.getByRole("button", { name: this.s.panel })).toHaveAttribute("aria-expanded", "true");
  }

  /** A 三島 WEB-banking case with these losses, not yet notified, every question unanswered. */
  async mishimaResult(losses) {
    await this.chooseScenario("ib");
    await this.chooseScheme(this.s.mishima);
    await this.chooseCustomer("individual");
    for (const [i, l] of losses.entries()) await this.fillLoss(i + 1, l);
    await this.next();
    await this.notice(null);
    await this.answerAll({}, "unknown");
    await expect(this.verdict()).toBeVisible();
  }

  /** The result's own loss table (its caption names it). */
  resultLosses() {
    return this.page.getByRole("table", { name: this.s.resultLosses, exact: true });
  }

  summary() {
    return this.page.getByRole("region", { name: this.s.summaryTitle });
  }
}
