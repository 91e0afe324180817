// The cost of a change, in the page (unthrottled): adding a loss row at 1 row and at 100 rows,
// and a keystroke in a 100-row case until the live estimate has updated, each until the next
// frame is painted. Median of 15 each. Figures, not a test.
import { launch, median } from "./browser.mjs";
const url = process.env.BASE_URL;
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" })).newPage();
await page.goto(url + "?scheme=statutory/stolen-card");
await page.waitForSelector("html[data-app='mounted']");
await page.evaluate(() => localStorage.clear());
await page.goto(url);
await page.waitForSelector("html[data-app='mounted']");
await page.click("#hn-scenario-1");
await page.check("#hn-customer-individual");
await page.getByRole("button", { name: "次へ" }).click();
await page.waitForSelector("#hn-loss-add");
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
async function timeAdd(rowsBefore) {
  return page.evaluate(async ([n, frameSrc]) => {
    const frame = eval(frameSrc);
    const rows = () => document.querySelectorAll("fieldset.hn-loss");
    // Back to n rows (removing from the end), then time one add.
    while (rows().length > n) { rows()[rows().length - 1].querySelector(".hn-btn-danger").click(); await frame(); await frame(); }
    // Rows render after the clicks' task: count the clicks first.
    const k = n - rows().length;
    for (let i = 0; i < k; i++) document.getElementById("hn-loss-add").click();
    await frame(); await frame();
    const t0 = performance.now();
    document.getElementById("hn-loss-add").click();
    await frame();
    return performance.now() - t0;
  }, [rowsBefore, frame.toString()]);
}
async function timeKey() {
  return page.evaluate(async (frameSrc) => {
    const frame = eval(frameSrc);
    const f = document.querySelector("[id^='hn-loss-'][id$='-amount']");
    const t0 = performance.now();
    f.value = String(10000 + Math.floor(Math.random() * 1000));
    f.dispatchEvent(new Event("input", { bubbles: true }));
    await frame();
    return performance.now() - t0;
  }, frame.toString());
}
const one = [], hundred = [], key = [];
for (let i = 0; i < 15; i++) one.push(await timeAdd(1));
for (let i = 0; i < 15; i++) hundred.push(await timeAdd(100));
// A filled 100-row case: every row dated and with an amount, so each keystroke re-assesses all.
await page.evaluate(async () => {
  for (const f of document.querySelectorAll("[id$='-date']")) { f.value = "2026-11-20"; f.dispatchEvent(new Event("input", { bubbles: true })); }
  for (const f of document.querySelectorAll("[id^='hn-loss-'][id$='-amount']")) { f.value = "10000"; f.dispatchEvent(new Event("input", { bubbles: true })); }
});
for (let i = 0; i < 15; i++) key.push(await timeKey());
const f = (x) => x.toFixed(1);
console.log(`add a row at 1 row: median ${f(median(one))} ms; at 100 rows: median ${f(median(hundred))} ms; ratio ${(median(hundred) / median(one)).toFixed(2)} (budget 2.0)`);
console.log(`keystroke with 100 losses to the updated estimate (next frame): median ${f(median(key))} ms (budget 16)`);
await browser.close();
