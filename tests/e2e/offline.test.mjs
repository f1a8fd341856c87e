// The shop after its first visit with the network gone: the service worker
// (sw.js, written into dist/ by the release build) serves the app, the
// catalog, the search index and the detail shards seen before, and the
// basket is still there. A changed catalog shows on the next online visit.
// Served from a sub-path under the strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from './lib/server.mjs';
import { launch, newPage } from './lib/browser.mjs';
import { DIST, ROWS, waitForCount } from './lib/shop.mjs';
import { packCatalog } from './lib/pack.mjs';
import { SECURITY_HEADERS } from '../../scripts/deploy/headers.mjs';

const CSP = Object.fromEntries(SECURITY_HEADERS)['Content-Security-Policy'];

let site;
let server;
let browser;
let catalog;
before(async () => {
  // A copy of dist/, so a test can change the catalog like a new deploy.
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'nettbutikken-offline-'));
  await fs.cp(DIST, site, { recursive: true });
  catalog = JSON.parse(await fs.readFile(`${DIST}catalog.json`, 'utf8'));
  server = await serveStatic({ root: site, prefix: '/nettbutikken/', headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) await fs.rm(site, { recursive: true, force: true });
});

/** A page whose context lets the shop's service worker run. */
const workerPage = () => newPage(browser, { serviceWorkers: 'allow' });

/** Waits until the service worker is active and controls the page. */
async function controlled(page) {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test('the built site has its service worker and the Workbox runtime beside it, nothing from elsewhere', async () => {
  const sw = await fs.readFile(`${DIST}sw.js`, 'utf8');
  assert.doesNotMatch(sw, /https?:\/\//, 'no absolute URL');
  const runtime = sw.match(/define\(\["\.\/(workbox-[0-9a-f]+)"\]/);
  assert.ok(runtime, 'sw.js loads the Workbox runtime from its own folder');
  await fs.access(`${DIST}${runtime[1]}.js`);
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).sort();
  const built = (await fs.readdir(DIST)).filter((f) => /\.(html|js|css|wasm|png)$/.test(f) && f !== 'sw.js' && !f.startsWith('workbox-'));
  assert.deepEqual(precached, built.sort(), 'the app is precached');
  for (const data of ['catalog.json', 'catalog.nbcat', 'engine.nbix', 'search.nbix']) {
    assert.ok(!precached.includes(data), `${data} is not precached, only cached at run time`);
  }
  assert.match(sw, /catalog\\\.nbcat/, 'the catalog the app reads is cached at run time');
  assert.match(sw, /search\\\.nbix/, 'the search index\'s text part is cached at run time');
});

test('after the first visit, a reload without network shows the catalog, the basket and a detail seen before', async () => {
  const page = await workerPage();
  await page.goto(server.url);
  await page.waitForSelector(ROWS);
  const shown = await page.$$eval(ROWS, (rows) => rows.slice(0, 2).map((r) => r.dataset.variable));
  const [first, second] = shown.map((id) => catalog.variables.find((v) => v.id === id));
  await controlled(page);
  for (const v of [first, second]) await page.check(`.result[data-variable="${v.id}"] input[type=checkbox]`);
  assert.equal(await page.textContent('.basket-link__count'), '2');
  // The detail shard of the first variable is fetched through the worker.
  await page.goto(`${server.url}?variabel=${encodeURIComponent(first.id)}`);
  await page.waitForSelector('article.detail h1');

  await page.context().setOffline(true);
  await page.goto(server.url);
  await page.waitForSelector(ROWS);
  assert.equal(await page.locator(ROWS).count(), 25);
  assert.equal(await page.textContent('.basket-link__count'), '2');

  await page.goto(`${server.url}?vis=kurv`);
  await page.waitForSelector('.basket-group');
  const listed = await page.locator('main').innerText();
  assert.ok(listed.includes(first.name) && listed.includes(second.name), listed);

  await page.goto(`${server.url}?variabel=${encodeURIComponent(first.id)}`);
  await page.waitForSelector('article.detail h1');
  assert.ok((await page.textContent('article.detail h1')).includes(first.label.nb));

  // Search works offline too (the prebuilt index came from the cache).
  await page.goto(`${server.url}?q=${encodeURIComponent(second.name)}`);
  await page.waitForSelector(`.result[data-variable="${second.id}"]`);
  await page.context().close();
});

test('a changed catalog is shown on the next online visit, and offline after that', async () => {
  const page = await workerPage();
  await page.goto(server.url);
  await page.waitForSelector(ROWS);
  await controlled(page);
  await page.goto(server.url);
  await page.waitForSelector(ROWS);

  // A new deploy changes the name of the provider of the first row.
  const changed = structuredClone(catalog);
  const id = changed.variables[0].provider;
  changed.providers.find((p) => p.id === id).name.nb = 'Oppdatert tilbyder';
  await fs.writeFile(`${site}/catalog.nbcat`, packCatalog(changed));
  try {
    await page.goto(`${server.url}?tilbyder=${encodeURIComponent(id)}`);
    await page.waitForSelector(ROWS);
    assert.match(await page.locator(ROWS).first().innerText(), /Oppdatert tilbyder/);

    await page.context().setOffline(true);
    await page.goto(`${server.url}?tilbyder=${encodeURIComponent(id)}`);
    await page.waitForSelector(ROWS);
    assert.match(await page.locator(ROWS).first().innerText(), /Oppdatert tilbyder/);
  } finally {
    await fs.copyFile(`${DIST}catalog.nbcat`, `${site}/catalog.nbcat`);
  }
  await page.context().close();
});
