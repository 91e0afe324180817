# Sourced by the other scripts: the tool environment for Trunk and the browser tests.
# Trunk must use the local wasm-bindgen and wasm-opt, never download its own.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || true)}"
