#!/usr/bin/env bash
# Mutation testing of the engine with cargo-mutants (issue 16, item 4). Not in CI: 361 mutants
# took 18-34 min with JOBS=2 on a shared 2-core machine.
# Usage: scripts/mutants.sh [FILE...]   (default: assess.rs, pack.rs, calendar.rs)
#   JOBS=N       parallel mutants (default 1: the machine is shared)
#   MUTANTS_OUT  output folder (default target/mutants; the run is in $MUTANTS_OUT/mutants.out)
#   REPORT_ONLY=1  re-read the last run's results without running again (same source: the keys
#                read the mutated lines from it)
# Prints caught / missed / unviable / timeout counts, then every missed mutant that
# tests/mutants-equivalent.txt does not list, and exits 1 if there is any (or a stale entry).
# Timeouts are listed but not failed: a mutant that loops forever is one the tests notice.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

VERSION=27.1.0
EQUIV=tests/mutants-equivalent.txt
OUT="${MUTANTS_OUT:-target/mutants}"
JOBS="${JOBS:-1}"
if [ $# -gt 0 ]; then
  FILES=("$@")
else
  FILES=(src/engine/assess.rs src/engine/pack.rs src/engine/calendar.rs)
fi

# Idempotent install, pinned: mutant names (the equivalents file) depend on the version.
if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $VERSION" ]; then
  cargo install --locked "cargo-mutants@$VERSION" || exit 2
fi

if [ "${REPORT_ONLY:-}" != 1 ]; then
  args=()
  for f in "${FILES[@]}"; do args+=(-f "$f"); done
  mkdir -p "$OUT"
  start=$(date +%s)
  # Only the native engine tests: the wasm tests do not build natively, and examples and doc tests
  # add build time without testing the engine.
  CARGO_NET_OFFLINE=true cargo mutants -j "$JOBS" "${args[@]}" -o "$OUT" \
    -- --lib --test cases --test properties --test calendar --test engine_mutants
  rc=$?
  echo "cargo-mutants exit $rc after $(( $(date +%s) - start )) s"
  # 0: all caught; 2: missed; 3: timeouts (both judged below). Anything else is a failed run.
  case $rc in 0|2|3) ;; *) exit "$rc" ;; esac
fi

R="$OUT/mutants.out"
[ -f "$R/caught.txt" ] || { echo "no results in $R"; exit 2; }
count() { grep -c "^${2:-}" "$R/$1.txt" 2>/dev/null || true; }
for f in "${FILES[@]}"; do
  echo "$f: caught $(count caught "$f:"), missed $(count missed "$f:"), unviable $(count unviable "$f:"), timeout $(count timeout "$f:")"
done
echo "all: caught $(count caught), missed $(count missed), unviable $(count unviable), timeout $(count timeout)"

# A mutant is named "file:line:col: description". The equivalents file pins it without the line
# number, which drifts: "file: description | N: trimmed source line | reason", N the mutated
# column counted from the line's first non-blank character (two mutants of one operator on one
# line differ only there).
key_of() {
  local name="$1" file line col desc raw src
  file="${name%%:*}"
  line="$(cut -d: -f2 <<<"$name")"
  col="$(cut -d: -f3 <<<"$name")"
  desc="${name#*:*:*: }"
  raw="$(sed -n "${line}p" "$file")"
  src="${raw#"${raw%%[![:space:]]*}"}"
  col=$((col - (${#raw} - ${#src})))
  src="${src%"${src##*[![:space:]]}"}"
  printf '%s: %s | %s: %s\n' "$file" "$desc" "$col" "$src"
}

# The listed keys: everything but the reason (after the last " | "); comments and blanks skipped.
listed="$(grep -v -e '^#' -e '^[[:space:]]*$' "$EQUIV" 2>/dev/null | sed 's/ | [^|]*$//' || true)"

left=0
equivalent=0
while IFS= read -r m; do
  [ -n "$m" ] || continue
  k="$(key_of "$m")"
  if grep -qxF -- "$k" <<<"$listed"; then
    equivalent=$((equivalent + 1))
  else
    [ $left -eq 0 ] && echo "Missed, not in $EQUIV:"
    echo "  $m"
    echo "      key: $k"
    left=$((left + 1))
  fi
done <"$R/missed.txt"
if [ "$(count timeout)" -gt 0 ]; then
  echo "Timed out (the tests did not finish: check these are real hangs, not a loaded machine):"
  sed 's/^/  /' "$R/timeout.txt"
fi

# An entry that no longer matches a missed mutant is stale: the code changed or a test kills it.
stale=0
while IFS= read -r k; do
  [ -n "$k" ] || continue
  found=0
  while IFS= read -r m; do
    [ -n "$m" ] && [ "$(key_of "$m")" = "$k" ] && { found=1; break; }
  done <"$R/missed.txt"
  if [ $found -eq 0 ]; then
    # Only entries for the files this run mutated.
    for f in "${FILES[@]}"; do
      if [ "${k%%:*}" = "$f" ]; then
        [ $stale -eq 0 ] && echo "Listed in $EQUIV but not missed (remove or update):"
        echo "  $k"
        stale=$((stale + 1))
      fi
    done
  fi
done <<<"$listed"

echo "equivalent (listed) $equivalent, left $left, stale entries $stale"
[ $left -eq 0 ] && [ $stale -eq 0 ]
