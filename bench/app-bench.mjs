#!/usr/bin/env node
// The real app in headless Chromium, served from 127.0.0.1 by a plain static
// server (tests/e2e/lib/server.mjs). Needs the release build in dist/
// (`trunk build --release`). Writes target/bench/app.json.
//
//   node bench/app-bench.mjs [--quick] [--sizes 10000,100000] [--first-only | --keys-only]
//                            [--dist DIR --builder BIN --label NAME]
//
// - first load: gzip -9 bytes of index.html and the .js/.wasm/.css it loads;
// - catalog bytes per variable: the builder's files the first visit fetches,
//   and the rest (details fetched on demand), gzip -9;
// - first results after navigation (sample catalog and each size):
//   navigation start → first result row on screen, median of several cold
//   loads (fresh context each); beside the sample's, the same for a static
//   page whose HTML holds one row (the floor no app goes below), and beside
//   each size's, a static page that only fetches the same catalog and index
//   files before showing a row (what the bytes alone cost);
// - bytes fetched before the first results: every file whose last byte
//   arrived before the first row was on screen (Resource Timing), gzip -9,
//   per variable, app and catalog apart;
// - memory in the tab once the first results are on screen: the wasm
//   memory and the JavaScript heap (DevTools protocol, Runtime.getHeapUsage);
// - keystroke → results and counts on screen at each size: a realistic
//   sequence of queries typed one key at a time; how "on screen" is measured
//   is explained in bench/lib/probe.js. `--first-only` leaves this and the
//   load without the prebuilt index out; `--keys-only` measures only this
//   (one load per size, no sample catalog), to set two builds' keystrokes
//   side by side in a few minutes.
//
// `--dist`, `--builder` and `--label` measure another build the same way
// (e.g. one of main, to compare before and after a change in one period):
// its release site, its builder binary, and the name of its results
// (target/bench/<label>.json, sites target/bench/site-<label>-<n>).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch, newPage } from '../tests/e2e/lib/browser.mjs';
import { serveStatic } from '../tests/e2e/lib/server.mjs';
import { builderBinary, runBuilder, useBuilder } from './lib/builder.mjs';
import { OUT, corpus } from './lib/corpus.mjs';
import { measure, shellFiles } from './lib/sizes.mjs';
import { DIST, builderOutputs, listFiles, siteWith } from './lib/site.mjs';
import { median, quantile } from './lib/stats.mjs';

/** What people type, in order; each query is typed key by key, then cleared. */
const QUERIES = [
  'elev',
  'karakter',
  'lånekassen',
  'stipend',
  'pålogging feide',
  'skole kommune',
  'inntekt',
  'bygning areal',
  'fravær',
  'utdanningsprogram',
  'næring',
  'grunnskolepoeng',
];
const ROOT = path.resolve(import.meta.dirname, '..');
const PROBE = fs.readFileSync(path.join(import.meta.dirname, 'lib', 'probe.js'), 'utf8');
/** Nothing may change for this long before a keystroke counts as done. */
const QUIET_MS = 300;

const USAGE = 'usage: node bench/app-bench.mjs [--quick] [--sizes 10000,100000] [--first-only | --keys-only] [--dist DIR --builder BIN --label NAME]';
// parseArgs rejects unknown options, so a typo stops here instead of starting a long run.
let args;
try {
  const options = {
    quick: { type: 'boolean' },
    sizes: { type: 'string' },
    'first-only': { type: 'boolean' },
    'keys-only': { type: 'boolean' },
    dist: { type: 'string' },
    builder: { type: 'string' },
    label: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  args = parseArgs({ options }).values;
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const quick = args.quick ?? false;
const sizes = args.sizes ? args.sizes.split(',').map(Number) : quick ? [10000] : [10000, 100000];
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) {
  console.error(`--sizes wants positive whole numbers separated by commas, got ${args.sizes}\n${USAGE}`);
  process.exit(2);
}
const queries = quick ? QUERIES.slice(0, 4) : QUERIES;
const coldLoads = quick ? 3 : 7;
const firstOnly = args['first-only'] ?? false;
const keysOnly = args['keys-only'] ?? false;
if (firstOnly && keysOnly) {
  console.error(`--first-only and --keys-only leave each other nothing to measure\n${USAGE}`);
  process.exit(2);
}
/** Cold loads per generated size: each at 100k is a 10 MB download and a decode. */
const sizeLoads = quick || keysOnly ? 1 : 3;
const dist = args.dist ? path.resolve(args.dist) : DIST;
const label = args.label ?? 'app';
if (!/^[\w.-]+$/.test(label)) {
  console.error(`--label wants a plain name (letters, digits, . _ -), got ${label}\n${USAGE}`);
  process.exit(2);
}
if (args.builder) useBuilder(path.resolve(args.builder));

/** The number of variables in a metadata folder, as the builder counts them. */
function variableCount(metadataDir) {
  const match = /total: (\d+) variables/.exec(runBuilder(['check', metadataDir]).output);
  if (!match) throw new Error(`nettbutikk-catalog check ${metadataDir} printed no "total: N variables" line`);
  return Number(match[1]);
}

/**
 * Opens the site in a fresh context and waits for the first result row on
 * screen; with `withoutIndex` the prebuilt index is answered with a 404, so
 * the app builds the index from catalog.json (its fallback, and what it did
 * before the builder shipped the index).
 */
async function openShop(browser, url, timeoutMs, { withoutIndex = false } = {}) {
  const page = await newPage(browser);
  await page.addInitScript(PROBE);
  if (withoutIndex) await page.route('**/engine.nbix', (route) => route.fulfill({ status: 404, body: '' }));
  const requested = [];
  page.on('requestfinished', (r) => requested.push(new URL(r.url()).pathname));
  // The main thread's own CPU time, which other load on a shared machine
  // disturbs far less than the wall time.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.firstRowScreen != null, null, { timeout: timeoutMs, polling: 50 });
  const { firstRowDom, firstRowScreen, fetchedBefore, wasmBytes } = await page.evaluate(() => {
    const b = window.__bench;
    return { firstRowDom: b.firstRowDom, firstRowScreen: b.firstRowScreen, fetchedBefore: b.fetchedBefore(b.firstRowScreen), wasmBytes: b.wasmBytes() };
  });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const cpu = { taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration') };
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const memory = { wasm: wasmBytes, jsHeap: heap.usedSize, tab: wasmBytes + heap.usedSize };
  return { page, requested, firstRowDom, firstRowScreen, fetchedBefore, memory, cpu };
}

/** The top-level files and folders the builder writes, learnt once. */
let outputTops;

/**
 * The gzip -9 bytes of the files fetched before the first results (paths as
 * the browser asked for them), the app's and the catalog's apart, in all and
 * per variable.
 */
function bytesBefore(site, fetched, variables) {
  outputTops ??= new Set(builderOutputs().map((f) => f.split(path.sep)[0]));
  const outputs = outputTops;
  const files = [...new Set(fetched.map((p) => decodeURIComponent(p).replace(/^\//, '').replace(/(^|\/)$/, '$1index.html')))].filter((f) =>
    fs.existsSync(path.join(site, f)),
  );
  const catalog = measure(site, files.filter((f) => outputs.has(f.split('/')[0])));
  const app = measure(site, files.filter((f) => !outputs.has(f.split('/')[0])));
  const gzip = app.gzip + catalog.gzip;
  return {
    files,
    appGzip: app.gzip,
    catalogGzip: catalog.gzip,
    gzip,
    gzipPerVariable: gzip / variables,
    catalogGzipPerVariable: catalog.gzip / variables,
  };
}

/** Median main-thread CPU time of several loads, up to their first results. */
function medianCpu(shops) {
  return { taskMs: median(shops.map((s) => s.cpu.taskMs)), scriptMs: median(shops.map((s) => s.cpu.scriptMs)) };
}

/** Median memory of several loads, field by field. */
function medianMemory(shops) {
  const of = (field) => median(shops.map((s) => s.memory[field]));
  return { wasm: of('wasm'), jsHeap: of('jsHeap'), tab: of('tab') };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** One line with what a load fetched before its first results and the memory it took. */
function describeFirst(n, result) {
  const b = result.beforeFirst;
  const m = result.memory;
  const c = result.cpu;
  return (
    `${n}: main thread busy ${c.taskMs.toFixed(0)} ms of CPU until then (script ${c.scriptMs.toFixed(0)} ms)\n` +
    `${n}: before the first results ${(b.gzip / 1000).toFixed(0)} KB gzip (${b.gzipPerVariable.toFixed(1)} B/variable; ` +
    `catalog ${b.catalogGzipPerVariable.toFixed(1)} B/variable; ${b.files.join(', ')}); ` +
    `memory ${mb(m.tab)} (wasm ${mb(m.wasm)}, JS heap ${mb(m.jsHeap)})`
  );
}

/** Catalog bytes: the builder's files the first visit fetched, and the others. */
function catalogSizes(site, requested, variables) {
  const outputs = new Set(builderOutputs().map((f) => f.split(path.sep)[0]));
  const files = listFiles(site).filter((f) => outputs.has(f.split(path.sep)[0]));
  const fetched = new Set(requested.map((p) => decodeURIComponent(p).replace(/^\//, '')));
  const part = (list) => {
    const m = measure(site, list);
    return { files: list.length, bytes: m.bytes, gzip: m.gzip, gzipPerVariable: m.gzip / variables };
  };
  return {
    variables,
    firstLoad: part(files.filter((f) => fetched.has(f))),
    onDemand: part(files.filter((f) => !fetched.has(f))),
  };
}

/** Sends one key as a keyboard would (keydown with its text, then keyup). */
async function press(cdp, key) {
  const event =
    key === 'Backspace'
      ? { key, code: 'Backspace', windowsVirtualKeyCode: 8 }
      : { key, text: key, unmodifiedText: key };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event, text: undefined, unmodifiedText: undefined });
}

async function typeQueries(page) {
  const cdp = await page.context().newCDPSession(page);
  await page.focus('#search');
  const samples = [];
  const settle = () => page.evaluate(([q, t]) => window.__bench.settled(q, t), [QUIET_MS, 60000]);
  for (const query of queries) {
    let typed = '';
    for (const ch of query) {
      typed += ch;
      await press(cdp, ch);
      samples.push({ query, typed, ...(await settle()) });
    }
    // Clearing the box is a keystroke too: it shows the whole catalog again.
    await page.evaluate(() => document.querySelector('#search').select());
    await press(cdp, 'Backspace');
    samples.push({ query, typed: '', ...(await settle()) });
  }
  await cdp.detach();
  return samples;
}

function summarise(samples, field) {
  const values = samples.map((s) => s[field]).filter((v) => v != null);
  return { p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: quantile(values, 1), n: values.length };
}

async function sampleRun(browser) {
  const variables = variableCount(path.join(ROOT, 'metadata'));
  const server = await serveStatic({ root: dist });
  try {
    const loads = [];
    const shops = [];
    let requested = [];
    let last;
    for (let k = 0; k < coldLoads; k++) {
      const shop = await openShop(browser, server.url, 30000);
      loads.push(shop.firstRowScreen);
      shops.push(shop);
      requested = shop.requested;
      last = shop;
      await shop.page.context().close();
    }
    const firstResultsMs = median(loads);
    console.log(`first results on screen (sample, ${variables} variables): median ${firstResultsMs.toFixed(0)} ms of ${coldLoads} cold loads [${loads.map((x) => x.toFixed(0)).join(', ')}]`);
    const floorMs = await floorRun(browser);
    console.log(`the floor, a static page whose HTML holds one row (no script, no style): median ${floorMs.toFixed(0)} ms of ${coldLoads} cold loads`);
    const result = {
      variables,
      firstResultsMs,
      floorMs,
      loads,
      catalog: catalogSizes(dist, requested, variables),
      beforeFirst: bytesBefore(dist, last.fetchedBefore, variables),
      memory: medianMemory(shops),
      cpu: medianCpu(shops),
    };
    console.log(describeFirst('sample', result));
    return result;
  } finally {
    await server.close();
  }
}

/**
 * The same measurement on a page that needs nothing but its own HTML: one
 * result row in the markup, no script, no stylesheet. What the browser
 * takes here (a fresh context, the navigation, the first frame) no app can
 * go below, so it is the floor of "first results after navigation" on
 * this machine at this moment.
 */
async function floorRun(browser) {
  fs.mkdirSync(OUT, { recursive: true });
  const root = fs.mkdtempSync(path.join(OUT, 'floor-'));
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="nb"><meta charset="utf-8"><title>Gulv</title><ul class="result-list"><li class="result">Variabel</li></ul></html>\n',
  );
  const server = await serveStatic({ root });
  try {
    const loads = [];
    for (let k = 0; k < coldLoads; k++) {
      const shop = await openShop(browser, server.url, 30000);
      loads.push(shop.firstRowScreen);
      await shop.page.context().close();
    }
    return median(loads);
  } finally {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function sizeRun(browser, n) {
  const site = siteWith(`${label}-${n}`, corpus(n), dist);
  const server = await serveStatic({ root: site });
  const result = { variables: n };
  try {
    const shops = [];
    let shop;
    for (let k = 0; k < sizeLoads; k++) {
      if (shop) await shop.page.context().close();
      shop = await openShop(browser, server.url, quick ? 120000 : 300000);
      shops.push(shop);
    }
    result.loads = shops.map((s) => s.firstRowScreen);
    result.firstResultsMs = median(result.loads);
    result.beforeFirst = bytesBefore(site, shop.fetchedBefore, n);
    result.memory = medianMemory(shops);
    result.cpu = medianCpu(shops);
    console.log(`${n}: first results on screen after ${(result.firstResultsMs / 1000).toFixed(2)} s (median of ${sizeLoads} cold loads [${result.loads.map((x) => x.toFixed(0)).join(', ')}])`);
    if (!keysOnly) {
      result.floorMs = await fetchFloor(browser, server, site, shop.fetchedBefore);
      console.log(`${n}: the floor, a static page that fetches the same catalog and index files and then shows one row: ${(result.floorMs / 1000).toFixed(2)} s`);
    }
    console.log(describeFirst(n, result));
    result.catalog = catalogSizes(site, shop.requested, n);
    if (firstOnly) {
      await shop.page.context().close();
      return result;
    }
    if (!keysOnly) await withoutIndex(browser, server, result, n);
    const samples = await typeQueries(shop.page);
    result.screen = summarise(samples, 'screenMs');
    result.dom = summarise(samples, 'domMs');
    result.timedOut = samples.filter((s) => s.timedOut).length;
    result.samples = samples;
    console.log(
      `${n}: keystroke → screen p50 ${result.screen.p50.toFixed(1)} ms, p95 ${result.screen.p95.toFixed(1)} ms, max ${result.screen.max.toFixed(1)} ms ` +
        `(→ DOM p50 ${result.dom.p50.toFixed(1)}, p95 ${result.dom.p95.toFixed(1)}; ${samples.length} keys)`,
    );
    await shop.page.context().close();
  } catch (e) {
    result.error = e.message.split('\n')[0];
    console.log(`${n}: ${result.error}`);
  } finally {
    await server.close();
  }
  return result;
}

/**
 * The floor of first results at a size: a static page in the same site
 * that fetches the catalog and index files the app fetched before its
 * first row (the same bytes from the same server), then puts one row in
 * its HTML. No decoding, no app: what the bytes alone cost on this machine
 * at this moment.
 */
async function fetchFloor(browser, server, site, fetchedBefore) {
  const files = fetchedBefore
    .map((p) => p.split('/').pop())
    .filter((f) => /\.(nbcat|nbix)$/.test(f));
  const page = 'floor.html';
  fs.writeFileSync(
    path.join(site, page),
    `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Gulv</title><script type="module">
await Promise.all(${JSON.stringify(files)}.map((f) => fetch(f).then((r) => r.arrayBuffer())));
document.body.insertAdjacentHTML('beforeend', '<ul class="result-list"><li class="result">Variabel</li></ul>');
</script></html>\n`,
  );
  const loads = [];
  for (let k = 0; k < sizeLoads; k++) {
    const floor = await openShop(browser, server.url + page, 60000);
    loads.push(floor.firstRowScreen);
    await floor.page.context().close();
  }
  fs.rmSync(path.join(site, page));
  return median(loads);
}

/** First results when the prebuilt index is missing and the browser builds it. */
async function withoutIndex(browser, server, result, n) {
  const built = await openShop(browser, server.url, quick ? 120000 : 300000, { withoutIndex: true });
  result.firstResultsBuildingMs = built.firstRowScreen;
  await built.page.context().close();
  console.log(`${n}: first results on screen after ${(built.firstRowScreen / 1000).toFixed(2)} s without the prebuilt index (built in the browser)`);
}

async function main() {
  builderBinary();
  const shell = measure(dist, shellFiles(dist));
  console.log(`first load (html+js+wasm+css): ${shell.bytes} B raw, ${shell.gzip} B gzip -9`);
  const result = { date: new Date().toISOString(), label, dist, quick, firstOnly, keysOnly, shell, sizes: [] };
  const browser = await launch();
  try {
    if (!keysOnly) result.sample = await sampleRun(browser);
    for (const n of sizes) result.sizes.push(await sizeRun(browser, n));
  } finally {
    await browser.close();
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, `${label}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
