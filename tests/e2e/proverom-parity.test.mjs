// The prøverom's checker (dist/proverom, the builder compiled to
// WebAssembly) against the native command line: every valid and invalid
// fixture of the builder, and the sample metadata, give the same report,
// byte for byte, as `nettbutikk-catalog check` and `check --format json`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './lib/shop.mjs';

const REPO = new URL('../../', import.meta.url).pathname;
const FIXTURES = 'crates/builder/tests/fixtures';
const TARGET = process.env.CARGO_TARGET_DIR ?? path.join(REPO, 'target');
const CLI = path.join(TARGET, 'debug', 'nettbutikk-catalog');

let Checker;
before(async () => {
  const built = spawnSync('cargo', ['build', '--quiet', '--package', 'nettbutikk-catalog'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  assert.equal(built.status, 0, built.stderr);
  const dir = path.join(DIST, 'proverom');
  const js = fs.readdirSync(dir).find((f) => /^proverom-[0-9a-f]+\.js$/.test(f));
  assert.ok(js, `no checker module in ${dir}: run trunk build --release`);
  const module = await import(path.join(dir, js));
  module.initSync({ module: fs.readFileSync(path.join(dir, js.replace(/\.js$/, '_bg.wasm'))) });
  Checker = module.Checker;
});

/** Every fixture folder, every file or folder directly in one, and metadata/. */
function inputs() {
  const found = [];
  for (const folder of fs.readdirSync(path.join(REPO, FIXTURES)).sort()) {
    const dir = path.join(FIXTURES, folder);
    if (!fs.statSync(path.join(REPO, dir)).isDirectory()) continue;
    found.push(dir);
    for (const entry of fs.readdirSync(path.join(REPO, dir)).sort()) found.push(path.join(dir, entry));
  }
  found.push('metadata');
  return found;
}

/**
 * The files `check` reads for `input`, as the command line finds them
 * (crates/builder/src/syntax/source.rs): provider files in the folders
 * above, then the input itself or the metadata files under it.
 */
function discover(input) {
  const files = [];
  for (let dir = path.dirname(input); ; dir = path.dirname(dir)) {
    for (const name of ['provider.yaml', 'provider.yml', 'provider.json']) {
      const candidate = dir === '.' ? name : path.join(dir, name);
      if (fs.statSync(path.join(REPO, candidate), { throwIfNoEntry: false })?.isFile()) files.push(candidate);
    }
    if (dir === '.') break;
  }
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
      const name = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(name);
      else if (/\.(ya?ml|json)$/i.test(entry.name)) files.push(name);
    }
  };
  if (fs.statSync(path.join(REPO, input)).isDirectory()) walk(input);
  else files.push(input);
  return files;
}

function cli(...args) {
  return spawnSync(CLI, ['check', ...args], { cwd: REPO, encoding: 'utf8' });
}

test('the checker in WebAssembly reports every fixture as the command line does', () => {
  let compared = 0;
  for (const input of inputs()) {
    const text = cli(input);
    if (text.status === 2) continue; // a folder without metadata: nothing to check
    const json = cli(input, '--format', 'json');
    const checker = new Checker();
    // In the opposite order: the order files are dropped in must not matter.
    for (const name of discover(input).reverse()) checker.add(name, fs.readFileSync(path.join(REPO, name)));
    const trial = JSON.parse(checker.check(undefined));
    checker.free();
    assert.equal(trial.text, text.stdout, input);
    assert.equal(`${trial.json}\n`, json.stdout, input);
    assert.equal(trial.problems.some((p) => p.error), text.status === 1, input);
    compared += 1;
  }
  assert.ok(compared > 40, `only ${compared} inputs compared`);
});

test('a file of more than 20 MB is refused with the command line message', () => {
  const checker = new Checker();
  checker.add('big.yaml', new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61));
  const trial = JSON.parse(checker.check(undefined));
  checker.free();
  assert.equal(trial.problems[0].text, 'big.yaml: the file is larger than 20 MB; metadata files must be smaller');
});
