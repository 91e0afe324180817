#!/usr/bin/env bash
# What costs the bytes in the release wasm: a copy of the last release build's wasm, kept with
# its function names, run through twiggy (crates.io, installed on first use). Prints the
# sections (raw and brotli), the shallow size per crate, and the 25 largest items.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
command -v twiggy >/dev/null || cargo install --quiet twiggy --version 0.8.0
src=target/wasm32-unknown-unknown/release/hosho-navi.wasm
[ -f "$src" ] || { echo "wasm-top: $src missing: run make build" >&2; exit 1; }
out=target/wasm-top; mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --no-typescript "$src"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/hosho-navi_bg.wasm" -o "$out/named.wasm"
twiggy top -n 100000 --format csv "$out/named.wasm" >"$out/top.csv"
python3 - "$out" <<'PY'
import csv, re, subprocess, sys, collections
out = sys.argv[1]
b = open(f"{out}/named.wasm", "rb").read()
def leb(i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7F) << s; s += 7
        if x < 0x80: return r, i
names = {10: "code", 11: "data"}
i = 8
print("section          raw   brotli")
while i < len(b):
    sid = b[i]; n, i = leb(i + 1)
    if sid in names:
        br = len(subprocess.run(["brotli", "-q", "11", "-c"], input=b[i:i + n], capture_output=True).stdout)
        print(f"{names[sid]:10} {n:9} {br:8}")
    i += n
per = collections.Counter(); rows = []
for r in csv.DictReader(open(f"{out}/top.csv")):
    name, size = r["Name"], int(r["ShallowSize"])
    if name.startswith('"'): continue
    if name.startswith("data segment"): k = "(data: texts and tables)"
    else:
        m = re.match(r"^<?(?:&(?:mut )?)?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)", name)
        k = m.group(1) if m else "(other)"
        rows.append((size, name))
    per[k] += size
print("\nshallow bytes per crate (generic code is counted where it is instantiated)")
for k, v in per.most_common(15): print(f"{v:9}  {k}")
print("\nlargest functions")
for size, name in sorted(rows, reverse=True)[:25]: print(f"{size:9}  {name[:110]}")
PY
