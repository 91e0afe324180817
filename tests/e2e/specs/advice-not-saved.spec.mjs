// Issue 22, point 8: opening an advice-only page (a data leak, a credit card) is reading, not a
// case: no saved case comes of it, however often it is opened. Ticking one of its steps is
// something to keep, and is kept. Fails when each visit adds a saved case.
import { test, expect } from "@playwright/test";
import { DraftsPage, DRAFT_PREFIX } from "../pages/drafts.mjs";
import { L } from "../pages/app.mjs";

const NOT_SAVED = { ja: "まだ何も保存していません", en: "Nothing saved yet" };

for (const lang of ["ja", "en"]) {
  test(`opening an advice-only page saves no case; ticking one of its steps does (${lang})`, async ({ page }) => {
    const app = new DraftsPage(page, lang);
    const l = L[lang];
    await app.openFresh();
    const choose = (key) => page.getByRole("button", { name: new RegExp(`^${l.scenario[key]}`) }).click();
    for (const key of ["leak", "credit", "leak"]) {
      await choose(key);
      await expect(page.getByRole("checkbox").first()).toBeVisible();
      // Longer than the autosave's wait (250 ms), so a save would have happened.
      await page.waitForTimeout(600);
      await app.button(l.back).click();
      await expect(app.stepHeading()).toHaveText(l.start);
    }
    await page.waitForTimeout(600);
    const keys = Object.keys(await app.storage()).filter((k) => k.startsWith(DRAFT_PREFIX));
    expect(keys).toEqual([]);
    await expect(app.panelToggle()).toHaveText(lang === "ja" ? "保存した案件（0件）" : "Saved cases (0)");
    await expect(page.locator("#hn-saved-status")).toHaveText(NOT_SAVED[lang]);

    // A ticked step is the user's own record: that is kept.
    await choose("leak");
    await page.getByRole("checkbox").first().check();
    await app.waitStored((d) => (d?.ui?.ticks ?? []).length > 0, "the ticked advice page");
    await expect(app.panelToggle()).toHaveText(lang === "ja" ? "保存した案件（1件）" : "Saved cases (1)");
    await app.expectAccessible("advice page, a step ticked");
    expect(app.errors).toEqual([]);
  });
}
