#!/usr/bin/env bash
# Robustness figures: >= 10^6 generated inputs through the amount, date, time, case-file and draft
# parsers, with no panic. Uses the unwinding native profile so a panic is caught and counted.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --offline --quiet --profile bench-native --example robustness -- "$@"
