// Issue 22, point 2: the result a frightened victim reads. At 375×667 the first screenful holds
// the bank's number and whether it is open, the estimate, the last day with days left and the
// next three steps; the rest is folded under short headings (keyboard disclosures), each
// unanswered question listed once. Calling is the strong action; 「連絡した」 is a quieter one
// that asks for the date and time and can be undone.
import { test, expect } from "@playwright/test";
import { NOW, showDate } from "../pages/app.mjs";
import { ResultPage, pdfPageBytes } from "../pages/result.mjs";

const TIME = { ja: "13:00", en: "13:00" };

async function phoneResult(browser, lang) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const app = new ResultPage(page, lang);
  await app.open();
  await app.mishimaOpen();
  await page.evaluate(() => window.scrollTo(0, 0));
  return { context, page, app };
}

for (const lang of ["ja", "en"]) {
  test(`the first screenful at 375×667: the bank's number and open now, the estimate, the last day, three steps (${lang})`, async ({ browser }) => {
    const { context, page, app } = await phoneResult(browser, lang);
    const call = app.callLink();
    await expect(call).toBeVisible();
    expect(await call.getAttribute("href")).toMatch(/^tel:\d+/);
    expect(await app.inFirstScreen(call)).toBe(true);
    // Whether the line is open, beside the number.
    const status = page.locator(".hn-call .hn-status");
    await expect(status).toHaveText(/\S/);
    expect(await app.inFirstScreen(status)).toBe(true);
    const amount = page.locator("#hn-amount");
    await expect(amount).toHaveText(new RegExp(lang === "ja" ? "円" : "¥"));
    expect(await app.inFirstScreen(amount)).toBe(true);
    const last = page.locator("#hn-first-deadline");
    await expect(last).toContainText(app.t.daysLeft(25));
    expect(await app.inFirstScreen(last)).toBe(true);
    const steps = app.nextSteps();
    await expect(steps).toHaveCount(3);
    expect(await app.inFirstScreen(steps.nth(2))).toBe(true);
    await app.expectAccessible("the result's first screenful on a phone");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`each unanswered question once, folded under a short heading that opens from the keyboard (${lang})`, async ({ browser }) => {
    const { context, page, app } = await phoneResult(browser, lang);
    // Listed once on the page, whether folded or not.
    await expect(page.locator("li", { hasText: app.r.openQuestion })).toHaveCount(1);
    const heading = app.part(app.r.partMissing);
    await expect(heading).toBeVisible();
    expect(await app.inFirstScreen(heading)).toBe(false);
    await expect(page.getByRole("list", { name: app.r.missing, exact: true })).toBeHidden();
    const texts = await app.missingTexts();
    expect(texts.length).toBeGreaterThan(10);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain(app.r.openQuestion);
    await app.expectAccessible("the result with its unanswered questions open");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`calling is the strong action; 「連絡した」 asks when, records it and can be undone (${lang})`, async ({ browser }) => {
    const { context, page, app } = await phoneResult(browser, lang);
    await expect(app.callLink()).toHaveClass(/hn-btn-primary/);
    const called = app.button(app.t.called);
    await expect(called).not.toHaveClass(/hn-btn-primary/);
    await called.click();
    // Nothing recorded yet: the form asks for the day and time, now in Japan by default.
    await expect(app.stepHeading()).toHaveText(app.t.tellBank);
    const on = page.getByRole("textbox", { name: app.r.recordOn, exact: true }).or(page.getByLabel(app.r.recordOn, { exact: true }));
    const at = page.getByLabel(app.r.recordAt, { exact: true });
    await expect(on).toHaveValue("2026-11-24");
    await expect(at).toHaveValue(TIME[lang]);
    await expect(on).toBeFocused();
    await app.expectAccessible("the result asking when the bank was told");
    await app.button(app.r.record).click();
    await expect(app.stepHeading()).toHaveText(app.t.calledTitle);
    await expect(page.locator("#hn-called-line")).toHaveText(app.r.calledLine(`${showDate(lang, "2026-11-24")} ${TIME[lang]}`));
    // Undone: back to "tell the bank now", nothing recorded.
    await app.button(app.r.undo).click();
    await expect(app.stepHeading()).toHaveText(app.t.tellBank);
    await expect(app.button(app.t.called)).toBeVisible();
    await expect(page.locator("#hn-called-line")).toHaveCount(0);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`the printout starts on the first page (${lang})`, async ({ browser }) => {
    const { context, page, app } = await phoneResult(browser, lang);
    await expect(app.button(app.t.print)).toBeVisible();
    const pages = pdfPageBytes(await page.pdf({ format: "A4" }));
    // A page with the header only, as printed before issue 22, is a few hundred bytes.
    expect(pages.length).toBeGreaterThan(0);
    expect(pages[0]).toBeGreaterThan(5000);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
