#!/usr/bin/env bash
# Installs what the tests need, then runs every test: formatting and lints,
# native unit/integration/golden tests, the release build, component tests
# in headless Chromium, and end-to-end tests with Playwright and axe-core.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

step "Formatting (cargo fmt --check, leptosfmt --check)"
cargo fmt --all -- --check
# The bodies of view! macros, which rustfmt leaves alone (leptosfmt.toml).
leptosfmt --check --quiet src tests
# The fuzz targets are a workspace of their own (docs/robustness.md).
rustfmt --check --edition 2021 fuzz/src/lib.rs fuzz/fuzz_targets/*.rs

step "Lints (clippy -D warnings, native and wasm)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --package nettbutikken --all-targets --locked -- -D warnings

step "Native tests: core, builder, golden catalog"
cargo test --workspace --locked

# DCAT-AP-NO: catalog.ttl of the sample, the hostile and a generated 10k
# catalogue against Digdir's SHACL shapes (pyshacl in its own venv).
step "DCAT-AP-NO validation (scripts/dcat-validate.sh)"
scripts/dcat-validate.sh

step "Release build (trunk build --release)"
trunk build --release

step "Component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --package nettbutikken --tests --locked

step "Benchmark generator: deterministic, accepted by the builder (node --test bench/)"
node --test bench/

step "End-to-end tests (Playwright + axe-core on Chromium, against dist/)"
node --test --test-concurrency=1 tests/e2e/

step "All tests passed in $(( $(date +%s) - started )) s"
