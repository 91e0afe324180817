// WCAG 2.2 AA by axe: 0 violations on every screen, in Japanese and in English.
import { test, expect } from "@playwright/test";
import { AppPage, NOW } from "../pages/app.mjs";

for (const lang of ["ja", "en"]) {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    test(`axe: no violations on any screen at ${viewport.width}px (${lang})`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      const app = new AppPage(page, lang);
      const found = {};
      await app.everyScreen(async (name) => {
        const v = await app.axeViolations();
        if (v.length) found[name] = v;
      });
      expect(found).toEqual({});
      expect(app.errors).toEqual([]);
      await context.close();
    });
  }
}
