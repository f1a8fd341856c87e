// Trunk's post-build hook, before the service worker is written: minifies
// the JavaScript that index.html loads (loader/boot.js and the wasm-bindgen
// module) with terser and puts the new integrity hashes into index.html.
// Trunk's own minifier gives up on the wasm-bindgen module (it leaves it
// whole with a warning), and the two files are a tenth of the first load:
// minified, they are about 3.7 KB smaller gzipped.
//
// Only files named by an integrity attribute of index.html are touched, and
// only in release builds; a file terser cannot parse fails the build rather
// than shipping a file whose hash does not match.
//
//   node scripts/minify-js.mjs [DIR]   DIR defaults to $TRUNK_STAGING_DIR
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-js: name the site folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
  process.exit(2);
}
if (!process.argv[2] && process.env.TRUNK_PROFILE !== 'release') {
  console.log('minify-js: debug build, left as it is');
  process.exit(0);
}

/** The `sha384-…` integrity value of some bytes. */
const integrity = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

const htmlPath = path.join(dir, 'index.html');
let html = fs.readFileSync(htmlPath, 'utf8');
// Script and modulepreload tags; Trunk's minified HTML may drop the quotes.
const scripts = /(?:src|href)=["']?(?:\.\/)?([^"'\s>]+\.js)["'\s>]/g;
const files = [...new Set([...html.matchAll(scripts)].map((m) => m[1]))];
for (const file of files) {
  const full = path.join(dir, file);
  const before = fs.readFileSync(full);
  const old = integrity(before);
  if (!html.includes(old)) {
    console.error(`minify-js: index.html names ${file} without its integrity hash; left as it is`);
    continue;
  }
  const { code } = await minify(before.toString('utf8'), {
    module: true,
    compress: true,
    mangle: true,
    format: { comments: false },
  });
  fs.writeFileSync(full, code);
  html = html.replaceAll(old, integrity(Buffer.from(code)));
  console.log(`minify-js: ${file} ${before.length} -> ${Buffer.byteLength(code)} bytes`);
}
fs.writeFileSync(htmlPath, html);
