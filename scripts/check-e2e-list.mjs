// Compares Playwright's listing of the e2e tests (its JSON report of `playwright test --list`)
// with the files in tests/e2e/specs/: every file there must be listed with at least one test,
// and nothing may be listed from elsewhere. A spec renamed out of the test match, emptied by a
// loop over nothing, or failing to load would otherwise run nothing and still report "0 failed".
// Usage: node scripts/check-e2e-list.mjs LISTING.json   (prints "listed: N files, N tests" when they agree)
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const specs = fileURLToPath(new URL("../tests/e2e/specs", import.meta.url));
let report;
try {
  report = JSON.parse(readFileSync(process.argv[2], "utf8"));
} catch (e) {
  console.log(`   no listing to check (${e.message})`);
  process.exit(1);
}

const perFile = new Map();
const count = (suite) =>
  (suite.specs || []).reduce((n, s) => n + (s.tests || []).length, 0) +
  (suite.suites || []).reduce((n, s) => n + count(s), 0);
for (const s of report.suites || []) perFile.set(s.file, (perFile.get(s.file) || 0) + count(s));

const present = readdirSync(specs, { recursive: true })
  .filter((f) => statSync(join(specs, f)).isFile())
  .map((f) => f.split(sep).join("/"));
const problems = [];
for (const e of report.errors || []) problems.push(`load error: ${(e.message || e.value || "").split("\n")[0]}`);
for (const f of present) {
  if (!perFile.has(f)) problems.push(`tests/e2e/specs/${f} is not in Playwright's listing`);
  else if (perFile.get(f) === 0) problems.push(`tests/e2e/specs/${f} is listed with no test`);
}
for (const f of perFile.keys()) if (!present.includes(f)) problems.push(`${f} is listed but is not a file in tests/e2e/specs/`);

if (problems.length) {
  for (const p of problems) console.log(`   ${p}`);
  process.exit(1);
}
const total = [...perFile.values()].reduce((a, b) => a + b, 0);
console.log(`   listed: ${present.length} files, ${total} tests`);
