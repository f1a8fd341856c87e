#!/usr/bin/env bash
# Trunk's pre-build hook: builds the prøverom's checker (crates/proverom,
# the builder's check and build compiled to WebAssembly) into proverom/ of
# the site, beside its Web Worker script. The shop's own page never loads
# these files; the prøverom page (?vis=proverom) starts the worker.
#
#   scripts/build-proverom.sh [DIR]   DIR defaults to $TRUNK_STAGING_DIR
#
# The module's files carry a content hash in their names, so a host may
# cache them for long; worker.js names them and is small (cache it briefly).
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-${TRUNK_STAGING_DIR:-}}"
if [ -z "$site" ]; then
  echo "build-proverom: name the site folder, or run as a Trunk hook (TRUNK_STAGING_DIR)" >&2
  exit 2
fi
target="${CARGO_TARGET_DIR:-target}"
# Always the release profile: a debug build of the builder is 10 times
# slower, and the page must stay usable on a 20 MB file during `trunk serve`.
cargo build --quiet --release --target wasm32-unknown-unknown -p proverom
out="$target/proverom-pkg"
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "$target/wasm32-unknown-unknown/release/proverom.wasm"
if command -v wasm-opt >/dev/null; then
  # Speed over size: the module is fetched only by the prøverom page.
  wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types \
    "$out/proverom_bg.wasm" -o "$out/proverom_bg.wasm"
fi
hash=$(cat "$out/proverom.js" "$out/proverom_bg.wasm" | sha256sum | cut -c1-16)
dest="$site/proverom"
rm -rf "$dest"
mkdir -p "$dest"
cp "$out/proverom.js" "$dest/proverom-$hash.js"
cp "$out/proverom_bg.wasm" "$dest/proverom-${hash}_bg.wasm"
sed -e "s/@HASH@/$hash/g" crates/proverom/js/worker.js > "$dest/worker.js"
echo "build-proverom: $dest/proverom-${hash}_bg.wasm, $(wc -c < "$dest/proverom-${hash}_bg.wasm") bytes"
