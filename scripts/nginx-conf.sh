#!/usr/bin/env bash
# Prints a concrete nginx configuration for a built dist/:
#   scripts/nginx-conf.sh DIST LISTEN RUNDIR                    plain HTTP (local serving, e2e tests)
#   scripts/nginx-conf.sh DIST LISTEN RUNDIR CERT KEY [HTTP]    production: TLS on LISTEN (e.g.
#       0.0.0.0:443) with HTTP/2, TLS 1.2/1.3 only and HSTS; HTTP (default: LISTEN's host on port
#       80) only redirects to it.
# The CSP header is the one the build computed (dist/csp.txt), plus frame-ancestors, which only a
# header can carry: the build's own list (dist/frame-ancestors.txt, FRAME_ANCESTORS at build time,
# the same origins the app posts its height to), 'none' when empty. /embed.js, the host page's
# script, may be loaded by those pages (Cross-Origin-Resource-Policy: cross-origin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="$(cd "${1:?dist dir}" && pwd)"; listen="${2:-127.0.0.1:8080}"; rundir="${3:-/tmp/hosho-navi-nginx}"
cert="${4:-}"; key="${5:-}"
[ -f "$dist/csp.txt" ] || { echo "nginx-conf: $dist/csp.txt missing: build first" >&2; exit 1; }
if [ -n "$cert" ] || [ -n "$key" ]; then
  [ -n "$cert" ] && [ -n "$key" ] || { echo "nginx-conf: give both the certificate and the key" >&2; exit 1; }
  case "$cert$key" in *[[:space:]\;\&\\\"\']*) echo "nginx-conf: certificate and key paths must not hold spaces, quotes, ';', '&' or '\\'" >&2; exit 1;; esac
fi
if [ -z "$cert" ]; then
  # Plain HTTP is for this machine only: drafts and the service worker need a secure origin,
  # and a bank's users must never reach the app without TLS.
  case "$listen" in
    127.*|localhost:*|\[::1\]:*) ;;
    *) [ "${HN_PLAIN_HTTP:-}" = 1 ] || { echo "nginx-conf: plain HTTP only on loopback ($listen): give a certificate and key, or HN_PLAIN_HTTP=1" >&2; exit 1; };;
  esac
fi
parents="$(tr -s ' \n' '  ' < "$dist/frame-ancestors.txt" 2>/dev/null | sed 's/^ *//; s/ *$//')"
if [ -n "${FRAME_ANCESTORS+x}" ] && [ "$(echo $FRAME_ANCESTORS)" != "$parents" ]; then
  echo "nginx-conf: FRAME_ANCESTORS is set at build time (the app posts to those origins): this build allows '${parents:-none}'; rebuild with FRAME_ANCESTORS=\"$FRAME_ANCESTORS\" scripts/build.sh" >&2
  exit 1
fi
case "$parents" in *[\;\"\'\\]*) echo "nginx-conf: $dist/frame-ancestors.txt holds ';', quotes or '\\'" >&2; exit 1;; esac
csp="$(tr -d '\n' < "$dist/csp.txt"); frame-ancestors ${parents:-'none'}"
headers="add_header Content-Security-Policy \"$csp\" always;
            add_header X-Content-Type-Options \"nosniff\" always;
            add_header Referrer-Policy \"no-referrer\" always;
            add_header Permissions-Policy \"camera=(), microphone=(), geolocation=(), payment=(), usb=()\" always;
            add_header Cross-Origin-Opener-Policy \"same-origin\" always;"
if [ -n "$cert" ]; then
  # Browsers keep to HTTPS for a year once they have seen this (not for subdomains: a bank's
  # other hosts are not this app's to decide).
  headers="$headers
            add_header Strict-Transport-Security \"max-age=31536000\" always;"
fi
# /embed.js, the host page's script, is loaded by the framing pages (another origin); nothing else is.
embed_headers="$headers
            add_header Cross-Origin-Resource-Policy \"cross-origin\" always;"
headers="$headers
            add_header Cross-Origin-Resource-Policy \"same-origin\" always;"
if [ -z "$cert" ]; then
  server="listen $listen;"
  redirect=""
else
  host="${listen%:*}"; port="${listen##*:}"
  [ "$host" = "$listen" ] && { host="*"; port="$listen"; }
  http="${6:-$host:80}"
  suffix=""; [ "$port" = "443" ] || suffix=":$port"
  # nginx 1.25.1 replaced "listen ... http2" with "http2 on;".
  v="$(nginx -v 2>&1 | sed -n 's|.*nginx/\([0-9.]*\).*|\1|p')"
  if [ -n "$v" ] && [ "$(printf '%s\n1.25.1\n' "$v" | sort -V | head -n1)" = "1.25.1" ]; then
    server="listen $listen ssl;
        http2 on;"
  else
    server="listen $listen ssl http2;"
  fi
  server="$server
        ssl_certificate $cert;
        ssl_certificate_key $key;
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
        ssl_prefer_server_ciphers off;
        ssl_session_cache shared:hoshonavi:10m;
        ssl_session_timeout 1d;
        ssl_session_tickets off;"
  redirect="# Plain HTTP only sends the browser to HTTPS.
    server {
        listen $http;
        location / { return 301 https://\$host$suffix\$request_uri; }
    }"
fi
mkdir -p "$rundir"
# HN_NGINX_USER sets the workers' user: the tests run as root from a clone that may sit in a
# private (0700) folder, which the default unprivileged workers cannot read.
case "${HN_NGINX_USER:-}" in
  "") ;;
  *[!a-z0-9_-]*) echo "nginx-conf: HN_NGINX_USER must be a plain user name" >&2; exit 1;;
  *) echo "user $HN_NGINX_USER;";;
esac
awk -v h="$headers" -v eh="$embed_headers" -v root="$dist" -v srv="$server" -v redir="$redirect" -v run="$rundir" '{
  gsub(/__EMBED_HEADERS__/, eh); gsub(/__HEADERS__/, h); gsub(/__ROOT__/, root); gsub(/__SERVER__/, srv); gsub(/__REDIRECT__/, redir);
  gsub(/__RUNDIR__/, run); print }' \
  "$here/nginx/hosho-navi.conf.template"
