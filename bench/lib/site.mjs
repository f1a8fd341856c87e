// The real built site (dist/ from `trunk build --release`) with another
// catalog in it. The catalog files are found by what the builder writes, not
// by their names or format: the builder is run once on the sample metadata
// into an empty folder, every file it wrote there is left out of the copy of
// dist/, and the builder then writes the generated catalog into the copy,
// exactly as Trunk's pre-build hook does (the same --out, read from
// Trunk.toml). So a split catalog (summary + detail files) works unchanged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuilder } from './builder.mjs';
import { OUT } from './corpus.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The release build of the shop. */
export const DIST = path.join(ROOT, 'dist');

/**
 * Where Trunk's pre-build hook tells the builder to write, relative to the
 * staging folder: "catalog.json" for `--out "$TRUNK_STAGING_DIR/catalog.json"`,
 * "" for `--out "$TRUNK_STAGING_DIR"`.
 */
export function hookOut() {
  const trunk = fs.readFileSync(path.join(ROOT, 'Trunk.toml'), 'utf8');
  const match = /--out \\?"?\$TRUNK_STAGING_DIR(?:\/([^"\\\s]*))?/.exec(trunk);
  if (!match) throw new Error('Trunk.toml: no pre_build hook with --out "$TRUNK_STAGING_DIR..." found');
  return match[1] ?? '';
}

/** Every file below dir, as paths relative to it, sorted. */
export function listFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

/** The files (relative paths) the builder writes for a catalog, learnt from a build of the sample metadata. */
export function builderOutputs() {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'nettbutikk-bench-probe-'));
  try {
    runBuilder(['build', path.join(ROOT, 'metadata'), '--out', path.join(probe, hookOut())]);
    return listFiles(probe);
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}

/**
 * A copy of `dist` (the release build, dist/ by default) at
 * target/bench/site-<name>/ whose catalog the builder built from
 * `metadataDir`. Returns the folder.
 */
export function siteWith(name, metadataDir, dist = DIST) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run trunk build --release first`);
  const site = path.join(OUT, `site-${name}`);
  fs.rmSync(site, { recursive: true, force: true });
  // Top-level entries the builder writes (a file, or a folder of shards).
  const catalogEntries = new Set(builderOutputs().map((f) => f.split(path.sep)[0]));
  fs.cpSync(dist, site, {
    recursive: true,
    filter: (src) => !catalogEntries.has(path.relative(dist, src).split(path.sep)[0]),
  });
  runBuilder(['build', metadataDir, '--out', path.join(site, hookOut())]);
  return site;
}
