// End-to-end tests of a result list a researcher can scan: compact rows
// above the fold, search over datasets, keyboard paths (skip links, focus
// after Back and after emptying the basket), reflow at 320 px and the
// language of Norwegian-only text in the English view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, axe, screenshot } from './lib/browser.mjs';
import { startShop, ROWS, resultCount, waitForCount } from './lib/shop.mjs';

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

/** Result rows whose whole box is inside the viewport's height. */
const rowsAboveFold = (page) =>
  page.$$eval(ROWS, (rows) => rows.filter((r) => {
    const box = r.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  }).length);

/** The variables the sample catalog's pilot dataset holds. */
const pilotVariables = () => {
  const pilot = shop.catalog.datasets.find((d) => /VIGO-piloten/.test(d.title.nb));
  assert.ok(pilot, 'the sample metadata has the VIGO pilot dataset');
  return shop.catalog.variables.filter((v) => v.dataset === pilot.id).map((v) => v.id).sort();
};

const rowIds = (page) => page.$$eval(ROWS, (rows) => rows.map((r) => r.dataset.variable));

for (const [width, height, atLeast] of [[1280, 800, 12], [360, 740, 3]]) {
  test(`at ${width}×${height} at least ${atLeast} results are fully visible above the fold`, async () => {
    // A first visit: nothing stored, so the introduction is as a new
    // visitor sees it (open on a wide screen, folded on a phone).
    const page = await open('', { width, height });
    await page.waitForSelector('.intro');
    await page.waitForTimeout(100);
    assert.equal(await page.isVisible('#intro-body'), width > 1000, 'the introduction is open on a wide screen');
    const search = await page.locator('#search').boundingBox();
    assert.ok(search.y + search.height <= height, 'the search field is above the fold');
    const shown = await rowsAboveFold(page);
    assert.ok(shown >= atLeast, `${shown} rows above the fold at ${width}×${height}`);
    if (width > 1000) {
      const heights = await page.$$eval(ROWS, (rows) => rows.map((r) => r.getBoundingClientRect().height));
      const tall = heights.filter((h) => h > 60);
      assert.ok(tall.length <= heights.length / 5, `rows taller than 60 px: ${tall.join(', ')}`);
    } else {
      // The search field and the "Filtrer" button come before the results.
      const filter = await page.getByRole('button', { name: 'Filtrer' }).boundingBox();
      const first = await page.locator(ROWS).first().boundingBox();
      assert.ok(search.y + search.height <= first.y && filter.y + filter.height <= first.y);
    }
    await screenshot(page, `scan-${width}x${height}`, { fullPage: false });
    await page.context().close();
  });
}

test('technical names never break inside a part: one line in the list, breaks only after underscores on the detail page', async () => {
  const page = await open('', { width: 1280, height: 800 });
  const long = shop.catalog.variables.filter((v) => v.name.includes('_')).sort((a, b) => b.name.length - a.name.length)[0];
  await page.fill('#search', long.name);
  await page.waitForSelector(`${ROWS}[data-variable="${long.id}"]`);
  const name = page.locator(`${ROWS}[data-variable="${long.id}"] .result__name`);
  assert.equal(await name.textContent(), long.name);
  // In the list the name and description are one line (cut with an ellipsis), so the row never grows.
  const [height, line] = await name.evaluate((code) => [code.getBoundingClientRect().height, parseFloat(getComputedStyle(code).lineHeight)]);
  assert.ok(height < line * 1.5, `the name is ${height}px high, a line ${line}px`);
  const snippet = await page.$$eval(`${ROWS} .result__meta`, (ps) =>
    ps.map((p) => [getComputedStyle(p).whiteSpace, getComputedStyle(p).textOverflow]),
  );
  assert.ok(snippet.every(([ws, to]) => ws === 'nowrap' && to === 'ellipsis'), JSON.stringify(snippet));
  // On the detail page: a break opportunity after every underscore, and only there.
  await name.locator('xpath=ancestor::li').locator('.result__label').click();
  await page.waitForSelector('.detail__name code');
  const parts = await page.locator('.detail__name code').evaluate((code) => {
    const copy = code.cloneNode(true);
    copy.querySelectorAll('wbr').forEach((w) => w.replaceWith('|'));
    return copy.textContent;
  });
  assert.equal(parts.replace(/\|$/, ''), long.name.replace(/_(?!$)/g, '_|'));
  await page.context().close();
});

for (const text of ['VIGO', 'pilot', 'syntetisk']) {
  test(`searching "${text}" finds the VIGO pilot's variables through their dataset`, async () => {
    const page = await open(`?q=${encodeURIComponent(text)}&antall=100`);
    const ids = await rowIds(page);
    for (const id of pilotVariables()) assert.ok(ids.includes(id), `${text} finds ${id}`);
    await page.context().close();
  });
}

// Needs the identifier variables (fødselsnummer, organisasjonsnummer, …)
// that another change adds to metadata/: fails until they are there.
test('searching "fødselsnummer" finds the identifier variable', async () => {
  const page = await open(`?q=${encodeURIComponent('fødselsnummer')}`);
  assert.ok((await resultCount(page)) > 0, 'fødselsnummer finds something');
  await page.context().close();
});

test('characters invisible inside a word are ignored: Låne\\u200Bkassen finds what Lånekassen finds', async () => {
  const page = await open();
  const found = [];
  for (const text of ['Lånekassen', 'Låne\u200Bkassen', 'Låne\u00ADkassen', '\uFEFFLånekassen']) {
    await page.fill('#search', text);
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('q') === t, text);
    await page.waitForTimeout(50);
    found.push((await rowIds(page)).sort());
  }
  assert.ok(found[0].length > 0);
  for (const ids of found.slice(1)) assert.deepEqual(ids, found[0]);
  await page.context().close();
});

test('the search hint names the fields searched, dataset included', async () => {
  const page = await open();
  assert.match(await page.textContent('#search-hint'), /datasett/);
  await page.context().close();
});

test('Back from a detail page restores the scroll position and focuses the opened link', async () => {
  const page = await open('?antall=50', { width: 1280, height: 800 });
  const rows = page.locator(ROWS);
  const target = rows.nth(30);
  const id = await target.getAttribute('data-variable');
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 40));
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 300, `scrolled ${scrolled}`);
  const back = async (how) => {
    await target.locator('.result__label').click();
    await page.waitForSelector('article.detail h1');
    await how();
    await page.waitForSelector(`${ROWS}[data-variable="${id}"]`);
    await page.waitForFunction(
      (id) => document.activeElement?.closest('.result')?.dataset.variable === id,
      id,
      { timeout: 5000 },
    );
    const y = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(y - scrolled) <= 2, `scroll ${y}, was ${scrolled}`);
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains('result__label')));
  };
  await back(() => page.goBack());
  await back(() => page.getByRole('link', { name: 'Tilbake til søket' }).click());
  await page.context().close();
});

test('the skip links move focus to the main content and past the filters to the results', async () => {
  const page = await open();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Hopp til hovedinnhold');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // The next Tab is inside the main content: the skip link to the results.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Hopp til resultatene');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'results-heading');
  // From the results heading, a few Tabs reach the first row, not the facets.
  await page.keyboard.press('Tab');
  const inResults = await page.evaluate(() => Boolean(document.activeElement.closest('.results')));
  assert.ok(inResults, 'Tab after the results heading stays in the results');
  await page.context().close();
});

test('the result count is announced once typing settles, not for every key', async () => {
  const page = await open();
  const live = page.locator('.results [aria-live=polite]');
  const seen = [];
  await page.exposeFunction('__announce', (t) => seen.push(t));
  await live.evaluate((el) => new MutationObserver(() => window.__announce(el.textContent)).observe(el, { subtree: true, childList: true, characterData: true }));
  await page.locator('#search').pressSequentially('elev', { delay: 40 });
  await page.waitForTimeout(1200);
  const count = await resultCount(page);
  assert.deepEqual(seen.filter(Boolean), [`${count} variabler`]);
  await page.context().close();
});

/** The variables of the first two rows of the start page. */
async function firstTwo(page) {
  const ids = await rowIds(page);
  return ids.slice(0, 2).map((id) => shop.catalog.variables.find((v) => v.id === id));
}

test('focus after emptying the basket goes to undo, after removing the last variable to the heading', async () => {
  const page = await open();
  const [a, b] = await firstTwo(page);
  await page.check(`${ROWS}[data-variable="${a.id}"] input[type=checkbox]`);
  await page.check(`${ROWS}[data-variable="${b.id}"] input[type=checkbox]`);
  await page.goto(`${shop.server.url}?vis=kurv`);
  await page.getByRole('button', { name: 'Tøm kurven' }).click();
  // "Tøm kurven" is gone with the list: focus is on "Angre" in the notice.
  await page.waitForFunction(() => document.activeElement?.matches('.basket-undo button'));
  // The alert's icon is inside its box.
  const [alert, icon] = await page.locator('.basket-undo').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el, '::before');
    return [box.left, box.left + parseFloat(style.left || '0')];
  });
  assert.ok(Number.isFinite(alert) && icon >= alert, `icon at ${icon}, box at ${alert}`);
  await page.getByRole('button', { name: 'Angre' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'basket-count');
  for (const label of [a.label.nb, b.label.nb]) {
    await page.getByRole('button', { name: new RegExp(`Fjern ${label}`) }).click();
  }
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  await page.context().close();
});

test('English view: Norwegian-only metadata is marked lang="nb", with one note saying so', async () => {
  const page = await open('?lang=en&antall=100');
  const nbOnly = shop.catalog.variables.find((v) => v.description?.nb && !v.description.en);
  const both = shop.catalog.variables.find((v) => v.label.en && v.description?.en);
  assert.ok(nbOnly && both, 'the sample has both kinds');
  const snippet = (v) => page.locator(`${ROWS}[data-variable="${v.id}"] .result__snippet`);
  assert.equal(await snippet(nbOnly).getAttribute('lang'), 'nb');
  assert.equal(await snippet(both).getAttribute('lang'), null);
  assert.match(await page.textContent('.lang-note'), /only in Norwegian/);
  await page.goto(`${shop.server.url}?lang=en&variabel=${encodeURIComponent(nbOnly.id)}`);
  await page.waitForSelector('article.detail h1');
  assert.equal(await page.getAttribute('.detail__description', 'lang'), 'nb');
  // The provider and dataset pages mark their Norwegian-only texts too.
  const dataset = shop.catalog.datasets.find((d) => d.description?.nb && !d.description.en);
  const provider = shop.catalog.providers.find((p) => p.description?.nb && !p.description.en);
  assert.ok(dataset && provider, 'the sample has a Norwegian-only dataset and provider description');
  await page.goto(`${shop.server.url}?lang=en&datasett=${encodeURIComponent(`${dataset.provider}/${dataset.id}`)}`);
  await page.waitForSelector('article.profile h1');
  assert.equal(await page.getAttribute('.profile__description', 'lang'), 'nb');
  await page.goto(`${shop.server.url}?lang=en&datatilbyder=${encodeURIComponent(provider.id)}`);
  await page.waitForSelector('article.profile h1');
  assert.equal(await page.getAttribute('.profile__description', 'lang'), 'nb');
  await page.context().close();
});

test('no view scrolls sideways at 320 px in Norwegian and English, and axe finds nothing', async () => {
  const variable = shop.catalog.variables.find((v) => v.name.length > 20) ?? shop.catalog.variables[0];
  // The longest provider name and dataset title are the likeliest to widen their pages.
  const longest = (items, text) => [...items].sort((a, b) => text(b).length - text(a).length)[0];
  const provider = longest(shop.catalog.providers, (p) => p.name.nb ?? p.id);
  const dataset = longest(shop.catalog.datasets, (d) => d.title.nb ?? d.id);
  const views = [
    '',
    '?q=elev',
    `?variabel=${encodeURIComponent(variable.id)}`,
    `?datatilbyder=${encodeURIComponent(provider.id)}`,
    `?datasett=${encodeURIComponent(`${dataset.provider}/${dataset.id}`)}`,
    '?vis=kurv',
    '?vis=utkast',
    '?vis=om',
    '?vis=tilgjengelighet',
  ];
  const page = await newPage(shop.browser, { width: 320, height: 640 });
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  await page.check(`${ROWS}:first-child input[type=checkbox]`);
  for (const lang of ['nb', 'en']) {
    for (const view of views) {
      const url = `${shop.server.url}${view}${view ? '&' : '?'}lang=${lang}`;
      await page.goto(url);
      await page.waitForSelector('main h1');
      await page.waitForTimeout(150);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${url} scrolls sideways by ${overflow}px`);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${url}: ${JSON.stringify(violations, null, 2)}`);
    }
  }
  await page.context().close();
});

test('the share notice says "1 variabel" for a link with one variable', async () => {
  const page = await open();
  const [a, b] = await firstTwo(page);
  await page.check(`${ROWS}[data-variable="${b.id}"] input[type=checkbox]`);
  await page.goto(`${shop.server.url}?vis=kurv&kurv=${encodeURIComponent(`${a.provider}.${a.name}`)}`);
  await page.waitForSelector('.shared-basket');
  assert.match(await page.textContent('.shared-basket'), /Lenken inneholder 1 variabel\./);
  await page.context().close();
});

test('the favicon link carries no integrity attribute', async () => {
  const page = await open();
  assert.equal(await page.locator('link[rel=icon]').count(), 1);
  assert.equal(await page.getAttribute('link[rel=icon]', 'integrity'), null);
  await waitForCount(page, shop.catalog.variables.length);
  await page.context().close();
});
