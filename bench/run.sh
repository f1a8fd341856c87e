#!/usr/bin/env bash
# Every benchmark of issue 6 in one command, on a fresh machine: installs
# the tools (scripts/setup.sh --test), runs the engine benchmark
# (bench/engine.sh, when present), builds the release site, measures the
# builder and the real app in headless Chromium, then prints each figure
# next to its target and writes target/bench/summary.md, with Pagefind
# (bench/pagefind.mjs) beside our figures at 10k and 100k.
#
#   bench/run.sh            full run: 10k and 100k catalogs (about 45 minutes on 2 cores,
#                           half of it Pagefind answering facet queries at 100k)
#   bench/run.sh --quick    short run: 10k catalog, fewer queries and runs (about 5 minutes)
#
# To set another build beside this one (first results, bytes before them,
# memory and keystroke → screen, measured the same way right after, e.g. a
# build of main), name its release site and its builder binary:
#
#   BENCH_BASE_DIST=/path/to/dist BENCH_BASE_BUILDER=/path/to/nettbutikk-catalog bench/run.sh
#
# Benchmarks print figures; a missed target never fails the run. The exit
# status is not 0 only when something broke.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=()
case "${1:-}" in
  "") ;;
  --quick) QUICK=(--quick) ;;
  *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
esac
step() { printf '\n== %s\n' "$*"; }

scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
mkdir -p target/bench
started=$(date +%s)

broken=0
if [ -x bench/engine.sh ]; then
  step "Engine: native and in Chromium, side by side with the peers (bench/engine.sh)"
  bench/engine.sh "${QUICK[@]}" || { echo "bench/engine.sh failed" >&2; broken=1; }
fi

step "Release build of the site (trunk build --release)"
trunk build --release

step "Builder throughput"
node bench/builder-bench.mjs "${QUICK[@]}" || broken=1

step "The app in headless Chromium"
node bench/app-bench.mjs "${QUICK[@]}" || broken=1

rm -f target/bench/base.json
if [ -n "${BENCH_BASE_DIST:-}" ] && [ -n "${BENCH_BASE_BUILDER:-}" ]; then
  step "The other build, for before and after ($BENCH_BASE_DIST)"
  node bench/app-bench.mjs "${QUICK[@]}" --label base \
    --dist "$BENCH_BASE_DIST" --builder "$BENCH_BASE_BUILDER" || broken=1
fi

step "The first load's floor: the smallest Leptos app with the shop's dependencies (bench/floor.sh)"
bench/floor.sh || broken=1

step "Pagefind as a peer: first visit, first answer, warm queries, agreement"
node bench/pagefind.mjs "${QUICK[@]}" || broken=1

step "Figures and targets"
node bench/summary.mjs
step "Benchmarks done in $(( $(date +%s) - started )) s"
exit "$broken"
