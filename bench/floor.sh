#!/usr/bin/env bash
# The floor of the first load: builds bench/floor (the smallest Leptos CSR
# app with a router, with the shop's versions of Leptos, wasm-bindgen and
# the same release profile, Trunk and wasm-opt settings) and prints its
# gzip -9 sizes beside the shop's release build in dist/.
#
#   bench/floor.sh
#
# Needs the tools of scripts/setup.sh (trunk, wasm-bindgen, wasm-opt from
# node_modules) and, for the comparison, `trunk build --release` in the
# repository first. Prints figures only; never fails on a size.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$REPO/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$REPO/bench/floor"
# Its own target folder: the floor is a workspace of its own.
CARGO_TARGET_DIR="$REPO/target/floor" trunk build --release >&2

gz() { gzip -9c "$1" | wc -c; }
report() {
  local name=$1 dir=$2 wasm=0 js=0 rest=0 f
  for f in "$dir"/*.wasm; do wasm=$((wasm + $(gz "$f"))); done
  for f in "$dir"/*.js; do
    case "$(basename "$f")" in sw.js | workbox-*) ;; *) js=$((js + $(gz "$f"))) ;; esac
  done
  for f in "$dir"/index.html "$dir"/*.css; do [ -f "$f" ] && rest=$((rest + $(gz "$f"))); done
  printf '%-34s wasm %7d B   js %6d B   html+css %6d B   total %7d B gzip -9\n' \
    "$name" "$wasm" "$js" "$rest" $((wasm + js + rest))
}
report "floor (Leptos + router, no app)" "$REPO/bench/floor/dist"
if [ -d "$REPO/dist" ]; then
  report "the shop (dist/)" "$REPO/dist"
else
  echo "no dist/: run trunk build --release for the shop's figures" >&2
fi
