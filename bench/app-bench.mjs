#!/usr/bin/env node
// The real app in headless Chromium, served from 127.0.0.1 by a plain static
// server (tests/e2e/lib/server.mjs). Needs the release build in dist/
// (`trunk build --release`). Writes target/bench/app.json.
//
//   node bench/app-bench.mjs [--quick] [--sizes 10000,100000]
//
// - first load: gzip -9 bytes of index.html and the .js/.wasm/.css it loads;
// - catalog bytes per variable: the builder's files the first visit fetches,
//   and the rest (details fetched on demand), gzip -9;
// - first results after navigation (sample catalog): navigation start → first
//   result row on screen, median of several cold loads (fresh context each);
// - keystroke → results and counts on screen at each size: a realistic
//   sequence of queries typed one key at a time; how "on screen" is measured
//   is explained in bench/lib/probe.js.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch, newPage } from '../tests/e2e/lib/browser.mjs';
import { serveStatic } from '../tests/e2e/lib/server.mjs';
import { builderBinary, runBuilder } from './lib/builder.mjs';
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

const USAGE = 'usage: node bench/app-bench.mjs [--quick] [--sizes 10000,100000]';
// parseArgs rejects unknown options, so a typo stops here instead of starting a long run.
let args;
try {
  args = parseArgs({ options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
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
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.firstRowScreen != null, null, { timeout: timeoutMs, polling: 50 });
  const { firstRowDom, firstRowScreen } = await page.evaluate(() => window.__bench);
  return { page, requested, firstRowDom, firstRowScreen };
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
  const server = await serveStatic({ root: DIST });
  try {
    const loads = [];
    let requested = [];
    for (let k = 0; k < coldLoads; k++) {
      const shop = await openShop(browser, server.url, 30000);
      loads.push(shop.firstRowScreen);
      requested = shop.requested;
      await shop.page.context().close();
    }
    const firstResultsMs = median(loads);
    console.log(`first results on screen (sample, ${variables} variables): median ${firstResultsMs.toFixed(0)} ms of ${coldLoads} cold loads [${loads.map((x) => x.toFixed(0)).join(', ')}]`);
    return { variables, firstResultsMs, loads, catalog: catalogSizes(DIST, requested, variables) };
  } finally {
    await server.close();
  }
}

async function sizeRun(browser, n) {
  const site = siteWith(String(n), corpus(n));
  const server = await serveStatic({ root: site });
  const result = { variables: n };
  try {
    const shop = await openShop(browser, server.url, quick ? 120000 : 300000);
    result.firstResultsMs = shop.firstRowScreen;
    console.log(`${n}: first results on screen after ${(shop.firstRowScreen / 1000).toFixed(2)} s`);
    const built = await openShop(browser, server.url, quick ? 120000 : 300000, { withoutIndex: true });
    result.firstResultsBuildingMs = built.firstRowScreen;
    await built.page.context().close();
    console.log(`${n}: first results on screen after ${(built.firstRowScreen / 1000).toFixed(2)} s without the prebuilt index (built in the browser)`);
    result.catalog = catalogSizes(site, shop.requested, n);
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

async function main() {
  builderBinary();
  const shell = measure(DIST, shellFiles(DIST));
  console.log(`first load (html+js+wasm+css): ${shell.bytes} B raw, ${shell.gzip} B gzip -9`);
  const result = { date: new Date().toISOString(), quick, shell, sizes: [] };
  const browser = await launch();
  try {
    result.sample = await sampleRun(browser);
    for (const n of sizes) result.sizes.push(await sizeRun(browser, n));
  } finally {
    await browser.close();
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'app.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
