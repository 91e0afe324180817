// A bank's link on the phone profile (150 ms latency, 1.6 Mbps down, CPU x4; a cold cache): when
// that bank's tel: link paints (its Element Timing entry, `elementtiming="hn-bank-tel"`), the first
// contentful paint, and in how many runs the number was part of that first paint. Median of RUNS (default 5).
// BASE_URL: the app's folder; SCHEME: the pack id (default mishima-shinkin/web-banking). Figures, not a test.
import { launch, median, PHONE_NET } from "./browser.mjs";
const base = process.env.BASE_URL.replace(/\/?$/, "/");
const scheme = process.env.SCHEME || "mishima-shinkin/web-banking";
const url = `${base}index.html?scheme=${scheme}${process.env.LANG_EN ? "&lang=en" : ""}`;
const runs = Number(process.env.RUNS || 5);
const browser = await launch();
const tel = [], fcp = [], inFirst = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__tel = null;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.identifier === "hn-bank-tel" && window.__tel === null) window.__tel = e.renderTime || e.loadTime;
    }).observe({ type: "element", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", PHONE_NET);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__tel !== null, null, { timeout: 60000, polling: 50 });
  tel.push(Math.round(await page.evaluate(() => window.__tel)));
  fcp.push(Math.round(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN)));
  inFirst.push(tel.at(-1) <= fcp.at(-1) + 1);
  await context.close();
}
console.log(`phone profile, ${runs} runs (median): the bank's tel: link painted at ${median(tel)} ms (budget 1000); first contentful paint ${median(fcp)} ms; painted with the first contentful paint in ${inFirst.filter(Boolean).length} of ${runs}`);
console.log(`  tel painted: ${tel.join(", ")} ms`);
await browser.close();
