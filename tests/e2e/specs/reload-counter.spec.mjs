// The step counter counts to the result (the questions are a sub-flow with a counter of their
// own), and a reload mid-questions keeps the counter: it reads the same before and after, for a
// case started from the start screen and for one started from a bank's link (?scheme=).
import { test, expect } from "@playwright/test";
import { AppPage } from "../pages/app.mjs";

const MISHIMA = { ja: "三島信用金庫 WEBバンキング", en: "Mishima Shinkin Bank: WEB banking" };

async function toQuestions(app, viaLink) {
  if (viaLink) {
    await app.openFresh("?scheme=mishima-shinkin/web-banking");
    await expect(app.page.getByRole("radio", { name: app.t.customer.individual, exact: true })).toBeVisible();
  } else {
    await app.openFresh();
    await app.chooseScenario("ib");
    await app.chooseScheme(MISHIMA[app.lang]);
  }
  await app.chooseCustomer("individual");
  await app.fillLoss(1, { date: "2026-11-20", amount: "100000" });
  await app.next();
  // From the start screen the scheme step asks the account holder too; from a link the holder
  // is a step of its own. Either way the notice is step 3 of 4.
  await expect(app.page.locator("#hn-progress")).toHaveText(/^\D*3\D+4$/);
  await app.notice(null);
  await app.openRefine();
}

for (const lang of ["ja", "en"]) {
  for (const viaLink of [false, true]) {
    test(`a reload mid-questions keeps the step counter (${viaLink ? "bank link" : "start screen"}, ${lang})`, async ({ page }) => {
      const app = new AppPage(page, lang);
      await toQuestions(app, viaLink);
      const progress = page.locator("#hn-progress");
      const before = await progress.textContent();
      // The question screens count themselves: "質問 1 / 3", "Questions 1 of 3".
      expect(before).toMatch(/^\D*1\D+\d+$/);
      await page.reload();
      await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
      await expect(progress).toHaveText(before);
      expect(app.errors).toEqual([]);
    });
  }
}
