// Bytes a first visit actually transfers from the server (brotli as negotiated), per file and total.
import { launch } from "./browser.mjs";
const url = process.argv[2];
const browser = await launch();
const context = await browser.newContext({ serviceWorkers: "block" });
const page = await context.newPage();
const rows = [];
page.on("requestfinished", async (req) => {
  const s = await req.sizes().catch(() => null);
  const resp = await req.response();
  rows.push({ url: req.url().replace(url, "/"), bytes: s ? s.responseBodySize : 0, enc: resp ? (await resp.allHeaders())["content-encoding"] || "-" : "-" });
});
await page.goto(url, { waitUntil: "networkidle" });
await page.waitForTimeout(500);
let total = 0;
for (const r of rows) { total += r.bytes; console.log(`${r.url.padEnd(48)} ${String(r.bytes).padStart(8)}  ${r.enc}`); }
console.log(`${"TOTAL transferred (bodies)".padEnd(48)} ${String(total).padStart(8)}`);
await browser.close();
