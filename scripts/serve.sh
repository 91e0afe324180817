#!/usr/bin/env bash
# Sets up if needed, builds the release app and serves, with nginx configured as production
# (precompressed files, cache headers, CSP and security headers):
#   the customers' app (dist/)           http://127.0.0.1:8080/   (LISTEN)
#   the staff app (dist-staff/)          http://127.0.0.1:8081/   (STAFF_LISTEN)
#   a bank's help page framing the first (examples/embed/, another origin)
#                                        http://localhost:8082/   (DEMO_LISTEN; DEMO_ORIGIN)
# The build allows the demo page as the frame's parent (FRAME_ANCESTORS, unless set): a build
# for a bank's servers is `FRAME_ANCESTORS="https://www.bank.jp" make build` (README, Deploying).
set -euo pipefail
cd "$(dirname "$0")/.."
listen="${LISTEN:-127.0.0.1:8080}"
staff="${STAFF_LISTEN:-127.0.0.1:8081}"
demo="${DEMO_LISTEN:-127.0.0.1:8082}"
demo_origin="${DEMO_ORIGIN:-http://localhost:${demo##*:}}"
# The demo bank's brand too (examples/embed/theme.css, `--hn-*` only), unless HN_THEME is set.
FRAME_ANCESTORS="${FRAME_ANCESTORS-$demo_origin}" HN_THEME="${HN_THEME-examples/embed/theme.css}" bash scripts/build.sh
unset FRAME_ANCESTORS
run="$(mktemp -d /tmp/hosho-navi-nginx.XXXXXX)"
mkdir -p "$run/app" "$run/staff" "$run/demo"
bash scripts/nginx-conf.sh dist "$listen" "$run/app" > "$run/app/nginx.conf"
bash scripts/nginx-conf.sh dist-staff "$staff" "$run/staff" > "$run/staff/nginx.conf"
# The demo page is any bank's static page: plain files, no app headers.
user=""; [ -n "${HN_NGINX_USER:-}" ] && user="user ${HN_NGINX_USER};"
cat > "$run/demo/nginx.conf" <<CONF
$user
worker_processes 1;
pid $run/demo/nginx.pid;
error_log $run/demo/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    charset utf-8;
    access_log off;
    client_body_temp_path $run/demo/body;
    proxy_temp_path $run/demo/proxy;
    fastcgi_temp_path $run/demo/fastcgi;
    uwsgi_temp_path $run/demo/uwsgi;
    scgi_temp_path $run/demo/scgi;
    server {
        listen $demo;
        root $(pwd)/examples/embed;
        add_header Cache-Control "no-cache" always;
    }
}
CONF
for d in app staff demo; do nginx -t -q -c "$run/$d/nginx.conf" -e "$run/$d/error.log"; done
nginx -c "$run/app/nginx.conf" -e "$run/app/error.log" -g 'daemon on;'
nginx -c "$run/staff/nginx.conf" -e "$run/staff/error.log" -g 'daemon on;'
trap 'for d in app staff; do kill "$(cat "$run/$d/nginx.pid" 2>/dev/null)" 2>/dev/null || true; done' EXIT
bank="http://$listen/index.html?scheme=mishima-shinkin/web-banking"
echo "serving dist/ (customers)          at http://$listen/"
echo "serving dist-staff/ (bank staff)   at http://$staff/"
echo "a bank's help page framing the app at $demo_origin/?app=$(node -e 'console.log(encodeURIComponent(process.argv[1]))' "$bank")"
echo "(Ctrl-C to stop)"
nginx -c "$run/demo/nginx.conf" -e "$run/demo/error.log" -g 'daemon off;'
