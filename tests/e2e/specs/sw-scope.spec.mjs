// Issue 14, point 6 in the fault-matrix style: the service worker answers only for the app (its
// own files and its start page, never another page of the origin), refuses to install a version
// whose files do not arrive ok with their own content type, and has the icons offline.
import { test, expect } from "@playwright/test";
import { readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { TestServer } from "../support/server.mjs";
import { visitInstalled } from "../pages/app.mjs";

const PORT = Number(process.env.SW_SCOPE_PORT || 8297);

/** Opens the app and waits until the worker controls the page. */
async function installed(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await visitInstalled(page, server.url);
  return { context, page };
}

test.describe("service worker scope and install", () => {
  /** @type {TestServer} */
  let server;
  test.beforeEach(() => {
    server = new TestServer(PORT);
    server.start();
  });
  test.afterEach(() => server.stop());

  test("offline: the app and its icons load; another page of the origin is not the app", async ({ browser }) => {
    const { context, page } = await installed(browser, server);
    const cached = await page.evaluate(async () =>
      Promise.all(["icons/icon-192.png", "icons/apple-touch-icon.png", "manifest.webmanifest"]
        .map(async (f) => (await caches.match(f)) !== undefined)));
    expect(cached).toEqual([true, true, true]);

    await context.setOffline(true);
    const failed = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await page.reload();
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
    // The icons the page links to come from the precache too.
    const icons = await page.evaluate(async () => {
      const out = [];
      for (const l of document.querySelectorAll("link[rel~='icon'], link[rel='apple-touch-icon']")) {
        out.push((await fetch(l.href)).ok);
      }
      return out;
    });
    expect(icons.length).toBeGreaterThan(0);
    expect(icons.every(Boolean)).toBe(true);
    expect(failed).toEqual([]);

    // The start URL with a query and index.html are the app's own pages...
    await page.goto(server.url + "index.html?lang=en");
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
    // ...another page in the worker's scope is not: offline it simply fails to load.
    const other = await page.goto(server.url + "other-page").then(() => null, (e) => e);
    expect(String(other)).toMatch(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
    await expect(page.locator("html[data-app]")).toHaveCount(0);
    await context.close();
  });

  test("online: another page of the origin is served as itself, not as the app", async ({ browser }) => {
    const { context, page } = await installed(browser, server);
    writeFileSync(join(server.site, "other.html"), "<!doctype html><title>other</title><p id='other'>other page</p>");
    await page.goto(server.url + "other.html");
    await expect(page.locator("#other")).toHaveText("other page");
    await expect(page.locator("html[data-app]")).toHaveCount(0);
    await context.close();
  });

  for (const [what, bad] of [
    ["a missing file answered by the fallback page (200 text/html)", "./missing-file.wasm"],
    ["a missing file answered 404", "./missing-0123456789abcdef.js"],
  ]) {
    test(`a new version with ${what} is refused; the running one stays`, async ({ browser }) => {
      const { context, page } = await installed(browser, server);
      const before = await page.evaluate(() => caches.keys());
      const sw = join(server.site, "sw.js");
      writeFileSync(sw, readFileSync(sw, "utf8")
        .replace(/const CACHE = "hosho-navi-[^"]*";/, 'const CACHE = "hosho-navi-broken";')
        .replace(/const FILES = \[/, `const FILES = [${JSON.stringify(bad)},`));
      for (const ext of ["br", "gz"]) if (existsSync(`${sw}.${ext}`)) rmSync(`${sw}.${ext}`);
      const state = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg.update().catch(() => {});
        const w = reg.installing || reg.waiting;
        if (!w) return "none";
        if (w.state === "installed" || w.state === "redundant") return w.state;
        return new Promise((done) => w.addEventListener("statechange", () => {
          if (w.state === "installed" || w.state === "redundant") done(w.state);
        }));
      });
      expect(state).toBe("redundant");
      expect(await page.evaluate(() => caches.keys())).toEqual(before);
      await expect(page.locator("#hn-update")).toHaveCount(0);
      await context.close();
    });
  }
});
