// Trunk post_build hook (runs in the staging dir before it becomes dist/):
// 0. inlines the stylesheets into index.html (one <style>): the first screen then paints from the
//    first response alone, without waiting for a render-blocking CSS request on a slow line;
// 1. writes the sha256 of every inline script (Trunk's loader names hashed files, so its hash
//    changes every build) into the Content-Security-Policy meta tag;
// 2. prerenders the app's first screen into index.html (prerender.mjs; HN_PRERENDER=0 skips it);
// 3. generates the service worker; 4. writes precompressed .br / .gz copies for a static host.
import { createHash } from "node:crypto";
import { prerender } from "./prerender.mjs";
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

// Conservative minification: comments and whitespace only (no selector or value rewriting).
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}
const styles = [];
html = html.replace(/<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>\s*/g, (_, file) => {
  const p = join(dir, file);
  styles.push(minifyCss(readFileSync(p, "utf8")));
  unlinkSync(p);
  return styles.length === 1 ? "__INLINE_STYLE__" : "";
});
if (styles.length === 0) {
  console.error("post-build: no stylesheet links found to inline");
  process.exit(1);
}
const style = styles.join("");
html = html.replace("__INLINE_STYLE__", `<style>${style}</style>\n  `);
const STYLE_PLACEHOLDER = "'__INLINE_STYLE_HASHES__'";
if (!html.includes(STYLE_PLACEHOLDER)) {
  console.error("post-build: the CSP meta tag in index.html lacks the inline-style hash placeholder");
  process.exit(1);
}
html = html.replace(STYLE_PLACEHOLDER, `'sha256-${createHash("sha256").update(style, "utf8").digest("base64")}'`);

const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
}
const PLACEHOLDER = "'__INLINE_SCRIPT_HASHES__'";
if (!html.includes(PLACEHOLDER)) {
  console.error("post-build: the CSP meta tag in index.html lacks the inline-script hash placeholder");
  process.exit(1);
}
html = html.replace(PLACEHOLDER, hashes.join(" "));
writeFileSync(indexPath, html);
// The same policy as a header for the example server configuration.
const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/);
if (!csp) {
  console.error("post-build: no CSP meta tag found");
  process.exit(1);
}
writeFileSync(join(dir, "csp.txt"), csp[1] + "\n");

if (process.env.HN_PRERENDER !== "0") {
  try {
    html = await prerender(dir, html);
  } catch (e) {
    console.error(`post-build: prerender failed: ${e.message}\n  (needs Debian chromium, installed by scripts/setup.sh; HN_PRERENDER=0 builds without it)`);
    process.exit(1);
  }
  writeFileSync(indexPath, html);
}

// 3. The service worker: precaches every file of this build by its hashed name in a versioned cache,
// icons included (the page and the manifest ask for them offline too).
const SKIP = /(\.br|\.gz|^csp\.txt|^sw\.js)$/;
function list(d, prefix = "") {
  const out = [];
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) out.push(...list(p, prefix + name + "/"));
    else if (!SKIP.test(prefix + name)) out.push(prefix + name);
  }
  return out;
}
const files = list(dir);
const version = createHash("sha256");
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const swSource = readFileSync(new URL("./sw.template.js", import.meta.url), "utf8")
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__FILES__", JSON.stringify(files.map((f) => "./" + f)));
writeFileSync(join(dir, "sw.js"), swSource);

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|webmanifest|svg|txt|ics)$/;
function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (COMPRESSIBLE.test(name)) {
      const raw = readFileSync(p);
      writeFileSync(p + ".br", brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(p + ".gz", gzipSync(raw, { level: 9 }));
    }
  }
}
walk(dir);
console.log(`post-build: ${styles.length} stylesheet(s) inlined; ${process.env.HN_PRERENDER !== "0" ? "first screen prerendered;" : ""} CSP with ${hashes.length} inline script hash(es); sw.js precaches ${files.length} files; precompressed`);
