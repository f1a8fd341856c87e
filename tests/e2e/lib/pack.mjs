// The binary catalog (catalog.nbcat) of a catalog given as the JSON of
// catalog.json, made by the catalog crate's own encoder (its
// `pack_catalog` example), so tests can change a catalog as JSON and
// serve it to the app in the form the app reads.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The bytes of catalog.nbcat for `catalog` (an object or its JSON text). */
export function packCatalog(catalog) {
  const json = typeof catalog === 'string' ? catalog : JSON.stringify(catalog);
  return execFileSync('cargo', ['run', '--quiet', '--package', 'catalog', '--example', 'pack_catalog'], {
    cwd: ROOT,
    input: json,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}
