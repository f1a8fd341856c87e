// End-to-end tests of the Nynorsk UI (`lang=nn`): every view speaks
// Nynorsk, metadata and content fall back nn → nb → en with `lang` on text
// in another language, the exports follow the language, the choice survives
// a reload, and nothing overflows at 320 px. Expected content texts are
// read from the content.json the build wrote.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { newPage, assertAccessible, screenshot } from './lib/browser.mjs';
import { startShop, DIST, ROWS } from './lib/shop.mjs';

let shop;
let content;
before(async () => {
  shop = await startShop();
  content = JSON.parse(await fs.readFile(`${DIST}content.json`, 'utf8'));
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

/** The dataset with the most variables, and its page's query. */
const biggestDataset = () => {
  const size = (d) => shop.catalog.variables.filter((v) => v.provider === d.provider && v.dataset === d.id).length;
  return [...shop.catalog.datasets].sort((a, b) => size(b) - size(a))[0];
};
const datasetQuery = (d) => `?datasett=${encodeURIComponent(`${d.provider}/${d.id}`)}&lang=nn`;

/**
 * Fails when a word of a heading is wider than the heading itself, so the
 * heading would have to break inside the word (nynorsk words are sometimes
 * longer than their Bokmål ones).
 */
async function assertWholeWords(page, where) {
  const broken = await page.evaluate(() => {
    const found = [];
    for (const h of document.querySelectorAll('h1, h2, h3')) {
      // Headings only screen readers get (hidden by .ds-sr-only or as the
      // phone's filter heading is) have no width to fit.
      if (!h.offsetParent || h.closest('.ds-sr-only') || h.clientWidth <= 1) continue;
      const probe = document.createElement('span');
      // Through the CSSOM, which the page's CSP allows (no style attribute).
      Object.assign(probe.style, { position: 'absolute', whiteSpace: 'nowrap', visibility: 'hidden' });
      h.append(probe);
      // A hyphen (hard or soft) is a place to break, as in «KUDAF-økosystemet».
      for (const word of h.textContent.split(/\s+|(?<=[-\u00ad])/).filter(Boolean)) {
        probe.textContent = word;
        if (probe.getBoundingClientRect().width > h.clientWidth + 0.5) found.push(word);
      }
      probe.remove();
    }
    return found;
  });
  assert.deepEqual(broken, [], `${where}: heading words wider than their heading`);
}

/** Puts `variables` in the basket by their checkboxes, in Nynorsk. */
async function select(page, variables) {
  for (const v of variables) {
    await page.goto(`${shop.server.url}?lang=nn&q=${encodeURIComponent(v.name)}`);
    await page.waitForSelector(`${ROWS}[data-variable="${v.id}"]`);
    await page.check(`${ROWS}[data-variable="${v.id}"] input[type=checkbox]`);
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
  const label = `${ROWS}[data-variable="${nn.id}"] .result__label`;
  await page.waitForSelector(label);
  assert.equal(await page.textContent(label), nn.label.nn);
  assert.equal(await page.getAttribute(label, 'lang'), null);
  await page.fill('#search', nb.name);
  const other = `${ROWS}[data-variable="${nb.id}"] .result__label`;
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

test('keyboard only, in Nynorsk: from the footer to the accessibility statement', async () => {
  const page = await open('?lang=nn');
  await page.waitForSelector(ROWS);
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Tilgjengeerklæring' && guard++ < 400) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent.trim() === t, content.accessibility.title.nn);
  assert.match(page.url(), /vis=tilgjengelighet/);
  assert.match(page.url(), /lang=nn/);
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

test('the start page introduction and the demo notice in Nynorsk, from the content', async () => {
  const page = await open('?lang=nn');
  await page.waitForSelector('.intro__summary');
  assert.equal((await page.textContent('.intro__summary')).trim(), content.pilot.kudaf.summary.nn);
  const intro = await page.textContent('.intro');
  for (const step of content.pilot.kudaf.steps) assert.ok(intro.includes(step.title.nn), step.title.nn);
  await page.waitForFunction((t) => document.querySelector('.demo-banner')?.textContent.includes(t), content.pilot.kudaf.demoNotice.nn);
  assert.equal(await page.getAttribute('.demo-banner p', 'lang'), null);
  await page.context().close();
});

test('the pilot page in Nynorsk; the sources\' Bokmål titles carry lang="nb"', async () => {
  const page = await open('?vis=om&lang=nn');
  await page.waitForSelector('.novari__item');
  assert.equal((await page.textContent('main h1')).trim(), content.pilot.title.nn);
  assert.equal(await page.title(), `${content.pilot.title.nn} – Nettbutikken – KUDAF`);
  const main = await page.textContent('main');
  for (const phase of content.pilot.pilot.phases) assert.ok(main.includes(phase.title.nn), phase.title.nn);
  for (const point of content.pilot.outcome.points) assert.ok(main.includes(point.nn), point.nn.slice(0, 40));
  assert.ok(main.includes('Kjelder'));
  // A text the content has in Bokmål only is shown in Bokmål, marked so.
  const bokmal = content.pilot.sources.filter((s) => !s.title.nn).map((s) => s.title.nb);
  assert.ok(bokmal.length > 0, 'the sample content keeps a Bokmål-only source title');
  const marked = await page.$$eval('[lang="nb"]', (els) => els.map((e) => e.textContent.trim()));
  for (const title of bokmal) assert.ok(marked.includes(title), `${title} is marked lang="nb"`);
  // Novari's variables tick into the basket, named in Nynorsk.
  const first = page.locator('.novari__variable input[type=checkbox]').first();
  await first.check();
  await page.waitForFunction(() => /1 variabel i korga/.test(document.querySelector('.basket-link')?.textContent));
  await page.context().close();
});

test('the accessibility statement in Nynorsk', async () => {
  const page = await open('?vis=tilgjengelighet&lang=nn');
  await page.waitForSelector('.story__points li');
  assert.equal((await page.textContent('main h1')).trim(), content.accessibility.title.nn);
  const main = await page.textContent('main');
  for (const item of content.accessibility.limitations.items) assert.ok(main.includes(item.nn), item.nn.slice(0, 40));
  assert.ok(main.includes(content.accessibility.feedback.text.nn));
  assert.equal(await page.$$eval('main [lang]', (els) => els.length), 0, 'every text of the statement is in Nynorsk');
  await page.context().close();
});

test('provider and dataset pages in Nynorsk, with Bokmål metadata marked', async () => {
  const provider = shop.catalog.providers.find((p) => p.id === 'novari-iks');
  const page = await open('?datatilbyder=novari-iks&lang=nn');
  await page.waitForSelector('article.profile h1');
  assert.equal(await page.textContent('.profile__kicker'), 'Datatilbydar');
  assert.match(await page.textContent('[data-browse-provider]'), /^Sjå (alle dei \d+ variablane|variabelen) frå /);
  if (provider.description && !provider.description.nn) {
    assert.equal(await page.getAttribute('.profile__description', 'lang'), 'nb');
  }
  const novariDataset = shop.catalog.datasets.find((d) => d.provider === 'novari-iks');
  assert.equal(await page.getAttribute('.dataset-link', 'lang'), novariDataset.title.nn ? null : 'nb');
  const dataset = biggestDataset();
  await page.goto(shop.server.url + datasetQuery(dataset));
  await page.waitForFunction(() => document.querySelector('.profile__kicker')?.textContent === 'Datasett');
  assert.equal(await page.getAttribute('article.profile h1', 'lang'), dataset.title.nn ? null : 'nb');
  assert.ok((await page.textContent('main')).includes('Variablar i datasettet'));
  await page.context().close();
});

test('the request draft in Nynorsk: checklist, JSON request and CSV follow the language', async () => {
  const page = await newPage(shop.browser);
  const chosen = [withNynorsk(), bokmalOnly()];
  await select(page, chosen);
  await page.goto(`${shop.server.url}?vis=utkast&lang=nn`);
  await page.waitForSelector('.draft-provider');
  assert.ok((await page.textContent('main')).includes('Sjekkliste'));
  assert.match(await page.textContent('.checklist__status'), /^Ikkje klar: \d+ ting må rettast\.$/);
  assert.ok((await page.textContent('main')).includes('Føremålet manglar.'));
  // The variable named in Bokmål carries lang="nb" in its field's legend.
  const legend = `fieldset[data-variable="${bokmalOnly().id}"] legend span`;
  assert.equal(await page.getAttribute(legend, 'lang'), 'nb');
  await assertAccessible(page, 'nn-draft-checklist');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned søknaden (JSON)' }).click()]);
  const request = JSON.parse(await fs.readFile(await json.path(), 'utf8'));
  assert.equal(request.language, 'nn');
  const requested = request.providers.flatMap((p) => p.variables);
  assert.equal(requested.find((v) => v.id === withNynorsk().id).label, withNynorsk().label.nn);
  assert.equal(requested.find((v) => v.id === bokmalOnly().id).label, bokmalOnly().label.nb);
  for (const v of requested) assert.ok(['Open', 'Avgrensa'].includes(v.access), v.access);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned variabellista (CSV)' }).click()]);
  const text = await fs.readFile(await csv.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFFDatatilbydar,Teknisk namn,Variabelnamn,Skildring,Einingstypar'), text.slice(0, 80));
  await page.context().close();
});

test('a basket this version cannot read is announced in Nynorsk', async () => {
  const newer = JSON.stringify({ version: 2, kurver: [{ navn: 'Fråfall', variabler: ['sikt/X'] }] });
  const page = await open('?lang=nn');
  await page.evaluate((value) => localStorage.setItem('nettbutikken.kurv', value), newer);
  await page.reload();
  await page.waitForSelector('.storage-notice');
  assert.match(await page.textContent('.storage-notice'), /annan versjon av nettbutikken.*ikkje sletta/);
  await assertAccessible(page, 'nn-storage-other-version');
  await page.context().close();
});

const VIEWS = [
  { name: 'nn-browse', query: '?lang=nn', ready: ROWS, shot: true },
  { name: 'nn-browse-360', query: '?lang=nn', ready: ROWS, width: 360, shot: true },
  { name: 'nn-browse-filtered-360', query: '?lang=nn&tilbyder=utdanningsdirektoratet', ready: ROWS, width: 360, filters: true },
  { name: 'nn-browse-320', query: '?lang=nn', ready: ROWS, width: 320, filters: true },
  { name: 'nn-empty', query: '?lang=nn&q=zzzyyyxxx', ready: '.empty-state' },
  { name: 'nn-empty-320', query: '?lang=nn&q=zzzyyyxxx', ready: '.empty-state', width: 320 },
  { name: 'nn-detail', detail: true, ready: '.detail h1', shot: true },
  { name: 'nn-detail-360', detail: true, ready: '.detail h1', width: 360, shot: true },
  { name: 'nn-detail-320', detail: true, ready: '.detail h1', width: 320 },
  { name: 'nn-detail-missing-320', query: '?variabel=ingen%2FSLIK&lang=nn', ready: '.not-found h1', width: 320 },
  { name: 'nn-basket-empty', query: '?vis=kurv&lang=nn', ready: '.basket-empty' },
  { name: 'nn-basket-empty-320', query: '?vis=kurv&lang=nn', ready: '.basket-empty', width: 320 },
  { name: 'nn-basket', query: '?vis=kurv&lang=nn', ready: '.basket-group', fill: true, shot: true },
  { name: 'nn-basket-360', query: '?vis=kurv&lang=nn', ready: '.basket-group', fill: true, width: 360, shot: true },
  { name: 'nn-basket-320', query: '?vis=kurv&lang=nn', ready: '.basket-group', fill: true, width: 320 },
  { name: 'nn-draft', query: '?vis=utkast&lang=nn', ready: '.draft-provider', fill: true, shot: true },
  { name: 'nn-draft-360', query: '?vis=utkast&lang=nn', ready: '.draft-provider', fill: true, width: 360, shot: true },
  { name: 'nn-draft-320', query: '?vis=utkast&lang=nn', ready: '.draft-provider', fill: true, width: 320 },
  { name: 'nn-about', query: '?vis=om&lang=nn', ready: '.novari__item', shot: true },
  { name: 'nn-about-360', query: '?vis=om&lang=nn', ready: '.novari__item', width: 360, shot: true },
  { name: 'nn-about-320', query: '?vis=om&lang=nn', ready: '.novari__item', width: 320 },
  { name: 'nn-statement', query: '?vis=tilgjengelighet&lang=nn', ready: '.story__points li' },
  { name: 'nn-statement-360', query: '?vis=tilgjengelighet&lang=nn', ready: '.story__points li', width: 360 },
  { name: 'nn-statement-320', query: '?vis=tilgjengelighet&lang=nn', ready: '.story__points li', width: 320 },
  { name: 'nn-provider', query: '?datatilbyder=novari-iks&lang=nn', ready: 'article.profile h1' },
  { name: 'nn-provider-360', query: '?datatilbyder=novari-iks&lang=nn', ready: 'article.profile h1', width: 360 },
  { name: 'nn-provider-320', query: '?datatilbyder=novari-iks&lang=nn', ready: 'article.profile h1', width: 320 },
  { name: 'nn-provider-missing-320', query: '?datatilbyder=ingen&lang=nn', ready: 'main h1', width: 320 },
  { name: 'nn-dataset', dataset: true, ready: 'article.profile h1' },
  { name: 'nn-dataset-360', dataset: true, ready: 'article.profile h1', width: 360 },
  { name: 'nn-dataset-320', dataset: true, ready: 'article.profile h1', width: 320 },
  { name: 'nn-proverom', query: '?vis=proverom&lang=nn', ready: '#trial-text', shot: true },
  { name: 'nn-proverom-360', query: '?vis=proverom&lang=nn', ready: '#trial-text', width: 360 },
  { name: 'nn-proverom-320', query: '?vis=proverom&lang=nn', ready: '#trial-text', width: 320 },
];
for (const view of VIEWS) {
  test(`axe-core finds no violations, nothing overflows, headings keep whole words: ${view.name}`, async () => {
    const size = view.width ? { width: view.width, height: 740 } : { width: 1280, height: 800 };
    const page = await newPage(shop.browser, size);
    if (view.fill) await select(page, [withNynorsk(), bokmalOnly()]);
    let query = view.query;
    if (view.detail) query = detailUrl(withNynorsk().id);
    if (view.dataset) query = datasetQuery(biggestDataset());
    await page.goto(shop.server.url + query);
    await page.waitForSelector(view.ready);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nn');
    // Screenshots of what a user first sees, before any panel is opened.
    if (view.shot) await screenshot(page, `${view.name}-viewport`, { fullPage: false });
    if (view.filters) {
      // The filters fold away on a narrow screen; open them for the check.
      await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
      await page.waitForSelector('#filter-groups.filters__groups--open');
    }
    await assertAccessible(page, view.name);
    await assertWholeWords(page, view.name);
    await page.context().close();
  });
}
