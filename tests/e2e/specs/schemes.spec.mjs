// A walk through every banking scheme: verdict, amount and last day to notify on screen.
// Expected values are worked out from the seeds and statutes (not read off the screen), with
// "today" fixed at 2026-11-24 in Japan:
// - 002 東日本銀行: notice within 30 days from the day after the loss → 11-10 + 30 = 12-10 (16 days).
// - 003 三島信用金庫: a loss on or before the day 30 days before the notice is not covered →
//   notice ≤ loss + 29 → 11-10 + 29 = 12-09 (15 days); WEB-FB cap ¥10,000,000 binds on ¥15,000,000,
//   11-20 + 29 = 12-19, a Saturday: counted back from the notice, so never extended (issue 13: a
//   notice on Monday 12-21 would leave the 11-20 loss out).
// - 預金者保護法 Art. 5 (stolen card): withdrawals from notice − 30 days → 11-01 + 30 = 12-01;
//   the victim's facts blameless ("no" to each fault): Art. 5(1) makes the bank compensate in
//   full unless it proves a fault → full, ¥300,000 (issue 21 restores it; issue 12 had made it
//   case by case).
// - Art. 4 (counterfeit card): no notice period; the PIN not told, written or handed over: the
//   withdrawal binds the depositor only where the bank proves intent or gross negligence → full,
//   ¥80,000 (issue 21 restores it).
// - JBA individual (statute-style 30 days): 11-05 + 30 = 12-05.
// - JBA corporate guidance: always case by case, ¥0 to the loss.
import { test, expect } from "@playwright/test";
import { AppPage, showDate, NOW, NO_FAULT_003 } from "../pages/app.mjs";

const CASES = [
  {
    name: "東日本銀行 business IB",
    scenario: "ib",
    scheme: { ja: "東日本銀行", en: "Higashi-Nippon Bank" },
    customer: "corporation",
    loss: { date: "2026-11-10", amount: "500000" },
    notice: null,
    answers: { contract_holder: "yes", sec1_os_browser: "yes", sec2_antivirus: "yes", sec3_token: "yes", sec4_new_measures: "yes" },
    verdict: "full",
    amount: [500000],
    notifyBy: "2026-12-10",
    daysLeft: 16,
  },
  {
    name: "三島信用金庫 WEB banking",
    scenario: "ib",
    scheme: { ja: "三島信用金庫 WEBバンキング", en: "Mishima Shinkin Bank: WEB banking" },
    customer: "individual",
    answers: NO_FAULT_003,
    loss: { date: "2026-11-10", amount: "120000" },
    notice: null,
    verdict: "full",
    amount: [120000],
    notifyBy: "2026-12-09",
    daysLeft: 15,
  },
  {
    name: "三島信用金庫 WEB-FB",
    scenario: "ib",
    scheme: { ja: "三島信用金庫 WEB-FB", en: "Mishima Shinkin Bank: WEB-FB" },
    customer: "corporation",
    answers: NO_FAULT_003,
    loss: { date: "2026-11-20", amount: "15000000" },
    notice: null,
    verdict: "capped",
    amount: [10000000],
    notifyBy: "2026-12-19",
    daysLeft: 25,
    notExtended: "2026-12-21",
  },
  {
    name: "statute, stolen card",
    scenario: "stolen",
    customer: "individual",
    loss: { date: "2026-11-01", amount: "300000" },
    notice: null,
    verdict: "full",
    amount: [300000],
    notifyBy: "2026-12-01",
    daysLeft: 7,
  },
  {
    name: "statute, counterfeit card",
    scenario: "forged",
    customer: "individual",
    loss: { date: "2026-11-15", amount: "80000" },
    notice: null,
    verdict: "full",
    amount: [80000],
    notifyBy: null,
  },
  {
    name: "JBA individual (bank not listed)",
    scenario: "ib",
    scheme: "notListed",
    customer: "individual",
    loss: { date: "2026-11-05", amount: "250000" },
    notice: "2026-11-20",
    answers: { police_report: "yes" },
    verdict: "full",
    amount: [250000],
    notifyBy: "2026-12-05",
    daysLeft: 11,
    alreadyNotified: true,
  },
  {
    name: "JBA corporate (bank not listed)",
    scenario: "ib",
    scheme: "notListed",
    customer: "corporation",
    loss: { date: "2026-11-12", amount: "2000000" },
    notice: null,
    fallback: "yes",
    verdict: "case_by_case",
    amount: [0, 2000000],
    notifyBy: null,
  },
];

for (const lang of ["ja", "en"]) {
  for (const c of CASES) {
    test(`${c.name}: verdict, amount and last day (${lang})`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      const app = new AppPage(page, lang);
      const t = app.t;
      await app.open();
      await app.chooseScenario(c.scenario);
      if (c.scheme) await app.chooseScheme(c.scheme === "notListed" ? "notListed" : c.scheme[lang]);
      await app.chooseCustomer(c.customer);
      await app.fillLoss(1, c.loss);
      await app.next();
      await app.notice(c.notice);
      await app.answerAll(c.answers || {}, c.fallback || "no");

      // Once the bank has been told the result is written for after the notice (issue 12).
      await expect(app.stepHeading()).toHaveText(c.notice ? t.calledTitle : t.tellBank);
      await expect(app.verdict()).toHaveText(t.verdict[c.verdict]);
      const yen = c.amount.map(t.yen);
      await expect(app.amount()).toHaveText(yen.length === 1 ? yen[0] : t.range(yen[0], yen[1]));
      const row = app.lossTable().getByRole("row").nth(1);
      // The deadlines are folded under their heading (issue 22).
      await app.openAllParts();
      if (c.notifyBy) {
        await expect(row).toContainText(showDate(lang, c.notifyBy));
        // A loss notified in time says so instead of its days left (issue 12).
        await expect(row).toContainText(c.alreadyNotified ? t.notifiedInTime : t.daysLeft(c.daysLeft));
        if (!c.alreadyNotified) {
          await expect(app.firstDeadline()).toContainText(showDate(lang, c.notifyBy));
          await expect(app.firstDeadline()).toContainText(t.daysLeft(c.daysLeft));
        }
      } else {
        await expect(row).toContainText("—");
        await expect(page.getByText(t.noDeadline)).toBeVisible();
      }
      if (c.extendedTo) await expect(page.getByText(t.mayBeExtended(showDate(lang, c.extendedTo)))).toBeVisible();
      if (c.notExtended) await expect(page.getByText(t.mayBeExtended(showDate(lang, c.notExtended)))).toHaveCount(0);
      await expect(page.getByText(t.todayIs(showDate(lang, "2026-11-24")))).toBeVisible();
      expect(app.errors).toEqual([]);
      await context.close();
    });
  }
}
