// A reload mid-questions keeps the same steps: the counter reads the same before and after, for a
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
  await app.notice(null);
  await expect(app.page).toHaveURL(/step=questions/);
}

for (const lang of ["ja", "en"]) {
  for (const viaLink of [false, true]) {
    test(`a reload mid-questions keeps the step counter (${viaLink ? "bank link" : "start screen"}, ${lang})`, async ({ page }) => {
      const app = new AppPage(page, lang);
      await toQuestions(app, viaLink);
      const progress = page.locator("#hn-progress");
      const before = await progress.textContent();
      // From the start screen the scheme is a step of its own; from a link it is not.
      expect(before).toMatch(viaLink ? /5/ : /6/);
      await page.reload();
      await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
      await expect(progress).toHaveText(before);
      expect(app.errors).toEqual([]);
    });
  }
}
