// Prints each Lighthouse run's figures and the run with the median performance score (the
// figure Lighthouse's own guidance uses against run-to-run variance). Usage: node … runs/*.json
import { readFileSync } from "node:fs";

const runs = [];
for (const f of process.argv.slice(2)) {
  try {
    const r = JSON.parse(readFileSync(f, "utf8"));
    if (r.runtimeError) { console.log(`${f}: ${r.runtimeError.code}`); continue; }
    runs.push(r);
  } catch (e) {
    console.log(`${f}: unreadable (${e.message})`);
  }
}
if (runs.length === 0) process.exit(1);
const pct = (x) => (x && x.score != null ? Math.round(x.score * 100) : "n/a");
const line = (r) => {
  const c = r.categories, a = r.audits;
  const cats = Object.values(c).map((x) => `${x.title.toLowerCase()} ${pct(x)}`).join(", ");
  if (!c.performance) return cats;
  return `${cats}; FCP ${a["first-contentful-paint"].displayValue}, LCP ${a["largest-contentful-paint"].displayValue} ` +
    `(${Math.round(a["largest-contentful-paint"].numericValue)} ms), TBT ${a["total-blocking-time"].displayValue}, ` +
    `CLS ${a["cumulative-layout-shift"].displayValue}`;
};
runs.forEach((r, i) => console.log(`run ${i + 1}: ${line(r)}`));
const score = (r) => r.categories.performance?.score ?? 0;
const sorted = [...runs].sort((x, y) => score(x) - score(y));
const median = sorted[Math.floor((sorted.length - 1) / 2)];
console.log(`median run: ${line(median)}`);
const lcpEl = median.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
if (lcpEl) console.log(`LCP element: ${lcpEl.selector} (${(lcpEl.nodeLabel || "").slice(0, 40)})`);
const inst = median.audits["installable-manifest"];
if (inst) console.log(`installable manifest: ${inst.score === 1 ? "yes" : "no"}`);
