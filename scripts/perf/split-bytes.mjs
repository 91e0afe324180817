// Wasm bytes a first visit fetches before the app is interactive (issue 23), as the server sent
// them (brotli through the production nginx configuration), and every module fetched within WAIT ms
// after (the idle prefetch of the lazy modules). A cold cache, no service worker. Figures, not a test.
import { launch } from "./browser.mjs";
const url = process.env.BASE_URL;
const wait = Number(process.env.WAIT || 8000);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 375, height: 740 }, serviceWorkers: "block" });
const page = await context.newPage();
let mountedAt = Infinity;
const rows = [];
page.on("requestfinished", async (r) => {
  const path = new URL(r.url()).pathname;
  if (!/\.(wasm|js)$/.test(path)) return;
  const s = await r.sizes();
  rows.push({ path, bytes: s.responseBodySize, at: r.timing().startTime });
});
await page.goto(url);
await page.locator("html[data-app='mounted']").waitFor({ state: "attached", timeout: 60000 });
// The app's own mark (src/ui/dom.rs), on the same clock as the requests' start times.
mountedAt = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByName("hn-mounted")[0]?.startTime ?? NaN));
await page.waitForTimeout(wait);
const before = rows.filter((r) => r.at <= mountedAt);
const after = rows.filter((r) => r.at > mountedAt);
const sum = (xs, re) => xs.filter((r) => re.test(r.path)).reduce((a, r) => a + r.bytes, 0);
for (const r of [...rows].sort((a, b) => a.at - b.at)) console.log(`${r.at <= mountedAt ? "before" : "after "} ${String(r.bytes).padStart(9)} ${r.path}`);
console.log(`wasm fetched before interactive: ${sum(before, /\.wasm$/)} B (js ${sum(before, /\.js$/)} B); fetched after, at idle: wasm ${sum(after, /\.wasm$/)} B in ${after.filter((r) => /\.wasm$/.test(r.path)).length} module(s)`);
await browser.close();
