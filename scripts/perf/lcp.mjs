// LCP candidates on a phone-sized page (Lighthouse's Moto G Power viewport), unthrottled: which
// element the browser takes as the largest paint, and when. A diagnostic for the LCP figure.
import { launch } from "./browser.mjs";
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: "block" });
const page = await context.newPage();
await page.addInitScript(() => {
  window.__lcp = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      const el = e.element;
      window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: el ? `${el.tagName}${el.id ? "#" + el.id : ""}.${el.className} ${el.closest("#hn-shell") ? "(first-hour panel)" : "(app frame)"}: ${(el.textContent || "").slice(0, 30)}` : "(removed)" });
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
});
await page.goto(process.env.BASE_URL);
await page.waitForSelector("html[data-app='mounted']", { timeout: 30000 });
await page.waitForTimeout(500);
const paints = await page.evaluate(() => performance.getEntriesByType("paint").map((p) => `${p.name} ${Math.round(p.startTime)} ms`));
console.log(paints.join(", "));
for (const e of await page.evaluate(() => window.__lcp)) console.log(`LCP candidate at ${e.t} ms, ${e.size} px²: ${e.el}`);
await browser.close();
