#!/usr/bin/env bash
# A broken rule pack must stop the build with a message naming the file, the pack and the field.
# Each case copies the packs, breaks one thing, and checks the build refuses it with that message.
# Its own target dir, so the main build's cache is not churned.
set -uo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}/pack-refusals"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
FAIL=0

# refuse NAME FILE PYTHON-EDIT EXPECTED-MESSAGE
refuse() {
  local name="$1" file="$2" edit="$3" want="$4"
  rm -rf "$TMP/packs" && cp -r src/engine/packs "$TMP/packs"
  python3 - "$TMP/packs/$file" "$edit" <<'PY' || { echo "FAIL $name: edit"; FAIL=1; return; }
import json, sys
path, edit = sys.argv[1], sys.argv[2]
p = json.load(open(path, encoding="utf-8"))
exec(edit)
open(path, "w", encoding="utf-8").write(json.dumps(p, ensure_ascii=False, indent=2))
PY
  if HN_PACK_DIR="$TMP/packs" cargo check --offline -q --lib >"$TMP/out" 2>&1; then
    echo "FAIL $name: the build accepted it"; FAIL=1
  elif grep -qF -- "$want" "$TMP/out"; then
    echo "ok   $name"
  else
    echo "FAIL $name: message lacks: $want"; tail -n 5 "$TMP/out"; FAIL=1
  fi
}

# The unbroken packs build (so a refusal below is the edit's doing).
rm -rf "$TMP/packs" && cp -r src/engine/packs "$TMP/packs"
if HN_PACK_DIR="$TMP/packs" cargo check --offline -q --lib >"$TMP/out" 2>&1; then echo "ok   unbroken packs build"
else echo "FAIL unbroken packs build"; tail -n 20 "$TMP/out"; FAIL=1; fi

refuse "window without counts" mishima-shinkin__web-banking.json 'del p["window"]["counts"]' \
  'mishima-shinkin/web-banking): window.counts: required'
refuse "backward window said to count forward" statutory__stolen-card.json 'p["window"]["counts"] = "forward_from_event"' \
  'statutory/stolen-card): window.counts: "forward_from_event" contradicts'
refuse "forward window said to count back" higashi-nippon__business-ib.json 'p["window"]["counts"] = "back_from_notice"' \
  'higashi-nippon/business-ib): window.counts: "back_from_notice" contradicts'
refuse "bar without counts" statutory__stolen-card.json 'del p["bar"]["counts"]' \
  'statutory/stolen-card): bar.counts: required'
refuse "unknown direction" jba__ib-individual.json 'p["window"]["counts"] = "sideways"' \
  'jba/ib-individual): window.counts: "sideways": must be'
refuse "cap note without a cap" mishima-shinkin__web-banking.json 'p["customers"]["individual"]["cap_note"] = {"ja": "推定", "en": "inferred"}' \
  'mishima-shinkin/web-banking): customers.individual.cap_note: a cap note without a cap'
refuse "question without its facts" jba__ib-corporate.json 'del p["questions"][0]["fact"]' \
  'jba/ib-corporate): questions[0] (m1_bank_measures).fact: required'
refuse "unknown question kind" statutory__stolen-card.json 'p["questions"][0]["kind"] = "later"' \
  'statutory/stolen-card): questions[0] (explained).kind: "later": must be'

# Issue 21: who must establish each fact decides what an unanswered question means.
refuse "question without a burden" jba__ib-corporate.json 'del p["questions"][0]["burden"]' \
  'jba/ib-corporate): questions[0] (m1_bank_measures).burden: required'
refuse "what the bank decides put on the customer" statutory__stolen-card.json \
  'next(q for q in p["questions"] if q["id"] == "bank_good_faith")["burden"] = "customer"' \
  '(bank_good_faith).burden: a question only the bank decides puts the burden on the bank'
refuse "a presumption on the customer's fact" mishima-shinkin__web-banking.json \
  'p["questions"][2]["presumed"] = {"ja": "推定", "en": "presumed"}' \
  'mishima-shinkin/web-banking): questions[2] (coerced).presumed: only a fact the bank must establish'
refuse "'I have none' counted against the victim" mishima-shinkin__web-banking.json \
  'next(q for q in p["questions"] if q["id"] == "n9_certificate_proper_only")["none"]["counts_as"] = "no"' \
  '(n9_certificate_proper_only).none.counts_as: "I have none" must count as the harmless answer'
# Issue 21: an answer belongs to the meaning it was given to (ledger.json).
refuse "an effect changed under an old id" mishima-shinkin__web-banking.json \
  'next(q for q in p["questions"] if q["id"] == "g1_told_password")["effects"] = {"yes": "ok", "no": "excludes"}' \
  '(g1_told_password).effects: changed under an old id'
refuse "a retired id used again" mishima-shinkin__web-banking.json \
  'next(q for q in p["questions"] if q["id"] == "g4_security_software_running")["id"] = "g4_no_security_software"' \
  '(g4_no_security_software).id: retired in'
refuse "a question missing from the ledger" jba__ib-individual.json \
  'next(q for q in p["questions"] if q["id"] == "negligence")["id"] = "negligence_v2"' \
  '(negligence_v2).id: not in'

[ "$FAIL" -eq 0 ] && echo "check-pack-refusals: all ok" || echo "check-pack-refusals: FAILED"
exit "$FAIL"
