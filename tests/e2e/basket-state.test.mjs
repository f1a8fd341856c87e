// End-to-end tests of the saved basket under pressure: two tabs changing
// it at once, undo across tabs, a basket saved by another version of the
// shop, share links with nothing usable, and a full basket.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, assertAccessible } from './lib/browser.mjs';
import { startShop, ROWS } from './lib/shop.mjs';

const STORAGE_KEY = 'nettbutikken.kurv';
const BACKUP_KEY = 'nettbutikken.kurv.sikkerhetskopi';

let shop;
before(async () => {
  shop = await startShop();
});
after(async () => {
  await shop?.stop();
});

const raw = (page, key = STORAGE_KEY) => page.evaluate((key) => localStorage.getItem(key), key);
const savedIds = async (page) => JSON.parse(await raw(page)).variables.sort();
const store = (page, value, key = STORAGE_KEY) =>
  page.evaluate(([key, value]) => localStorage.setItem(key, value), [key, value]);
const box = (id) => `li.result[data-variable="${id}"] input[type=checkbox]`;

/** Three variables of the catalog, for baskets. */
function three() {
  return shop.catalog.variables.slice(0, 3);
}

/** The share parameter for `variables`: provider, then its names, dot-separated. */
function shareParam(variables) {
  const byProvider = new Map();
  for (const v of variables) byProvider.set(v.provider, [...(byProvider.get(v.provider) ?? []), v.name]);
  return encodeURIComponent([...byProvider].map(([p, names]) => [p, ...names].join('.')).join('~'));
}

/** Two tabs of one browser, both on the browse page. */
async function twoTabs() {
  const a = await newPage(shop.browser);
  await a.goto(shop.server.url);
  await a.waitForSelector(ROWS);
  const b = await a.context().newPage();
  await b.goto(shop.server.url);
  await b.waitForSelector(ROWS);
  return [a, b];
}

test('two tabs ticking at once both keep their variable', async () => {
  const [a, b] = await twoTabs();
  const [x, y] = await a.$$eval(ROWS, (rows) => rows.slice(0, 2).map((r) => r.dataset.variable));
  // Tab A is busy (a slow script) when tab B ticks x and the user then
  // ticks y in A: A's click is handled before A hears of B's change.
  // Retried a few times, as the order needs B's tick to land inside A's
  // busy spell on a loaded machine.
  // In view first: the start page's introduction can push the row below
  // the fold, where a click at its coordinates would hit nothing.
  await a.locator(box(y)).scrollIntoViewIfNeeded();
  const at = await a.locator(box(y)).boundingBox();
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const busy = a.evaluate(() => {
      const end = performance.now() + 50;
      while (performance.now() < end);
    });
    await b.evaluate((sel) => document.querySelector(sel).click(), box(x));
    await a.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await busy;
    // When both tabs wrote from the same old text, the tab that hears of
    // the other's change redoes it, so storage settles on both.
    const both = await a
      .waitForFunction(
        ([key, ids]) => ids.every((id) => JSON.parse(localStorage.getItem(key)).variables.includes(id)),
        [STORAGE_KEY, [x, y]],
        { timeout: 5000 },
      )
      .then(() => true, () => false);
    assert.ok(both, `attempt ${attempt + 1}: saved ${await raw(a)}`);
    assert.deepEqual(await savedIds(a), [x, y].sort());
    // Both tabs follow: each shows both ticks.
    for (const page of [a, b]) {
      await page.waitForFunction(() => document.querySelector('.basket-link__count')?.textContent === '2');
      assert.ok(await page.isChecked(box(x)));
      assert.ok(await page.isChecked(box(y)));
    }
    // Untick both for the next attempt, from one tab each.
    await a.uncheck(box(y));
    await b.uncheck(box(x));
    for (const page of [a, b]) {
      await page.waitForFunction(() => document.querySelector('.basket-link__count')?.textContent === '0');
    }
  }
  await a.context().close();
});

test('undo of "Tøm kurven" gives back what was emptied and keeps what another tab added since', async () => {
  const [p, q, r] = three();
  const a = await newPage(shop.browser);
  await a.goto(shop.server.url);
  await store(a, JSON.stringify({ version: 1, variables: [p.id, q.id] }));
  await a.goto(`${shop.server.url}?vis=kurv`);
  await a.waitForSelector(`.basket-item[data-variable="${q.id}"]`);
  const b = await a.context().newPage();
  await b.goto(`${shop.server.url}?q=${encodeURIComponent(r.name)}`);
  await b.waitForSelector(box(r.id));

  await a.getByRole('button', { name: 'Tøm kurven' }).click();
  await a.waitForSelector('.basket-empty');
  // The undo button takes the focus, as "Tøm kurven" is gone.
  assert.equal(await a.evaluate(() => document.activeElement?.textContent), 'Angre');
  await b.check(box(r.id));
  await a.waitForSelector(`.basket-item[data-variable="${r.id}"]`);
  await a.keyboard.press('Enter');
  await a.waitForSelector(`.basket-item[data-variable="${p.id}"]`);
  assert.deepEqual(await savedIds(a), [p.id, q.id, r.id].sort());
  const shown = await a.$$eval('.basket-item', (items) => items.map((i) => i.dataset.variable));
  assert.deepEqual(shown.sort(), [p.id, q.id, r.id].sort());
  await b.waitForFunction(() => document.querySelector('.basket-link__count')?.textContent === '3');
  await a.context().close();
});

test('a basket saved by a newer version is kept untouched, and backed up at the first change', async () => {
  const newer = JSON.stringify({ version: 2, kurver: [{ navn: 'Frafall', variabler: ['sikt/X'] }] });
  const page = await newPage(shop.browser);
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  await store(page, newer);
  for (const [lang, words] of [
    ['', /annen versjon av nettbutikken.*ikke slettet/],
    ['?lang=en', /another version of the shop.*not been deleted/],
  ]) {
    await page.goto(shop.server.url + lang);
    await page.waitForSelector('.storage-notice');
    assert.match(await page.textContent('.storage-notice'), words);
    assert.equal(await page.textContent('.basket-link__count'), '0');
    // Showing the page writes nothing.
    assert.equal(await raw(page), newer);
    assert.equal(await raw(page, BACKUP_KEY), null);
  }
  await assertAccessible(page, 'basket-other-version');
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  const id = await page.$eval(ROWS, (r) => r.dataset.variable);
  await page.check(box(id));
  assert.equal(await raw(page, BACKUP_KEY), newer);
  assert.deepEqual(await savedIds(page), [id]);
  await page.waitForFunction(() => /sikkerhetskopi/.test(document.querySelector('.storage-notice')?.textContent));
  await assertAccessible(page, 'basket-backed-up');
  await page.context().close();
});

test('a share link with nothing usable offers nothing to replace; a replace can be undone', async () => {
  const [p, q] = three();
  const page = await newPage(shop.browser);
  await page.goto(shop.server.url);
  await store(page, JSON.stringify({ version: 1, variables: [p.id] }));
  for (const param of ['', encodeURIComponent('finnes-ikke.X~%%')]) {
    await page.goto(`${shop.server.url}?vis=kurv&kurv=${param}`);
    await page.waitForSelector('.shared-basket');
    assert.match(await page.textContent('.shared-basket'), /ingen variabler som finnes i katalogen/);
    const buttons = await page.$$eval('.shared-basket button', (bs) => bs.map((b) => b.textContent));
    assert.deepEqual(buttons, ['Behold kurven min']);
    await assertAccessible(page, 'basket-share-nothing');
    await page.getByRole('button', { name: 'Behold kurven min' }).click();
    await page.waitForSelector('.shared-basket', { state: 'detached' });
    assert.doesNotMatch(page.url(), /kurv=/);
    assert.deepEqual(await savedIds(page), [p.id]);
  }

  await page.goto(`${shop.server.url}?vis=kurv&kurv=${shareParam([q])}`);
  await page.getByRole('button', { name: 'Erstatt kurven min' }).click();
  await page.waitForSelector(`.basket-item[data-variable="${q.id}"]`);
  assert.deepEqual(await savedIds(page), [q.id]);
  assert.match(await page.textContent('.basket-undo'), /erstattet/);
  await page.getByRole('button', { name: 'Angre' }).click();
  await page.waitForSelector(`.basket-item[data-variable="${p.id}"]`);
  assert.deepEqual(await savedIds(page), [p.id]);
  await page.context().close();
});

test('a full basket refuses a variable with the reason at the control', async () => {
  const full = Array.from({ length: 10000 }, (_, i) => `fylt/VARIABEL_${i}`);
  const page = await newPage(shop.browser);
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  await store(page, JSON.stringify({ version: 1, variables: full }));
  await page.reload();
  await page.waitForSelector(ROWS);
  const id = await page.$eval(ROWS, (r) => r.dataset.variable);
  await page.click(box(id));
  const reason = /Kurven er full \(10\u00a0000 variabler\)/;
  const described = async (control) => {
    const ref = await page.getAttribute(control, 'aria-describedby');
    return page.textContent(`[id="${ref}"]`);
  };
  // Said in a polite live region in the checkbox's row.
  assert.match(await page.textContent(`li.result[data-variable="${id}"] .add-refusal[role=status]`), reason);
  assert.equal(await page.isChecked(box(id)), false);
  assert.equal((await savedIds(page)).length, 10000);
  assert.ok(!(await savedIds(page)).includes(id));
  await assertAccessible(page, 'basket-full-refused');

  const v = shop.catalog.variables.find((v) => v.id === id);
  await page.goto(`${shop.server.url}?variabel=${encodeURIComponent(id)}`);
  await page.waitForSelector('article.detail h1');
  assert.equal(await page.textContent('article.detail h1'), v.label.nb);
  await page.getByRole('button', { name: 'Legg i kurven' }).click();
  assert.match(await described('.basket-button'), reason);
  assert.equal((await savedIds(page)).length, 10000);
  await assertAccessible(page, 'detail-full-refused');
  await page.context().close();
});
