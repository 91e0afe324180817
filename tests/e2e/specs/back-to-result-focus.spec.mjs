// Issue 22, point 8: 「結果に戻る」 from a page opened low on the result brings the scroll back
// where it was, and focus lands on something in view there (the button the user left from), not
// on the heading far above. Fails while focus goes to the off-screen heading.
import { test, expect } from "@playwright/test";
import { AppPage, NOW } from "../pages/app.mjs";
import { R, toResult } from "../pages/report.mjs";

for (const lang of ["ja", "en"]) {
  for (const [open, title] of [["openFollowUp", "fuTitle"], ["openBank", "bankTitle"]]) {
    test(`back to the result from ${open}: the scroll comes back and focus is in view (${lang})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      const app = new AppPage(page, lang);
      const r = R[lang];
      await toResult(app, lang);
      const opener = app.button(r[open]);
      await opener.scrollIntoViewIfNeeded();
      const y = await page.evaluate(() => window.scrollY);
      expect(y).toBeGreaterThan(1000); // far below the heading
      await opener.click();
      await expect(app.stepHeading()).toContainText(r[title]);
      await app.button(r.backToResult).first().click();
      await expect(page.locator(".hn-result")).toHaveCount(1);
      // The scroll returns to where the user was (the browser's restoration) …
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 400);
      // … and focus is on the button the user left from, in view there.
      await expect(app.button(r[open])).toBeFocused();
      await expect(page.locator(":focus")).toBeInViewport();
      await expect(app.stepHeading()).not.toBeInViewport();
      await app.expectAccessible("back on the result");
      expect(app.errors).toEqual([]);
      await context.close();
    });
  }
}
