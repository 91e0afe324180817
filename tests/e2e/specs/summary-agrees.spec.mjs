// Issue 22, point 1: the A4 summary and the result are one document. On a case with a missing
// time (東日本ビジネスIB, a loss on the scheme's start day 2014-12-15 with no time: the case
// "start: the start day with no time needs the time" of tests/cases), the summary names the
// missing time in the screen's words, never as the engine's `transactions[0].time`, and lists
// the same unanswered items in the same order; the summary printed starts on the first page.
import { test, expect } from "@playwright/test";
import { StaffPage } from "../pages/summary.mjs";
import { ResultPage, R, pdfPageBytes } from "../pages/result.mjs";

const HIGASHI = { ja: "東日本銀行 東日本ビジネスIBサービス", en: "Higashi-Nippon Bank: Higashi-Nippon Business IB Service" };
const TIME_OF_1 = { ja: "取引 1 の時刻", en: "The time of transaction 1" };
const THEN = new Date("2014-12-20T12:00:00+09:00");

for (const lang of ["ja", "en"]) {
  test(`the A4 summary and the screen agree word for word on a missing time (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(THEN);
    const staff = new StaffPage(page, lang);
    await staff.openFresh();
    await staff.staffOn();
    const app = new ResultPage(page, lang);
    await app.chooseScenario("ib");
    await app.chooseScheme(HIGASHI[lang]);
    await app.chooseCustomer("corporation");
    await app.fillLoss(1, { date: "2014-12-15", amount: "100000" });
    await app.next();
    await app.notice("2014-12-20");
    await expect(app.verdict()).toBeVisible();
    // Staff see the same document with its parts open.
    await expect(app.part(R[lang].partMissing).locator("xpath=..")).toHaveAttribute("open", "");
    const onScreen = await app.missingTexts();
    expect(onScreen[0]).toBe(TIME_OF_1[lang]);

    await page.emulateMedia({ media: "print" });
    const summary = staff.summary();
    await expect(summary).toBeVisible();
    await expect(summary).not.toContainText("transactions[");
    const printed = await summary.locator("#hn-summary-missing li").allTextContents();
    expect(printed.map((x) => x.trim())).toEqual(onScreen);
    // Printing starts on the first page: not a page with a header only (a few hundred bytes).
    const pages = pdfPageBytes(await page.pdf({ format: "A4" }));
    expect(pages[0]).toBeGreaterThan(5000);
    await staff.expectAccessible("A4 summary with a missing time");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
