#!/usr/bin/env bash
# tests/web.rs on what ships (issue 23, point 4): the release profile with the `split` feature,
# linked with --emit-relocs and split by wasm-split-cli into the main module and the lazy
# features' modules as scripts/wasm-split.mjs splits the app, then run by wasm-bindgen-test-runner
# in headless Chromium with --keep-lld-exports (WASM_BINDGEN_KEEP_LLD_EXPORTS). The test opens a
# lazy feature, so the split loader fetches a module.
# What the runner does not do for a split module, done here:
# - the splitter drops the `wasm_bindgen_test_configure!(run_in_browser)` custom section, so the
#   browser mode is named by WASM_BINDGEN_USE_BROWSER;
# - the runner serves only its own files, and its server leaves one of ~25 parallel requests
#   unanswered now and then (the lazy step then stays busy: a fetch with no response, seen in 3 of
#   10 runs): the split parts are served by a threaded Python server on another port, with CORS,
#   and the loader names them by that URL;
# - its page imports the glue as "./wasm-bindgen-test" (no extension): the split loader must name
#   the same URL, or the browser loads a second, uninitialised copy of the glue.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
TARGET=target/split   # shared with scripts/wasm-split.mjs: same flags, so its crates are reused
exes=$(RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs" CARGO_TARGET_DIR=$TARGET \
  cargo test --offline --release --target wasm32-unknown-unknown --features split --test web \
  --no-run --message-format=json \
  | python3 -c 'import sys, json
for l in sys.stdin:
    m = json.loads(l)
    if m.get("executable") and m.get("target", {}).get("kind") == ["test"]: print(m["executable"])')
[ -n "$exes" ] || { echo "web-split-test: cargo built no test executable" >&2; exit 1; }
work="$(mktemp -d /tmp/hosho-web-split.XXXXXX)"
server=""; copier=""
cleanup() { kill $server $copier 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# Serves $1 with CORS on a free port, which it writes to $2.
serve_parts() {
  exec python3 - "$1" "$2" <<'PY'  # exec: $! is the server itself, so cleanup stops it
import functools, http.server, sys
class H(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()
    def log_message(self, *a):
        pass
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(H, directory=sys.argv[1]))
open(sys.argv[2], "w").write(str(srv.server_address[1]))
srv.serve_forever()
PY
}
for exe in $exes; do
  parts="$work/parts"; tmp="$work/tmp"
  rm -rf "$parts" "$tmp"; mkdir -p "$parts" "$tmp"
  # The runner names its bindings "wasm-bindgen-test"; the split loader imports the glue by name.
  wasm-split-cli "$exe" "$parts" --target web --out-name wasm-bindgen-test 2>&1 | grep -v 'Ignoring custom section' || true
  [ -f "$parts/wasm-bindgen-test.wasm" ] && [ -f "$parts/__wasm_split.js" ] \
    || { echo "web-split-test: wasm-split-cli wrote no split module for $exe" >&2; exit 1; }
  grep -q 'from "./wasm-bindgen-test.js"' "$parts/__wasm_split.js" \
    || { echo "web-split-test: the split loader does not import ./wasm-bindgen-test.js (wasm-split-cli changed?)" >&2; exit 1; }
  sed -i 's#from "./wasm-bindgen-test.js"#from "./wasm-bindgen-test"#' "$parts/__wasm_split.js"
  node scripts/split-loader.mjs "$parts/__wasm_split.js"   # as it ships
  n=$(find "$parts" -name 'split_*.wasm' | wc -l)
  [ "$n" -gt 0 ] || { echo "web-split-test: no lazy module was split off (is the split feature on?)" >&2; exit 1; }
  echo "web-split-test: $(basename "$exe"): main + $n lazy module(s)"
  rm -f "$work/port"
  serve_parts "$parts" "$work/port" &
  server=$!
  for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done
  [ -s "$work/port" ] || { echo "web-split-test: the parts' server did not start" >&2; exit 1; }
  sed -i "s#new URL(\"\./#new URL(\"http://127.0.0.1:$(cat "$work/port")/#" "$parts/__wasm_split.js"
  grep -q "new URL(\"http://127.0.0.1:" "$parts/__wasm_split.js" \
    || { echo "web-split-test: the split loader names no module by URL (wasm-split-cli changed?)" >&2; exit 1; }
  # The loader itself is imported by the glue, from the runner's directory: copied in (whole,
  # by a rename) as soon as the runner has made it, before the page asks for it.
  ( while :; do
      for d in "$tmp"/.tmp*/; do
        [ -d "$d" ] && [ ! -e "${d}__wasm_split.js" ] \
          && cp "$parts/__wasm_split.js" "${d}.ws.part" && mv "${d}.ws.part" "${d}__wasm_split.js"
      done
      sleep 0.02
    done ) 2>/dev/null &
  copier=$!
  TMPDIR="$tmp" WASM_BINDGEN_USE_BROWSER=1 WASM_BINDGEN_KEEP_LLD_EXPORTS=1 \
    wasm-bindgen-test-runner "$parts/wasm-bindgen-test.wasm"
  kill "$copier" "$server" 2>/dev/null || true
  copier=""; server=""
done
