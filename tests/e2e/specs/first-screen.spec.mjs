// The first screen comes with the HTML (prerendered from the app's own output at build time). Its
// first-hour line is outside the app's mount point and stays the same node for good (it is what
// paints first); the choices below are the app's own once it has mounted (a tap made before that
// is kept: early-tap.spec.mjs).
import { test, expect } from "@playwright/test";
import { AppPage, L } from "../pages/app.mjs";
import { holdWasm } from "../support/hold-wasm.mjs";

test("the first response already holds the start screen", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toContain('id="hn-step-heading"');
  expect(html).toContain(L.ja.start);
  expect(html).toContain('id="hn-scenario-0"');
  expect(html).toContain('id="hn-first-hour"');
});

test("the first-hour line painted before the app ran is the same node after it has mounted (ja)", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The wasm waits until the prerendered nodes have been marked.
  const letWasmGo = await holdWasm(page);
  const app = new AppPage(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: app.t.start })).toBeVisible();
  await page.evaluate(() => {
    window.__pre = [document.getElementById("hn-first-hour"), document.querySelector("#hn-first-hour p")];
  });
  letWasmGo();
  await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
  const kept = await page.evaluate(() =>
    window.__pre.map((n) => n.isConnected && n === document.querySelector(n.id ? "#" + n.id : "#hn-first-hour p")));
  expect(kept).toEqual([true, true]);
  // And it works: the first choice leads on.
  await app.chooseScenario("stolen");
  await expect(app.stepHeading()).not.toHaveText(app.t.start);
  expect(app.errors).toEqual([]);
  await context.close();
});

test("in English the app draws its own start screen over the Japanese one (en)", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new AppPage(page, "en");
  await app.open("?lang=en");
  await expect(page.getByRole("heading", { level: 2, name: app.t.start })).toBeVisible();
  await expect(page.getByText(L.ja.start)).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(app.errors).toEqual([]);
  await context.close();
});
