// Prerender: runs the freshly built app in headless Chromium (Debian's, as the tests do) and reads
// what it drew: the first screen (Japanese, no drafts) that post-build.mjs writes into index.html
// in place of the `<!--hn-prerender…-->` marker, and the first-hour line as a bank's link shows it
// (the inline table). The frame's first-hour line stays as painted; the app renders its own header
// and screen into their containers on mount. The markup is the app's output, never written by hand.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { join, normalize } from "node:path";

const TYPES = {
  html: "text/html", js: "text/javascript", wasm: "application/wasm", json: "application/json",
  webmanifest: "application/manifest+json", png: "image/png", svg: "image/svg+xml",
};
export const MARKER = /<!--hn-prerender[^>]*-->/;
const ORIGIN = "http://prerender.invalid";

/**
 * Runs `fn(load)` with a browser; `load(html, path, read)` opens `path` of the app with `html` as
 * its index.html in a fresh context, waits until the app has mounted, and returns `read()`
 * evaluated in the page.
 */
export async function withApp(dir, fn) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const load = async (html, path, read) => {
    const context = await browser.newContext({ serviceWorkers: "block", locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    try {
      // Every request is answered from the staging dir; nothing reaches a network.
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) return route.abort();
        const p = url.pathname === "/" ? "/index.html" : decodeURIComponent(url.pathname);
        if (p === "/index.html") return route.fulfill({ body: html, contentType: TYPES.html });
        const file = normalize(join(dir, p));
        if (!file.startsWith(normalize(dir))) return route.abort();
        let body;
        try { body = readFileSync(file); } catch { return route.fulfill({ status: 404, body: "" }); }
        return route.fulfill({ body, contentType: TYPES[p.split(".").pop()] || "application/octet-stream" });
      });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(ORIGIN + path);
      await page.waitForSelector("html[data-app='mounted'] #hn-step-heading", { timeout: 30000 }).catch(() => {
        throw new Error(`the app did not mount at ${path}${errors.length ? ": " + errors.join("; ") : ""}`);
      });
      return await page.evaluate(read);
    } finally {
      await context.close();
    }
  };
  try {
    return await fn(load);
  } finally {
    await browser.close();
  }
}

/** The app's first screen (#hn-app) as it drew it for `html`. */
export async function firstScreen(load, html) {
  if (!MARKER.test(html)) throw new Error("index.html lacks the <!--hn-prerender--> marker");
  const frame = await load(html, "/", () => document.getElementById("hn-app")?.outerHTML);
  if (!frame) throw new Error("no #hn-app after mount");
  return frame;
}

/** What the first-hour line shows for a bank's link, `null` when it shows no number. */
export function readBankLine() {
  const g = (i) => document.getElementById(i);
  const bank = g("hn-fh-bank");
  if (!bank || bank.hidden) return null;
  const tel = g("hn-fh-tel");
  return { name: g("hn-fh-name").textContent, tel: tel.textContent, href: tel.getAttribute("href"), hours: g("hn-fh-hours").textContent };
}

/** The first-hour line's own texts (for `?lang=en` before the app runs). */
export function readFirstHour() {
  const g = (i) => document.getElementById(i)?.textContent || "";
  return { tell: g("hn-t-tell"), hint: g("hn-t-tell-hint"), button: g("hn-first-hour-emergency") };
}
