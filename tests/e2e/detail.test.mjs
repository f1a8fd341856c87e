// End-to-end tests of the variable detail page and deep links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

/**
 * Waits until the detail article's text matches (a RegExp or a plain substring): parts of it come
 * from the detail shard, which may arrive after the article is drawn. Times out with the text seen.
 */
async function detailSays(page, expected, timeout = 10000) {
  const pattern = expected instanceof RegExp ? { source: expected.source, flags: expected.flags } : { text: expected };
  try {
    await page.waitForFunction(
      (p) => {
        const text = document.querySelector('article.detail')?.textContent ?? '';
        return p.text !== undefined ? text.includes(p.text) : new RegExp(p.source, p.flags).test(text);
      },
      pattern,
      { timeout },
    );
  } catch {
    const text = (await page.textContent('article.detail').catch(() => null)) ?? '(no article.detail)';
    assert.fail(`article.detail never said ${expected}; it says: ${text.slice(0, 500)}`);
  }
}

const detailUrl = (id) => `?variabel=${encodeURIComponent(id)}`;
const byName = (name) => shop.catalog.variables.find((v) => v.name === name);
const domainOf = (v) => shop.details.get(v.id).measure.valueDomain;
const withCodes = () => shop.catalog.variables.find((v) => domainOf(v)?.kind === 'enumerated' && domainOf(v).missing);

test('a detail page opens directly by URL under /nettbutikken/ from a server without fallback', async () => {
  const sub = await serveStatic({ root: DIST, prefix: '/nettbutikken/' });
  try {
    const variable = withCodes();
    const page = await newPage(shop.browser);
    await page.goto(`${sub.url}${detailUrl(variable.id)}`);
    await page.waitForSelector('article.detail h1');
    assert.equal(await page.textContent('article.detail h1'), variable.label.nb);
    assert.equal(await page.title(), `${variable.label.nb} – Nettbutikken – KUDAF`);
    const domain = domainOf(variable);
    // The code list comes from the detail shard, which may arrive after the heading.
    await page.waitForSelector('.code-table tbody tr');
    assert.equal(await page.locator('.code-table tbody tr').count(), domain.codes.length + domain.missing.length);
    assert.equal(await page.locator('.code-table tr.code-missing').count(), domain.missing.length);
    const provider = shop.catalog.providers.find((p) => p.id === variable.provider);
    assert.match(await page.textContent('article.detail'), new RegExp(provider.orgNumber));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await sub.close();
  }
});

test('Detaljer from a filtered search, and the back link restores the search exactly', async () => {
  const page = await newPage(shop.browser);
  await page.goto(`${shop.server.url}?q=elev&tilbyder=novari-iks&side=1`);
  await page.waitForSelector(ROWS);
  const expected = await page.locator('.result-count').textContent();
  const first = await page.$eval(ROWS, (r) => r.dataset.variable);
  await page.locator(`${ROWS}:first-child .result__label`).click();
  await page.waitForSelector('article.detail h1');
  assert.equal(await page.$eval('article.detail', (a) => a.dataset.variable), first);
  // Focus moves to the main heading on a change of view.
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  await page.getByRole('link', { name: 'Tilbake til søket' }).click();
  await page.waitForSelector(ROWS);
  assert.equal(await page.locator('.result-count').textContent(), expected);
  assert.equal(await page.inputValue('#search'), 'elev');
  assert.equal(await page.isChecked('#facet-tilbyder-novari-iks'), true);
  // The browser's back button works too.
  await page.goBack();
  await page.waitForSelector('article.detail h1');
  await page.goBack();
  await page.waitForSelector(ROWS);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the basket button on the detail page adds and removes the variable', async () => {
  const page = await newPage(shop.browser);
  const variable = shop.catalog.variables[0];
  await page.goto(`${shop.server.url}${detailUrl(variable.id)}`);
  await page.getByRole('button', { name: 'Legg i kurven' }).click();
  await page.getByRole('button', { name: 'Fjern fra kurven' }).waitFor();
  await page.getByRole('link', { name: 'Tilbake til søket' }).click();
  await page.check('#only-selected');
  await waitForCount(page, 1);
  assert.deepEqual(await page.$$eval(ROWS, (rows) => rows.map((r) => r.dataset.variable)), [variable.id]);
  await page.context().close();
});

test('link variables name their target, and discontinued ones link to their successors', async () => {
  const page = await newPage(shop.browser);
  const link = shop.catalog.variables.find((v) => v.linkTo);
  await page.goto(`${shop.server.url}${detailUrl(link.id)}`);
  await detailSays(page, /lenkevariabel/);
  const target = shop.catalog.unitTypes.find((u) => u.id === link.linkTo);
  await detailSays(page, new RegExp(`${target.label.nb} \\(${target.id}\\)`));

  const ended = shop.catalog.variables.find((v) => v.discontinued?.successors?.length);
  await page.goto(`${shop.server.url}${detailUrl(ended.id)}`);
  await detailSays(page, /Variabelen er avsluttet/);
  const why = shop.details.get(ended.id).revision?.endDescription?.nb;
  // The reason comes from the shard, which may arrive after the summary's notice.
  if (why) await detailSays(page, why);
  const successor = ended.discontinued.successors[0];
  await page.getByRole('link', { name: successor }).click();
  await page.waitForFunction((id) => document.querySelector('article.detail')?.dataset.variable === id, `${ended.provider}/${successor}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an unknown variable gets a real not-found page', async () => {
  const page = await newPage(shop.browser);
  await page.goto(`${shop.server.url}${detailUrl('finnes-ikke/INGEN')}`);
  await page.waitForSelector('.not-found h1');
  assert.equal(await page.textContent('h1'), 'Fant ikke variabelen');
  assert.equal(await page.title(), 'Fant ikke variabelen – Nettbutikken – KUDAF');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a long code list can be filtered', async () => {
  const long = shop.catalog.variables.find(
    (v) => domainOf(v)?.kind === 'enumerated' && domainOf(v).codes.length + (domainOf(v).missing?.length ?? 0) > 20,
  );
  assert.ok(long, 'the sample has a code list of more than 20 codes');
  const page = await newPage(shop.browser);
  await page.goto(`${shop.server.url}${detailUrl(long.id)}`);
  const code = domainOf(long).codes.at(-1);
  await page.fill('#code-filter', code.title.nb);
  await page.waitForFunction(() => document.querySelectorAll('.code-table tbody tr').length < 20);
  const codes = await page.$$eval('.code-table tbody tr td:first-child', (tds) => tds.map((t) => t.textContent));
  assert.ok(codes.includes(code.code), codes.join(','));
  await page.context().close();
});

const VIEWS = [
  { name: 'detail-desktop', query: () => detailUrl(withCodes().id) },
  { name: 'detail-360', query: () => detailUrl(withCodes().id), width: 360 },
  { name: 'detail-english', query: () => `${detailUrl(shop.catalog.variables.find((v) => v.label.en).id)}&lang=en` },
  { name: 'not-found', query: () => detailUrl('x/y') },
];
for (const view of VIEWS) {
  test(`axe-core finds no violations: ${view.name}`, async () => {
    const page = await newPage(shop.browser, { width: view.width ?? 1280 });
    await page.goto(shop.server.url + view.query());
    await page.waitForSelector('main h1');
    await assertAccessible(page, view.name);
    await page.context().close();
  });
}

const SHARD_FAILURES = [
  { name: 'HTTP 404', fail: (route) => route.fulfill({ status: 404, body: 'Not found' }), message: /feilkode 404/ },
  { name: 'network abort', fail: (route) => route.abort('failed'), message: /Nettverksforespørselen feilet/ },
];
for (const failure of SHARD_FAILURES) {
  test(`a detail shard that fails (${failure.name}) gets a message and a retry while the list keeps working`, async () => {
    const variable = withCodes();
    const shard = shop.catalog.detailShards[variable.shard];
    const sameShard = shop.catalog.variables.filter((v) => v.shard === variable.shard && v.id !== variable.id);
    assert.ok(sameShard.length > 0, 'the shard has another variable');
    const page = await newPage(shop.browser);
    let failing = true;
    let requests = 0;
    await page.route(`**/${shard}`, (route) => {
      requests += 1;
      return failing ? failure.fail(route) : route.continue();
    });
    const providerRows = shop.catalog.variables.filter((v) => v.provider === variable.provider).length;
    await page.goto(`${shop.server.url}?tilbyder=${variable.provider}`);
    await page.waitForSelector(ROWS);
    const open = (id) => page.locator(`${ROWS}[data-variable="${id}"] .result__label`).click();

    await open(variable.id);
    const alert = page.locator('article.detail [role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Vi fikk ikke hentet detaljene om variabelen/);
    assert.match(await alert.textContent(), failure.message);
    // The summary is there: heading, basket button and related variables.
    assert.equal(await page.textContent('article.detail h1'), variable.label.nb);
    await page.getByRole('button', { name: 'Legg i kurven' }).waitFor();

    // The list keeps working.
    await page.getByRole('link', { name: 'Tilbake til søket' }).click();
    await waitForCount(page, providerRows);
    assert.equal(await page.locator(ROWS).count(), providerRows);

    // A failed shard is not fetched again until the user asks.
    await open(variable.id);
    await alert.waitFor();
    assert.equal(requests, 1);
    failing = false;
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await page.waitForSelector('.code-table');
    assert.equal(await page.locator('article.detail [role=alert]').count(), 0);
    assert.equal(requests, 2);

    // Another variable of the same shard needs no new request.
    await page.getByRole('link', { name: 'Tilbake til søket' }).click();
    await waitForCount(page, providerRows);
    await open(sameShard[0].id);
    await page.waitForSelector('#about-heading');
    assert.equal(requests, 2);
    await page.context().close();
  });
}
