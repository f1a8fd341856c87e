// Generated metadata corpora under target/bench/, regenerated only when the
// generator, the seed or the size changed (a stamp file records them), so a
// second benchmark run does not spend time writing 100 MB of YAML again.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SEED, writeCorpus } from '../gen-metadata.mjs';

const BENCH = path.resolve(import.meta.dirname, '..');
/** Where benchmark inputs and outputs live (git-ignored). */
export const OUT = path.resolve(BENCH, '..', 'target', 'bench');

function generatorHash() {
  const hash = crypto.createHash('sha256');
  for (const file of ['gen-metadata.mjs', 'lib/prng.mjs', 'lib/providers.mjs', 'lib/yaml.mjs']) {
    hash.update(fs.readFileSync(path.join(BENCH, file)));
  }
  return hash.digest('hex');
}

/** The directory of the n-variable corpus, written first if missing or stale. */
export function corpus(n, seed = SEED) {
  const dir = path.join(OUT, `metadata-${n}`);
  const stampFile = path.join(dir, '.stamp');
  const stamp = `${n} ${seed} ${generatorHash()}`;
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return dir;
  const started = performance.now();
  writeCorpus(dir, n, seed);
  fs.writeFileSync(stampFile, stamp);
  console.log(`generated ${n} variables in ${((performance.now() - started) / 1000).toFixed(1)} s: ${dir}`);
  return dir;
}
