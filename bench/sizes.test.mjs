// The first-load files are read from index.html as Trunk writes it, minified
// (unquoted attributes) or not, and every one must exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shellFiles } from './lib/sizes.mjs';

const CASES = [
  ['minified, unquoted', '<link href=./a-1.css rel=stylesheet><link href=./app-2.js rel=modulepreload><link href=./app-2_bg.wasm rel=preload>', ['a-1.css', 'app-2.js', 'app-2_bg.wasm']],
  ['quoted, loader script', `<link rel="stylesheet" href="./a-1.css"><script type=module>import init from './app-2.js';init({module_or_path:'./app-2_bg.wasm'})</script>`, ['a-1.css', 'app-2.js', 'app-2_bg.wasm']],
  ['icons and the catalog are not first-load code', '<link href=./icon.svg rel=icon><link href=./a-1.css rel=stylesheet>', ['a-1.css']],
  ['the catalog preload, unquoted, is not first-load code', '<link as=fetch crossorigin href=catalog.json rel=preload><link href=./a-1.css rel=stylesheet>', ['a-1.css']],
];

for (const [name, html, expected] of CASES) {
  test(`shellFiles: ${name}`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-files-'));
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    for (const f of ['a-1.css', 'app-2.js', 'app-2_bg.wasm', 'icon.svg']) fs.writeFileSync(path.join(dir, f), f);
    assert.deepEqual(shellFiles(dir), ['index.html', ...expected].sort());
  });
}

test('shellFiles names a file index.html loads but dist lacks', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-files-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<link href=./gone.css rel=stylesheet>');
  assert.throws(() => shellFiles(dir), /names gone\.css, which is not in/);
});
