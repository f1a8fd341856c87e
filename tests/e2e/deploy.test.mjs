// scripts/deploy.sh: one command from the sources to a folder ready to
// upload, with `.br` and `.gz` beside every text file and a `_headers` file
// carrying the headers docs/deploy.md recommends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { headersFile, isHashed, listFiles, SECURITY_HEADERS, IMMUTABLE, NO_CACHE } from '../../scripts/deploy/headers.mjs';
import { TEXT } from '../../scripts/deploy/compress.mjs';

const REPO = new URL('../../', import.meta.url).pathname;

let work;
let dest;
let deployed;
before(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'nettbutikken-deploy-'));
  dest = path.join(work, 'site');
  // A leftover from an earlier deploy, which must not survive this one.
  await fs.mkdir(dest);
  await fs.writeFile(path.join(dest, 'index.html'), 'old');
  await fs.writeFile(path.join(dest, '_headers'), 'old');
  await fs.writeFile(path.join(dest, 'stale-0123456789abcdef.js'), 'old');
  deployed = spawnSync('scripts/deploy.sh', [dest], { cwd: REPO, encoding: 'utf8', timeout: 20 * 60_000 });
});
after(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

/** `_headers` parsed into its rules: pattern → [[name, value]]. */
function parseHeaders(text) {
  const rules = new Map();
  let current;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line, (current = []));
    else current.push(line.trim().split(/: (.*)/s).slice(0, 2));
  }
  return rules;
}

test('deploy.sh succeeds and prints Brotli against gzip bytes', () => {
  assert.equal(deployed.status, 0, `${deployed.stdout}\n${deployed.stderr}`);
  assert.match(deployed.stdout, /\| catalog\.json \| 1 \| [\d,]+ \| [\d,]+ \| [\d,]+ \| [\d.]+ % \|/);
  assert.match(deployed.stdout, /\| wasm \|/);
});

test('DEST holds the built site, and nothing of the earlier deploy', async () => {
  const files = await listFiles(dest);
  const built = await listFiles(path.join(REPO, 'dist'));
  for (const file of built) assert.ok(files.includes(file), `${file} is deployed`);
  assert.ok(!files.includes('stale-0123456789abcdef.js'));
  assert.ok(files.includes('sw.js'), 'the service worker is deployed');
  assert.notEqual(await fs.readFile(path.join(dest, 'index.html'), 'utf8'), 'old');
});

test('every text file has a .br and a .gz beside it that unpack to the same bytes', async () => {
  const files = (await listFiles(dest)).filter((f) => TEXT.test(f));
  for (const kind of [/^index\.html$/, /^catalog\.json$/, /^engine\.nbix$/, /^search\.nbix$/, /^details\/.+\.json$/, /\.js$/, /\.css$/, /\.wasm$/]) {
    assert.ok(files.some((f) => kind.test(f)), `a file matching ${kind} is deployed`);
  }
  for (const file of files) {
    const raw = await fs.readFile(path.join(dest, file));
    const br = await fs.readFile(path.join(dest, `${file}.br`));
    const gz = await fs.readFile(path.join(dest, `${file}.gz`));
    assert.ok(zlib.brotliDecompressSync(br).equals(raw), `${file}.br`);
    assert.ok(zlib.gunzipSync(gz).equals(raw), `${file}.gz`);
  }
});

test('_headers sets the recommended headers everywhere and one Cache-Control per file', async () => {
  const rules = parseHeaders(await fs.readFile(path.join(dest, '_headers'), 'utf8'));
  assert.deepEqual(rules.get('/*'), SECURITY_HEADERS);
  const files = (await listFiles(dest)).filter((f) => !/\.(br|gz)$/.test(f) && f !== '_headers');
  for (const file of files) {
    const matching = [...rules].filter(([pattern]) =>
      pattern.endsWith('*') ? `/${file}`.startsWith(pattern.slice(0, -1)) : pattern === `/${file}`,
    );
    const caches = matching.flatMap(([, headers]) => headers.filter(([k]) => k === 'Cache-Control').map(([, v]) => v));
    assert.deepEqual(caches, [isHashed(file) ? IMMUTABLE : NO_CACHE], `${file}: ${JSON.stringify(matching)}`);
  }
  for (const file of ['index.html', 'sw.js', 'catalog.json', 'catalog.nbcat', 'engine.nbix', 'search.nbix']) {
    assert.deepEqual(rules.get(`/${file}`), [['Cache-Control', NO_CACHE]], file);
  }
  const wasm = files.find((f) => f.endsWith('.wasm'));
  assert.deepEqual(rules.get(`/${wasm}`), [['Content-Type', 'application/wasm'], ['Cache-Control', IMMUTABLE]]);
});

test('the headers are the ones docs/deploy.md recommends', async () => {
  const doc = await fs.readFile(path.join(REPO, 'docs/deploy.md'), 'utf8');
  const block = doc.split('## Recommended headers')[1].split('```')[1].trim().split('\n');
  assert.deepEqual(block.map((line) => line.split(/: (.*)/s).slice(0, 2)), SECURITY_HEADERS);
});

test('hashed names are told apart from stable ones', () => {
  assert.ok(isHashed('nettbutikken-0f1e2d3c4b5a6978_bg.wasm'));
  assert.ok(isHashed('boot-0f1e2d3c4b5a6978.js'));
  assert.ok(isHashed('workbox-8c29f6e4.js'));
  assert.ok(!isHashed('sw.js'));
  assert.ok(!isHashed('catalog.json'));
  assert.ok(!isHashed('details/novari-iks-0.json'));
  assert.ok(!isHashed('index.html'));
  const text = headersFile(['sw.js', 'details/a.json', 'details/b.json', 'x.json.br']);
  assert.equal((text.match(/\/details\/\*/g) ?? []).length, 1, 'one rule for the shards');
  assert.doesNotMatch(text, /x\.json\.br/);
});

test('the deploy step refuses a folder with other files in it and leaves it alone', async () => {
  const other = path.join(work, 'other');
  await fs.mkdir(other);
  await fs.writeFile(path.join(other, 'notes.txt'), 'mine');
  const result = spawnSync('node', ['scripts/deploy/site.mjs', 'dist', other], { cwd: REPO, encoding: 'utf8' });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /has other files in it/);
  assert.deepEqual(await fs.readdir(other), ['notes.txt']);
});
