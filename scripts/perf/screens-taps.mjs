// Screens and taps for a 三島信用金庫 WEB-banking loss (¥350,000 on the 20th, the bank not told
// yet), as a new user would walk it: from the start screen to (a) the bank's tel: link shown on
// the step, (b) a verdict with an amount (the result, not the desktop preview), on a 375 px
// phone; and (c) to a fully refined verdict answering わからない everywhere, on a 375 px phone and
// a 1280 px desktop. Screens = distinct step views shown (the start screen counts; a question
// screen is a view of its own); taps = clicks and key presses that choose something (a radio, a
// button, focusing a text field to type into it; the characters typed are not counted).
// Goals (issue 12): (a) ≤ 3 screens, (b) ≤ 5 screens. Figures, not a test. Needs BASE_URL.
import { chromium } from "playwright-core";
const url = process.env.BASE_URL;
if (!url) throw new Error("BASE_URL is required");
const BANK_TEL = 'a[href^="tel:"][href*="0120340030"]';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});

async function walk(width, height) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: "block", locale: "ja-JP" });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date("2026-11-24T13:00:00+09:00"));
  await page.goto(url + (url.includes("?") ? "&" : "?") + "lang=ja");
  await page.locator("html[data-app='mounted']").waitFor({ state: "attached", timeout: 30000 });
  let screens = 0, taps = 0, last = null;
  const marks = {};
  // A new view once the URL's step (and question screen) changes; then what it shows.
  const look = async () => {
    await page.waitForTimeout(50);
    const q = new URL(page.url()).searchParams;
    const view = `${q.get("step") || "start"}:${q.get("q") || ""}`;
    if (view !== last) {
      screens++;
      last = view;
    }
    const main = page.locator("main, #hn-app").first();
    if (!marks.tel && (await main.locator(BANK_TEL).filter({ visible: true }).count()) > 0) marks.tel = { screens, taps };
    if (!marks.verdict && (await page.locator(".hn-result #hn-amount").filter({ visible: true }).count()) > 0) marks.verdict = { screens, taps };
  };
  const tap = async (locator) => {
    await locator.click();
    taps++;
    await look();
  };
  const field = async (locator, text) => {
    await locator.click();
    taps++;
    await locator.fill(text);
  };
  await look();
  await tap(page.getByRole("button", { name: /^インターネットバンキング/ }));
  // The bank and the account holder on one screen.
  await tap(page.getByRole("radio", { name: /^三島信用金庫 WEBバンキング/ }));
  await tap(page.getByRole("radio", { name: "個人", exact: true }));
  await tap(page.getByRole("button", { name: "次へ", exact: true }));
  const row = page.getByRole("group", { name: "取引 1", exact: true });
  await field(row.getByRole("textbox", { name: "日付", exact: true }), "2026-11-20");
  await field(row.getByRole("textbox", { name: "金額", exact: true }), "350000");
  await tap(page.getByRole("button", { name: "次へ", exact: true }));
  await tap(page.getByRole("radio", { name: "まだ連絡していない", exact: true }));
  await tap(page.getByRole("button", { name: /^(次へ|結果を見る)$/ }));
  // Refine: わからない to every question, screen by screen, back to the result.
  const refine = page.getByRole("button", { name: /^(質問に答える|答えを見直す)$/ });
  if ((await refine.count()) > 0) await tap(refine);
  for (let guard = 0; guard < 80 && (await page.locator(".hn-result").count()) === 0; guard++) {
    for (;;) {
      const open = page.locator("fieldset.hn-question").filter({ hasNot: page.locator("input:checked") });
      if ((await open.count()) === 0) break;
      await tap(open.first().getByRole("radio", { name: "わからない", exact: true }));
    }
    await tap(page.getByRole("button", { name: /^(次へ|結果を見る)$/ }));
  }
  const refined = { screens, taps };
  await context.close();
  return { ...marks, refined };
}

const fmt = (m) => (m ? `${m.screens} screens, ${m.taps} taps` : "not reached");
const phone = await walk(375, 740);
const desktop = await walk(1280, 900);
console.log("三島信用金庫 WEBバンキング, ¥350,000 on 2026-11-20, not told yet");
console.log(`phone 375 px: (a) the bank's tel: link: ${fmt(phone.tel)} (goal ≤ 3 screens)`);
console.log(`phone 375 px: (b) a verdict with an amount: ${fmt(phone.verdict)} (goal ≤ 5 screens)`);
console.log(`phone 375 px: fully refined, わからない everywhere: ${fmt(phone.refined)}`);
console.log(`desktop 1280 px: (a) ${fmt(desktop.tel)}; (b) ${fmt(desktop.verdict)}; fully refined: ${fmt(desktop.refined)}`);
await browser.close();
