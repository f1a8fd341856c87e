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
dest="$site/proverom"
rm -rf "$dest"
mkdir -p "$dest"

# package NAME LEVEL PREFIX TEMPLATE: wasm-bindgen and wasm-opt at LEVEL on
# target/…/release/NAME.wasm, copied to $dest as PREFIX-<hash>.js and
# PREFIX-<hash>_bg.wasm, and TEMPLATE (a loader naming them through @HASH@)
# beside them.
package() {
  local name=$1 level=$2 prefix=$3 template=$4 out="$target/$1-pkg"
  # LEVEL may carry more flags (e.g. "-Os --low-memory-unused").
  local -a flags
  read -r -a flags <<<"$level"
  rm -rf "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" \
    "$target/wasm32-unknown-unknown/release/$name.wasm"
  if command -v wasm-opt >/dev/null; then
    wasm-opt "${flags[@]}" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types \
      "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
  fi
  local hash
  hash=$(cat "$out/$name.js" "$out/${name}_bg.wasm" | sha256sum | cut -c1-16)
  cp "$out/$name.js" "$dest/$prefix-$hash.js"
  cp "$out/${name}_bg.wasm" "$dest/$prefix-${hash}_bg.wasm"
  sed -e "s/@HASH@/$hash/g" "$template" > "$dest/$(basename "$template" | sed 's/^proverom-//')"
  echo "build-proverom: $dest/$prefix-${hash}_bg.wasm, $(wc -c < "$dest/$prefix-${hash}_bg.wasm") bytes"
}

# The checker. Always the release profile: a debug build of the builder is
# 10 times slower, and the page must stay usable on a 20 MB file during
# `trunk serve`. Speed over size (-O3): it is fetched only by the prøverom.
cargo build --quiet --release --target wasm32-unknown-unknown -p proverom
package proverom -O3 proverom crates/proverom/js/worker.js

# The page module: the shop's own crate, its second binary, with the
# shop's size settings (opt-level z, and wasm-opt -Os --low-memory-unused
# as in index.html); its loader is page.js.
cargo build --quiet --release --target wasm32-unknown-unknown -p nettbutikken --bin proverom_page
package proverom_page "-Os --low-memory-unused" page loader/proverom-page.js
