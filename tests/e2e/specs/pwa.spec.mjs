// Installed-PWA behaviour: after one visit the app works with no network; a newer build is
// offered as "update available — reload" and only then replaces the old one (never a mix).
import { test, expect } from "@playwright/test";
import { AppPage, visitInstalled } from "../pages/app.mjs";
import { DraftsPage } from "../pages/drafts.mjs";
import { TestServer } from "../support/server.mjs";

const PORT = Number(process.env.PWA_PORT || 8193);

test.describe("offline PWA", () => {
  /** @type {TestServer} */
  let server;
  test.beforeEach(() => {
    server = new TestServer(PORT);
    server.start();
  });
  test.afterEach(() => server.stop());

  for (const lang of ["ja", "en"]) {
    test(`a visited app reloads offline, and a newer build is offered then applied (${lang})`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const app = new AppPage(page, lang);
      await visitInstalled(page, server.url + (lang === "en" ? "?lang=en" : ""));

      // Offline: the navigation and every file come from the precache.
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
      await expect(app.mainHeading()).toBeVisible();

      // A whole case, offline, ends at the result and is saved as a draft that survives a reload.
      const drafts = new DraftsPage(page, lang);
      await drafts.completeStolenCard({ date: "2026-11-01", amount: "５万円", notified: "2026-11-10" });
      await drafts.waitStored((d) => d !== null && JSON.stringify(d).includes("５万円"), "offline draft saved");
      await page.reload();
      await drafts.mounted();
      await expect(drafts.stepHeading()).toHaveText(drafts.t.calledTitle);
      await context.setOffline(false);

      // A newer build appears on the server: the old version keeps running until the user agrees.
      server.publishNewerBuild("newer-build");
      await page.reload();
      await expect(page.locator("meta[name='hn-build']")).toHaveCount(0);
      const prompt = page.getByRole("status").filter({ hasText: app.t.updateAvailable });
      const update = prompt.getByRole("button", { name: app.t.updateReload, exact: true });
      await expect(update).toBeVisible({ timeout: 30_000 });
      await app.expectAccessible("the update prompt");
      await update.click();
      await expect(page.locator("meta[name='hn-build']")).toHaveAttribute("content", "newer-build", { timeout: 30_000 });
      await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
      const caches = await page.evaluate(() => caches.keys());
      expect(caches).toEqual(["hosho-navi-newer-build"]);
      await context.close();
    });
  }
});

// The worker's precache must not race the page for the wasm on a slow first visit: it registers
// only once the app has started, when the wasm is in the HTTP cache.
test("the service worker registers after the app has started, not at load", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let letWasmGo;
  const gate = new Promise((r) => (letWasmGo = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/");
  await page.waitForLoadState("load");
  await page.waitForTimeout(1000);
  const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  expect(await registered()).toBe(0);
  letWasmGo();
  await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
  await expect.poll(registered, { timeout: 10_000 }).toBe(1);
  await context.close();
});
