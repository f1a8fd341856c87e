// The built site under the strict Content-Security-Policy of docs/deploy.md:
// no inline script or style anywhere, integrity hashes that match the
// files, and no violation in any view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { serveStatic } from './lib/server.mjs';
import { newPage } from './lib/browser.mjs';
import { startShop, DIST, ROWS } from './lib/shop.mjs';

/** Exactly the policy docs/deploy.md recommends. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const STORAGE_KEY = 'nettbutikken.kurv';

let shop;
let strict;
let html;
before(async () => {
  shop = await startShop();
  strict = await serveStatic({ root: DIST, headers: { 'content-security-policy': CSP } });
  html = await fs.readFile(`${DIST}index.html`, 'utf8');
});
after(async () => {
  await strict?.close();
  await shop?.stop();
});

/** The tags named `name` in `html`, each with its attributes (quoted or not, as minified HTML has them). */
function tags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map(([tag, rest]) => {
    const attrs = {};
    for (const [, key, value = ''] of rest.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attrs[key.toLowerCase()] = value.replace(/^["']|["']$/g, '');
    }
    return { tag, attrs };
  });
}

test('index.html has no inline script, no inline style and no inline event handler', () => {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 1, 'the loader script is there');
  for (const [tag, body] of scripts) assert.equal(body.trim(), '', `${tag.slice(0, 80)} has no body`);
  for (const { tag, attrs } of tags(html, 'script')) assert.ok(attrs.src, `${tag.slice(0, 80)} has a src`);
  assert.doesNotMatch(html, /<style\b/i);
  for (const name of ['html', 'head', 'body', 'meta', 'link', 'script', 'noscript', 'title']) {
    for (const { tag, attrs } of tags(html, name)) {
      const inline = Object.keys(attrs).filter((a) => a === 'style' || a.startsWith('on'));
      assert.deepEqual(inline, [], `${tag.slice(0, 80)} has no inline style or handler`);
    }
  }
});

test('the wasm, its JS module, the loader and the CSS carry integrity hashes that match the files', async () => {
  const checked = [];
  for (const { attrs } of [...tags(html, 'link'), ...tags(html, 'script')]) {
    if (!attrs.integrity) continue;
    const href = attrs.href ?? attrs.src;
    const [algorithm, expected] = attrs.integrity.split(/-(.*)/s);
    const body = await fs.readFile(new URL(href, `file://${DIST}`));
    const actual = crypto.createHash(algorithm).update(body).digest('base64');
    assert.equal(actual, expected, `${href}: ${algorithm} matches`);
    checked.push(href);
  }
  assert.ok(checked.some((h) => h.endsWith('_bg.wasm')), `the wasm is checked: ${checked}`);
  assert.ok(checked.some((h) => /nettbutikken-[0-9a-f]+\.js$/.test(h)), `its JS module is checked: ${checked}`);
  assert.ok(checked.some((h) => /boot-[0-9a-f]+\.js$/.test(h)), `the loader is checked: ${checked}`);
  assert.ok(checked.filter((h) => h.endsWith('.css')).length >= 1, `the stylesheets are checked: ${checked}`);
});

test('the policy is enforced: an inline script is refused and reported', async () => {
  const page = await newPage(shop.browser);
  await page.goto(strict.url);
  await page.waitForSelector(ROWS);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
  });
  await page.waitForFunction(() => true);
  assert.equal(await page.evaluate(() => window.__inline ?? null), null);
  await expectReported(page, /script-src/);
  await page.context().close();
});

test('a wasm that does not match its integrity hash is refused, with a message', async () => {
  const page = await newPage(shop.browser);
  await page.route('**/*_bg.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body[body.length - 1] ^= 1;
    return route.fulfill({ response, body });
  });
  await page.goto(strict.url);
  await page.waitForSelector('[role=alert]');
  assert.match(await page.textContent('[role=alert]'), /kunne ikke starte/);
  await expectReported(page, /could not start|integrity/);
  await page.context().close();
});

/** Waits for a problem matching `pattern`, then clears the page's problems. */
async function expectReported(page, pattern) {
  for (let i = 0; i < 50 && !page.problems.some((p) => pattern.test(p)); i++) await page.waitForTimeout(50);
  assert.ok(page.problems.some((p) => pattern.test(p)), `reported: ${page.problems}`);
  page.problems.length = 0;
}

/** Every view, reached the way a person would; each waits for its content. */
const VIEWS = [
  { name: 'browse, searched and filtered', query: '?q=elev&tilbyder=novari-iks', ready: ROWS },
  { name: 'browse in English at 360 px', query: '?lang=en&antall=100', ready: ROWS, width: 360 },
  { name: 'detail with a code list', query: () => `?variabel=${encodeURIComponent(withCodes().id)}`, ready: '.code-table' },
  { name: 'basket', query: '?vis=kurv', ready: '.basket-group', fill: true },
  { name: 'request draft', query: '?vis=utkast', ready: '.draft-provider', fill: true },
  { name: 'not found', query: '?variabel=finnes%2FIKKE', ready: '.not-found' },
];

const withCodes = () => shop.catalog.variables.find((v) => shop.details.get(v.id).measure.valueDomain?.kind === 'enumerated');

for (const view of VIEWS) {
  test(`no CSP violation: ${view.name}`, async () => {
    const page = await newPage(shop.browser, { width: view.width ?? 1280 });
    if (view.fill) {
      await page.goto(strict.url);
      const ids = shop.catalog.variables.slice(0, 3).map((v) => v.id);
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ version: 1, variables: ids })]);
    }
    const query = typeof view.query === 'function' ? view.query() : view.query;
    await page.goto(strict.url + query);
    await page.waitForSelector(view.ready);
    // Interact a little, so lazily made markup is covered too.
    if (view.name.startsWith('browse')) {
      await page.check(`${ROWS}:first-child input[type=checkbox]`);
      await page.fill('#search', 'person');
    }
    if (view.name === 'basket') {
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned JSON' }).click()]);
    }
    await page.waitForTimeout(200);
    await page.context().close();
  });
}
