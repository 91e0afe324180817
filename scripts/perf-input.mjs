// Input-to-result budget (issue 4): with 100 losses on screen, how long from an input change to
// the updated result, and does anything shift? Prints figures; not a pass/fail test.
//
//   node scripts/perf-input.mjs [BASE_URL]        (default http://127.0.0.1:8181, a served dist/)
//
// Desktop viewport, where the live estimate sits beside the form. Each sample changes the amount
// of loss 50 and waits for the estimate panel to change (a MutationObserver), then for the next
// frame to be painted. Layout shift is summed over the whole run from `layout-shift` entries,
// with and without those the browser excludes after input.
import { chromium } from "playwright-core";

const base = process.argv[2] || process.env.BASE_URL || "http://127.0.0.1:8181";
const N_LOSSES = 100;
const SAMPLES = 60;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput });
  }).observe({ type: "layout-shift", buffered: true });
});
await page.goto(base + "/");
await page.locator("html[data-app='mounted']").waitFor({ state: "attached" });
await page.getByRole("button", { name: /^インターネットバンキングで勝手に送金された/ }).click();
await page.getByRole("radio", { name: /^三島信用金庫 WEBバンキング/ }).check();
await page.getByRole("button", { name: "次へ", exact: true }).click();
await page.getByRole("radio", { name: "個人", exact: true }).check();
await page.getByRole("button", { name: "次へ", exact: true }).click();

// 100 losses: add rows, then fill them as the browser would report typing (input events).
// Rows are added from inside the page, in one go (the screen then redraws once).
await page.evaluate((n) => {
  for (let i = 1; i < n; i++) document.getElementById("hn-loss-add").click();
}, N_LOSSES);
await page.waitForFunction((n) => document.querySelectorAll("input[data-field$='-amount']").length >= n, N_LOSSES);
await page.evaluate((n) => {
  const fire = (el, v) => { el.value = v; el.dispatchEvent(new Event("input", { bubbles: true })); };
  const dates = document.querySelectorAll("input[data-field$='-date']");
  const amounts = document.querySelectorAll("input[data-field$='-amount']");
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 28);
    fire(dates[i], `2026-11-${String(day).padStart(2, "0")}`);
    fire(amounts[i], `${(i + 1) * 1000}`);
  }
}, N_LOSSES);
await page.waitForTimeout(500);
const rows = await page.locator("input[data-field$='-amount']").count();

const shiftsBefore = await page.evaluate(() => window.__shifts.length);
const times = await page.evaluate(async (samples) => {
  const field = document.querySelectorAll("input[data-field$='-amount']")[49];
  const panel = document.getElementById("hn-preview");
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const out = { dom: [], paint: [] };
  for (let i = 0; i < samples; i++) {
    await frame();
    const changed = new Promise((resolve, reject) => {
      const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now()); });
      mo.observe(panel, { childList: true, subtree: true, characterData: true });
      setTimeout(() => { mo.disconnect(); reject(new Error("the estimate did not change within 5 s")); }, 5000);
    });
    const t0 = performance.now();
    field.value = `${123457 + i * 1000}`; // never the value it had
    field.dispatchEvent(new Event("input", { bubbles: true }));
    const t1 = await changed;
    await frame();
    const t2 = performance.now();
    out.dom.push(t1 - t0);
    out.paint.push(t2 - t0);
  }
  return out;
}, SAMPLES);
const shifts = await page.evaluate((from) => window.__shifts.slice(from), shiftsBefore);
const estimate = await page.locator("#hn-preview").innerText();

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length * 0.95)]; };
const sum = (a) => a.reduce((x, y) => x + y, 0);
console.log(`losses on screen: ${rows}`);
console.log(`input → estimate updated in the DOM: median ${median(times.dom).toFixed(2)} ms, p95 ${p95(times.dom).toFixed(2)} ms (${SAMPLES} samples)`);
console.log(`input → next frame painted:          median ${median(times.paint).toFixed(2)} ms, p95 ${p95(times.paint).toFixed(2)} ms`);
console.log(`layout shift while typing: ${sum(shifts.map((s) => s.value)).toFixed(4)} total over ${shifts.length} entries; CLS (no recent input) ${sum(shifts.filter((s) => !s.hadRecentInput).map((s) => s.value)).toFixed(4)}`);
console.log(`budget: ≤ 16 ms → ${median(times.dom) <= 16 ? "met" : "MISSED"}; layout shift 0 → ${shifts.length === 0 ? "met" : "MISSED"}`);
console.log(`estimate shown: ${estimate.replace(/\s+/g, " ").slice(0, 120)}`);
await browser.close();
