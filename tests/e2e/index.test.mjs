// End-to-end tests of the prebuilt search index, its browse part
// (engine.nbix) and its text part (search.nbix): the shop uses them when
// the catalog names them, answers exactly as when it builds the index
// itself, and falls back to building a part, with a console warning and
// never an error, when it is missing, corrupt, stale or never comes. The
// first page does not wait for the text part; a search does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { assertAccessible, newPage } from './lib/browser.mjs';
import { startShop, DIST, ROWS } from './lib/shop.mjs';
import { packCatalog } from './lib/pack.mjs';

let shop;
let index;
before(async () => {
  shop = await startShop();
  index = await fs.readFile(`${DIST}engine.nbix`);
});
after(async () => {
  await shop?.stop();
});

// Text, typos, prefixes, facets, sort orders, languages and paging: every
// part of an answer the index holds.
const QUERIES = [
  '',
  '?q=elev',
  '?q=stipend',
  '?q=laanekassen',
  '?q=kommune&tilbyder=lanekassen',
  '?q=komune',
  '?q=skole&sortering=navn',
  '?sortering=oppdatert&side=2',
  '?sortering=tilbyder&lang=en',
  '?tilgang=PUBLIC&temporalitet=FIXED',
  '?q=fodt&antall=50',
];

/** Result count, row ids and every facet count of the page shown. */
async function answer(page) {
  await page.waitForSelector(`${ROWS}, .empty-state`);
  return page.evaluate((rows) => ({
    count: document.querySelector('.result-count')?.textContent.trim(),
    rows: [...document.querySelectorAll(rows)].map((r) => r.dataset.variable),
    facets: [...document.querySelectorAll('label[for^="facet-"]')].map(
      (l) => `${l.htmlFor}=${l.querySelector('.facet__count')?.textContent.trim()}`,
    ),
  }), ROWS);
}

/**
 * A page whose requests for engine.nbix `serve` answers (given the route),
 * recording the app's warnings about the index in `page.indexWarnings`.
 */
async function openWith(serve) {
  const page = await newPage(shop.browser);
  page.indexWarnings = [];
  page.textWarnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && /prebuilt search index/.test(m.text())) page.indexWarnings.push(m.text());
    if (m.type() === 'warning' && /prebuilt text index/.test(m.text())) page.textWarnings.push(m.text());
  });
  if (serve) await page.route('**/engine.nbix', serve);
  return page;
}

/** The answers to every query of QUERIES, in one page (navigating in it). */
async function answers(page) {
  const found = [];
  for (const query of QUERIES) {
    await page.goto(shop.server.url + query);
    found.push({ query, ...(await answer(page)) });
  }
  return found;
}

/** The same bytes with one byte changed, in the middle of the postings. */
function flipped(bytes) {
  const copy = Buffer.from(bytes);
  copy[Math.floor(copy.length / 2)] ^= 0x55;
  return copy;
}

test('the shop uses the prebuilt index, and answers exactly as when it builds the index itself', async () => {
  const prebuilt = await openWith(null);
  const served = prebuilt.waitForResponse('**/engine.nbix');
  const withIndex = await answers(prebuilt);
  assert.equal((await served).status(), 200);
  assert.deepEqual(prebuilt.indexWarnings, [], 'the index was used');
  const built = await openWith((route) => route.fulfill({ status: 404, body: 'not found' }));
  const withoutIndex = await answers(built);
  assert.equal(built.indexWarnings.length, QUERIES.length, 'every load built the index');
  assert.ok(withIndex.some((a) => a.rows.length > 0), 'some query has rows');
  assert.deepEqual(withIndex, withoutIndex);
  built.problems.length = 0; // the 404s were set up on purpose
  await prebuilt.context().close();
  await built.context().close();
});

const FALLBACKS = [
  ['missing (404)', (route) => route.fulfill({ status: 404, body: 'not found' }), /HTTP 404 for engine\.nbix/],
  ['a server error', (route) => route.fulfill({ status: 500, body: '' }), /HTTP 500 for engine\.nbix/],
  ['one byte changed', (route) => route.fulfill({ status: 200, body: flipped(index) }), /fingerprint [0-9a-f]{16}, but the catalog names/],
  ['truncated', (route) => route.fulfill({ status: 200, body: index.subarray(0, 1000) }), /1000 bytes, but the catalog names an index of/],
  ['an HTML page', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Not here</html>' }), /bytes, but the catalog names/],
  ['never answered', () => {}, /engine\.nbix: /],
];

for (const [name, serve, why] of FALLBACKS) {
  test(`an index that is ${name} is not used: the shop builds it, shows results and logs why`, async () => {
    const page = await openWith(serve);
    await page.goto(`${shop.server.url}?q=elev`);
    const { rows } = await answer(page);
    assert.ok(rows.length > 0, 'results are shown');
    assert.equal(await page.locator('.load-error, [role="alert"]').count(), 0, 'no error is shown');
    assert.equal(page.indexWarnings.length, 1, page.indexWarnings.join('\n'));
    assert.match(page.indexWarnings[0], why);
    page.problems.length = 0; // a failed request for the index was set up on purpose
    await page.context().close();
  });
}

test('an index that the catalog does not name (an older build) is not used', async () => {
  const page = await openWith(null);
  const { index: _named, ...older } = shop.catalog;
  const bytes = packCatalog(older);
  await page.route('**/catalog.nbcat', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: bytes }));
  await page.goto(`${shop.server.url}?q=elev`);
  assert.ok((await answer(page)).rows.length > 0);
  assert.deepEqual(page.indexWarnings.map((w) => /the catalog names no index/.test(w)), [true]);
  await page.context().close();
});

test('the first page does not wait for the text part; a search waits for it behind a spinner', async () => {
  const page = await openWith(null);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname.split('/').pop()));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/search.nbix', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  const first = requested.indexOf('search.nbix');
  assert.ok(first > requested.indexOf('catalog.nbcat'), `search.nbix after the catalog: ${requested}`);
  assert.ok(first > requested.indexOf('engine.nbix'), `search.nbix after the browse part: ${requested}`);
  await page.fill('#search', 'elev');
  const waiting = page.locator('.results .loading[role="status"]');
  await waiting.waitFor();
  assert.match(await waiting.textContent(), /Gjør søket klart/);
  assert.equal(await page.locator(ROWS).count(), 0, 'no rows of an answer without the search text');
  await assertAccessible(page, 'search-getting-ready');
  release();
  await page.waitForSelector(ROWS);
  assert.equal(await waiting.count(), 0, 'the spinner is gone');
  const withText = await answer(page);
  const direct = await openWith(null);
  await direct.goto(`${shop.server.url}?q=elev`);
  assert.deepEqual(withText, await answer(direct), 'the same answer as a page that opened with the search');
  assert.deepEqual([...page.textWarnings, ...page.indexWarnings], []);
  await page.context().close();
  await direct.context().close();
});

const TEXT_FALLBACKS = [
  ['missing (404)', (route) => route.fulfill({ status: 404, body: 'not found' }), /HTTP 404 for search\.nbix/],
  ['one byte changed', async (route) => route.fulfill({ status: 200, body: flipped(await fs.readFile(`${DIST}search.nbix`)) }), /fingerprint [0-9a-f]{16}, but the browse part names/],
  ['an HTML page', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Not here</html>' }), /bytes, but the browse part names one of/],
];

for (const [name, serve, why] of TEXT_FALLBACKS) {
  test(`a text part that is ${name} is not used: the shop builds it, answers searches and logs why`, async () => {
    const page = await openWith(null);
    await page.route('**/search.nbix', serve);
    await page.goto(`${shop.server.url}?q=elev`);
    const found = await answer(page);
    assert.ok(found.rows.length > 0, 'results are shown');
    assert.equal(await page.locator('.load-error, [role="alert"]').count(), 0, 'no error is shown');
    assert.deepEqual(page.indexWarnings, [], 'the browse part was used');
    assert.equal(page.textWarnings.length, 1, page.textWarnings.join('\n'));
    assert.match(page.textWarnings[0], why);
    const direct = await openWith(null);
    await direct.goto(`${shop.server.url}?q=elev`);
    assert.deepEqual(found, await answer(direct), 'the same answer as with the prebuilt text part');
    page.problems.length = 0; // a failed request was set up on purpose
    await page.context().close();
    await direct.context().close();
  });
}
