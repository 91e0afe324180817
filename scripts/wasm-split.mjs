// Trunk `build` hook: the Rust part of the build, split into modules loaded on use (issue 23).
// Trunk 0.21 cannot split (trunk-rs/trunk#1022): index.html's rust link carries data-trunk-skip, and
// this hook does what cargo-leptos does for its own builds (src/compile/front.rs):
//   cargo build (linked with --emit-relocs) → wasm-split-cli (the main module, one module per
//   `#[wasm_split]` group in src/ui/lazy.rs, shared chunks, and __wasm_split.js, the loader that
//   instantiates them on the main module's memory and table) → wasm-bindgen --keep-lld-exports
//   on the main module → wasm-opt on every module → names with the build's hash.
// Every name carries one hash over all the build's modules: the glue and the loader import each
// other, so per-file hashes cannot name both; any change renames all, and `immutable` caching holds.
// Writes the files into TRUNK_STAGING_DIR and hn-split.json (the names) for post-build.mjs.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { patchLoader } from "./split-loader.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const staging = process.env.TRUNK_STAGING_DIR;
const release = (process.env.TRUNK_PROFILE || "release") === "release";
if (!staging) {
  console.error("wasm-split: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const BIN = "hosho-navi";
// Its own target dir: these flags differ from the test builds' (.cargo/config.toml), which
// would otherwise rebuild every crate at each switch.
const targetDir = join(root, "target", "split");
const work = join(targetDir, "hn-split");
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`wasm-split: FAILED: ${cmd} ${args.join(" ")}`);
    process.exit(1);
  }
};

// 1. rustc's output with relocations: the splitter needs them to move code between modules.
run("cargo", ["build", "--offline", "--target", "wasm32-unknown-unknown", "--bin", BIN, "--features", "split", ...(release ? ["--release"] : [])], {
  // Replaces .cargo/config.toml's rustflags (an env RUSTFLAGS wins over it), so repeat them.
  RUSTFLAGS: "--cfg erase_components -Clink-args=--emit-relocs",
  CARGO_TARGET_DIR: targetDir,
});
const raw = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${BIN}.wasm`);

// 2. Split before wasm-bindgen.
rmSync(work, { recursive: true, force: true });
const split = join(work, "split");
const bound = join(work, "bound");
mkdirSync(bound, { recursive: true });
run("wasm-split-cli", [raw, split, "--target", "web", "--out-name", BIN]);

// 3. wasm-bindgen on the main module; it must keep the exports the split modules link against.
run("wasm-bindgen", [join(split, `${BIN}.wasm`), "--out-dir", bound, "--target", "web", "--no-typescript", "--keep-lld-exports", "--out-name", BIN]);

// 4. wasm-opt on every module (npm binaryen 132: Debian's 108 breaks the table at run time).
// The split modules carry no target_features section: name the features rustc enables.
const FEATURES = ["--enable-bulk-memory", "--enable-sign-ext", "--enable-mutable-globals", "--enable-nontrapping-float-to-int", "--enable-reference-types", "--enable-multivalue"];
const out = new Map(); // final bytes by plain name
const opt = (src, name, extra) => {
  const dst = join(bound, `opt-${name}`);
  if (release) run("wasm-opt", [...FEATURES, ...extra, src, "-o", dst]);
  out.set(name, readFileSync(release ? dst : src));
};
opt(join(bound, `${BIN}_bg.wasm`), `${BIN}_bg.wasm`, ["--flatten", "--rereloop", "-Oz", "--converge"]);
const parts = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${BIN}.wasm`).sort();
for (const f of parts) opt(join(split, f), f, ["-Oz"]);
out.set(`${BIN}.js`, readFileSync(join(bound, `${BIN}.js`)));
// The loader starts a module's shared chunks in slices, never in one long task (split-loader.mjs).
let loader;
try {
  loader = patchLoader(readFileSync(join(split, "__wasm_split.js"), "utf8"));
} catch (e) {
  console.error(`wasm-split: FAILED: ${e.message}`);
  process.exit(1);
}
out.set("__wasm_split.js", Buffer.from(loader));

// 5. One hash for the build; every reference between the files renamed with it.
const h = createHash("sha256");
for (const [name, bytes] of [...out].sort()) h.update(name).update(bytes);
const hash = h.digest("hex").slice(0, 16);
const hashed = (name) => name.replace(/(_bg)?\.(wasm|js)$/, (m) => `-${hash}${m}`);
const names = {};
for (const name of out.keys()) names[name] = hashed(name);
// Only module specifiers and fetched URLs: the glue's import object keeps "./__wasm_split.js" as
// a key, the module name the main wasm imports from.
const rewrite = (text) => {
  for (const [from, to] of Object.entries(names)) {
    text = text.split(`from "./${from}"`).join(`from "./${to}"`)
      .split(`new URL("./${from}"`).join(`new URL("./${to}"`)
      .split(`new URL('${from}'`).join(`new URL('${to}'`);
  }
  return text;
};
for (const [name, bytes] of out) {
  const data = name.endsWith(".js") ? rewrite(bytes.toString("utf8")) : bytes;
  writeFileSync(join(staging, names[name]), data);
}
const glue = readFileSync(join(staging, names[`${BIN}.js`]), "utf8");
if (!glue.includes(`from "./${names["__wasm_split.js"]}"`) && parts.length) {
  console.error("wasm-split: FAILED: the glue does not import the split loader by its new name");
  process.exit(1);
}
writeFileSync(join(staging, "hn-split.json"), JSON.stringify({
  js: names[`${BIN}.js`],
  wasm: names[`${BIN}_bg.wasm`],
  loader: names["__wasm_split.js"],
  parts: parts.map((p) => names[p]),
}));
console.log(`wasm-split: main + ${parts.length} module(s), hash ${hash}`);
