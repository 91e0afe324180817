// The split loader (__wasm_split.js, written by wasm-split-cli) starts every shared chunk a lazy
// module needs in one task: ~20 fetch() calls for the questions' and result's module. Under
// Lighthouse that one task took ~40–70 ms (x4 simulated: ~250 ms of the ~350 ms TBT), right after
// the idle prefetch began. Patched here: the module's own fetch first, then its chunks in slices
// of ~6 ms (x4 simulated: under the 50 ms of a long task), yielding between slices
// (scheduler.yield where the browser has it, else a MessageChannel message: no timer clamping).
// Where fetch() is cheap a load stays one or two slices, so a tap's own load barely waits longer;
// where it is dear (devtools' network instrumentation, as under Lighthouse) it spreads out.
// Used by scripts/wasm-split.mjs (what ships) and scripts/web-split-test.sh (tests/web.rs split);
// `node scripts/split-loader.mjs FILE` patches FILE in place.
import { readFileSync, writeFileSync } from "node:fs";

const FROM = `        const parallelStuff = deps.map(d => d());
        const instantiate = fetcher();
        await Promise.all(parallelStuff);`;
const TO = `        const instantiate = fetcher();
        const parallelStuff = [];
        let slice = performance.now();
        for (const d of deps) {
            parallelStuff.push(d());
            if (performance.now() - slice > __HN_SLICE_MS) {
                await __hnYield();
                slice = performance.now();
            }
        }
        await Promise.all(parallelStuff);`;
const YIELD = `// Chunks are started in slices of at most ~6 ms, one task each (scripts/split-loader.mjs).
const __HN_SLICE_MS = 6;
const __hnYield = () => globalThis.scheduler?.yield
    ? globalThis.scheduler.yield()
    : new Promise((resolve) => {
        const c = new MessageChannel();
        c.port1.onmessage = () => resolve();
        c.port2.postMessage(null);
    });
`;

/** The loader's text with the patch applied; throws if wasm-split-cli's loader changed shape. */
export function patchLoader(text) {
  const n = text.split(FROM).length - 1;
  if (n !== 1) {
    throw new Error(`split-loader: expected the chunk loading of wasm-split-cli's loader once, found it ${n} times (wasm-split-cli changed? re-check scripts/split-loader.mjs)`);
  }
  const at = text.indexOf("function makeLoad(");
  if (at < 0) throw new Error("split-loader: no makeLoad() in the loader (wasm-split-cli changed?)");
  const patched = text.replace(FROM, TO);
  return patched.slice(0, at) + YIELD + patched.slice(at);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  try {
    writeFileSync(file, patchLoader(readFileSync(file, "utf8")));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
