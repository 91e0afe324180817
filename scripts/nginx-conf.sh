#!/usr/bin/env bash
# Prints a concrete nginx configuration for a built dist/: scripts/nginx-conf.sh DIST LISTEN RUNDIR
# The CSP header is the one the build computed (dist/csp.txt), plus frame-ancestors, which only a
# header can carry. A bank that frames the app replaces 'none' with its own origin.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="$(cd "${1:?dist dir}" && pwd)"; listen="${2:-127.0.0.1:8080}"; rundir="${3:-/tmp/hosho-navi-nginx}"
[ -f "$dist/csp.txt" ] || { echo "nginx-conf: $dist/csp.txt missing: build first" >&2; exit 1; }
csp="$(tr -d '\n' < "$dist/csp.txt"); frame-ancestors ${FRAME_ANCESTORS:-'none'}"
headers="add_header Content-Security-Policy \"$csp\" always;
            add_header X-Content-Type-Options \"nosniff\" always;
            add_header Referrer-Policy \"no-referrer\" always;
            add_header Permissions-Policy \"camera=(), microphone=(), geolocation=(), payment=(), usb=()\" always;
            add_header Cross-Origin-Opener-Policy \"same-origin\" always;
            add_header Cross-Origin-Resource-Policy \"same-origin\" always;"
mkdir -p "$rundir"
awk -v h="$headers" -v root="$dist" -v listen="$listen" -v run="$rundir" '{
  gsub(/__HEADERS__/, h); gsub(/__ROOT__/, root); gsub(/__LISTEN__/, listen); gsub(/__RUNDIR__/, run); print }' \
  "$here/nginx/hosho-navi.conf.template"
