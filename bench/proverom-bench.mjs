// The prøverom in headless Chromium against the release build in dist/:
// the checker's and the page module's sizes (gzip -9), the shop's first-load bytes beside
// it, and the time from handing files to the page to the report on screen,
// for the sample metadata and for the generated 10,000-variable corpus
// (two files of 5,000). Prints figures; never fails on timing.
//
//   node bench/proverom-bench.mjs [--runs N]   (default 5; median printed)
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../tests/e2e/lib/server.mjs';
import { launch } from '../tests/e2e/lib/browser.mjs';
import { corpus } from './lib/corpus.mjs';
import { gzipSize, shellFiles } from './lib/sizes.mjs';

const DIST = path.resolve(import.meta.dirname, '..', 'dist');
const METADATA = path.resolve(import.meta.dirname, '..', 'metadata');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const proverom = fs.readdirSync(path.join(DIST, 'proverom'));
const gzipOf = (names) => names.reduce((sum, f) => sum + gzipSize(path.join(DIST, 'proverom', f)), 0);
const pageModule = proverom.filter((f) => f.startsWith('page'));
const checker = proverom.filter((f) => !f.startsWith('page'));
const shell = shellFiles(DIST).reduce((sum, f) => sum + gzipSize(path.join(DIST, f)), 0);
console.log(`checker module (worker.js, JS and wasm), gzip -9: ${kb(gzipOf(checker))}`);
console.log(`page module (page.js, JS and wasm; fetched when the prøverom opens), gzip -9: ${kb(gzipOf(pageModule))}`);
console.log(`shop's first load (index.html and the .js, .wasm, .css it names), gzip -9: ${kb(shell)}`);

const files = (dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));

const server = await serveStatic({ root: DIST });
const browser = await launch();
try {
  for (const [label, paths] of [
    ['sample metadata (metadata/, 7 files)', files(METADATA)],
    ['10,000 variables (2 files)', files(corpus(10_000))],
  ]) {
    const times = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage();
      await page.goto(`${server.url}?vis=proverom`);
      // The module is loaded while the provider picks files; measure from
      // the pick, as a provider who opened the page a moment ago sees it.
      await page.waitForTimeout(1500);
      const started = Date.now();
      await page.locator('[data-testid="trial-files"]').setInputFiles(paths);
      await page.locator('[data-testid="trial-total"]').waitFor({ timeout: 120_000 });
      times.push(Date.now() - started);
      await page.close();
    }
    console.log(`files → report on screen, ${label}: median ${median(times)} ms (runs: ${times.join(', ')})`);
  }
} finally {
  await browser.close();
  await server.close();
}
