#!/usr/bin/env bash
# Release build into dist/. A failed build leaves no dist/ that looks fine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
rm -rf dist
if ! trunk build --release --offline; then
  rm -rf dist
  echo "build: FAILED: trunk build --release" >&2
  exit 1
fi
[ -n "$(find "${HOME}/.cache/trunk" -type f 2>/dev/null | head -1)" ] \
  && echo "build: WARNING: ~/.cache/trunk is not empty: Trunk downloaded something" >&2
exit 0
