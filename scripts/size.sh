#!/usr/bin/env bash
# Bytes of each file a first visit downloads from dist/: raw, gzip -9, brotli -q 11, and the total.
# Precompressed copies (.br/.gz), csp.txt and frame-ancestors.txt are not downloaded by a browser
# and are left out, and so is embed.js (the bank's page loads it, not the app).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "size: dist/ missing: run make build" >&2; exit 1; }
printf '%-48s %10s %10s %10s\n' file raw gzip-9 brotli-11
tr=0; tg=0; tb=0
while IFS= read -r f; do
  r=$(wc -c <"$f"); g=$(gzip -9 -c "$f" | wc -c); b=$(brotli -q 11 -c "$f" | wc -c)
  tr=$((tr + r)); tg=$((tg + g)); tb=$((tb + b))
  printf '%-48s %10d %10d %10d\n' "${f#dist/}" "$r" "$g" "$b"
done < <(find dist -type f ! -name '*.br' ! -name '*.gz' ! -name 'csp.txt' ! -name 'frame-ancestors.txt' ! -name 'embed.js' | sort)
printf '%-48s %10d %10d %10d\n' TOTAL "$tr" "$tg" "$tb"
