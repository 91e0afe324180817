#!/usr/bin/env bash
# Sets up if needed, builds the release dist/, and serves it at http://127.0.0.1:8080 with nginx
# configured as production (precompressed files, cache headers, CSP and security headers).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
listen="${LISTEN:-127.0.0.1:8080}"
run="$(mktemp -d /tmp/hosho-navi-nginx.XXXXXX)"
bash scripts/nginx-conf.sh dist "$listen" "$run" > "$run/nginx.conf"
nginx -t -q -c "$run/nginx.conf" -e "$run/error.log"
echo "serving dist/ at http://$listen/  (Ctrl-C to stop)"
exec nginx -c "$run/nginx.conf" -e "$run/error.log" -g 'daemon off;'
