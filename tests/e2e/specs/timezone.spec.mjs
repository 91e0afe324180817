// "Today" is the date in Japan, never the device's: in Los Angeles at 20:00 on 2026-11-23 it is
// already 13:00 on 2026-11-24 in Japan. 三島信用金庫: loss 2026-11-10 → last day 2026-12-09
// (notice ≤ loss + 29), which is 15 days after the 24th (16 if the app used the device's date).
import { test, expect } from "@playwright/test";
import { AppPage, showDate, NO_FAULT_003 } from "../pages/app.mjs";

for (const lang of ["ja", "en"]) {
  test(`Los Angeles 2026-11-23 20:00 is 2026-11-24 in the app (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/Los_Angeles" });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date("2026-11-23T20:00:00-08:00"));
    const app = new AppPage(page, lang);
    const t = app.t;
    await app.open();
    // The device itself is still on the 23rd.
    expect(await page.evaluate(() => [new Date().getDate(), new Date().getHours()])).toEqual([23, 20]);
    await app.chooseScenario("ib");
    await app.chooseScheme(lang === "ja" ? "三島信用金庫 WEBバンキング" : "Mishima Shinkin Bank: WEB banking");
    await app.chooseCustomer("individual");
    await app.fillLoss(1, { date: "2026-11-10", amount: "120000" });
    await app.next();
    await app.notice(null);
    await app.answerAll(NO_FAULT_003, "no");
    await expect(page.getByText(t.todayIs(showDate(lang, "2026-11-24")))).toBeVisible();
    await expect(app.firstDeadline()).toContainText(showDate(lang, "2026-12-09"));
    await expect(app.firstDeadline()).toContainText(t.daysLeft(15));
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
