// End-to-end tests of the basket: persistence, other tabs, the basket
// page, exports, share links and the request draft.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { serveStatic } from './lib/server.mjs';
import { newPage, assertAccessible } from './lib/browser.mjs';
import { startShop, DIST, ROWS, waitForCount } from './lib/shop.mjs';

let shop;
before(async () => {
  shop = await startShop();
});
after(async () => {
  await shop?.stop();
});

const STORAGE_KEY = 'nettbutikken.kurv';

/** Three variables from two providers. */
function pick() {
  const novari = shop.catalog.variables.filter((v) => v.provider === 'novari-iks').slice(0, 2);
  const sikt = shop.catalog.variables.find((v) => v.provider === 'sikt');
  return [...novari, sikt];
}

async function select(page, variables) {
  for (const v of variables) {
    await page.goto(`${shop.server.url}?q=${encodeURIComponent(v.name)}`);
    await page.waitForSelector(`li.result[data-variable="${v.id}"]`);
    await page.check(`li.result[data-variable="${v.id}"] input[type=checkbox]`);
  }
}

test('the researcher journey: select, reload, basket page, JSON and CSV, share link in a fresh browser', async () => {
  const chosen = pick();
  const ids = chosen.map((v) => v.id).sort();
  const page = await newPage(shop.browser);
  await select(page, chosen);
  assert.match(await page.textContent('.basket-link__count'), /^3$/);
  // The change is announced to screen readers.
  assert.equal(await page.textContent('.site-header [role=status]'), '3 variabler i kurven');

  // Survives a reload.
  await page.goto(`${shop.server.url}?valgte=1`);
  await waitForCount(page, 3);
  assert.deepEqual((await page.$$eval(ROWS, (rows) => rows.map((r) => r.dataset.variable))).sort(), ids);

  // The basket page groups by provider with counts.
  await page.getByRole('link', { name: /Kurv/ }).click();
  await page.waitForSelector('.basket-group');
  const groups = await page.$$eval('.basket-group h2', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(groups, ['Novari IKS (2)', 'Sikt (1)']);
  assert.equal(await page.title(), 'Variabelkurven – Nettbutikken – KUDAF');

  // JSON export.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned JSON' }).click()]);
  assert.equal(json.suggestedFilename(), 'nettbutikken-kurv.json');
  const exported = JSON.parse(await fs.readFile(await json.path(), 'utf8'));
  assert.equal(exported.catalogVersion, shop.catalog.schemaVersion);
  assert.deepEqual(exported.variables.map((v) => `${v.provider}/${v.name}`).sort(), ids);
  const first = exported.variables.find((v) => v.name === chosen[0].name);
  assert.equal(first.label, chosen[0].label.nb);
  assert.deepEqual(first.unitTypes, chosen[0].unitTypes);
  assert.equal(first.sensitivity, chosen[0].sensitivity);

  // CSV export: UTF-8 with BOM, a header row and one row per variable.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Last ned CSV/ }).click()]);
  const bytes = await fs.readFile(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a UTF-8 BOM');
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  assert.match(lines[0], /^Datatilbyder,/);
  assert.equal(lines.length, 4);
  for (const v of chosen) assert.ok(lines.some((l) => l.includes(v.name)), v.name);

  // The share link reproduces the basket in a fresh browser context.
  const link = await page.inputValue('#share-link');
  const fresh = await newPage(shop.browser);
  await fresh.goto(link);
  // An empty basket is offered only "add" (replacing it would do the same).
  await fresh.getByRole('button', { name: 'Legg til i kurven min' }).click();
  await fresh.waitForSelector('.basket-group');
  assert.doesNotMatch(fresh.url(), /kurv=/, 'the share parameter is dropped after the choice');
  const shared = await fresh.$$eval('.basket-item', (items) => items.map((i) => i.dataset.variable));
  assert.deepEqual(shared.sort(), ids);
  const saved = JSON.parse(await fresh.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
  assert.deepEqual(saved.variables.sort(), ids);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(fresh.problems, []);
  await fresh.context().close();
  await page.context().close();
});

test('a second tab sees basket changes', async () => {
  const page = await newPage(shop.browser);
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  const other = await page.context().newPage();
  await other.goto(`${shop.server.url}?vis=kurv`);
  await other.waitForSelector('.basket-empty');
  const id = await page.$eval(ROWS, (r) => r.dataset.variable);
  await page.check(`li.result[data-variable="${id}"] input[type=checkbox]`);
  await other.waitForSelector(`.basket-item[data-variable="${id}"]`);
  assert.equal(await other.textContent('.basket-link__count'), '1');
  await page.context().close();
});

test('emptying the basket can be undone; stale entries are listed, not dropped', async () => {
  const page = await newPage(shop.browser);
  const [a] = pick();
  await page.goto(shop.server.url);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [STORAGE_KEY, JSON.stringify({ version: 1, variables: [a.id, 'gammel-tilbyder/FJERNET_VARIABEL'] })],
  );
  await page.goto(`${shop.server.url}?vis=kurv`);
  await page.waitForSelector('.basket-stale');
  assert.match(await page.textContent('.basket-stale'), /gammel-tilbyder\/FJERNET_VARIABEL/);
  await page.getByRole('button', { name: 'Tøm kurven' }).click();
  await page.waitForSelector('.basket-empty');
  await page.getByRole('button', { name: 'Angre' }).click();
  await page.waitForSelector(`.basket-item[data-variable="${a.id}"]`);
  assert.match(await page.textContent('.basket-stale'), /FJERNET_VARIABEL/);
  await page.context().close();
});

/** Saved baskets the shop must not trust: corrupt, foreign or from another version. */
const BAD_STORAGE = [
  { name: 'truncated JSON', value: '{"version": 1, "variables": [1, 2' },
  { name: 'not JSON', value: 'kurv=novari-iks/VGO_A' },
  { name: 'empty text', value: '' },
  { name: 'JSON null', value: 'null' },
  { name: 'a bare list', value: '["novari-iks/VGO_ELEV"]' },
  { name: "another app's shape", value: '{"cart":[{"sku":1}],"total":3}' },
  { name: 'a newer format version', value: '{"version":2,"variables":["novari-iks/VGO_ELEV"]}' },
  { name: 'version as text', value: '{"version":"1","variables":[]}' },
  { name: 'entries that are not text', value: '{"version":1,"variables":[{"id":"x"}]}' },
  { name: 'variables not a list', value: '{"version":1,"variables":"novari-iks/VGO_ELEV"}' },
];

const BACKUP_KEY = 'nettbutikken.kurv.sikkerhetskopi';

for (const bad of BAD_STORAGE) {
  test(`a saved basket that is ${bad.name} is kept with a notice, and backed up at the first change`, async () => {
    const page = await newPage(shop.browser);
    await page.goto(shop.server.url);
    // Only once the app has started (rows shown) may the test write: a write
    // the app makes while starting would otherwise race with the bad value.
    await page.waitForSelector(ROWS);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, bad.value]);
    await page.reload();
    await page.waitForSelector('.storage-notice');
    assert.match(await page.textContent('.storage-notice'), /ikke slettet/);
    assert.equal(await page.textContent('.basket-link__count'), '0');
    // Showing the page never overwrites what it cannot read.
    const stored = (key) => page.evaluate((key) => localStorage.getItem(key), key);
    assert.equal(await stored(STORAGE_KEY), bad.value);
    // The first change saves the new basket after moving the old text
    // to the backup key, so the next visit is quiet.
    const id = await page.$eval(ROWS, (r) => r.dataset.variable);
    await page.check(`li.result[data-variable="${id}"] input[type=checkbox]`);
    assert.equal(await stored(BACKUP_KEY), bad.value);
    assert.deepEqual(JSON.parse(await stored(STORAGE_KEY)).variables, [id]);
    assert.match(await page.textContent('.storage-notice'), /sikkerhetskopi/);
    await page.getByRole('button', { name: 'Lukk' }).click();
    await page.reload();
    await page.waitForSelector(ROWS);
    assert.equal(await page.locator('.storage-notice').count(), 0);
    assert.equal(await page.textContent('.basket-link__count'), '1');
    await page.context().close();
  });
}

test('the basket page and the request draft open directly under /nettbutikken/ without fallback', async () => {
  const sub = await serveStatic({ root: DIST, prefix: '/nettbutikken/' });
  try {
    const page = await newPage(shop.browser);
    const chosen = pick();
    // The share format: provider, then its names, separated by dots;
    // providers separated by tildes.
    const byProvider = new Map();
    for (const v of chosen) byProvider.set(v.provider, [...(byProvider.get(v.provider) ?? []), v.name]);
    const share = `kurv=${encodeURIComponent([...byProvider].map(([p, names]) => [p, ...names].join('.')).join('~'))}`;
    await page.goto(`${sub.url}?vis=kurv&${share}`);
    await page.getByRole('button', { name: 'Legg til i kurven min' }).click();
    await page.waitForSelector('.basket-group');
    await page.goto(`${sub.url}?vis=utkast`);
    await page.waitForSelector('.draft-provider');
    assert.equal(await page.textContent('h1'), 'Søknadsutkast');
    assert.equal(await page.locator('.draft-table tbody tr').count(), 3);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await sub.close();
  }
});

const VIEWS = [
  { name: 'basket-empty', query: '?vis=kurv', ready: '.basket-empty' },
  { name: 'basket-full', query: '?vis=kurv', ready: '.basket-group', fill: true },
  { name: 'basket-360', query: '?vis=kurv', ready: '.basket-group', fill: true, width: 360 },
  { name: 'draft', query: '?vis=utkast', ready: '.draft-provider', fill: true },
  { name: 'draft-360', query: '?vis=utkast', ready: '.draft-provider', fill: true, width: 360 },
];
for (const view of VIEWS) {
  test(`axe-core finds no violations: ${view.name}`, async () => {
    const page = await newPage(shop.browser, { width: view.width ?? 1280 });
    await page.goto(shop.server.url);
    if (view.fill) {
      const ids = [...pick().map((v) => v.id), shop.catalog.variables.find((v) => v.provider === 'kartverket').id];
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ version: 1, variables: ids })]);
    }
    await page.goto(shop.server.url + view.query);
    await page.waitForSelector(view.ready);
    await assertAccessible(page, view.name);
    await page.context().close();
  });
}
