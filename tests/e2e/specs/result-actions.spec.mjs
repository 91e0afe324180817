// The result's actions: deadlines to the calendar as an .ics file made in the browser, print
// with every clause open, and a checklist that remembers its ticks.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { NOW, NO_FAULT_003 } from "../pages/app.mjs";
import { ResultPage } from "../pages/result.mjs";

async function toResult(app, lang) {
  await app.open();
  await app.chooseScenario("ib");
  await app.chooseScheme(lang === "ja" ? "三島信用金庫 WEBバンキング" : "Mishima Shinkin Bank: WEB banking");
  await app.chooseCustomer("individual");
  await app.fillLoss(1, { date: "2026-11-10", amount: "120000" });
  await app.fillLoss(2, { date: "2026-11-20", amount: "50000" });
  await app.next();
  await app.notice(null);
  await app.answerAll(NO_FAULT_003, "no");
}

for (const lang of ["ja", "en"]) {
  test(`deadlines download as an .ics calendar (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new ResultPage(page, lang);
    await toResult(app, lang);
    const download = page.waitForEvent("download");
    await app.button(app.t.ics).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe("hosho-navi-deadlines.ics");
    const ics = readFileSync(await d.path(), "utf8");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // 003: 11-10 + 29 = 12-09 and 11-20 + 29 = 12-19, all-day events.
    expect(ics).toContain("DTSTART;VALUE=DATE:20261209\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261219\r\n");
    expect(ics).toContain("END:VCALENDAR\r\n");
    // Folded lines stay within 75 octets.
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`print opens every clause and prints the summary only (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    await page.addInitScript(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    const app = new ResultPage(page, lang);
    await toResult(app, lang);
    await app.button(app.t.print).click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    const closed = await page.locator("details:not([open])").count();
    expect(closed).toBe(0);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: app.t.print })).toBeHidden();
    await expect(app.verdict()).toBeVisible();
    await app.expectAccessible("the result in print, every clause open");
    await context.close();
  });

  test(`the checklist remembers ticks (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new ResultPage(page, lang);
    await toResult(app, lang);
    // The checklists are folded under their headings (issue 22).
    await app.openAllParts();
    const boxes = page.getByRole("checkbox");
    const n = await boxes.count();
    expect(n).toBeGreaterThan(3);
    await boxes.nth(1).check();
    await boxes.nth(n - 1).check();
    // Leave the result and come back: still ticked.
    await page.getByRole("button", { name: lang === "ja" ? "回答を直す" : "Change answers" }).click();
    await app.next();
    await app.next();
    await app.answerAll(NO_FAULT_003, "no");
    await app.openAllParts();
    await expect(page.getByRole("checkbox").nth(1)).toBeChecked();
    await expect(page.getByRole("checkbox").nth(n - 1)).toBeChecked();
    await context.close();
  });
}
