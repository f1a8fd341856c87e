#!/usr/bin/env bash
# Installs what the tests need, then runs every test: formatting and lints,
# native unit/integration/golden tests, the release build, component tests
# in headless Chromium, and end-to-end tests with Playwright and axe-core.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
scripts/setup.sh --test
# shellcheck source=scripts/env.sh
. scripts/env.sh
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

step "Release build (trunk build --release)"
trunk build --release

step "Component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --package nettbutikken --tests --locked

step "JavaScript tests on Node.js $(node --version): benchmark generator, deploy, end to end (npm test)"
npm test

step "All tests passed in $(( $(date +%s) - started )) s"
