// End-to-end tests with a malicious catalog: metadata carrying markup,
// script and data URLs, bidi overrides and a 100 KB description must stay
// inert text in every view, the detail texts from the detail shards too.
// The catalog and its shards are made by the catalog crate's
// `hostile_catalog` example from the real ones, so they have the current
// format and shard references.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newPage, screenshot } from './lib/browser.mjs';
import { startShop, DIST, ROWS } from './lib/shop.mjs';

const STORAGE_KEY = 'nettbutikken.kurv';
const MARKUP = 'ondsinnet/MARKUP';
const BIDI = 'ondsinnet/BIDI';
// The payloads `hostile_catalog` puts in every text.
const SCRIPT = "<script>window.__pwned=1;alert('script')</script>";
const IMG = '<img src=x onerror="window.__pwned=1;alert(\'img\')">';
const SVG = '<svg onload="window.__pwned=1;alert(\'svg\')"></svg>';

let shop;
let hostile;
let work;
before(async () => {
  shop = await startShop();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'nettbutikken-hostile-'));
  execFileSync('cargo', ['run', '--quiet', '--package', 'catalog', '--example', 'hostile_catalog', '--', DIST, work], {
    stdio: 'inherit',
  });
  hostile = await fs.readFile(path.join(work, 'catalog.nbcat'));
});
after(async () => {
  await shop?.stop();
  if (work) await fs.rm(work, { recursive: true, force: true });
});

/** A page on the hostile catalog that records every dialog it opens. */
async function open(query, { width = 1280, basket } = {}) {
  const page = await newPage(shop.browser, { width });
  page.dialogs = [];
  page.on('dialog', (d) => {
    page.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.route('**/catalog.nbcat', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: hostile }));
  // The hostile catalog's shards, not the real ones it was split anew from.
  await page.route('**/details/*.json', async (route) => {
    const name = path.basename(new URL(route.request().url()).pathname);
    route.fulfill({ status: 200, contentType: 'application/json', body: await fs.readFile(path.join(work, 'details', name), 'utf8') });
  });
  if (basket) {
    await page.goto(shop.server.url);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ version: 1, variables: basket })]);
  }
  await page.goto(shop.server.url + query);
  return page;
}

/**
 * Everything that would show the metadata ran or changed the page: dialogs,
 * the payloads' global, elements or attributes only markup could have
 * made, clickable non-web links, sideways scrolling, and bidi control
 * characters that are not isolated from the text around them.
 */
async function assertInert(page) {
  // Give any payload a moment to fire (image errors, timers).
  await page.waitForTimeout(300);
  assert.deepEqual(page.dialogs, [], 'no dialog opened');
  const report = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const handlers = all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`));
    const injected = [...document.querySelectorAll('img, iframe, object, embed, script:not([src]), main script, main svg:not(.ds-spinner, .timeline__svg, .timeline__swatch), b, i, style')].map(
      (e) => e.outerHTML.slice(0, 80),
    );
    const links = [...document.querySelectorAll('a[href]')]
      .map((a) => a.href)
      .filter((href) => !/^(https?:|mailto:)/i.test(href));
    const bidi = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[\u202A-\u202E\u2066-\u2069]/.test(node.data)) continue;
      const parent = node.parentElement;
      const style = getComputedStyle(parent);
      const isolated = ['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi) || parent.tagName === 'BDI';
      // Alone apart from the comment markers Leptos leaves.
      const alone = [...parent.childNodes].every((n) => n === node || n.nodeType === Node.COMMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.data === ''));
      // A block is a bidi paragraph of its own: an override ends with it.
      const block = !style.display.startsWith('inline');
      if (!(alone && (isolated || block))) bidi.push(`${parent.tagName}.${parent.className}: ${JSON.stringify(parent.textContent.slice(0, 60))}`);
    }
    return {
      pwned: window.__pwned ?? null,
      handlers,
      injected,
      links,
      bidi,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
  assert.equal(report.pwned, null, 'no payload ran');
  assert.deepEqual(report.handlers, [], 'no inline event handlers');
  assert.deepEqual(report.injected, [], 'no elements from metadata markup');
  assert.deepEqual(report.links, [], 'only web and mail links are clickable');
  assert.deepEqual(report.bidi, [], 'bidi control characters are isolated');
  assert.ok(report.overflow <= 0, `page scrolls sideways by ${report.overflow}px`);
}

for (const width of [1280, 360]) {
  test(`detail of a hostile variable at ${width} px: text, not markup; only the https link is a link`, async () => {
    const page = await open(`?variabel=${encodeURIComponent(MARKUP)}`, { width });
    await page.waitForSelector('article.detail h1');
    assert.match(await page.textContent('article.detail h1'), /^Markup <script>window.__pwned=1;alert\('script'\)<\/script><img src=x onerror=/);
    // The details come from the hostile shard.
    await page.waitForSelector('.code-table');
    const codes = await page.textContent('.code-table tbody');
    for (const code of [SCRIPT, IMG, SVG, '\u202E01', '\u202ETittel']) {
      assert.ok(codes.includes(code), `code list shows ${JSON.stringify(code)} as text`);
    }
    assert.equal(await page.locator('.code-table tbody tr').count(), 3, 'two codes and a missing-value code');
    const text = await page.textContent('article.detail');
    for (const url of ['javascript:window.__pwned=1', ' JaVaScRiPt:alert', 'data:text/html,<script>', 'vbscript:msgbox', '//evil.example/protocol-relative']) {
      assert.ok(text.includes(url), `${url} is shown as text`);
    }
    assert.ok(text.includes(`${SVG}Alle`), 'the population is shown as text');
    const hrefs = await page.$$eval('article.detail a[href^="http"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.includes('https://example.org/definisjon'), 'the https definition is a link');
    assert.ok(!hrefs.some((h) => /evil\.example/.test(h)), 'a protocol-relative URL is not a link');
    assert.equal(await page.locator('a[href^="mailto:"]').count(), 0, 'the hostile e-mail address is not a link');
    // The 100 KB description is cut to what a page can lay out, and says so.
    const description = await page.textContent('.detail__description');
    assert.equal(description.length, 5_001, 'cut to 5,000 characters');
    assert.ok(description.endsWith('…'));
    await assertInert(page);
    await screenshot(page, `hostile-detail-${width === 360 ? '360' : 'desktop'}`, { fullPage: false });
    await page.context().close();
  });
}

test('a variable with bidi overrides keeps them inside its own text', async () => {
  const page = await open(`?variabel=${encodeURIComponent(BIDI)}`, { width: 1280 });
  await page.waitForSelector('article.detail h1');
  // Its described value domain, from the shard, is text too.
  await page.waitForFunction((img) => document.querySelector('article.detail')?.textContent.includes(`Verdier${img}`), IMG);
  const text = await page.textContent('article.detail');
  assert.ok(text.includes(SCRIPT), 'the unit is shown as text');
  assert.ok(text.includes('https://example.org/definisjon'), 'the value domain lists its definitions');
  await assertInert(page);
  await screenshot(page, 'hostile-bidi', { fullPage: false });
  await page.context().close();
});

test('the browse list, with a search, shows the hostile provider as text', async () => {
  const page = await open('?tilbyder=ondsinnet&q=markup');
  await page.waitForSelector(ROWS);
  assert.match(await page.textContent(`li.result[data-variable="${MARKUP}"]`), /<script>/);
  await assertInert(page);
  await page.goto(`${shop.server.url}?tilbyder=ondsinnet`);
  await page.waitForSelector(`${ROWS}[data-variable="${BIDI}"]`);
  await assertInert(page);
  await screenshot(page, 'hostile-browse', { fullPage: false });
  await page.context().close();
});

test('the basket page and the request draft show hostile entries as text', async () => {
  const page = await open('?vis=kurv', { basket: [MARKUP, BIDI] });
  await page.waitForSelector('.basket-group');
  await assertInert(page);
  await page.goto(`${shop.server.url}?vis=utkast`);
  await page.waitForSelector('.draft-provider');
  await assertInert(page);
  await page.context().close();
});
