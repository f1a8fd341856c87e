// End-to-end tests of the Nynorsk UI (`lang=nn`): every view speaks
// Nynorsk, metadata falls back nn → nb → en with `lang` on text in another
// language, the choice survives a reload, and nothing overflows at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, assertAccessible, screenshot } from './lib/browser.mjs';
import { startShop, ROWS } from './lib/shop.mjs';

let shop;
before(async () => {
  shop = await startShop();
});
after(async () => {
  await shop?.stop();
});

const detailUrl = (id) => `?variabel=${encodeURIComponent(id)}&lang=nn`;

async function open(query, options, lang = 'nn') {
  const page = await newPage(shop.browser, options);
  await page.goto(shop.server.url + query);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  return page;
}

/** A variable with a Nynorsk label, one with Bokmål only, and one with codes. */
const withNynorsk = () => shop.catalog.variables.find((v) => v.label.nn);
const bokmalOnly = () => shop.catalog.variables.find((v) => v.label.nb && !v.label.nn && v.description.nb && !v.description.nn);

/** Puts `variables` in the basket by their checkboxes, in Nynorsk. */
async function select(page, variables) {
  for (const v of variables) {
    await page.goto(`${shop.server.url}?lang=nn&q=${encodeURIComponent(v.name)}`);
    await page.waitForSelector(`tr[data-variable="${v.id}"]`);
    await page.check(`tr[data-variable="${v.id}"] input[type=checkbox]`);
  }
}

test('browse in Nynorsk: UI words, facet names, <html lang> and the marked switch', async () => {
  const page = await open('?lang=nn');
  await page.waitForSelector(ROWS);
  assert.equal(await page.textContent('h1'), 'Finn variablar');
  assert.match(await page.textContent('.result-count'), /^\d+ variablar$/);
  assert.equal(await page.textContent('.facet[data-facet=tilbyder] legend'), 'Datatilbydar');
  assert.equal(await page.textContent('.facet[data-facet=enhetstype] legend'), 'Einingstypar');
  assert.equal(await page.textContent('label[for=search]'), 'Kva leitar du etter?');
  // The switch: three links, each named and tagged in its own language.
  const options = await page.$$eval('.lang-switch a', (links) =>
    links.map((a) => [a.textContent, a.lang, a.hreflang, a.getAttribute('aria-current')]),
  );
  assert.deepEqual(options, [
    ['Bokmål', 'nb', 'nb', null],
    ['Nynorsk', 'nn', 'nn', 'true'],
    ['English', 'en', 'en', null],
  ]);
  assert.equal(await page.getAttribute('.lang-switch', 'aria-label'), 'Språk');
  await page.context().close();
});

test('metadata: the Nynorsk label where given, Bokmål otherwise, marked with its lang', async () => {
  const nn = withNynorsk();
  const nb = bokmalOnly();
  assert.ok(nn && nb, 'the sample metadata has a variable with a Nynorsk label and one without');
  const page = await open(`?lang=nn&q=${encodeURIComponent(nn.name)}`);
  const label = `tr[data-variable="${nn.id}"] .variable-label`;
  await page.waitForSelector(label);
  assert.equal(await page.textContent(label), nn.label.nn);
  assert.equal(await page.getAttribute(label, 'lang'), null);
  await page.fill('#search', nb.name);
  const other = `tr[data-variable="${nb.id}"] .variable-label`;
  await page.waitForSelector(other);
  assert.equal(await page.textContent(other), nb.label.nb);
  assert.equal(await page.getAttribute(other, 'lang'), 'nb');
  // The detail page marks the Bokmål heading and description too.
  await page.goto(shop.server.url + detailUrl(nb.id));
  await page.waitForSelector('.detail h1');
  assert.equal(await page.getAttribute('.detail h1', 'lang'), 'nb');
  assert.equal(await page.getAttribute('.detail__description', 'lang'), 'nb');
  await page.goto(shop.server.url + detailUrl(nn.id));
  await page.waitForFunction((t) => document.querySelector('.detail h1')?.textContent === t, nn.label.nn);
  assert.equal(await page.getAttribute('.detail h1', 'lang'), null);
  await page.context().close();
});

test('the switch keeps Nynorsk in the URL and across a reload, and leaves it', async () => {
  const page = await open('', {}, 'nb');
  await page.getByRole('link', { name: 'Nynorsk' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.match(page.url(), /lang=nn/);
  assert.equal(await page.textContent('h1'), 'Finn variablar');
  // Remembered: a plain URL opens in Nynorsk.
  await page.goto(shop.server.url);
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.equal(await page.textContent('h1'), 'Finn variablar');
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.textContent('h1'), 'Find variables');
  await page.context().close();
});

test('keyboard only: reach the switch and choose Nynorsk', async () => {
  const page = await open('', {}, 'nb');
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Nynorsk' && guard++ < 10) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  await page.context().close();
});

test('basket and request draft in Nynorsk', async () => {
  const page = await newPage(shop.browser);
  const chosen = [withNynorsk(), bokmalOnly()];
  await select(page, chosen);
  assert.match(await page.textContent('.basket-link'), /Korg/);
  await page.goto(`${shop.server.url}?vis=kurv&lang=nn`);
  await page.waitForSelector('.basket-group');
  assert.equal(await page.textContent('h1'), 'Variabelkorga');
  assert.ok(await page.getByRole('button', { name: 'Tøm korga' }).isVisible());
  await page.goto(`${shop.server.url}?vis=utkast&lang=nn`);
  await page.waitForSelector('.draft-provider');
  assert.equal(await page.textContent('h1'), 'Søknadsutkast');
  await page.context().close();
});

const VIEWS = [
  { name: 'nn-browse', query: '?lang=nn', ready: ROWS },
  { name: 'nn-browse-360', query: '?lang=nn&tilbyder=utdanningsdirektoratet', ready: ROWS, width: 360 },
  { name: 'nn-browse-320', query: '?lang=nn', ready: ROWS, width: 320 },
  { name: 'nn-empty', query: '?lang=nn&q=zzzyyyxxx', ready: '.empty-state' },
  { name: 'nn-detail', detail: true, ready: '.detail h1' },
  { name: 'nn-detail-360', detail: true, ready: '.detail h1', width: 360 },
  { name: 'nn-detail-320', detail: true, ready: '.detail h1', width: 320 },
  { name: 'nn-basket-empty', query: '?vis=kurv&lang=nn', ready: '.basket-empty' },
  { name: 'nn-basket', query: '?vis=kurv&lang=nn', ready: '.basket-group', fill: true },
  { name: 'nn-basket-320', query: '?vis=kurv&lang=nn', ready: '.basket-group', fill: true, width: 320 },
  { name: 'nn-draft', query: '?vis=utkast&lang=nn', ready: '.draft-provider', fill: true },
  { name: 'nn-draft-320', query: '?vis=utkast&lang=nn', ready: '.draft-provider', fill: true, width: 320 },
];
for (const view of VIEWS) {
  test(`axe-core finds no violations and nothing overflows: ${view.name}`, async () => {
    const page = await newPage(shop.browser, { width: view.width ?? 1280, height: view.width ? 740 : 800 });
    if (view.fill) await select(page, [withNynorsk(), bokmalOnly()]);
    const query = view.detail ? detailUrl(withNynorsk().id) : view.query;
    await page.goto(shop.server.url + query);
    await page.waitForSelector(view.ready);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nn');
    if (view.width && view.ready === ROWS) {
      // The filters fold away on a narrow screen; open them for the check.
      await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
      await page.waitForSelector('#filter-groups.filters__groups--open');
    }
    await assertAccessible(page, view.name);
    if (!view.fill) await screenshot(page, `${view.name}-viewport`, { fullPage: false });
    await page.context().close();
  });
}
