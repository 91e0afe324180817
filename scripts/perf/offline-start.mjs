// Warm offline start: load once (the service worker precaches), go offline, then time navigation
// to the app's interactive start screen (html[data-app=mounted] and the start heading). Median of 7.
import { launch } from "./browser.mjs";
const url = process.env.BASE_URL;
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(url);
await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 30000 })
  .catch(async () => { await page.reload(); await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 30000 }); });
await context.setOffline(true);
const times = [];
for (let i = 0; i < 7; i++) {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector("html[data-app='mounted']", { timeout: 30000 });
  times.push(Date.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`warm offline start: median ${times[3]} ms (min ${times[0]}, max ${times[6]}) over ${times.length} runs`);
await browser.close();
