// Issue 21, point 6: a reduction whose rate the source leaves to the bank reads as a reduction,
// never as a possible refusal ("0円 〜 …"), on the result and in the report for the bank.
// 三島信用金庫 WEB banking, individual, ¥350,000 on 2026-11-20, not yet notified (today 11-24,
// within 11-20 + 29 = 12-19); every fact blameless except the password not changed regularly:
// 003 過失(8) 「補償減額」 with no ratio, so reduced from the whole ¥350,000 at the bank's rate.
import { test, expect } from "@playwright/test";
import { AppPage, NOW, NO_FAULT_003 } from "../pages/app.mjs";
import { R, ReportPage } from "../pages/report.mjs";

const MISHIMA = { ja: "三島信用金庫 WEBバンキング", en: "Mishima Shinkin Bank: WEB banking" };
const LOSS = 350000;

for (const lang of ["ja", "en"]) {
  test(`a reduction at the bank's rate reads as a reduction on the result and in the report (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const t = app.t;
    await app.open();
    await app.chooseScenario("ib");
    await app.chooseScheme(MISHIMA[lang]);
    await app.chooseCustomer("individual");
    await app.fillLoss(1, { date: "2026-11-20", amount: String(LOSS) });
    await app.next();
    await app.notice(null);
    await app.answerAll({ ...NO_FAULT_003, n8_password_changed_regularly: "no" }, "no");
    await expect(app.verdict()).toHaveText(t.verdict.reduced_open_rate);
    const reduced = t.reducedOpen(t.yen(LOSS));
    await expect(app.amount()).toHaveText(reduced);
    // Never the range from nothing that reads as a possible refusal.
    const refusal = t.range(t.yen(0), t.yen(LOSS));
    await expect(app.amount()).not.toContainText(refusal);
    await app.expectAccessible("a reduction at the bank's rate");
    await app.button(R[lang].openBank).click();
    const rep = new ReportPage(app);
    await rep.expectTitle(R[lang].bankTitle);
    const estimate = page.locator("#hn-rep-estimate");
    await expect(estimate).toContainText(reduced);
    await expect(estimate).toContainText(t.verdict.reduced_open_rate);
    await expect(estimate).not.toContainText(refusal);
    await app.expectAccessible("the report for the bank with a reduction at the bank's rate");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
