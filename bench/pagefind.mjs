#!/usr/bin/env node
// Pagefind as a peer: the static-hosting search tool that splits its index
// into chunks fetched on demand. Indexed with its Node API (createIndex /
// addCustomRecord) from the peer benchmark's documents, with the same
// filters, served from 127.0.0.1 by the e2e tests' plain static server and
// queried in headless Chromium with the peer benchmark's core queries.
// Writes target/bench/pagefind.json; bench/summary.mjs prints it beside our
// own figures.
//
//   node bench/pagefind.mjs [--quick] [--sizes 10000,100000]
//
// Per size:
// - index time (Node API, whole process) and the files' gzip -9 size;
// - first visit: bytes fetched (gzip -9 of each file requested; Pagefind's
//   chunks are gzip already) from navigation to the first answer of the
//   first text query ("elev": hits, disjunctive facet counts and the first
//   page's 25 records with their ids), and the time from navigation start to
//   that answer;
// - warm latency: each core query answered again once everything it needs
//   is fetched (median, p95);
// - agreement with the reference answers of the peer benchmark (total,
//   disjunctive facet counts, first page), as for every other engine.
//
// How Pagefind is asked: OR within a facet is its `any` filter, AND across
// facets is the filter object; disjunctive counts take one extra search per
// facet that has a selection, with that facet's selection left out (what
// InstantSearch does over a search API). The empty text searches with
// `null` and sorts by a `name` sort key (code-unit order is what the
// reference wants; Pagefind sorts strings its own way).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch, newPage } from '../tests/e2e/lib/browser.mjs';
import { serveStatic } from '../tests/e2e/lib/server.mjs';
import { OUT } from './lib/corpus.mjs';
import { median, quantile } from './lib/stats.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const PEERS = process.env.PEERS_DIR ?? path.resolve(ROOT, '..', 'shared', 'bench', 'peers');
const WORK = path.join(OUT, 'pagefind');
/** A warm query gets this long before it counts as not answered. */
const QUERY_TIMEOUT_MS = 120_000;

const USAGE = 'usage: node bench/pagefind.mjs [--quick] [--sizes 10000,100000]';
let args;
try {
  args = parseArgs({
    options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = (args.sizes ?? (args.quick ? '10000' : '10000,100000')).split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes whole numbers separated by commas\n${USAGE}`);
  process.exit(2);
}
if (!fs.existsSync(path.join(PEERS, 'gen.mjs'))) {
  console.error(`no peer benchmark at ${PEERS} (set PEERS_DIR)`);
  process.exit(1);
}

const { CORE_QUERIES, PAGE_SIZE } = await import(path.join(PEERS, 'queries.mjs'));
const { computeReference, verifyRun } = await import(path.join(PEERS, 'lib', 'verify.mjs'));
const FACETS = ['provider', 'temporality', 'unitTypes'];

/** The peer benchmark's documents for `n`, generated once into target/. */
function documents(n) {
  const file = path.join(WORK, 'data', `docs-${n}.json`);
  if (!fs.existsSync(file)) {
    const gen = spawnSync('node', ['gen.mjs', '--sizes', String(n), '--out', path.dirname(file)], {
      cwd: PEERS,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (gen.status !== 0) throw new Error(`gen.mjs --sizes ${n} failed`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Indexes `docs` in a child process (so its time is the whole job's) into `site/pagefind/`. */
function buildIndex(n, site) {
  fs.rmSync(site, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync('node', [path.join(import.meta.dirname, 'lib', 'pagefind-index.mjs'),
    path.join(WORK, 'data', `docs-${n}.json`), path.join(site, 'pagefind')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`indexing ${n} documents with Pagefind failed`);
  fs.writeFileSync(path.join(site, 'index.html'),
    '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Pagefind</title></head><body></body></html>\n');
  return performance.now() - started;
}

/** gzip -9 bytes of a file, or its own size when it is already compressed smaller. */
function wireBytes(file) {
  const raw = fs.readFileSync(file);
  return Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
}

function folderBytes(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += wireBytes(path.join(entry.parentPath, entry.name));
  }
  return total;
}

/** Runs in the page: loads Pagefind and answers queries the way the peer harness asks. */
const PAGE_API = String.raw`
window.__pf = async () => {
  if (window.__pagefind) return window.__pagefind;
  const pf = await import('./pagefind/pagefind.js');
  await pf.options({ excerptLength: 0 });
  await pf.init();
  // Facet counts come only once the filter index is loaded.
  await pf.filters();
  window.__pagefind = pf;
  return pf;
};
window.__answer = async (q, pageSize) => {
  const pf = await window.__pf();
  const facets = ['provider', 'temporality', 'unitTypes'];
  const text = q.text.trim() === '' ? null : q.text;
  const filtersOf = (skip) => {
    const out = {};
    for (const f of facets) if (f !== skip && q.filters[f]?.length) out[f] = { any: q.filters[f] };
    return out;
  };
  const options = (skip) => ({ filters: filtersOf(skip), ...(text === null ? { sort: { name: 'asc' } } : {}) });
  const started = performance.now();
  const main = await pf.search(text, options(null));
  const counts = {};
  await Promise.all(facets.map(async (f) => {
    const own = q.filters[f]?.length ? await pf.search(text, options(f)) : main;
    counts[f] = own.filters[f] ?? {};
  }));
  const records = await Promise.all(main.results.slice(0, pageSize).map((r) => r.data()));
  const page = records.map((r) => r.url.split('/').pop());
  for (const f of facets) for (const k of Object.keys(counts[f])) if (counts[f][k] === 0) delete counts[f][k];
  return { total: main.results.length, facets: counts, page, ms: performance.now() - started };
};`;

async function measureSize(browser, n) {
  const docs = documents(n);
  const site = path.join(WORK, `site-${n}`);
  const t = performance.now();
  const indexMs = buildIndex(n, site);
  const indexBytes = folderBytes(path.join(site, 'pagefind'));
  const reference = computeReference(docs, CORE_QUERIES);
  console.log(`  (index and reference ready after ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  const server = await serveStatic({ root: site });
  try {
    const page = await newPage(browser);
    const fetched = new Set();
    page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
    await page.addInitScript(PAGE_API);
    await page.goto(server.url);
    // First visit: navigation → the first text query's complete answer.
    const first = CORE_QUERIES.find((q) => q.text === 'elev' && Object.keys(q.filters).length === 0);
    const firstAnswer = await page.evaluate(async ([q, size]) => {
      const a = await window.__answer(q, size);
      return { ...a, at: performance.now() };
    }, [first, PAGE_SIZE]);
    const firstVisitBytes = [...fetched].reduce((sum, p) => {
      const file = path.join(site, decodeURIComponent(p));
      return fs.existsSync(file) && fs.statSync(file).isFile() ? sum + wireBytes(file) : sum;
    }, 0);
    // Every core query, cold (its chunks fetched) and then warm.
    const answers = {};
    const cold = [];
    const warm = [];
    for (const q of CORE_QUERIES) {
      const run = () => page.evaluate(([query, size]) => window.__answer(query, size), [q, PAGE_SIZE]);
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), QUERY_TIMEOUT_MS));
      try {
        const c = await Promise.race([run(), timeout]);
        cold.push({ id: q.id, ms: c.ms });
        const w = await run();
        warm.push(w.ms);
        answers[q.id] = w;
      } catch {
        cold.push({ id: q.id, ms: null });
      }
    }
    const agreement = verifyRun(answers, reference, CORE_QUERIES);
    const memory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    await page.close();
    return {
      n,
      indexSeconds: indexMs / 1000,
      indexBytes,
      firstVisitBytes,
      firstVisitBytesPerDoc: firstVisitBytes / n,
      firstAnswerMs: firstAnswer.at,
      warmMedianMs: median(warm),
      warmP95Ms: quantile(warm, 0.95),
      coldMs: cold,
      jsHeapBytes: memory,
      agreement: { checked: agreement.checked, ok: agreement.ok, mismatches: agreement.mismatches },
    };
  } finally {
    await server.close();
  }
}

fs.mkdirSync(WORK, { recursive: true });
const browser = await launch();
const results = [];
try {
  for (const n of sizes) {
    console.log(`Pagefind at ${n.toLocaleString('en')} documents …`);
    const r = await measureSize(browser, n);
    results.push(r);
    const slowest = r.coldMs.reduce((m, c) => (c.ms === null ? Infinity : Math.max(m, c.ms)), 0);
    console.log(`  index: ${r.indexSeconds.toFixed(1)} s, ${(r.indexBytes / 1024).toFixed(0)} KiB gzip`);
    console.log(`  first visit: ${(r.firstVisitBytes / 1024).toFixed(0)} KiB (${r.firstVisitBytesPerDoc.toFixed(1)} B per document), first answer ${r.firstAnswerMs.toFixed(0)} ms after navigation`);
    console.log(`  queries with facet counts, first time: slowest ${Number.isFinite(slowest) ? `${(slowest / 1000).toFixed(1)} s` : 'timed out'}; warm median ${r.warmMedianMs.toFixed(2)} ms, p95 ${r.warmP95Ms.toFixed(2)} ms`);
    console.log(`  agreement with the reference: ${r.agreement.ok}/${r.agreement.checked}`);
  }
} finally {
  await browser.close();
}
fs.writeFileSync(path.join(OUT, 'pagefind.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`wrote ${path.relative(ROOT, path.join(OUT, 'pagefind.json'))}`);
