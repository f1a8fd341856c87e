#!/usr/bin/env bash
# Installs what building and testing the shop needs, skipping whatever is
# already there at the right version. Safe to run again and again.
#   scripts/setup.sh          build tools only (Rust toolchain and wasm target, Node.js, Trunk, wasm-bindgen, leptosfmt, npm packages)
#   scripts/setup.sh --test   also Debian's Chromium and ChromeDriver for the browser tests
# It needs rustup (with cargo) and, unless Node.js and npm are there, apt;
# when one is missing it says so and what to do, before changing anything.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\n== %s\n' "$*"; }
missing() {
  printf '\nsetup: %s\n' "$*" >&2
  exit 1
}
# shellcheck source=scripts/env.sh
. scripts/env.sh

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
apt_install() {
  command -v apt-get >/dev/null ||
    missing "needs Debian's $* but there is no apt-get on this machine; install $* with your system's package manager, then run this again."
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$@"
}

# Rust comes from rustup, which reads rust-toolchain.toml: without rustup,
# a cargo from elsewhere would build with whatever version it is.
if ! command -v rustup >/dev/null; then
  if command -v cargo >/dev/null; then
    missing "cargo is there but rustup is not, so the toolchain pinned in rust-toolchain.toml cannot be used. Install rustup (https://rustup.rs), then run this again."
  fi
  missing "Rust is missing. Install rustup (https://rustup.rs), which brings cargo, then run this again."
fi

# The pinned toolchain. When the installed stable toolchain is exactly that
# version, it is made available under the pinned name instead of
# downloading the same compiler again (rustup would, on first use).
TOOLCHAIN=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
if rustup toolchain list | grep "^$TOOLCHAIN-" >/dev/null; then
  say "Rust $TOOLCHAIN (already installed)"
elif [ "$(rustc +stable --version 2>/dev/null | cut -d' ' -f2)" = "$TOOLCHAIN" ]; then
  HOST=$(rustc +stable -vV | sed -n 's/^host: //p')
  RUSTUP_DIR="${RUSTUP_HOME:-$HOME/.rustup}/toolchains"
  say "Rust $TOOLCHAIN is the installed stable toolchain: naming it $TOOLCHAIN-$HOST"
  ln -s "$RUSTUP_DIR/stable-$HOST" "$RUSTUP_DIR/$TOOLCHAIN-$HOST"
else
  say "Installing Rust $TOOLCHAIN (rust-toolchain.toml)"
  rustup toolchain install "$TOOLCHAIN" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown
fi
command -v cargo >/dev/null || missing "rustup is there but cargo is not on PATH; add \$HOME/.cargo/bin to PATH, then run this again."

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Rust target wasm32-unknown-unknown (already installed)"
else
  say "Adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Node.js: the build (wasm-opt, the CSS bundle, the service worker) and the
# tests run on it. Debian 12's own is 18, too old; an older Node gets the
# LTS from the npm registry (the `node` package carries the official
# binary) in a folder of its own that scripts/env.sh puts first on PATH.
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if ! command -v npm >/dev/null; then
  say "Installing Debian's Node.js and npm (only to fetch a supported Node.js)"
  apt_install nodejs npm
fi
if [ "$(node_major)" -ge "$NODE_MIN" ]; then
  say "Node.js $(node --version) ($(command -v node); at least $NODE_MIN needed)"
else
  say "Node.js $(node --version 2>/dev/null || echo none) is older than $NODE_MIN: installing Node.js $NODE_LTS into $NODE_PREFIX"
  npm install --global --prefix "$NODE_PREFIX" --no-audit --no-fund --loglevel=error "node@$NODE_LTS"
  hash -r
  [ "$(node_major)" -ge "$NODE_MIN" ] || missing "installing Node.js $NODE_LTS into $NODE_PREFIX did not work; install Node.js $NODE_MIN or newer, then run this again."
  say "Node.js $(node --version) ($(command -v node))"
fi

if [ "${1:-}" = "--test" ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "Chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n1) (already installed)"
  else
    say "Installing Debian's Chromium and ChromeDriver"
    apt_install chromium chromium-driver
  fi
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION (already installed)"
else
  # 0.22 needs a newer rustc than the pinned one.
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

# npm ci wipes node_modules, so it only runs when the lockfile changed since
# the last install (a copy of it is kept as the stamp).
STAMP=node_modules/.cache/nettbutikken/package-lock.json
if [ -f "$STAMP" ] && cmp -s package-lock.json "$STAMP"; then
  say "npm packages (already installed from this package-lock.json)"
else
  say "npm packages (Designsystemet CSS, binaryen's wasm-opt, Workbox, Playwright, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
  mkdir -p "$(dirname "$STAMP")"
  cp package-lock.json "$STAMP"
fi
