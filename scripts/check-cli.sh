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

# Issue 13: a window counted back from the notice is never extended, and names the line's last open moment.
cat >"$TMP/back.json" <<'JSON'
{ "version": 1, "scheme": "mishima-shinkin/web-banking", "customer": "individual",
  "transactions": [ { "date": "2026-11-20", "amount_yen": 100000 } ] }
JSON
if run "back-counted deadline" 0 --today 2026-11-23 "$TMP/back.json"; then
  grep -q '"date": "2026-12-19"' "$TMP/out" && grep -q '"counts": "back_from_notice"' "$TMP/out" \
    && grep -q '"may_be_extended_to": null' "$TMP/out" && grep -q '"at": "2026-12-18T17:00"' "$TMP/out" \
    && ok "back-counted deadline" || bad "back-counted deadline: unexpected output"
fi
sed 's#mishima-shinkin/web-banking#higashi-nippon/business-ib#; s#"individual"#"corporation"#; s#2026-11-20#2026-11-19#' \
  "$TMP/back.json" >"$TMP/fwd.json"
if run "forward deadline" 0 --today 2026-11-23 "$TMP/fwd.json"; then
  grep -q '"counts": "forward_from_event"' "$TMP/out" && grep -q '"may_be_extended_to": "2026-12-21"' "$TMP/out" \
    && ok "forward deadline" || bad "forward deadline: unexpected output"
fi
sed 's#mishima-shinkin/web-banking#mishima-shinkin/web-fb#; s#"individual"#"corporation"#' "$TMP/back.json" >"$TMP/fb.json"
if run "inferred cap" 0 --today 2026-11-23 "$TMP/fb.json"; then
  grep -q '上限1,000万円は原文の空欄からの推定です' "$TMP/out" && ok "inferred cap" || bad "inferred cap: no note"
fi
sed 's#mishima-shinkin/web-banking#higashi-nippon/business-ib#' "$TMP/back.json" >"$TMP/holder.json"
if run "002 individual" 0 --today 2026-11-23 "$TMP/holder.json"; then
  grep -q '"verdict": "needs_info"' "$TMP/out" && grep -q '"contract_holder"' "$TMP/out" \
    && ! grep -q '"customer_type"' "$TMP/out" && ok "002 individual" || bad "002 individual: unexpected output"
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
