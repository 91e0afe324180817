#!/usr/bin/env bash
# Screenshots of the result page (tests/e2e/shots/) into target/screenshots/, for a person to look
# at. Not part of `make test`: nothing is compared with a baseline, so nothing is counted as a test.
# Uses the release dist/ (built first if missing), served by nginx as in scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -f dist/index.html ] || bash scripts/build.sh
PORT="${SHOTS_PORT:-8184}"
run="$(mktemp -d /tmp/hosho-shots-nginx.XXXXXX)"
bash scripts/nginx-conf.sh dist "127.0.0.1:$PORT" "$run" >"$run/nginx.conf"
nginx -c "$run/nginx.conf" -e "$run/error.log" -g 'daemon on;'
trap 'kill "$(cat "$run/nginx.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$run"' EXIT
mkdir -p target/screenshots
BASE_URL="http://127.0.0.1:$PORT" playwright test --config tests/e2e/screenshots.config.mjs
echo "screenshots: $(pwd)/target/screenshots"
