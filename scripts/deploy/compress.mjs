// Precompressed copies of a site's text files, for servers that send a
// ready `.br` or `.gz` instead of compressing on every request (nginx's
// brotli_static and gzip_static): Brotli at its best quality and gzip -9,
// with Node's own zlib, so no other tool is needed.
import fs from 'node:fs/promises';
import zlib from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The files worth compressing: everything but images that already are. */
export const TEXT = /\.(html|js|mjs|css|json|wasm|svg|nbix|txt)$/;

/**
 * Writes `FILE.br` and `FILE.gz` beside each text file of `files` (paths
 * under `root`), two at a time. Returns the bytes per file: raw, gzip, br.
 */
export async function precompress(root, files) {
  const todo = files.filter((f) => TEXT.test(f));
  const sizes = [];
  const worker = async () => {
    for (let file = todo.shift(); file !== undefined; file = todo.shift()) {
      const body = await fs.readFile(`${root}/${file}`);
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzip(body, { level: 9 }),
      ]);
      await fs.writeFile(`${root}/${file}.br`, br);
      await fs.writeFile(`${root}/${file}.gz`, gz);
      sizes.push({ file, raw: body.length, gzip: gz.length, brotli: br.length });
    }
  };
  await Promise.all([worker(), worker()]);
  return sizes.sort((a, b) => a.file.localeCompare(b.file));
}

/** What a file is, for the size table. */
export function kind(file) {
  if (file.startsWith('details/')) return 'detail shards';
  if (file === 'catalog.json') return 'catalog.json';
  if (file.endsWith('.nbix')) return 'search index';
  if (file.endsWith('.wasm')) return 'wasm';
  if (/\.m?js$/.test(file)) return 'JavaScript';
  return file.slice(file.lastIndexOf('.') + 1);
}

/** A Markdown table of the bytes per kind of file, raw, gzip and Brotli. */
export function sizeTable(sizes) {
  const kinds = new Map();
  for (const s of sizes) {
    const k = kinds.get(kind(s.file)) ?? { files: 0, raw: 0, gzip: 0, brotli: 0 };
    k.files += 1;
    k.raw += s.raw;
    k.gzip += s.gzip;
    k.brotli += s.brotli;
    kinds.set(kind(s.file), k);
  }
  const total = [...kinds.values()].reduce(
    (t, k) => ({ files: t.files + k.files, raw: t.raw + k.raw, gzip: t.gzip + k.gzip, brotli: t.brotli + k.brotli }),
    { files: 0, raw: 0, gzip: 0, brotli: 0 },
  );
  const n = (x) => x.toLocaleString('en-US');
  const row = (name, k) =>
    `| ${name} | ${k.files} | ${n(k.raw)} | ${n(k.gzip)} | ${n(k.brotli)} | ${((100 * k.brotli) / k.gzip).toFixed(1)} % |`;
  return [
    '| files | count | raw bytes | gzip -9 | Brotli 11 | Brotli / gzip |',
    '|---|---:|---:|---:|---:|---:|',
    ...[...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([name, k]) => row(name, k)),
    row('all', total),
  ].join('\n');
}
