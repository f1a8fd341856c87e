// End-to-end tests of the provider and dataset pages, the Datasett facet
// and the links to both pages, against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, assertAccessible } from './lib/browser.mjs';
import { startShop, facetCount, waitForCount, ROWS } from './lib/shop.mjs';

let shop;
before(async () => {
  shop = await startShop();
});
after(async () => {
  await shop?.stop();
});

const providerUrl = (id) => `?datatilbyder=${encodeURIComponent(id)}`;
const datasetKey = (d) => `${d.provider}/${d.id}`;
const datasetUrl = (d) => `?datasett=${encodeURIComponent(datasetKey(d))}`;
const variablesOf = (provider) => shop.catalog.variables.filter((v) => v.provider === provider);
const inDataset = (v, d) => v.provider === d.provider && v.dataset === d.id;
/** The dataset with the most variables: the one a demo would open. */
const biggestDataset = () => {
  const size = (d) => shop.catalog.variables.filter((v) => inDataset(v, d)).length;
  return [...shop.catalog.datasets].sort((a, b) => size(b) - size(a))[0];
};

async function open(query, options) {
  const page = await newPage(shop.browser, options);
  await page.goto(shop.server.url + query);
  return page;
}

/** Fails when the page shows or links to a placeholder address. */
async function assertNoPlaceholders(page) {
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /example\./i);
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.filter((h) => /example\./i.test(h)), []);
}

/** Counts per key, as [key, count] sorted by key. */
function tally(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/** A chart's table rows as [id, count] sorted by id. */
async function chartRows(page, chart) {
  const rows = await page.$$eval(`figure[data-chart="${chart}"] tbody tr`, (trs) =>
    trs.map((tr) => [tr.dataset.id, Number(tr.querySelector('td').textContent.trim())]),
  );
  return rows.sort(([a], [b]) => a.localeCompare(b));
}

test('provider and dataset pages open directly by URL in both languages at 1280 and 360 px', async () => {
  const provider = shop.catalog.providers.find((p) => p.id === 'novari-iks');
  const dataset = biggestDataset();
  const cases = [
    { name: 'provider', url: providerUrl(provider.id), h1: { nb: provider.name.nb, en: provider.name.en ?? provider.name.nb } },
    { name: 'dataset', url: datasetUrl(dataset), h1: { nb: dataset.title.nb, en: dataset.title.en ?? dataset.title.nb } },
  ];
  for (const { name, url, h1 } of cases) {
    for (const lang of ['nb', 'en']) {
      for (const [width, height] of [
        [1280, 800],
        [360, 740],
      ]) {
        const page = await open(lang === 'en' ? `${url}&lang=en` : url, { width, height });
        await page.waitForSelector('article.profile h1');
        assert.equal((await page.textContent('article.profile h1')).trim(), h1[lang]);
        assert.equal(await page.getAttribute('html', 'lang'), lang === 'en' ? 'en' : 'nb');
        assert.equal(await page.title(), `${h1[lang]} – Nettbutikken – KUDAF`);
        await assertNoPlaceholders(page);
        await assertAccessible(page, `${name}-${lang}-${width}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
      }
    }
  }
});

test('the provider page shows its metadata, its datasets and charts with the catalog counts', async () => {
  const page = await open('');
  for (const provider of shop.catalog.providers) {
    await page.goto(shop.server.url + providerUrl(provider.id));
    await page.waitForSelector(`article.profile[data-provider="${provider.id}"] figure[data-chart="temporality"]`);
    const variables = variablesOf(provider.id);
    assert.deepEqual(await chartRows(page, 'temporality'), tally(variables, (v) => v.temporality), provider.id);
    assert.deepEqual(await chartRows(page, 'unit-type'), tally(variables, (v) => v.identifier), provider.id);
    // As many bars as table rows, and the bars are drawn.
    assert.equal(
      await page.locator('figure[data-chart="temporality"] .tally-chart__bar').count(),
      tally(variables, (v) => v.temporality).length,
    );
    const text = await page.textContent('article.profile');
    if (provider.orgNumber) assert.ok(text.includes(provider.orgNumber), provider.id);
    if (provider.contact?.url) {
      assert.equal(await page.locator(`article.profile a[href="${provider.contact.url}"]`).count(), 1, provider.id);
    }
    const datasets = shop.catalog.datasets.filter((d) => d.provider === provider.id);
    const links = await page.$$eval('.profile__datasets a', (as) => as.map((a) => new URL(a.href).searchParams.get('datasett')));
    assert.deepEqual(links.sort(), datasets.map(datasetKey).sort(), provider.id);
    await assertNoPlaceholders(page);
  }
  // The browse link opens the search filtered to the provider.
  const last = shop.catalog.providers.at(-1);
  await page.locator(`a[data-browse-provider="${last.id}"]`).click();
  await waitForCount(page, variablesOf(last.id).length);
  assert.equal(new URL(page.url()).searchParams.get('tilbyder'), last.id);
  assert.equal(await page.isChecked(`[id="facet-tilbyder-${last.id}"]`), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an unknown provider or dataset gets a real not-found page', async () => {
  for (const [url, heading] of [
    ['?datatilbyder=ingen-slik', 'Fant ikke datatilbyderen'],
    ['?datasett=novari-iks%2Fingen-slik', 'Fant ikke datasettet'],
    ['?datasett=ingen-skraastrek', 'Fant ikke datasettet'],
  ]) {
    const page = await open(url);
    await page.waitForSelector('.not-found h1');
    assert.equal((await page.textContent('.not-found h1')).trim(), heading);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('the dataset page shows its description, provider, coverage and variables to tick', async () => {
  const dataset = biggestDataset();
  const variables = shop.catalog.variables.filter((v) => inDataset(v, dataset));
  const page = await open(datasetUrl(dataset));
  await page.waitForSelector('.dataset-variables li');
  const text = await page.textContent('article.profile');
  if (dataset.description?.nb) assert.ok(text.includes(dataset.description.nb.slice(0, 60)));
  const rows = await page.$$eval('.dataset-variable', (lis) => lis.map((li) => li.dataset.variable));
  assert.deepEqual(rows, variables.map((v) => v.id));
  // The timeline spans the earliest start to the latest end.
  const starts = variables.map((v) => v.temporalCoverage?.start).filter(Boolean).map((s) => Number(s.slice(0, 4)));
  if (starts.length) {
    assert.equal(await page.locator('.coverage__svg .coverage__bar').count(), 1);
    assert.match(await page.textContent('.coverage__summary'), new RegExp(String(Math.min(...starts))));
  }
  // The provider links to its page.
  await page.locator('article.profile .provider-link').click();
  await page.waitForSelector(`article.profile[data-provider="${dataset.provider}"]`);
  await page.goBack();
  await page.waitForSelector('.dataset-variables li');
  // Keyboard alone: tab to the first checkbox, tick it with Space.
  const first = variables[0];
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.id)) !== `select-${first.id}` && guard++ < 40) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await page.waitForFunction((id) => document.querySelector(`[id="select-${id}"]`)?.checked, first.id);
  const stored = await page.evaluate(() => JSON.stringify(Object.values(localStorage)));
  assert.ok(stored.includes(first.id), stored);
  // The browse link opens the search filtered to the dataset.
  await page.locator('a[data-browse-dataset]').click();
  await waitForCount(page, variables.length);
  assert.equal(new URL(page.url()).searchParams.get('sett'), datasetKey(dataset));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the Datasett facet counts disjunctively: OR within, AND across', async () => {
  const { catalog } = shop;
  const matches = ({ datasets = [], temporalities = [] }) =>
    catalog.variables.filter(
      (v) =>
        (datasets.length === 0 || datasets.some((d) => inDataset(v, d))) &&
        (temporalities.length === 0 || temporalities.includes(v.temporality)),
    );
  const [a, b] = [...catalog.datasets].sort(
    (x, y) => matches({ datasets: [y] }).length - matches({ datasets: [x] }).length,
  );
  const page = await open('');
  await page.waitForSelector(ROWS);
  for (const d of [a, b]) {
    assert.equal(await facetCount(page, 'sett', datasetKey(d)), matches({ datasets: [d] }).length);
  }
  await page.check(`[id="facet-sett-${datasetKey(a)}"]`);
  await waitForCount(page, matches({ datasets: [a] }).length);
  // Its own selection does not change the facet's counts.
  assert.equal(await facetCount(page, 'sett', datasetKey(b)), matches({ datasets: [b] }).length);
  await page.check(`[id="facet-sett-${datasetKey(b)}"]`);
  await waitForCount(page, matches({ datasets: [a, b] }).length);
  // Another facet narrows the counts (AND across).
  await page.check('#facet-temporalitet-FIXED');
  await waitForCount(page, matches({ datasets: [a, b], temporalities: ['FIXED'] }).length);
  for (const d of [a, b]) {
    assert.equal(await facetCount(page, 'sett', datasetKey(d)), matches({ datasets: [d], temporalities: ['FIXED'] }).length);
  }
  const chips = await page.$$eval('.active-filters .ds-chip', (cs) => cs.map((c) => c.textContent.trim()));
  assert.ok(chips.includes(a.title.nb), chips.join(' | '));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('provider names in the result list and on the detail page lead to the provider page', async () => {
  const page = await open('');
  await page.waitForSelector(ROWS);
  const first = await page.$eval(ROWS, (r) => r.dataset.variable);
  const provider = shop.catalog.variables.find((v) => v.id === first).provider;
  // Keyboard alone: tab to the first row's provider link and press Enter.
  let guard = 0;
  const onLink = () =>
    page.evaluate(() => document.activeElement?.matches('.result-list > li.result:first-child .provider-link'));
  while (!(await onLink()) && guard++ < 80) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`article.profile[data-provider="${provider}"]`);
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));

  const variable = shop.catalog.variables.find((v) => v.dataset);
  await page.goto(`${shop.server.url}?variabel=${encodeURIComponent(variable.id)}`);
  await page.waitForSelector('article.detail h1');
  await page.locator('#provider-heading + .facts .provider-link').click();
  await page.waitForSelector(`article.profile[data-provider="${variable.provider}"]`);
  await page.goBack();
  await page.waitForSelector('article.detail .dataset-link');
  await page.locator('article.detail .dataset-link').click();
  await page.waitForSelector(`article.profile[data-dataset="${variable.provider}/${variable.dataset}"]`);
  await page.goBack();
  // The detail page shows the provider's web address, never an e-mail.
  const url = shop.catalog.providers.find((p) => p.id === variable.provider).contact?.url;
  if (url) await page.waitForSelector(`#provider-heading + .facts a[href="${url}"]`);
  assert.equal(await page.locator('article.detail a[href^="mailto:"]').count(), 0);
  await assertNoPlaceholders(page);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
