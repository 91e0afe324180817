// First tap on the phone profile (150 ms latency, 1.6 Mbps down, CPU x4; a cold cache): from
// navigation to the first tap handled. The tap is made on the stolen-card choice as soon as it is
// painted (the prerendered screen) and counts as handled when the next step's heading shows.
// Also prints when the app itself was ready. Median of RUNS (default 5). Figures, not a test.
import { launch, median, PHONE_NET } from "./browser.mjs";
const url = process.env.BASE_URL;
const runs = Number(process.env.RUNS || 5);
const browser = await launch();
const tapVisible = [], handled = [], ready = [];
const trace = {}; // where the time to a working app goes (point 3 of issue 23), per run
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", PHONE_NET);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: "commit" });
  const choice = page.locator("#hn-scenario-1");
  await choice.waitFor({ state: "visible", timeout: 60000 });
  tapVisible.push(Date.now() - t0);
  await choice.click({ noWaitAfter: true });
  // Handled: the customer step's URL and its heading are there (a step in a module still loading
  // shows a busy status first, which does not count).
  await page.waitForFunction(() => /[?&]step=customer/.test(location.search)
    && document.querySelector("#hn-screen #hn-step-heading")
    && !document.querySelector("#hn-screen .hn-lazy[aria-busy='true']"), null, { timeout: 60000, polling: 20 });
  handled.push(Date.now() - t0);
  ready.push(await page.evaluate(() => performance.getEntriesByName("hn-mounted")[0]?.startTime ?? NaN));
  const t = await page.evaluate(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    const wasm = performance.getEntriesByType("resource").find((e) => /hosho-navi-[0-9a-f]+_bg\.wasm$/.test(e.name));
    return { start: at("hn-start"), wasmStart: wasm?.requestStart ?? NaN, wasmEnd: wasm?.responseEnd ?? NaN, main: at("hn-main"), mounted: at("hn-mounted") };
  });
  // The lazy module with the questions and the result (split_hn_result), fetched first at idle.
  t.result = await page.waitForFunction(() => performance.getEntriesByType("resource")
    .find((e) => /\/split_hn_result-[0-9a-f]+\.wasm$/.test(e.name) && e.responseEnd > 0)?.responseEnd, null, { timeout: 15000, polling: 50 })
    .then((h) => h.jsonValue(), () => NaN); // NaN: a build without that module
  for (const k of Object.keys(t)) (trace[k] ||= []).push(t[k]);
  await context.close();
}
console.log(`phone profile, ${runs} runs (median): choice painted ${median(tapVisible)} ms; first tap handled ${median(handled)} ms (budget 1500); app mounted at ${Math.round(median(ready))} ms`);
console.log(`  handled: ${handled.join(", ")} ms`);
const m = (k) => Math.round(median(trace[k]));
console.log(`  trace (medians, ms from navigation): code requested ${m("start")}; main wasm request sent ${m("wasmStart")}, last byte ${m("wasmEnd")}; ` +
  `compiled and instantiated, Rust main entered ${m("main")}; mounted ${m("mounted")} ` +
  `(download ${m("wasmEnd") - m("wasmStart")}, after the last byte: instantiate ${m("main") - m("wasmEnd")}, mount ${m("mounted") - m("main")}); ` +
  `the questions' and result's module fetched ${m("result")} (mount + ${m("result") - m("mounted")})`);
await browser.close();
