#!/usr/bin/env bash
# Installs every tool the build and the tests need, each only when missing or at the wrong version.
# Idempotent: on a ready machine it finishes in seconds. Reaches package registries only
# (crates.io, Debian, npm); Trunk is never allowed to download anything itself.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Splits the wasm into modules loaded on use (scripts/wasm-split.mjs; the version cargo-leptos uses).
WASM_SPLIT_VERSION=0.2.4
BINARYEN_MAJOR=132
APT_PACKAGES=(chromium chromium-driver brotli nginx libnginx-mod-http-brotli-static fonts-ipafont-gothic)

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: FAILED: %s\n' "$*" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"

command -v cargo >/dev/null || die "cargo (Rust toolchain) is missing: install rustup first"
command -v npm >/dev/null || die "npm (Node.js) is missing"

# Rust components and the wasm target.
for comp in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$comp" || {
    say "installing rustup component $comp"; rustup component add "$comp" >/dev/null || die "rustup component $comp"; }
done
rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  say "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >/dev/null || die "rustup target wasm32-unknown-unknown"; }

# Trunk, at exactly the version Trunk.toml and the README name.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION" >/tmp/hosho-setup-trunk.log 2>&1 \
    || die "trunk $TRUNK_VERSION (see /tmp/hosho-setup-trunk.log)"
fi

# wasm-bindgen-cli at exactly the lockfile's version (the CLI and the crate must agree).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
[ -n "$WB_VERSION" ] || die "wasm-bindgen version not found in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ] \
   || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 3 minutes)"
  # Not --locked: its own lockfile wants a webpki-roots release this registry lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" >/tmp/hosho-setup-wbc.log 2>&1 \
    || die "wasm-bindgen-cli $WB_VERSION (see /tmp/hosho-setup-wbc.log)"
fi
grep -q "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml || die "Trunk.toml [tools] wasm_bindgen must be \"$WB_VERSION\" (Cargo.lock)"

# wasm-split-cli: splits rustc's output before wasm-bindgen. It prints no version, so the
# installed crate's version is read from cargo's own record of installs.
if ! command -v wasm-split-cli >/dev/null \
   || ! grep -q "wasm_split_cli_support $WASM_SPLIT_VERSION " "$HOME/.cargo/.crates.toml" 2>/dev/null; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked \
    >/tmp/hosho-setup-split.log 2>&1 || die "wasm-split-cli $WASM_SPLIT_VERSION (see /tmp/hosho-setup-split.log)"
fi

# Debian packages: Chromium + driver for the browser tests, brotli for the size report, nginx to serve.
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/tmp/hosho-setup-apt.log 2>&1 || die "apt-get update (see /tmp/hosho-setup-apt.log)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >>/tmp/hosho-setup-apt.log 2>&1 \
    || die "Debian packages ${missing[*]} (see /tmp/hosho-setup-apt.log)"
fi
for t in chromium chromedriver brotli nginx; do command -v "$t" >/dev/null || die "$t not on PATH after install"; done

# npm tools (wasm-opt from binaryen, Playwright, axe, Lighthouse) from the committed lockfile.
lock_sum=$(sha256sum scripts/package-lock.json | cut -d' ' -f1)
if [ "$(cat scripts/node_modules/.lock-sum 2>/dev/null || true)" != "$lock_sum" ]; then
  say "installing npm tools (npm ci)"
  (cd scripts && npm ci --no-audit --no-fund --loglevel=error >/tmp/hosho-setup-npm.log 2>&1) \
    || die "npm tools (see /tmp/hosho-setup-npm.log)"
  echo "$lock_sum" > scripts/node_modules/.lock-sum
fi
WASM_OPT="scripts/node_modules/.bin/wasm-opt"
"$WASM_OPT" --version 2>/dev/null | grep -q "version $BINARYEN_MAJOR" \
  || die "wasm-opt $BINARYEN_MAJOR from npm binaryen (found: $("$WASM_OPT" --version 2>&1 | head -1))"

# The e2e specs import @playwright/test from beside them.
[ -e tests/e2e/node_modules ] || ln -s ../../scripts/node_modules tests/e2e/node_modules

# Crates, so that every later cargo / trunk call can run --offline.
cargo fetch --quiet >/dev/null 2>&1 || die "cargo fetch (crates.io unreachable?)"
say "ready"
