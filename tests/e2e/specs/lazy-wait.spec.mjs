// A tap on a feature whose module has not arrived yet (issue 23): the screen says it is loading
// and the feature opens when the module arrives, the tap never lost; a module that fails to load
// says so in the user's language, offers a retry, and nothing entered is lost.
import { test, expect } from "@playwright/test";
import { R, ReportPage, toResult } from "../pages/report.mjs";
import { AppPage } from "../pages/app.mjs";
import { LazyPage, MODULE } from "../pages/lazy.mjs";

for (const lang of ["ja", "en"]) {
  test(`a tap while the report's module is held back is acted on when it arrives (${lang})`, async ({ browser }) => {
    // No service worker: its precache would fetch the module past the page's route.
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const app = new AppPage(page, lang);
    const lazy = new LazyPage(app);
    const r = R[lang];
    const { release, seen } = await lazy.hold(MODULE.report);
    await toResult(app, lang);
    await app.button(r.openBank).click();
    await expect(lazy.busy()).toBeVisible();
    await expect(page.getByRole("heading", { name: r.bankTitle })).toHaveCount(0);
    expect(seen.count).toBeGreaterThan(0);
    await app.expectAccessible("a feature loading");
    release();
    await new ReportPage(app).expectTitle(r.bankTitle);
    await lazy.expectNoBusy();
    // The step's focus move found no heading while it loaded: the heading takes focus on arrival.
    await expect(page.getByRole("heading", { level: 2, name: r.bankTitle })).toBeFocused();
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`a module that fails to load says so, and a retry opens the feature with the case kept (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const app = new AppPage(page, lang);
    const lazy = new LazyPage(app);
    const r = R[lang];
    const restore = await lazy.fail(MODULE.followup);
    await toResult(app, lang);
    const amount = await app.amount().innerText();
    await app.button(r.openFollowUp).click();
    await expect(lazy.failure()).toBeVisible();
    await expect(lazy.retry()).toBeVisible();
    await app.expectAccessible("a feature that failed to load");
    await restore();
    await lazy.retry().click();
    await new ReportPage(app).expectTitle(r.fuTitle);
    await expect(lazy.failure()).toHaveCount(0);
    // The case is as it was.
    await app.button(r.backToResult).click();
    await expect(app.amount()).toHaveText(amount);
    // The failed fetches are the only console errors.
    expect(app.errors.filter((e) => !/split_hn_followup|Failed to fetch|failed to load|net::ERR/i.test(e))).toEqual([]);
    await context.close();
  });
}
