#!/usr/bin/env bash
# What the seven rule packs add to the release wasm (issue 3 budget: ≤ 15 KB brotli).
# Builds the release twice with Trunk: once as usual, once with HN_MEASURE_WITHOUT_PACKS=1, which
# makes build.rs emit no packs. `pack::packs()` hides its slice behind `black_box`, so both builds
# carry the same code and the difference is the packs' data (texts, clause quotes, tables).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh >/dev/null
out=target/pack-size
rm -rf "$out"; mkdir -p "$out"
build() { # $1 = dist dir; env decides the packs
  trunk build --release --offline --dist "$1" >"$1.log" 2>&1 || { tail -20 "$1.log" >&2; exit 1; }
}
HN_MEASURE_WITHOUT_PACKS=1 build "$out/without"
build "$out/with"
size() { local w; w=$(ls "$1"/*_bg.wasm); printf '%s %s\n' "$(wc -c <"$w")" "$(brotli -q 11 -c "$w" | wc -c)"; }
read -r raw_without br_without < <(size "$out/without")
read -r raw_with br_with < <(size "$out/with")
printf '%-34s %10s %12s\n' wasm raw brotli-11
printf '%-34s %10d %12d\n' 'without packs' "$raw_without" "$br_without"
printf '%-34s %10d %12d\n' 'with the 7 packs' "$raw_with" "$br_with"
printf '%-34s %10d %12d   (budget 15360 B brotli)\n' 'packs add' $((raw_with - raw_without)) $((br_with - br_without))
