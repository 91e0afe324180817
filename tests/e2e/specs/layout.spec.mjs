// No horizontal scrolling at 320 px (the narrowest phone, and 1280 px at 400% zoom) and at
// 1280 px, on every screen; and no layout shift while typing.
import { test, expect } from "@playwright/test";
import { AppPage, NOW } from "../pages/app.mjs";

for (const lang of ["ja", "en"]) {
  for (const width of [320, 1280]) {
    test(`no horizontal scroll at ${width}px on any screen (${lang})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      const app = new AppPage(page, lang);
      const overflow = {};
      await app.everyScreen(async (name) => {
        const px = await app.horizontalOverflow();
        if (px > 0) overflow[name] = px;
      });
      expect(overflow).toEqual({});
      await context.close();
    });
  }
}
