// The first screen comes with the HTML (prerendered from the app's own output at build time) and
// the app adopts it: the nodes painted before the wasm ran are the ones the user then uses. In
// another language, or with a draft to reopen, the app draws its own screen instead.
import { test, expect } from "@playwright/test";
import { AppPage, L } from "../pages/app.mjs";

test("the first response already holds the start screen", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toContain('id="hn-step-heading"');
  expect(html).toContain(L.ja.start);
  expect(html).toContain('data-act="scenario:0"');
});

test("the app adopts the prerendered start screen instead of redrawing it (ja)", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The wasm waits until the prerendered nodes have been marked.
  let letWasmGo;
  const gate = new Promise((r) => (letWasmGo = r));
  await page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  const app = new AppPage(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: app.t.start })).toBeVisible();
  await page.evaluate(() => {
    window.__pre = [document.getElementById("hn-step-heading"), document.querySelector(".hn-alert p")];
  });
  letWasmGo();
  await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
  const kept = await page.evaluate(() =>
    window.__pre.map((n) => n.isConnected && n === document.querySelector(n.id ? "#" + n.id : ".hn-alert p")));
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
