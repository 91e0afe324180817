#!/usr/bin/env bash
# Release build into dist/ (customers) and dist-staff/ (a branch's intranet: staff mode), one
# build (scripts/post-build.mjs writes both). A failed build leaves neither looking fine.
# FRAME_ANCESTORS="https://www.bank.jp …" names the pages that may frame the app (README).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
# A brand theme file (HN_THEME, `--hn-*` properties only) is read by the post-build hook.
if [ -n "${HN_THEME:-}" ]; then
  [ -f "$HN_THEME" ] || { echo "build: FAILED: HN_THEME=$HN_THEME is not a file" >&2; exit 1; }
  HN_THEME="$(cd "$(dirname "$HN_THEME")" && pwd)/$(basename "$HN_THEME")"
  export HN_THEME
fi
rm -rf dist dist-staff
if ! trunk build --release --offline; then
  rm -rf dist dist-staff
  echo "build: FAILED: trunk build --release" >&2
  exit 1
fi
if [ ! -f dist-staff/index.html ]; then
  rm -rf dist dist-staff
  echo "build: FAILED: no dist-staff/ (scripts/post-build.mjs writes it)" >&2
  exit 1
fi
[ -n "$(find "${HOME}/.cache/trunk" -type f 2>/dev/null | head -1)" ] \
  && echo "build: WARNING: ~/.cache/trunk is not empty: Trunk downloaded something" >&2
exit 0
