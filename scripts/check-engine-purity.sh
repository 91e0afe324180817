#!/usr/bin/env bash
# The engine and the case model must stay pure Rust: no UI or browser crate may be used under
# src/engine/ or src/model/ (comments may name them), so both compile and test natively.
set -euo pipefail
cd "$(dirname "$0")/.."
hits=$(grep -rnE '\b(leptos|web_sys|js_sys|gloo|gloo_storage|wasm_bindgen)\b' src/engine src/model src/document --include='*.rs' \
  | grep -vE '^[^:]+:[0-9]+:\s*//' || true)
if [ -n "$hits" ]; then
  echo "$hits"
  echo "engine-purity: the engine or the model uses a UI/browser crate (above)" >&2
  exit 1
fi
echo "engine-purity: ok"
