#!/usr/bin/env bash
# Checks the case-file CLI (examples/assess.rs) end to end: good input prints JSON and exits 0;
# bad input exits 2 with exactly one line on stderr and no panic.
set -uo pipefail
cd "$(dirname "$0")/.."

cargo build --offline -q --example assess || exit 1
BIN="${CARGO_TARGET_DIR:-target}/debug/examples/assess"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
FAIL=0

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; FAIL=1; }

# run NAME WANT_EXIT ARGS...: stdout → $TMP/out, stderr → $TMP/err.
run() {
  local name="$1" want="$2"; shift 2
  "$BIN" "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then bad "$name: exit $got, want $want"; return 1; fi
  if grep -q "panicked" "$TMP/err"; then bad "$name: panicked"; return 1; fi
  if [ "$want" -eq 2 ] && [ "$(wc -l <"$TMP/err")" -ne 1 ]; then bad "$name: stderr is not one line"; return 1; fi
  return 0
}

cat >"$TMP/case.json" <<'JSON'
{ "version": 1, "scheme": "mishima-shinkin/web-banking", "customer": "individual",
  "transactions": [ { "date": "2026-10-25", "time": "09:00", "amount_yen": 300000, "recovered_yen": 0 },
                    { "date": "2026-10-24", "amount_yen": 100000 } ],
  "notified_on": "2026-11-23", "answers": { "g1_told_password": false } }
JSON
if run "assess a case" 0 --today 2026-11-23 "$TMP/case.json"; then
  grep -q '"verdict": "needs_info"' "$TMP/out" && grep -q '"notify_by": "2026-11-23"' "$TMP/out" \
    && grep -q '"reason": "window"' "$TMP/out" && grep -q '"compensable_yen"' "$TMP/out" \
    && ok "assess a case" || bad "assess a case: unexpected output"
fi

if run "questions" 0 --questions higashi-nippon/business-ib; then
  grep -q '"id": "sec1_os_browser"' "$TMP/out" && grep -q '"effects"' "$TMP/out" \
    && ok "questions" || bad "questions: unexpected output"
fi

if run "calendar" 0 --calendar 2026; then
  grep -q '"date": "2026-11-03"' "$TMP/out" && grep -q '"kind": "bank"' "$TMP/out" \
    && ok "calendar" || bad "calendar: unexpected output"
fi

printf '{ "version": 1, "scheme": "nope/nope", "customer": "robot", "transactions": [ { "date": "2026-02-30", "amount_yen": -1 } ] }' >"$TMP/bad.json"
run "bad case file" 2 --today 2026-11-23 "$TMP/bad.json" \
  && grep -q 'transactions\[0\].date' "$TMP/err" && grep -q 'transactions\[0\].amount_yen' "$TMP/err" \
  && grep -q 'scheme' "$TMP/err" && ok "bad case file" || bad "bad case file: message"
printf '{ "version": 9 }' >"$TMP/newer.json"
run "newer version" 2 --today 2026-11-23 "$TMP/newer.json" && grep -q 'newer version' "$TMP/err" && ok "newer version" || bad "newer version: message"
printf '{ "version": ' >"$TMP/broken.json"
run "broken JSON" 2 --today 2026-11-23 "$TMP/broken.json" && ok "broken JSON"
head -c 1100000 /dev/zero | tr '\0' ' ' >"$TMP/big.json"
run "too large" 2 --today 2026-11-23 "$TMP/big.json" && grep -q '1 MiB' "$TMP/err" && ok "too large" || bad "too large: message"
run "missing file" 2 --today 2026-11-23 "$TMP/none.json" && ok "missing file"
run "bad --today" 2 --today 2026-13-01 "$TMP/case.json" && ok "bad --today"
run "unknown scheme" 2 --questions acme/bank && ok "unknown scheme"
run "bad year" 2 --calendar 20x6 && ok "bad year"
run "year out of range" 2 --calendar 1800 && ok "year out of range"
run "no arguments" 2 && ok "no arguments"
run "unknown flag" 2 --frobnicate && ok "unknown flag"

[ "$FAIL" -eq 0 ] && echo "check-cli: all ok" || echo "check-cli: FAILED"
exit "$FAIL"
