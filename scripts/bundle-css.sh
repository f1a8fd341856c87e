#!/bin/sh
# Trunk's pre-build hook: writes the shop's one stylesheet, the Designsystemet
# theme, the Designsystemet components the shop uses, then ours and the
# loading shell's (style/boot.css), in this cascade order. One file instead
# of twenty compresses to about a third less (gzip shares one dictionary
# across all of it) and costs one request. It is written under node_modules/
# (which Trunk's watch ignores), so `trunk serve` does not rebuild in a loop;
# Trunk minifies and hashes it like any CSS asset.
set -eu
cd "$(dirname "$0")/.."
DS=node_modules/@digdir/designsystemet-css/dist
OUT=node_modules/.cache/nettbutikken/shop.css
# Only the components the shop's markup uses (class names `ds-<component>`).
COMPONENTS="base heading paragraph link button alert details table field label
input fieldset chip pagination tag spinner skip-link"
# index.html fixes the light colour scheme, so the theme's dark scheme (which
# only `data-color-scheme="dark"` or "auto" would apply) is never used.
UNUSED_LAYERS="ds.theme.color-scheme.dark"
if [ ! -f "$DS/theme/designsystemet.css" ]; then
    echo "bundle-css: $DS is missing; run \`npm ci\` first" >&2
    exit 1
fi
mkdir -p "$(dirname "$OUT")"
{
    # shellcheck disable=SC2086 # one argument per layer name
    node scripts/css-drop-layers.mjs $UNUSED_LAYERS <"$DS/theme/designsystemet.css"
    echo
    for component in $COMPONENTS; do
        cat "$DS/src/$component.css"
        echo
    done
    cat style/main.css
    echo
    cat style/boot.css
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
