// The header's buttons keep a readable label while hovered (WCAG 1.4.3: 4.5:1).
import { test, expect } from "@playwright/test";
import { AppPage } from "../pages/app.mjs";

/** Contrast of an element's text with the first opaque background behind it. */
async function contrast(locator) {
  return locator.evaluate((el) => {
    const rgb = (s) => (s.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    // Blend translucent backgrounds from the nearest opaque ancestor down to the element.
    const layers = [];
    for (let n = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 4 && c[3] === 0) continue;
      layers.push(c);
      if (c.length === 3 || c[3] === 1) break;
    }
    let bg = [255, 255, 255];
    for (const c of layers.reverse()) {
      const a = c.length === 4 ? c[3] : 1;
      bg = bg.map((v, i) => v * (1 - a) + c[i] * a);
    }
    const fg = rgb(getComputedStyle(el).color).slice(0, 3);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  });
}

for (const lang of ["ja", "en"]) {
  test(`the header's buttons stay readable on hover (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await app.openFresh();
    for (const name of [app.t.otherLang, app.t.emergency]) {
      const b = page.locator("header").getByRole("button", { name, exact: true });
      await b.hover();
      expect(await contrast(b)).toBeGreaterThanOrEqual(4.5);
    }
  });
}
