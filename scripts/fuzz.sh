#!/usr/bin/env bash
# Fuzzes the catalog builder's parse + validate path for every dialect with
# cargo-fuzz (libFuzzer) on stable Rust, then prints executions, coverage
# and findings per target. docs/robustness.md explains the targets.
#
#   scripts/fuzz.sh [seconds-per-target] [target...]
#
# Default: 600 s for each target in fuzz/Cargo.toml, one after the other
# (run two copies with different targets to use two cores). Exits 1 when a
# target crashed, hung (-timeout) or blew its memory limit (-rss_limit_mb),
# leaving the reproducer in fuzz/artifacts/<target>/; 2 on bad arguments.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
# Limits per input: far above what any honest metadata file needs (the
# hostile-input tests assert much tighter bounds), low enough to catch a
# blow-up.
TIMEOUT_S=10
RSS_LIMIT_MB=2048

seconds=${1:-600}
case $seconds in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [seconds-per-target] [target...]" >&2; exit 2 ;;
esac
shift || true
export PATH="$HOME/.cargo/bin:$PATH"

if [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  echo "== cargo-fuzz $CARGO_FUZZ_VERSION (already installed)"
else
  echo "== Installing cargo-fuzz $CARGO_FUZZ_VERSION (about 6 minutes on a busy two-core machine)"
  cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cd fuzz && cargo fuzz list)

# Seeds: the files a target starts from, read in place (never copied) so
# they follow the fixtures. New inputs libFuzzer finds go to the first
# directory, fuzz/corpus/<target> (not committed).
fixtures=crates/builder/tests/fixtures
hostile=crates/builder/tests/hostile
seeds() {
  case $1 in
    kudaf_yaml) echo metadata $fixtures/valid $fixtures/invalid $fixtures/mixed $hostile ;;
    microdata_json) echo $fixtures/microdata $hostile ;;
    raird_json) echo $fixtures/metadata-all $fixtures/kudaflib $hostile ;;
    *) echo $fixtures $hostile ;;
  esac
}

# -s none: AddressSanitizer needs the nightly-only -Zsanitizer, and the
# builder has no unsafe code of its own. -a: debug assertions and overflow
# checks, so arithmetic overflow is a finding too.
flags=(-O -a -s none)
echo "== Building ${targets[*]}"
for t in "${targets[@]}"; do
  (cd fuzz && nice cargo fuzz build "${flags[@]}" "$t")
done

mkdir -p fuzz/logs
failed=0
summary=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  before=$(find "fuzz/artifacts/$t" -type f | wc -l)
  log="fuzz/logs/$t.log"
  echo "== Fuzzing $t for $seconds s (log: $log)"
  # shellcheck disable=SC2046 # seeds are several directories
  if (cd fuzz && nice cargo fuzz run "${flags[@]}" "$t" "corpus/$t" $(for d in $(seeds "$t"); do echo "../$d"; done) -- \
    -max_total_time="$seconds" -timeout="$TIMEOUT_S" -rss_limit_mb="$RSS_LIMIT_MB" \
    -print_final_stats=1) >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
    failed=1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  peak=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -n1 || true)
  # Every instrumented edge, the builder's and its dependencies' alike.
  edges=$(sed -n 's/^INFO: Loaded 1 modules *(\([0-9]*\) inline 8-bit counters).*/\1/p' "$log" | head -n1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<<"$last")
  findings=$(find "fuzz/artifacts/$t" -type f | sort | tail -n +"$((before + 1))")
  line="$t: $status, ${execs:-?} executions in $seconds s, coverage ${cov:-?} of ${edges:-?} edges (${ft:-?} features), corpus ${corp:-?}, peak RSS ${peak:-?} MB"
  if [ -n "$findings" ]; then
    line+=", findings:"$'\n'"$(sed 's/^/    /' <<<"$findings")"
    grep -m1 -A2 -E "panicked at|ERROR: libFuzzer" "$log" | sed 's/^/    /' || true
  else
    line+=", no findings"
  fi
  [ "$status" = ok ] || line+=$'\n'"    see $log; reproduce with: (cd fuzz && cargo fuzz run ${flags[*]} $t <file>)"
  echo "$line"
  summary+=("$line")
done

echo
echo "== Summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
