// The generator is deterministic and writes metadata the real builder
// accepts without a single error or warning.
//   node --test bench/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate, shares } from './gen-metadata.mjs';
import { PROVIDERS } from './lib/providers.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const GEN = path.join(ROOT, 'bench', 'gen-metadata.mjs');

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gen-metadata-'));
}

function readAll(dir) {
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dir, f))]);
}

test('two runs in separate processes write byte-identical files', () => {
  const [a, b] = [tempDir(), tempDir()];
  for (const dir of [a, b]) execFileSync(process.execPath, [GEN, '--variables', '1000', '--out', dir]);
  const [filesA, filesB] = [readAll(a), readAll(b)];
  assert.equal(filesA.length, PROVIDERS.length);
  assert.deepEqual(filesA, filesB);
});

test('another seed gives other files; the same seed the same ones', () => {
  const join = (files) => files.map(([, text]) => text).join('');
  assert.equal(join(generate(200, 7)), join(generate(200, 7)));
  assert.notEqual(join(generate(200, 7)), join(generate(200, 8)));
});

test('every provider gets variables and the shares add up', () => {
  for (const n of [7, 50, 1000, 10000, 100000, 123457]) {
    const counts = shares(n);
    assert.equal(counts.reduce((s, x) => s + x, 0), n, `n=${n}`);
    assert.ok(counts.every((c) => c >= 1), `n=${n}: ${counts}`);
  }
  assert.throws(() => generate(6), /at least 7/);
});

test('large providers are split into files the builder accepts (under 20 MB)', () => {
  const files = generate(30000);
  assert.ok(files.length > PROVIDERS.length, `${files.length} files`);
  for (const [name, text] of files) assert.ok(Buffer.byteLength(text) < 20e6, name);
  const variables = files.reduce((s, [, text]) => s + text.split('\n          - name: ').length - 1, 0);
  assert.equal(variables, 30000);
});

test('the builder checks 1000 generated variables with no errors and no warnings', () => {
  const dir = tempDir();
  execFileSync(process.execPath, [GEN, '--variables', '1000', '--out', dir]);
  const run = spawnSync('cargo', ['run', '--quiet', '-p', 'nettbutikk-catalog', '--', 'check', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout + run.stderr, /total: 1000 variables from 7 providers in 7 files, 0 errors, 0 warnings/);
});
