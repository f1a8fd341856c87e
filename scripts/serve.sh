#!/usr/bin/env bash
# Builds the shop on the bundled sample metadata and serves it at
# http://127.0.0.1:8080/ (set PORT to change), rebuilding on every change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# shellcheck source=scripts/env.sh
. scripts/env.sh
PORT="${PORT:-8080}"
echo
echo "Nettbutikken is served at http://127.0.0.1:$PORT/ (Ctrl+C stops it)"
exec trunk serve --address 127.0.0.1 --port "$PORT" --public-url / "$@"
