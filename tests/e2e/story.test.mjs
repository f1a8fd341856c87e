// End-to-end tests of the KUDAF story: the start page's introduction, the
// page about KUDAF and the VIGO pilot (?vis=om), the accessibility
// statement (?vis=tilgjengelighet), the demo notice and the footer's links.
// Every expected text is read from the content.json and catalog.json the
// build wrote, not written here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { newPage, assertAccessible } from './lib/browser.mjs';
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

const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];
const LANGS = ['nb', 'en'];
const PAGES = [
  { view: 'om', title: (c) => c.pilot.title, ready: '.novari__item' },
  { view: 'tilgjengelighet', title: (c) => c.accessibility.title, ready: '.story__points li' },
];
const url = (search, lang) => `${shop.server.url}?${search}${lang === 'en' ? '&lang=en' : ''}`;

/** Fails when any text on the page, or any link, mentions a placeholder address. */
async function assertNoPlaceholders(page, where) {
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /example\./i, `${where} shows a placeholder address`);
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  assert.deepEqual(hrefs.filter((h) => /example\./i.test(h)), [], `${where} links to a placeholder`);
}

/** The query part of a link, `?…`. */
const search = (href) => new URL(href, 'http://localhost/').search;

/** The ids of Novari's list, in order, as content.json names them. */
const listedIds = () => content.pilot.variableList.items.flatMap((item) => item.variables);

for (const { view, title, ready } of PAGES) {
  for (const lang of LANGS) {
    for (const size of SIZES) {
      test(`?vis=${view} opens directly in ${lang} at ${size.width} px, accessible`, async () => {
        const page = await newPage(shop.browser, size);
        await page.goto(url(`vis=${view}`, lang));
        await page.waitForSelector(ready);
        assert.equal((await page.textContent('main h1')).trim(), title(content)[lang]);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.title(), `${title(content)[lang]} – Nettbutikken – KUDAF`);
        await assertNoPlaceholders(page, `?vis=${view} (${lang})`);
        await assertAccessible(page, `story-${view}-${lang}-${size.width}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
}

test('the pilot page tells the story in the content\'s words, in order', async () => {
  const page = await newPage(shop.browser);
  await page.goto(url('vis=om', 'en'));
  await page.waitForSelector('.novari__item');
  const pilot = content.pilot;
  const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent.trim()));
  assert.deepEqual(headings, [
    pilot.kudaf.heading.en,
    pilot.ecosystem.heading.en,
    pilot.pilot.heading.en,
    pilot.variableList.heading.en,
    pilot.outcome.heading.en,
    'Sources',
  ]);
  const phases = await page.$$eval('.timeline__phase h3', (hs) => hs.map((h) => h.textContent.trim()));
  assert.deepEqual(phases, pilot.pilot.phases.map((p) => p.title.en));
  const outcomes = await page.$$eval('.timeline__phase', (lis) => lis.map((li) => li.textContent));
  pilot.pilot.phases.forEach((p, i) => assert.ok(outcomes[i].includes(p.outcome.en), `phase ${i + 1}'s outcome`));
  const times = await page.$$eval('.timeline__span time', (ts) => ts.map((t) => [t.getAttribute('datetime'), t.textContent]));
  assert.deepEqual(times, [
    [pilot.pilot.start, '13 December 2024'],
    [pilot.pilot.end, '18 November 2025'],
  ]);
  const text = await page.textContent('main');
  assert.ok(text.includes(pilot.pilot.syntheticData.en));
  for (const point of pilot.outcome.points) assert.ok(text.includes(point.en), point.en);
  assert.match(text, /meeting date 4 December 2025\. The conclusion is a proposal\./);
  // The picture: one drawing shows at this width, its parts in the content's order, and the
  // same parts and items as a list for screen readers.
  const shown = await page.$$eval('svg.ecosystem__picture', (svgs) =>
    svgs.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.getAttribute('class')),
  );
  assert.deepEqual(shown, ['ecosystem__picture ecosystem__picture--across']);
  const parts = await page.$$eval('.ecosystem__picture--across .ecosystem__part', (gs) =>
    gs.map((g) => [...g.querySelectorAll('.ecosystem__label')].map((t) => t.textContent).join(' ')),
  );
  assert.deepEqual(parts, pilot.ecosystem.parts.map((p) => p.label.en));
  const list = await page.textContent('.ecosystem .ds-sr-only');
  for (const part of pilot.ecosystem.parts) {
    for (const words of [part.label, ...part.items]) assert.ok(list.includes(words.en), words.en);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the ecosystem is drawn top to bottom at 360 px', async () => {
  const page = await newPage(shop.browser, { width: 360, height: 740 });
  await page.goto(url('vis=om', 'nb'));
  await page.waitForSelector('.ecosystem__picture--down');
  const boxes = await page.$$eval('svg.ecosystem__picture', (svgs) =>
    svgs.map((s) => ({ cls: s.getAttribute('class'), box: s.getBoundingClientRect().toJSON() })),
  );
  const down = boxes.find((b) => b.cls.includes('--down')).box;
  const across = boxes.find((b) => b.cls.includes('--across')).box;
  assert.equal(across.width, 0, 'the wide drawing is hidden');
  assert.ok(down.height > down.width && down.width <= 330, JSON.stringify(down));
  await page.context().close();
});

test('every variable of Novari\'s list links to its variable, which opens', async () => {
  const ids = listedIds();
  assert.ok(ids.length > 0);
  const page = await newPage(shop.browser);
  await page.goto(url('vis=om', 'nb'));
  await page.waitForSelector('.novari__item');
  assert.equal(await page.locator('.novari__item').count(), content.pilot.variableList.items.length);
  const links = await page.$$eval('.novari__variable a', (as) => as.map((a) => a.getAttribute('href')));
  const linked = links.map((href) => new URL(href, 'http://x/').searchParams.get('variabel'));
  assert.deepEqual(linked, ids);
  // An item without a variable would say so; here each one has its variables.
  const marks = await page.locator('.novari__item .ds-tag').count();
  const expectedMarks = content.pilot.variableList.items.filter((i) => i.variables.length === 0).length;
  assert.equal(marks, expectedMarks);
  for (const [i, id] of ids.entries()) {
    const variable = shop.catalog.variables.find((v) => v.id === id);
    assert.ok(variable, `${id} is in catalog.json`);
    await page.goto(url('vis=om', 'nb'));
    await page.locator('.novari__variable a').nth(i).click();
    await page.waitForSelector('article.detail h1');
    assert.equal((await page.textContent('article.detail h1')).trim(), variable.label.nb, id);
    await assertNoPlaceholders(page, id);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a variable goes into the basket from the pilot page, by keyboard', async () => {
  const page = await newPage(shop.browser);
  await page.goto(shop.server.url);
  await page.waitForSelector(ROWS);
  // From the start page's introduction to the pilot page, keyboard only.
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.closest?.('.intro__more'))); i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), content.pilot.title.nb);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.novari__variable input');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.matches?.('.novari__variable input'))); i++) {
    await page.keyboard.press('Tab');
  }
  const first = listedIds()[0];
  const name = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  const label = shop.catalog.variables.find((v) => v.id === first).label.nb;
  assert.equal(name, `Velg ${label}`);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.basket-link__count')?.textContent.trim() === '1');
  const saved = await page.evaluate(() => localStorage.getItem('nettbutikken.kurv'));
  assert.ok(saved.includes(first), saved);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.basket-link__count')?.textContent.trim() === '0');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the start page says what KUDAF is and what the catalog holds; the intro folds and stays folded', async () => {
  const page = await newPage(shop.browser, { width: 1280, height: 800 });
  await page.goto(shop.server.url);
  await page.waitForSelector('.intro__more');
  await page.waitForSelector(ROWS);
  const providers = new Set(shop.catalog.variables.map((v) => v.provider)).size;
  const variables = shop.catalog.variables.length;
  const intro = await page.textContent('.intro');
  assert.ok(intro.includes(content.pilot.kudaf.summary.nb));
  for (const step of content.pilot.kudaf.steps) assert.ok(intro.includes(step.title.nb), step.title.nb);
  assert.ok(intro.includes(`Katalogen har ${variables} variabler fra ${providers} datatilbydere.`), intro);
  assert.equal(search(await page.getAttribute('.intro__more a', 'href')), '?vis=om');
  await assertAccessible(page, 'story-start-open-1280');

  const toggle = page.locator('.intro__bar button');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.isVisible('.intro__body'), false);
  await page.reload();
  await page.waitForSelector(ROWS);
  await page.waitForSelector('.intro__bar button');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'still folded after a reload');
  assert.equal(await page.isVisible('.intro__body'), false);
  assert.equal((await toggle.textContent()).trim(), 'Vis introduksjonen');
  await assertAccessible(page, 'story-start-folded-1280');
  await toggle.click();
  await page.reload();
  await page.waitForSelector('.intro__body');
  assert.equal(await page.isVisible('.intro__body'), true, 'open again after a reload');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('at 360 px the intro starts folded, opens, and is accessible in English', async () => {
  const page = await newPage(shop.browser, { width: 360, height: 740 });
  await page.goto(url('', 'en'));
  await page.waitForSelector('.intro__bar button');
  await page.waitForSelector(ROWS);
  // Folded on a phone's first visit, so results show above the fold.
  assert.equal(await page.isVisible('.intro__body'), false);
  await assertAccessible(page, 'story-start-en-360-folded');
  await page.click('.intro__bar button');
  await page.waitForSelector('.intro__more');
  const intro = await page.textContent('.intro');
  assert.ok(intro.includes(content.pilot.kudaf.summary.en));
  await assertNoPlaceholders(page, 'the start page');
  await assertAccessible(page, 'story-start-en-360');
  await page.context().close();
});

test('the demo notice is the content\'s, in both languages', async () => {
  const page = await newPage(shop.browser);
  for (const lang of LANGS) {
    await page.goto(url('vis=kurv', lang));
    const notice = content.pilot.kudaf.demoNotice[lang];
    await page.waitForFunction((n) => document.querySelector('.demo-banner')?.textContent.trim() === n, notice);
  }
  await page.context().close();
});

test('the footer links to the pilot page, the statement, the prøverom and KUDAF\'s home page', async () => {
  const page = await newPage(shop.browser);
  await page.goto(url('q=elev', 'nb'));
  await page.waitForSelector(ROWS);
  const links = await page.$$eval('.site-footer a', (as) => as.map((a) => [a.textContent.trim(), a.href]));
  assert.deepEqual(links, [
    ['Om KUDAF og VIGO-piloten', `${shop.server.url}?vis=om&q=elev`],
    ['Tilgjengelighetserklæring', `${shop.server.url}?vis=tilgjengelighet&q=elev`],
    ['Prøverom for datatilbydere', `${shop.server.url}?vis=proverom&q=elev`],
    ['KUDAF – Datadeling i Kunnskapssektoren', 'https://kudaf.no/'],
  ]);
  await page.click('.site-footer a >> nth=1');
  await page.waitForSelector('.story__points li');
  assert.equal((await page.textContent('main h1')).trim(), content.accessibility.title.nb);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.ok((await page.textContent('main')).includes(content.accessibility.limitations.items[0].nb));
  await assertNoPlaceholders(page, 'the statement');
  await page.goBack();
  await page.waitForSelector(ROWS);
  assert.equal(await page.inputValue('input[type="search"]'), 'elev');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('without content.json the pages say so and retry; the search still works', async () => {
  const page = await newPage(shop.browser);
  let fail = true;
  await page.route('**/content.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto(url('vis=om', 'nb'));
  await page.waitForSelector('.load-error');
  assert.equal((await page.textContent('main h1')).trim(), 'Om KUDAF og VIGO-piloten');
  assert.match(await page.textContent('.load-error'), /Vi fikk ikke hentet teksten til siden/);
  assert.match(await page.textContent('.load-error'), /503/);
  await assertAccessible(page, 'story-om-error');
  fail = false;
  await page.click('.load-error button');
  await page.waitForSelector('.novari__item');
  await page.goto(url('', 'nb'));
  // The browse page is whole without the texts; only its intro is missing.
  fail = true;
  await page.reload();
  await page.waitForSelector(ROWS);
  await page.waitForSelector('.load-error');
  assert.equal(await page.locator('.intro').count(), 0);
  page.problems.length = 0;
  await page.context().close();
});
