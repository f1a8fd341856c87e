// Transfer sizes: every file compressed with gzip level 9 (zlib, what
// `gzip -9` does), as a static host or CDN would serve it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** gzip -9 size of a file in bytes. */
export function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/**
 * The files index.html makes the browser load before the app runs: itself
 * and the .js, .wasm and .css it names (link href, script src and the
 * module loader's import and init paths), as paths relative to dist.
 * Attribute values may be unquoted: Trunk's release minifier drops quotes.
 */
export function shellFiles(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const named = new Set(['index.html']);
  // The extension must end the value: `href=catalog.json` (the catalog's
  // preload) is data, not a .js file.
  const attributes = /(?:href|src)=["']?(?:\.\/|\/)?([^"'\s>?#]+\.(?:js|wasm|css))(?=["'\s>?#]|$)/g;
  const scriptStrings = /["'](?:\.\/|\/)?([^"'\s?#]+\.(?:js|wasm))["']/g;
  for (const pattern of [attributes, scriptStrings]) {
    for (const [, ref] of html.matchAll(pattern)) named.add(ref);
  }
  for (const file of named) {
    if (!fs.existsSync(path.join(dist, file))) throw new Error(`${dist}/index.html names ${file}, which is not in ${dist}`);
  }
  return [...named].sort();
}

/** Raw and gzip bytes of files (relative to root), per file and in total. */
export function measure(root, files) {
  const each = files.map((file) => ({
    file,
    bytes: fs.statSync(path.join(root, file)).size,
    gzip: gzipSize(path.join(root, file)),
  }));
  return {
    files: each,
    bytes: each.reduce((s, f) => s + f.bytes, 0),
    gzip: each.reduce((s, f) => s + f.gzip, 0),
  };
}
