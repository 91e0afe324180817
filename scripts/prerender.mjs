// Prerender: runs the freshly built app once in headless Chromium (Debian's, as the tests do) and
// returns index.html with the app's own first screen (Japanese, no drafts) in place of the
// `<!--hn-prerender…-->` marker, so the start screen paints from the first response. The frame's
// first-hour line stays as painted; the app renders its own header and screen into their
// containers on mount. The markup is the app's output, never written by hand.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { join, normalize } from "node:path";

const TYPES = {
  html: "text/html", js: "text/javascript", wasm: "application/wasm", json: "application/json",
  webmanifest: "application/manifest+json", png: "image/png", svg: "image/svg+xml",
};
const MARKER = /<!--hn-prerender[^>]*-->/;
const ORIGIN = "http://prerender.invalid";

export async function prerender(dir, html) {
  if (!MARKER.test(html)) throw new Error("index.html lacks the <!--hn-prerender--> marker");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: "block", locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    // Every request is answered from the staging dir; nothing reaches a network.
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      const path = url.pathname === "/" ? "/index.html" : decodeURIComponent(url.pathname);
      if (path === "/index.html") return route.fulfill({ body: html, contentType: TYPES.html });
      const file = normalize(join(dir, path));
      if (!file.startsWith(normalize(dir))) return route.abort();
      let body;
      try { body = readFileSync(file); } catch { return route.fulfill({ status: 404, body: "" }); }
      return route.fulfill({ body, contentType: TYPES[path.split(".").pop()] || "application/octet-stream" });
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(ORIGIN + "/");
    await page.waitForSelector("html[data-app='mounted'] #hn-step-heading", { timeout: 30000 }).catch(() => {
      throw new Error(`the app did not mount${errors.length ? ": " + errors.join("; ") : ""}`);
    });
    const frame = await page.evaluate(() => document.getElementById("hn-app")?.outerHTML);
    if (!frame) throw new Error("no #hn-app after mount");
    return html.replace(MARKER, frame);
  } finally {
    await browser.close();
  }
}
