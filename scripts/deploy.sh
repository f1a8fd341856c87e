#!/usr/bin/env bash
# Builds the release site and writes it, ready to upload, into DEST: every
# file of dist/, a `.br` (Brotli) and a `.gz` (gzip) beside each text file
# for servers that send them as they are (nginx brotli_static/gzip_static),
# and a `_headers` file with the recommended headers of docs/deploy.md.
# It prints the bytes of each kind of file, raw, gzip and Brotli.
#
#   scripts/deploy.sh DEST
#
# DEST must be new, empty or an earlier deploy; it is replaced whole, and
# only once everything is written.
set -euo pipefail
if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: scripts/deploy.sh DEST" >&2
  exit 2
fi
DEST=$(realpath -m "$1")
cd "$(dirname "$0")/.."
scripts/setup.sh
# shellcheck source=scripts/env.sh
. scripts/env.sh
printf '\n== Release build (trunk build --release)\n'
trunk build --release
printf '\n== Deployable copy with precompressed files and _headers\n'
node scripts/deploy/site.mjs dist "$DEST"
