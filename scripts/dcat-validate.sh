#!/usr/bin/env bash
# Validates the catalogue's DCAT-AP-NO 2 description (catalog.ttl) with
# Digdir's own SHACL shapes, as data.norge.no's validator would: pyshacl
# with the shapes, the ontologies the validator loads and the EU
# vocabulary concepts the shapes require values from, all from
# ../shared/reference/dcat-ap-no. Checks the sample metadata, a generated
# catalogue of 10,000 variables and the end-to-end tests' hostile catalog;
# each must conform with no result at all (violation or warning).
#
# pyshacl comes from PyPI into a virtual environment under target/, made
# on the first run and reused after.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

reference=../shared/reference/dcat-ap-no
venv=target/dcat-venv
work=target/dcat-validate
pyshacl_version=0.40.1
# A local address: the landing pages need a base URL, and this test
# publishes nothing.
base_url=http://127.0.0.1:8080/
# The catalogue's publisher: the operator gives its own organisation
# number; a sample provider's number (Novari IKS) stands in here.
publisher=921693230

for file in DCAT-AP-NO-shacl_shapes_2.00.ttl ontologies.ttl eu-vocabularies.ttl; do
  if [ ! -f "$reference/$file" ]; then
    echo "dcat-validate: $reference/$file is missing (the shared reference folder beside the repository)" >&2
    exit 2
  fi
done

if [ "$("$venv/bin/pyshacl" --version 2>&1 || true)" != "PySHACL Version: $pyshacl_version" ]; then
  echo "dcat-validate: installing pyshacl $pyshacl_version into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pyshacl==$pyshacl_version"
fi

rm -rf "$work"
mkdir -p "$work"
builder=(cargo run --quiet --locked --package nettbutikk-catalog --)

# validate NAME TURTLE: pyshacl over the description plus the EU
# vocabularies, its summary and how long it took; fails unless it conforms.
validate() {
  local name=$1 turtle=$2 started elapsed
  cat "$turtle" "$reference/eu-vocabularies.ttl" > "$work/$name-with-vocabularies.ttl"
  started=$(date +%s%N)
  if "$venv/bin/pyshacl" -s "$reference/DCAT-AP-NO-shacl_shapes_2.00.ttl" \
      -e "$reference/ontologies.ttl" -i rdfs -f human \
      "$work/$name-with-vocabularies.ttl" > "$work/$name-report.txt"; then
    elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
    printf '%s: %s bytes of Turtle, %s bytes per variable; pyshacl: %s in %d.%03d s\n' \
      "$name" "$(wc -c < "$turtle")" "$(( $(wc -c < "$turtle") / $3 ))" \
      "$(grep -m1 'Conforms:' "$work/$name-report.txt")" $((elapsed / 1000)) $((elapsed % 1000))
  else
    echo "dcat-validate: $name does not conform to DCAT-AP-NO:" >&2
    head -60 "$work/$name-report.txt" >&2
    exit 1
  fi
}

variables_in() { node -e '
  const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(c.variables.length)' "$1"; }

# The sample metadata.
mkdir -p "$work/sample" "$work/gen-10k"
"${builder[@]}" build metadata --out "$work/sample" --base-url "$base_url" --publisher "$publisher" > "$work/sample-build.txt"
validate sample "$work/sample/catalog.ttl" "$(variables_in "$work/sample/catalog.json")"

# The hostile catalog of the end-to-end tests, from the sample.
cargo run --quiet --locked --package catalog --example hostile_catalog -- "$work/sample" "$work/hostile" > /dev/null
cargo run --quiet --locked --package dcat --example describe -- \
  "$work/hostile/catalog.json" "$base_url" "$publisher" > "$work/hostile.ttl"
validate hostile "$work/hostile.ttl" "$(variables_in "$work/hostile/catalog.json")"

# A generated catalogue of 10,000 variables (bench/gen-metadata.mjs).
node bench/gen-metadata.mjs --variables 10000 --out "$work/gen-10k-metadata" > /dev/null
"${builder[@]}" build "$work/gen-10k-metadata" --out "$work/gen-10k" --base-url "$base_url" --publisher "$publisher" > "$work/gen-10k-build.txt"
validate generated-10k "$work/gen-10k/catalog.ttl" 10000

echo "dcat-validate: the sample, hostile and generated catalogues conform to DCAT-AP-NO 2"
