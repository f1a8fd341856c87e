# Sourced by the scripts (not run): the PATH every build and test step uses.
# First the Node.js LTS that scripts/setup.sh installs when the machine's
# Node is older than package.json's `engines` allows, then the npm tools of
# this checkout (Trunk finds binaryen's wasm-opt there, before Debian's
# broken one), then cargo's installed tools (trunk, wasm-bindgen).
# shellcheck shell=bash disable=SC2034 # the variables are for the scripts that source this

# The Node.js major version setup installs: an LTS line the tests are run on.
NODE_LTS=24
# Where it goes: one copy per user, shared by every checkout.
NODE_PREFIX="${NETTBUTIKKEN_NODE_PREFIX:-$HOME/.local/share/nettbutikken/node-$NODE_LTS}"
# The oldest Node.js major the tools support (package.json's `engines`).
NODE_MIN=22

export PATH="$NODE_PREFIX/bin:$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
