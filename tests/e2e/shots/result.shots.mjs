// Screenshots of the result page for a person to look at: 375×812 (a phone) and 1280×800, in
// Japanese and in English, with the clock fixed. Not a test (nothing is compared with a
// baseline), so scripts/test.sh neither runs nor counts it: `make screenshots` does
// (scripts/screenshots.sh), writing target/screenshots/.
import { test, expect } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { AppPage, NOW } from "../pages/app.mjs";

const DIR = fileURLToPath(new URL("../../../target/screenshots", import.meta.url));

for (const lang of ["ja", "en"]) {
  for (const [w, h] of [[375, 812], [1280, 800]]) {
    test(`result page screenshot ${w}x${h} (${lang})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: w, height: h } });
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      const app = new AppPage(page, lang);
      await app.open();
      await app.chooseScenario("ib");
      await app.chooseScheme(lang === "ja" ? "三島信用金庫 WEBバンキング" : "Mishima Shinkin Bank: WEB banking");
      await app.chooseCustomer("individual");
      await app.fillLoss(1, { date: "2026-11-10", time: "14:05", amount: "12万円" });
      await app.fillLoss(2, { date: "2026-10-20", amount: "1.5万" });
      await app.next();
      await app.notice(null);
      await app.answerAll({}, "no");
      await expect(app.verdict()).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${DIR}/result-${w}x${h}-${lang}.png` });
      await page.screenshot({ path: `${DIR}/result-${w}x${h}-${lang}-full.png`, fullPage: true });
      await context.close();
    });
  }
}
