// End-to-end tests that the basket survives what happens to real browsers:
// a reload, a crashed tab, a browser closed right after a click, and a new
// catalog in which a chosen variable no longer exists.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newPage, launchPersistent } from './lib/browser.mjs';
import { startShop, ROWS } from './lib/shop.mjs';
import { packCatalog } from './lib/pack.mjs';

const STORAGE_KEY = 'nettbutikken.kurv';

let shop;
before(async () => {
  shop = await startShop();
});
after(async () => {
  await shop?.stop();
});

const saved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
const firstRow = (page) => page.$eval(ROWS, (r) => r.dataset.variable);

test('every change is saved before the click handler returns, and survives a reload', async () => {
  const page = await newPage(shop.browser);
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  const id = await firstRow(page);
  // The click and the read run in one task: nothing scheduled for later
  // (an effect, a timer) has had a chance to run.
  const [during, after] = await page.evaluate(
    ([key, id]) => {
      const box = document.querySelector(`li.result[data-variable="${CSS.escape(id)}"] input[type=checkbox]`);
      box.click();
      const during = localStorage.getItem(key);
      box.click();
      return [during, localStorage.getItem(key)];
    },
    [STORAGE_KEY, id],
  );
  assert.deepEqual(JSON.parse(during).variables, [id]);
  assert.deepEqual(JSON.parse(after).variables, []);
  await page.check(`li.result[data-variable="${id}"] input[type=checkbox]`);
  await page.reload();
  await page.waitForSelector(ROWS);
  assert.equal(await page.textContent('.basket-link__count'), '1');
  assert.ok(await page.isChecked(`li.result[data-variable="${id}"] input[type=checkbox]`));
  await page.context().close();
});

test('a tab that crashes right after the click keeps the click', async () => {
  const page = await newPage(shop.browser);
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  const id = await firstRow(page);
  await page.check(`li.result[data-variable="${id}"] input[type=checkbox]`);
  const context = page.context();
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  const next = await context.newPage();
  await next.goto(`${shop.server.url}?vis=kurv`);
  await next.waitForSelector(`.basket-item[data-variable="${id}"]`);
  assert.deepEqual((await saved(next)).variables, [id]);
  // The crash itself is what this test causes, not a problem of the shop.
  page.problems.length = 0;
  await context.close();
});

test('a browser closed right after the click has the basket when it opens again', async () => {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'nettbutikken-profile-'));
  try {
    const first = await launchPersistent(profile);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(shop.server.url);
    await page.waitForSelector(ROWS);
    const ids = await page.$$eval(ROWS, (rows) => rows.slice(0, 2).map((r) => r.dataset.variable));
    for (const id of ids) await page.check(`li.result[data-variable="${id}"] input[type=checkbox]`);
    await first.close();

    const second = await launchPersistent(profile);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(`${shop.server.url}?vis=kurv`);
    await again.waitForSelector('.basket-item');
    const shown = await again.$$eval('.basket-item', (items) => items.map((i) => i.dataset.variable));
    assert.deepEqual(shown.sort(), [...ids].sort());
    await second.close();
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
});

test('after a catalog update a removed variable stays in the basket as no longer available', async () => {
  const [kept, removed] = shop.catalog.variables.filter((v) => v.provider === 'sikt');
  const page = await newPage(shop.browser);
  let updated = false;
  const newer = packCatalog({ ...shop.catalog, variables: shop.catalog.variables.filter((v) => v.id !== removed.id) });
  await page.route('**/catalog.nbcat', async (route) => {
    if (!updated) return route.continue();
    return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: newer });
  });
  await page.goto(shop.server.url);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ version: 1, variables: [kept.id, removed.id] })]);

  // The provider publishes a catalog without `removed`; the user comes back.
  updated = true;
  await page.goto(`${shop.server.url}?vis=kurv`);
  await page.waitForSelector('.basket-stale');
  assert.match(await page.textContent('.basket-stale'), new RegExp(removed.id.replace('/', '\\/')));
  assert.equal(await page.locator(`.basket-group:not(.basket-stale) .basket-item[data-variable="${kept.id}"]`).count(), 1);
  assert.equal(await page.textContent('.basket-link__count'), '2');
  // Showing it does not drop it.
  assert.deepEqual((await saved(page)).variables.sort(), [kept.id, removed.id].sort());

  // The entry still in the catalog works as before: its page opens and it
  // can be removed.
  await page.click(`.basket-item[data-variable="${kept.id}"] a`);
  await page.waitForSelector('article.detail h1');
  assert.equal(await page.textContent('article.detail h1'), kept.label.nb);
  await page.getByRole('button', { name: 'Fjern fra kurven' }).click();
  assert.deepEqual((await saved(page)).variables, [removed.id]);

  // If the variable comes back, so does its entry.
  updated = false;
  await page.goto(`${shop.server.url}?vis=kurv`);
  await page.waitForSelector(`.basket-item[data-variable="${removed.id}"]`);
  assert.equal(await page.locator('.basket-stale').count(), 0);
  await page.context().close();
});
