#!/usr/bin/env bash
# Installs what building and testing the shop needs, skipping whatever is
# already there at the right version. Safe to run again and again.
#   scripts/setup.sh          build tools only (Rust wasm target, Trunk, wasm-bindgen, leptosfmt, npm packages)
#   scripts/setup.sh --test   also Debian's Chromium and ChromeDriver for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\n== %s\n' "$*"; }

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if [ "${1:-}" = "--test" ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "Chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n1) (already installed)"
  else
    say "Installing Debian's Chromium and ChromeDriver"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
  fi
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Rust target wasm32-unknown-unknown (already installed)"
else
  say "Adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION (already installed)"
else
  # 0.22 needs a newer rustc than the stable one here.
  say "Installing trunk $TRUNK_VERSION (takes about 7 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN" ]; then
  say "wasm-bindgen $WASM_BINDGEN (already installed)"
else
  # Not --locked: its lockfile wants a webpki-roots the registry here lacks.
  say "Installing wasm-bindgen-cli $WASM_BINDGEN (takes about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN"
fi

# leptosfmt formats the view! macros (rustfmt leaves them alone);
# scripts/test.sh checks it.
LEPTOSFMT_VERSION=0.1.33
if [ "$(leptosfmt --version 2>/dev/null)" = "leptosfmt $LEPTOSFMT_VERSION" ]; then
  say "leptosfmt $LEPTOSFMT_VERSION (already installed)"
else
  say "Installing leptosfmt $LEPTOSFMT_VERSION (takes about 3 minutes)"
  cargo install --locked leptosfmt --version "$LEPTOSFMT_VERSION"
fi

say "npm packages (Designsystemet CSS, binaryen's wasm-opt, Playwright, axe-core)"
npm ci --no-audit --no-fund --loglevel=error
