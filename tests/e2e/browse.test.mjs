// End-to-end tests of the browse page: search, facets, paging, sorting,
// URL state and language, against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, assertAccessible } from './lib/browser.mjs';
import { startShop, expectedMatches, facetCount, resultCount, waitForCount, ROWS } from './lib/shop.mjs';

let shop;
before(async () => {
  shop = await startShop();
});
after(async () => {
  await shop?.stop();
});

async function open(query = '', options) {
  const page = await newPage(shop.browser, options);
  await page.goto(shop.server.url + query);
  await page.waitForSelector(`${ROWS}, .empty-state`);
  return page;
}

const rowIds = (page) => page.$$eval(ROWS, (rows) => rows.map((r) => r.dataset.variable));

test('typing narrows the rows and updates the facet counts', async () => {
  const page = await open();
  const all = shop.catalog.variables.length;
  assert.equal(await resultCount(page), all);
  const before = await facetCount(page, 'tilbyder', 'lanekassen');
  // Not "stipend": it is a keyword of Lånekassen's dataset, so it finds
  // every Lånekassen variable.
  await page.fill('#search', 'omgjort');
  await page.waitForFunction((n) => Number(document.querySelector('.result-count').textContent.split(' ')[0]) < n, all);
  const total = await resultCount(page);
  assert.ok(total > 0 && total < all, `${total} of ${all}`);
  const ids = await rowIds(page);
  assert.ok(ids.every((id) => id.startsWith('lanekassen/')), ids.join(', '));
  assert.ok((await facetCount(page, 'tilbyder', 'lanekassen')) < before);
  assert.equal(await page.locator(`${ROWS} mark`).first().textContent().then((t) => t.toLowerCase().startsWith('omgjort')), true);
  assert.match(page.url(), /[?&]q=omgjort/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('Norwegian folding: laanekassen, lanekassen and Lånekassen find the same variables', async () => {
  const page = await open();
  const results = [];
  for (const text of ['Lånekassen', 'laanekassen', 'lanekassen']) {
    await page.fill('#search', text);
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('q') === t, text);
    await page.waitForTimeout(50);
    results.push((await rowIds(page)).sort());
  }
  const lanekassen = shop.catalog.variables.filter((v) => v.provider === 'lanekassen').length;
  assert.equal(results[0].length, lanekassen);
  assert.deepEqual(results[1], results[0]);
  assert.deepEqual(results[2], results[0]);
  await page.context().close();
});

test('two facets: OR within, AND across, disjunctive counts, back button and a reloaded URL', async () => {
  const page = await open();
  const { catalog } = shop;
  await page.check('#facet-tilbyder-novari-iks');
  await waitForCount(page, expectedMatches(catalog, { providers: ['novari-iks'] }).length);
  await page.check('#facet-temporalitet-FIXED');
  const expected = expectedMatches(catalog, { providers: ['novari-iks'], temporalities: ['FIXED'] });
  await waitForCount(page, expected.length);
  assert.deepEqual((await rowIds(page)).sort(), expected.map((v) => v.id).sort());
  // A facet's counts ignore its own selection: another provider's count is
  // what selecting it too would add under the other filters.
  assert.equal(
    await facetCount(page, 'tilbyder', 'sikt'),
    expectedMatches(catalog, { providers: ['sikt'], temporalities: ['FIXED'] }).length,
  );
  assert.equal(
    await facetCount(page, 'temporalitet', 'EVENT'),
    expectedMatches(catalog, { providers: ['novari-iks'], temporalities: ['EVENT'] }).length,
  );
  // OR within a facet.
  await page.check('#facet-temporalitet-EVENT');
  await waitForCount(page, expectedMatches(catalog, { providers: ['novari-iks'], temporalities: ['FIXED', 'EVENT'] }).length);
  // Chips name the active filters.
  const chips = await page.$$eval('.active-filters .ds-chip', (cs) => cs.map((c) => c.textContent.trim()));
  assert.deepEqual(chips, ['Novari IKS', 'Forløp', 'Fast']);

  // Back restores the previous state, forward the next.
  await page.goBack();
  await waitForCount(page, expected.length);
  assert.equal(await page.isChecked('#facet-temporalitet-EVENT'), false);
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#facet-temporalitet-EVENT')?.checked);

  // A copied URL reproduces the view in a fresh context.
  const url = page.url();
  const again = await open(url.slice(shop.server.url.length));
  assert.deepEqual((await rowIds(again)).sort(), (await rowIds(page)).sort());
  assert.equal(await again.isChecked('#facet-tilbyder-novari-iks'), true);
  await again.context().close();

  // A chip removes its filter; "Nullstill alle" removes every one.
  await page.getByRole('button', { name: 'Fjern filteret Forløp' }).click();
  await waitForCount(page, expected.length);
  await page.getByRole('button', { name: 'Nullstill alle' }).click();
  await waitForCount(page, catalog.variables.length);
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('page size and paging: page links, previous/next, and a filter change resets to page 1', async () => {
  const page = await open();
  const all = shop.catalog.variables.length;
  const pages = Math.ceil(all / 25);
  assert.match(await page.textContent('.pagination__status'), new RegExp(`Side 1 av ${pages}`));
  const first = await rowIds(page);
  await page.getByRole('link', { name: 'Side 2', exact: true }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('side') === '2');
  const second = await rowIds(page);
  assert.equal(second.length, 25);
  assert.ok(second.every((id) => !first.includes(id)), 'page 2 shows other variables');
  await page.getByRole('link', { name: 'Neste', exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('.pagination__status').textContent.includes(`Side ${n} av`), pages);
  assert.equal((await rowIds(page)).length, all - 25 * (pages - 1));
  await page.selectOption('#page-size', '100');
  await page.waitForFunction((n) => document.querySelectorAll('.result-list > li.result').length === n, all);
  assert.equal(await page.locator('.pagination').count(), 0, 'one page needs no pagination');
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('antall'), '100');
  assert.equal(params.get('side'), null);

  // Sorting by provider puts Brønnøysundregistrene first.
  await page.selectOption('#sort', 'tilbyder');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sortering') === 'tilbyder');
  assert.ok((await rowIds(page))[0].startsWith('bronnoysundregistrene/'));
  await page.context().close();
});

/** The page number the pagination marks as current. */
const currentPage = (page) => page.textContent('.pagination [aria-current=page]').then((t) => Number(t.trim()));
const chips = (page) => page.locator('.active-filters .ds-chip').count();

/** Hostile URL parameters, each with what the shop must make of it. */
const HOSTILE_PARAMS = [
  {
    name: 'a 10,000-character q is cut to 200 characters',
    query: () => `?q=${'x'.repeat(10_000)}`,
    check: async (page) => {
      assert.equal(await page.locator('.empty-state').count(), 1, 'a long nonsense text matches nothing');
      assert.equal((await page.inputValue('#search')).length, 200);
    },
  },
  {
    // 2,000, as 10,000 would make a request line longer than servers take.
    name: 'a 2,000-letter q of two-byte letters is cut on a letter boundary',
    query: () => `?q=${encodeURIComponent('ø'.repeat(2_000))}`,
    check: async (page) => assert.equal(await page.inputValue('#search'), 'ø'.repeat(200)),
  },
  {
    name: 'side=-1 shows page 1',
    query: () => '?side=-1',
    check: async (page) => {
      assert.equal(await currentPage(page), 1);
      const plain = await open();
      assert.deepEqual(await rowIds(page), await rowIds(plain));
      await plain.context().close();
    },
  },
  {
    name: 'side=1000000000 shows the last page',
    query: () => '?side=1000000000',
    check: async (page) => assert.equal(await currentPage(page), Math.ceil(shop.catalog.variables.length / 25)),
  },
  {
    name: 'antall=1000000 becomes the largest page size, 100',
    query: () => '?antall=1000000',
    check: async (page) => {
      assert.equal(await page.locator(ROWS).count(), Math.min(100, shop.catalog.variables.length));
      assert.equal(await page.inputValue('#page-size'), '100');
    },
  },
  {
    name: 'unknown facet ids are ignored',
    query: () => '?tilbyder=finnes-ikke&temporalitet=ALDRI&enhetstype=ROMVESEN&tilgang=HEMMELIG&emne=%3Cscript%3E',
    check: async (page) => {
      assert.equal(await resultCount(page), shop.catalog.variables.length);
      assert.equal(await chips(page), 0);
    },
  },
  {
    name: 'repeated keys: facet values merge, others take the last value',
    query: () => '?tilbyder=novari-iks&tilbyder=novari-iks&tilbyder=sikt&antall=25&antall=50&side=9&side=1',
    check: async (page) => {
      const expected = expectedMatches(shop.catalog, { providers: ['novari-iks', 'sikt'] }).length;
      assert.equal(await resultCount(page), expected);
      assert.equal(await chips(page), 2);
      assert.equal(await page.inputValue('#page-size'), '50');
      assert.equal(await page.locator(ROWS).count(), Math.min(50, expected));
    },
  },
];

for (const hostile of HOSTILE_PARAMS) {
  test(`hostile URL: ${hostile.name}`, async () => {
    const page = await open(hostile.query());
    await hostile.check(page);
    await page.context().close();
  });
}

test('the empty result names the filters and clears them', async () => {
  const page = await open('?q=zzzyyyxxx&tilbyder=ssb');
  const text = await page.textContent('.empty-state');
  assert.match(text, /«zzzyyyxxx»/);
  await page.getByRole('button', { name: 'Fjern alle filtre og søket' }).click();
  await waitForCount(page, shop.catalog.variables.length);
  await page.context().close();
});

test('language switch: English UI and metadata, kept in the URL and remembered', async () => {
  const page = await open();
  await page.getByRole('link', { name: /English/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(page.url(), /lang=en/);
  assert.equal(await page.textContent('h1'), 'Find variables');
  assert.match(await page.textContent('.result-count'), /variables$/);
  assert.equal(await page.textContent('.facet[data-facet=temporalitet] legend'), 'Temporality');
  // Metadata in English where given, Norwegian otherwise.
  const withEnglish = shop.catalog.variables.find((v) => v.label.en);
  await page.fill('#search', withEnglish.name);
  await page.waitForSelector(`li.result[data-variable="${withEnglish.id}"]`);
  assert.match(await page.textContent(`li.result[data-variable="${withEnglish.id}"] .result__label`), new RegExp(withEnglish.label.en.slice(0, 10)));
  // Remembered: a plain URL opens in English.
  await page.goto(shop.server.url);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('link', { name: 'Bokmål' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'nb');
  assert.equal(await page.textContent('h1'), 'Finn variabler');
  await page.context().close();
});

test('keyboard only: search, a facet, then page 2', async () => {
  const page = await open();
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // language switch
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.id)) !== 'search' && guard++ < 10) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('a');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'a');
  while ((await page.evaluate(() => document.activeElement?.id)) !== 'facet-tilbyder-kartverket' && guard++ < 30) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('tilbyder') === 'kartverket');
  // Focus stays on the checkbox after the change.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'facet-tilbyder-kartverket');
  await page.goto(`${shop.server.url}?antall=25`);
  await page.waitForSelector(ROWS);
  while ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== 'Side 2' && guard++ < 300) {
    await page.keyboard.press('Tab');
  }
  // Focus is visible on the link.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle + getComputedStyle(document.activeElement).boxShadow);
  assert.notEqual(outline, 'nonenone');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('side') === '2');
  await page.context().close();
});

const STATES = [
  { name: 'browse-start', query: '' },
  { name: 'browse-text-two-facets', query: '?q=elev&tilbyder=novari-iks&temporalitet=EVENT&temporalitet=FIXED' },
  { name: 'browse-empty', query: '?q=zzzyyyxxx&tilbyder=ssb' },
  { name: 'browse-english', query: '?lang=en&enhetstype=PERSON' },
  { name: 'browse-360', query: '?tilbyder=sikt', width: 360 },
];

for (const state of STATES) {
  test(`axe-core finds no violations: ${state.name}`, async () => {
    const page = await open(state.query, { width: state.width ?? 1280 });
    if (state.width) {
      // The filters fold away on a narrow screen; open them for the check.
      await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
      await page.waitForSelector('#filter-groups.filters__groups--open');
    }
    await assertAccessible(page, state.name);
    await page.context().close();
  });
}
