// Dates as people say them (issue 15, point 4): 「昨日」「3日前」「11月24日」「先週の金曜」 and
// "yesterday", "Nov 24", "last Friday" read against today in Japan (the browser's clock fixed at
// 2026-11-24 13:00 JST, a Tuesday), each read back under the field and settled to that date once
// the field is left, so a draft reopened on another day keeps the day meant.
import { test, expect } from "@playwright/test";
import { AppPage, NOW, NO_FAULT_003, showDate } from "../pages/app.mjs";

const PHRASES = {
  ja: [
    ["昨日", "2026-11-23"],
    ["おととい", "2026-11-22"],
    ["３日前", "2026-11-21"],
    ["11月24日", "2026-11-24"], // today: this year
    ["11月25日", "2025-11-25"], // tomorrow this year: last year
    ["先週の金曜", "2026-11-20"],
    ["先週金曜日", "2026-11-20"],
  ],
  en: [
    ["yesterday", "2026-11-23"],
    ["3 days ago", "2026-11-21"],
    ["Nov 24", "2026-11-24"],
    ["Nov 25", "2025-11-25"],
    ["last Friday", "2026-11-20"],
  ],
};

async function toLosses(app, lang) {
  await app.open();
  await app.chooseScenario("ib");
  await app.chooseScheme(lang === "ja" ? "三島信用金庫 WEBバンキング" : "Mishima Shinkin Bank: WEB banking");
  await app.chooseCustomer("individual");
}

for (const lang of ["ja", "en"]) {
  test(`dates as people say them are read back against today in Japan (${lang})`, async ({ browser }) => {
    // A device in Los Angeles: its own date (the 23rd) must not be the one phrases count from.
    const context = await browser.newContext({ timezoneId: "America/Los_Angeles" });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const t = app.t;
    await toLosses(app, lang);
    const date = app.field(1, "date");
    const msg = page.locator(`#${await date.getAttribute("id")}-msg`);
    for (const [typed, iso] of PHRASES[lang]) {
      await date.fill(typed);
      await expect(msg, typed).toHaveText(`${t.readAs} ${showDate(lang, iso)}`);
      await expect(date).toHaveAttribute("aria-invalid", "false");
      // While typing, the text stays as typed.
      await expect(date).toHaveValue(typed);
    }
    await app.expectAccessible("losses with a date phrase");
    // Leaving the field settles the phrase to the date it was read as.
    await date.fill(lang === "ja" ? "おととい" : "yesterday");
    await app.field(1, "amount").fill("120000");
    const settled = lang === "ja" ? "2026年11月22日" : "2026-11-23";
    await expect(date).toHaveValue(settled);
    await expect(msg).toHaveText(`${t.readAs} ${showDate(lang, lang === "ja" ? "2026-11-22" : "2026-11-23")}`);
    // The result counts from that day.
    await app.next();
    await app.notice(null);
    await app.answerAll(NO_FAULT_003, "no");
    await expect(app.lossTable()).toContainText(showDate(lang, lang === "ja" ? "2026-11-22" : "2026-11-23"));
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`the notice date reads phrases too, and a phrase is never after today (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const t = app.t;
    await toLosses(app, lang);
    await app.fillLoss(1, { date: "2026-11-10", amount: "120000" });
    await app.next();
    await page.getByRole("radio", { name: t.notifiedYes, exact: true }).check();
    const on = page.getByRole("textbox", { name: t.notifiedOn, exact: true });
    const msg = page.locator(`#${await on.getAttribute("id")}-msg`);
    await on.fill(lang === "ja" ? "昨日" : "yesterday");
    await expect(msg).toHaveText(`${t.readAs} ${showDate(lang, "2026-11-23")}`);
    // 「明日」 / "tomorrow" is no phrase: refused, never read as a future day.
    await on.fill(lang === "ja" ? "明日" : "tomorrow");
    await on.blur();
    await expect(on).toHaveAttribute("aria-invalid", "true");
    expect(app.errors).toEqual([]);
  });
}
