#!/usr/bin/env bash
# Trunk's pre-build hook: builds the prøverom's checker (crates/proverom,
# the builder's check and build compiled to WebAssembly) into proverom/ of
# the site, beside its Web Worker script, and the prøverom's page module
# (src/bin/proverom_page.rs, the page's files, report and preview as a
# second app) with its loader page.js. The shop's first load fetches none
# of these: the prøverom page (?vis=proverom) adds page.js, which starts
# the worker.
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

# The page module: the shop's own crate, its second binary, with the
# shop's size settings (opt-level z, wasm-opt -Oz).
cargo build --quiet --release --target wasm32-unknown-unknown -p nettbutikken --bin proverom_page
page="$target/proverom-page-pkg"
rm -rf "$page"
wasm-bindgen --target web --no-typescript --out-dir "$page" \
  "$target/wasm32-unknown-unknown/release/proverom_page.wasm"
if command -v wasm-opt >/dev/null; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types \
    "$page/proverom_page_bg.wasm" -o "$page/proverom_page_bg.wasm"
fi
page_hash=$(cat "$page/proverom_page.js" "$page/proverom_page_bg.wasm" | sha256sum | cut -c1-16)

dest="$site/proverom"
rm -rf "$dest"
mkdir -p "$dest"
cp "$out/proverom.js" "$dest/proverom-$hash.js"
cp "$out/proverom_bg.wasm" "$dest/proverom-${hash}_bg.wasm"
sed -e "s/@HASH@/$hash/g" crates/proverom/js/worker.js > "$dest/worker.js"
cp "$page/proverom_page.js" "$dest/page-$page_hash.js"
cp "$page/proverom_page_bg.wasm" "$dest/page-${page_hash}_bg.wasm"
sed -e "s/@HASH@/$page_hash/g" loader/proverom-page.js > "$dest/page.js"
echo "build-proverom: $dest/proverom-${hash}_bg.wasm, $(wc -c < "$dest/proverom-${hash}_bg.wasm") bytes"
echo "build-proverom: $dest/page-${page_hash}_bg.wasm, $(wc -c < "$dest/page-${page_hash}_bg.wasm") bytes"
