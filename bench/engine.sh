#!/usr/bin/env bash
# Engine benchmarks: our catalog engine natively and as WebAssembly, side by side with the
# JavaScript peers (MiniSearch, Orama, itemsjs, plain scan) in Node and headless Chromium, on the
# peer benchmark's data, queries and reference semantics ($REPO/../shared/bench/peers).
#
#   bench/engine.sh [--sizes 50,1000,10000,100000] [--quick]
#
# --quick: sizes 50,1000 and fewer measured passes (about 2 minutes).
# Prints the figures; writes a markdown summary to target/bench/engine.md and the raw results to
# target/peers-run/results/. The shared folder is only read: it is copied to target/peers-run/.
# Environment: PEERS_DIR (the peer benchmark, default ../shared/bench/peers), WASM_BINDGEN
# (default wasm-bindgen on PATH), BENCH_BUDGET_MS (time budget of measured passes, default 30000).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
# The repository sits next to shared/ (as in CI); PEERS_DIR overrides, e.g. from a git worktree.
PEERS_SRC="${PEERS_DIR:-$REPO/../shared/bench/peers}"
RUN="$REPO/target/peers-run"
OUT="$REPO/target/bench"
SIZES=50,1000,10000,100000
QUICK=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="${2:?--sizes needs a value}"; shift 2 ;;
    --quick) QUICK=1; shift ;;
    *) echo "bench/engine.sh: unknown argument $1 (usage: bench/engine.sh [--sizes 50,1000,...] [--quick])" >&2; exit 2 ;;
  esac
done
if [ "$QUICK" = 1 ] && [ "$SIZES" = 50,1000,10000,100000 ]; then SIZES=50,1000; fi
# Measured passes: the harness's defaults (at most 20, none started after 30 s) take about
# 15 minutes on an idle 2-core machine; BENCH_BUDGET_MS shortens the budget per engine and size.
PASSES=(--budget-ms "${BENCH_BUDGET_MS:-30000}")
[ "$QUICK" = 1 ] && PASSES=(--max-reps 5 --budget-ms 5000)
export PATH="$REPO/node_modules/.bin:$HOME/.cargo/bin:$PATH"
log() { printf '[engine.sh] %s\n' "$*" >&2; }

[ -d "$PEERS_SRC" ] || { log "no peer benchmark at $PEERS_SRC"; exit 1; }
mkdir -p "$OUT"

log "building the WebAssembly engine (profile bench-wasm: opt-level 3, LTO)"
cd "$REPO"
cargo build --quiet --profile bench-wasm --target wasm32-unknown-unknown -p engine-wasm
PKG="$REPO/bench/engine-wasm/pkg"
# wasm-bindgen-cli must match the wasm-bindgen crate exactly (scripts/setup.sh installs it).
WASM_BINDGEN="${WASM_BINDGEN:-wasm-bindgen}"
WANT=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$("$WASM_BINDGEN" --version 2>/dev/null)" != "wasm-bindgen $WANT" ]; then
  log "needs wasm-bindgen $WANT (found: $("$WASM_BINDGEN" --version 2>/dev/null || echo none)); run scripts/setup.sh or set WASM_BINDGEN"
  exit 1
fi
"$WASM_BINDGEN" --target web --out-dir "$PKG" target/wasm32-unknown-unknown/bench-wasm/engine_wasm.wasm
# The generated loader is an ES module; say so, or Node parses it twice.
echo '{ "type": "module" }' > "$PKG/package.json"
if command -v wasm-opt >/dev/null; then
  wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue --enable-reference-types \
    "$PKG/engine_wasm_bg.wasm" -o "$PKG/engine_wasm_bg.wasm"
else
  log "wasm-opt not found (run npm ci): the module is left as wasm-bindgen wrote it"
fi
log "wasm module: $(wc -c < "$PKG/engine_wasm_bg.wasm") bytes"

log "copying the peer benchmark to $RUN"
mkdir -p "$RUN"
(cd "$PEERS_SRC" && tar --exclude=./node_modules --exclude=./data --exclude=./results --exclude=./page/dist -cf - .) \
  | (cd "$RUN" && tar -xf -)
chmod -R u+w "$RUN"
(cd "$RUN" && npm ci --no-audit --no-fund --loglevel=error)
(cd "$RUN" && node gen.mjs --sizes "$SIZES" --out data >/dev/null)
node --input-type=module -e "import { QUERIES } from '$RUN/queries.mjs'; console.log(JSON.stringify(QUERIES));" > "$OUT/queries.json"

log "native engine (release)"
cargo build --quiet --release -p engine-bench
./target/release/engine-bench --data "$RUN/data" --queries "$OUT/queries.json" --sizes "$SIZES" \
  --index-out "$PKG" --markdown "$OUT/engine-native.md"

# Chromium first (the targets are about it), then Node: each run writes its own results file, so a
# run cut short still leaves the Chromium figures.
rm -rf "$RUN/results"
for env in chromium node; do
  log "peers side by side in $env; this takes a while at 100k"
  (cd "$RUN" && ./run.sh --env "$env" --sizes "$SIZES" --out results --tag "engine-$env" "${PASSES[@]}" \
    --plugin "ours=$REPO/bench/peers-adapter.mjs" \
    --plugin "ours-prebuilt=$REPO/bench/peers-adapter-prebuilt.mjs")
done

node "$REPO/bench/engine-report.mjs" "$RUN/results" "$OUT/engine-native.md" > "$OUT/engine.md"
cat "$OUT/engine.md"
log "summary written to target/bench/engine.md"
