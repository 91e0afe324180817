// Trunk post_build hook (runs in the staging dir before it becomes dist/):
// 0. inlines the stylesheets into index.html (one <style>), with a deployment's brand theme
//    (HN_THEME: `--hn-*` custom properties only) after them: the first screen then paints from the
//    first response alone, without waiting for a render-blocking CSS request on a slow line;
// 1. writes the sha256 of every inline script (Trunk's loader names hashed files, so its hash
//    changes every build) into the Content-Security-Policy meta tag;
// 2. prerenders the app's first screen into index.html (prerender.mjs; HN_PRERENDER=0 skips it),
//    with the inline table of the banks' numbers (a bank's link paints its number before any wasm);
// 3. writes the two deployments: the staging dir (dist/, customers) and dist-staff/ (the same
//    files, index.html marked and prerendered as staff: staff mode exists there only);
// 4. generates each one's service worker; 5. writes precompressed .br / .gz copies for a static host.
// FRAME_ANCESTORS ("https://www.bank.jp https://help.bank.jp"): the parent origins a framed app
// may talk to, in index.html and in frame-ancestors.txt, which scripts/nginx-conf.sh makes the
// CSP header's frame-ancestors: one list for both.
import { createHash } from "node:crypto";
import { withApp, firstScreen, readBankLine, readFirstHour, MARKER } from "./prerender.mjs";
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync, rmSync, cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const fail = (msg) => {
  console.error(`post-build: ${msg}`);
  process.exit(1);
};
const staffDir = process.env.HN_STAFF_DIST || (process.env.TRUNK_DIST_DIR ? process.env.TRUNK_DIST_DIR.replace(/\/+$/, "") + "-staff" : join(process.cwd(), "dist-staff"));
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

// The Rust part's hashed names (scripts/wasm-split.mjs, the build hook) into the inline loader.
const splitPath = join(dir, "hn-split.json");
let split;
try {
  split = JSON.parse(readFileSync(splitPath, "utf8"));
} catch (e) {
  fail(`no ${splitPath} from scripts/wasm-split.mjs: ${e.message}`);
}
unlinkSync(splitPath);
if (!html.includes("'__HN_JS__'") || !html.includes("'__HN_WASM__'")) fail("index.html lacks the loader's __HN_JS__ / __HN_WASM__ placeholders");
html = html.replace("'__HN_JS__'", `'/${split.js}'`).replace("'__HN_WASM__'", `'/${split.wasm}'`);
// The update prompt's script (Trunk hashes it and gives its integrity) is added by the loader once
// the first screen is painted, not by a tag: a request before the first paint delays it on a slow line.
const SWREG = /<script src="(\/sw-register-[0-9a-f]+\.js)" defer integrity="([^"]+)"><\/script>/;
const swreg = html.match(SWREG);
if (!swreg) fail("Trunk's sw-register.js tag (src, defer, integrity) is missing from index.html");
if (!html.includes("'__HN_SWREG__'") || !html.includes("'__HN_SWREG_SRI__'")) fail("index.html lacks the loader's __HN_SWREG__ / __HN_SWREG_SRI__ placeholders");
html = html.replace(SWREG, "").replace("'__HN_SWREG__'", `'${swreg[1]}'`).replace("'__HN_SWREG_SRI__'", `'${swreg[2]}'`);

// Conservative minification: comments and whitespace only (no selector or value rewriting).
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

// A deployment's brand: custom properties only (`--hn-brand: #00633a;`), so branding never forks
// the stylesheet and can never add a rule, a selector or a request (no url(), no @import).
function theme(file) {
  if (!file) return "";
  const src = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const decls = [];
  const rest = src.replace(/(--hn-[a-z0-9-]+)\s*:\s*([^;{}<>\\]+?)\s*(;|(?=\s*}))/g, (_, k, v) => {
    if (/url\(|expression|@import/i.test(v)) fail(`${file}: ${k} may not load anything`);
    decls.push(`${k}:${v.replace(/\s+/g, " ")}`);
    return "";
  });
  if (rest.replace(/:root|[{}\s]/g, "") !== "") fail(`${file}: only --hn-* custom properties (in :root { }) may be set`);
  if (!decls.length) fail(`${file}: no --hn-* custom property`);
  return `:root{${decls.join(";")}}`;
}

const styles = [];
html = html.replace(/<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>\s*/g, (_, file) => {
  const p = join(dir, file);
  styles.push(minifyCss(readFileSync(p, "utf8")));
  unlinkSync(p);
  return styles.length === 1 ? "__INLINE_STYLE__" : "";
});
if (styles.length === 0) fail("no stylesheet links found to inline");
const style = styles.join("") + theme(process.env.HN_THEME);
html = html.replace("__INLINE_STYLE__", `<style>${style}</style>\n  `);
const STYLE_PLACEHOLDER = "'__INLINE_STYLE_HASHES__'";
if (!html.includes(STYLE_PLACEHOLDER)) fail("the CSP meta tag in index.html lacks the inline-style hash placeholder");
html = html.replace(STYLE_PLACEHOLDER, `'sha256-${createHash("sha256").update(style, "utf8").digest("base64")}'`);

// The parent origins a framed app may post to: exact origins, as postMessage needs them.
const parents = (process.env.FRAME_ANCESTORS || "").split(/\s+/).filter(Boolean);
for (const o of parents) {
  let ok = false;
  try {
    const u = new URL(o);
    ok = u.origin === o && (u.protocol === "https:" || /^(127\.|localhost$|\[::1\]$)/.test(u.hostname));
  } catch { /* not a URL */ }
  if (!ok) fail(`FRAME_ANCESTORS: "${o}" is not an exact https origin (https://host[:port], no path, no wildcard)`);
}
const PARENTS_META = '<meta name="hn-frame-parents" content="">';
const DEPLOY_META = '<meta name="hn-deployment" content="customer">';
if (!html.includes(PARENTS_META) || !html.includes(DEPLOY_META)) fail("index.html lacks the hn-frame-parents or hn-deployment meta tag");
html = html.replace(PARENTS_META, `<meta name="hn-frame-parents" content="${parents.join(" ")}">`);

// Every inline script's hash into the CSP (the meta tag; csp.txt for a server's header).
const PLACEHOLDER = "'__INLINE_SCRIPT_HASHES__'";
if (!html.includes(PLACEHOLDER)) fail("the CSP meta tag in index.html lacks the inline-script hash placeholder");
function withHashes(page) {
  const hashes = [];
  for (const m of page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  }
  return { page: page.replace(PLACEHOLDER, hashes.join(" ")), count: hashes.length };
}

// The banks' numbers for a bank's link (`?scheme=<pack id>`), as the app itself shows them in the
// first-hour line, read from the app for every pack that gives a number (src/engine/packs): never
// typed by hand. The inline script fills the same nodes the app keeps (ui::Frame).
function tableScript(table) {
  const data = JSON.stringify(table).replace(/</g, "\\u003c");
  // It removes itself once run: the page keeps no script inside the app's frame.
  return `<script>(function(){var c=document.currentScript;if(c)c.remove();try{var T=${data},d=document,q=new URLSearchParams(location.search),l=q.get("lang")==="en"?"en":"ja",g=function(i){return d.getElementById(i)},s=function(i,v){var e=g(i);if(e&&v)e.textContent=v};if(l==="en"&&T.en){var f=g("hn-first-hour");if(f)f.setAttribute("lang","en");s("hn-t-tell",T.en.tell);s("hn-t-tell-hint",T.en.hint);s("hn-first-hour-emergency",T.en.button)}var b=!q.has("step")&&T.banks[q.get("scheme")];if(!b||!(b=b[l]))return;s("hn-fh-name",b.name);s("hn-fh-tel",b.tel);s("hn-fh-hours",b.hours);g("hn-fh-tel").setAttribute("href",b.href);g("hn-t-tell-hint").hidden=true;g("hn-fh-bank").hidden=false}catch(e){}})()</script>`;
}
function insertAfterFirstHour(frame, script) {
  const at = frame.indexOf('id="hn-first-hour"');
  const end = at < 0 ? -1 : frame.indexOf("</div>", at);
  if (end < 0) fail("the prerendered frame has no first-hour line");
  return frame.slice(0, end + 6) + script + frame.slice(end + 6);
}
function phonePacks() {
  const packs = fileURLToPath(new URL("../src/engine/packs/", import.meta.url));
  const ids = [];
  for (const f of readdirSync(packs).filter((n) => n.endsWith(".json")).sort()) {
    const p = JSON.parse(readFileSync(join(packs, f), "utf8"));
    if ((p.contacts || []).some((c) => c && c.phone)) ids.push(p.id);
  }
  return ids;
}

const staffTpl = html.replace(DEPLOY_META, '<meta name="hn-deployment" content="staff">');
let pages = { customer: html, staff: staffTpl };
let banks = 0;
if (process.env.HN_PRERENDER !== "0") {
  try {
    pages = await withApp(dir, async (load) => {
      const table = { banks: {}, en: null };
      const base = withHashes(html).page;
      const customer = await firstScreen(load, base);
      const staff = await firstScreen(load, withHashes(staffTpl).page);
      table.en = await load(base, "/?lang=en", readFirstHour);
      for (const id of phonePacks()) {
        const ja = await load(base, `/?scheme=${encodeURIComponent(id)}`, readBankLine);
        const en = await load(base, `/?scheme=${encodeURIComponent(id)}&lang=en`, readBankLine);
        if (ja && en) table.banks[id] = { ja, en };
      }
      banks = Object.keys(table.banks).length;
      const script = tableScript(table);
      return {
        customer: html.replace(MARKER, () => insertAfterFirstHour(customer, script)),
        staff: staffTpl.replace(MARKER, () => insertAfterFirstHour(staff, script)),
      };
    });
  } catch (e) {
    fail(`prerender failed: ${e.message}\n  (needs Debian chromium, installed by scripts/setup.sh; HN_PRERENDER=0 builds without it)`);
  }
}
const customer = withHashes(pages.customer);
const staff = withHashes(pages.staff);
writeFileSync(indexPath, customer.page);
// The same policy as a header for the example server configuration; the frame list beside it.
const csp = customer.page.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/);
if (!csp) fail("no CSP meta tag found");
writeFileSync(join(dir, "csp.txt"), csp[1] + "\n");
writeFileSync(join(dir, "frame-ancestors.txt"), parents.join(" ") + "\n");

// The staff deployment: the same build, its own index.html (and so its own service worker).
rmSync(staffDir, { recursive: true, force: true });
cpSync(dir, staffDir, { recursive: true });
writeFileSync(join(staffDir, "index.html"), staff.page);

// 4. The service worker: precaches every file of this build by its hashed name in a versioned cache,
// icons included (the page and the manifest ask for them offline too); not embed.js (the bank's
// page loads it, never the app) nor the server's config files.
const SKIP = /(\.br|\.gz|^csp\.txt|^frame-ancestors\.txt|^embed\.js|^sw\.js)$/;
function list(d, prefix = "") {
  const out = [];
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) out.push(...list(p, prefix + name + "/"));
    else if (!SKIP.test(prefix + name)) out.push(prefix + name);
  }
  return out;
}
function writeSw(d) {
  const files = list(d);
  const version = createHash("sha256");
  for (const f of files) version.update(f).update(readFileSync(join(d, f)));
  const swSource = readFileSync(new URL("./sw.template.js", import.meta.url), "utf8")
    .replace("__VERSION__", version.digest("hex").slice(0, 16))
    .replace("__FILES__", JSON.stringify(files.map((f) => "./" + f)));
  writeFileSync(join(d, "sw.js"), swSource);
  return files.length;
}

// 5. Precompressed copies.
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
const files = writeSw(dir);
writeSw(staffDir);
walk(dir);
walk(staffDir);
console.log(`post-build: ${styles.length} stylesheet(s) inlined${process.env.HN_THEME ? " with theme " + process.env.HN_THEME : ""}; ${process.env.HN_PRERENDER !== "0" ? `first screen prerendered, ${banks} bank number(s) in the inline table;` : ""} CSP with ${customer.count} inline script hash(es); frame parents: ${parents.join(" ") || "none"}; sw.js precaches ${files} files; staff deployment in ${staffDir}; precompressed`);
