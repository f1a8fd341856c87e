// End-to-end tests of the shop shell against the release build in dist/,
// served by a plain static server with no SPA fallback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { serveStatic } from './lib/server.mjs';
import { ROWS } from './lib/shop.mjs';
import { launch, newPage, assertAccessible } from './lib/browser.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;


let server;
let browser;
let catalog;
let catalogText;
let catalogBytes;

before(async () => {
  catalogText = await fs.readFile(`${DIST}catalog.json`, 'utf8');
  catalog = JSON.parse(catalogText);
  catalogBytes = await fs.readFile(`${DIST}catalog.nbcat`);
  server = await serveStatic({ root: DIST });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the sample variables are listed with the demo columns', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.waitForSelector(ROWS);
  const ids = await page.$$eval(ROWS, (rows) => rows.map((r) => r.dataset.variable));
  assert.ok(catalog.variables.length > 25, 'the sample catalog has more than one page');
  assert.equal(ids.length, 25);
  const known = new Set(catalog.variables.map((v) => v.id));
  assert.ok(ids.every((id) => known.has(id)), 'every row is a catalog variable');
  const status = await page.textContent('.result-count');
  assert.equal(status.trim(), `${catalog.variables.length} variabler`);

  // The first row: its label links to its page, with the technical name,
  // the provider's and unit types' names (not their ids) and the access.
  const first = catalog.variables.find((v) => v.id === ids[0]);
  const provider = catalog.providers.find((p) => p.id === first.provider);
  const row = page.locator(`${ROWS}:first-child`);
  assert.equal(await row.locator('.result__label').textContent(), first.label.nb);
  assert.match(await row.locator('.result__label').getAttribute('href'), /variabel=/);
  assert.equal(await row.locator('.result__name').textContent(), first.name);
  assert.equal(await row.locator('.result__provider').textContent(), provider.name.nb);
  const unitLabels = first.unitTypes.map((id) => catalog.unitTypes.find((u) => u.id === id).label.nb);
  assert.equal(await row.locator('.result__units').textContent(), `Enhetstyper: ${unitLabels.join(', ')}`);
  assert.equal(await row.locator('.result__access').textContent(), first.sensitivity === 'PUBLIC' ? 'Åpen' : 'Begrenset');
  // No separate details link: the row's links are the label (to the
  // variable's page) and the provider's name (to the provider's page).
  const links = await row.locator('a').evaluateAll((as) => as.map((a) => a.className));
  assert.deepEqual(links, ['ds-link result__label', 'ds-link provider-link']);

  assert.match(await page.textContent('body'), /Variablene og kodene i denne butikken er syntetiske metadata laget for demonstrasjon/);
  assert.equal(await page.title(), 'Finn variabler – Nettbutikken – KUDAF');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the shop works from a sub-path of a host without rewrites', async () => {
  const sub = await serveStatic({ root: DIST, prefix: '/nettbutikken/' });
  try {
    const page = await newPage(browser);
    await page.goto(sub.url);
    await page.waitForSelector(ROWS);
    assert.equal(await page.locator(ROWS).count(), 25);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await sub.close();
  }
});

/** A binary catalog header (NBCT and the format version), then `rest`. */
const header = (version, rest = []) => {
  const bytes = Buffer.alloc(8);
  bytes.write('NBCT', 0, 'latin1');
  bytes.writeUInt32LE(version, 4);
  return Buffer.concat([bytes, Buffer.from(rest)]);
};

/** Cases where the catalog fetch fails, and the message each must show. */
const FAILURES = [
  { name: '404', fulfill: { status: 404, body: 'Not found' }, message: /feilkode 404/ },
  { name: '500', fulfill: { status: 500, body: 'oops' }, message: /feilkode 500/ },
  { name: 'catalog.json instead of the bytes', fulfill: () => ({ status: 200, body: catalogText }), message: /skadet eller har feil format/ },
  { name: 'truncated catalog', fulfill: () => ({ status: 200, body: catalogBytes.subarray(0, catalogBytes.length / 2) }), message: /skadet eller har feil format/ },
  { name: 'empty body', fulfill: { status: 200, body: '' }, message: /skadet eller har feil format/ },
  { name: 'corrupt lengths', fulfill: () => ({ status: 200, body: header(3, [0xff, 0xff, 0xff, 0xff, 0x0f]) }), message: /skadet eller har feil format/ },
  { name: 'HTML instead of the catalog', fulfill: { status: 200, body: '<!doctype html><p>hi</p>' }, message: /skadet eller har feil format/ },
  {
    name: 'unsupported version',
    fulfill: () => ({ status: 200, body: header(99, [0, 0, 0]), contentType: 'application/octet-stream' }),
    message: /formatversjon 99/,
  },
  { name: 'network failure', abort: true, message: /Nettverksforespørselen feilet/ },
];

for (const failure of FAILURES) {
  test(`a failed catalog fetch (${failure.name}) shows an error, and retry recovers`, async () => {
    const page = await newPage(browser);
    let fail = true;
    await page.route('**/catalog.nbcat', (route) => {
      if (!fail) return route.continue();
      if (failure.abort) return route.abort('failed');
      return route.fulfill(typeof failure.fulfill === 'function' ? failure.fulfill() : failure.fulfill);
    });
    await page.goto(server.url);
    const alert = page.locator('[role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Vi fikk ikke hentet variabelkatalogen/);
    assert.match(await alert.textContent(), failure.message);
    assert.equal(await page.locator(ROWS).count(), 0);

    fail = false;
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await page.waitForSelector(ROWS);
    assert.equal(await page.locator('[role=alert]').count(), 0);
    assert.equal(await page.locator(ROWS).count(), 25);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('a catalog request that hangs times out with a message, and retry recovers', async () => {
  const page = await newPage(browser);
  // A fake clock, so the 30 s limit passes at once.
  await page.clock.install();
  let hang = true;
  await page.route('**/catalog.nbcat', (route) => (hang ? undefined : route.continue()));
  await page.goto(server.url);
  await page.waitForSelector('.loading');
  await page.clock.fastForward(29_000);
  assert.equal(await page.locator('[role=alert]').count(), 0, 'still waiting before the limit');
  await page.clock.fastForward(2_000);
  const alert = page.locator('[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Serveren svarte ikke i tide/);
  assert.match(await alert.textContent(), /within 30 s/);
  hang = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await page.waitForSelector(ROWS);
  // The finished request's timer was stopped: no late timeout replaces the rows.
  await page.clock.fastForward(60_000);
  assert.equal(await page.locator('[role=alert]').count(), 0);
  assert.equal(await page.locator(ROWS).count(), 25);
  await page.context().close();
});

/**
 * Moves the fake clock past the catalog's 30 s limit. The app starts its timer
 * when its wasm asks for the catalog, which on a busy machine can come after a
 * first move of the clock; so the clock moves again until the message shows.
 */
async function passTheLimit(page) {
  await page.waitForSelector('.loading');
  const alert = page.locator('[role=alert]');
  for (let i = 0; i < 20 && (await alert.count()) === 0; i++) {
    await page.clock.fastForward(31_000);
    await page.waitForTimeout(250);
  }
}

/** Views that must have no axe-core violations, with a screenshot of each. */
const VIEWS = [
  { name: 'list-desktop', width: 1280 },
  { name: 'list-360', width: 360 },
  { name: 'error-desktop', width: 1280, fail: true },
  { name: 'error-360', width: 360, fail: true },
  { name: 'timeout-desktop', width: 1280, hang: true },
  { name: 'timeout-360', width: 360, hang: true },
];

for (const view of VIEWS) {
  test(`axe-core finds no violations: ${view.name}`, async () => {
    const page = await newPage(browser, { width: view.width });
    if (view.fail) await page.route('**/catalog.nbcat', (route) => route.fulfill({ status: 503, body: '' }));
    if (view.hang) {
      await page.clock.install();
      await page.route('**/catalog.nbcat', () => {});
    }
    await page.goto(server.url);
    if (view.hang) await passTheLimit(page);
    await page.waitForSelector(view.fail || view.hang ? '[role=alert]' : ROWS);
    await assertAccessible(page, view.name);
    await page.context().close();
  });
}
