// The page before the app runs: the loading shell of index.html, the
// loader's message and retry when the wasm is slow or never comes, and the
// messages for browsers without WebAssembly or with scripts off. All under
// the strict Content-Security-Policy of docs/deploy.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './lib/server.mjs';
import { launch, newPage, assertAccessible } from './lib/browser.mjs';
import { DIST, ROWS } from './lib/shop.mjs';
import { SECURITY_HEADERS } from '../../scripts/deploy/headers.mjs';

const CSP = Object.fromEntries(SECURITY_HEADERS)['Content-Security-Policy'];
const WASM = '**/*_bg.wasm';
/** The loader's limit (loader/boot.js START_LIMIT_MS). */
const LIMIT_MS = 30_000;

let server;
let browser;
before(async () => {
  server = await serveStatic({ root: DIST, headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Holds every wasm request: `release()` lets the held ones and all later
 * ones through, `open()` only the later ones (the held ones never answer).
 */
async function holdWasm(page) {
  const held = [];
  let open = false;
  await page.route(WASM, (route) => (open ? route.continue() : held.push(route)));
  return {
    open: () => {
      open = true;
    },
    release: async () => {
      open = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

/** The texts of the shell that a person sees. */
const visibleText = (page, selector) => page.locator(selector).evaluate((e) => e.innerText.trim());

test('with the wasm delayed by 20 s the name and a loading message show at once, then the app replaces them', async () => {
  const page = await newPage(browser);
  await page.clock.install();
  const wasm = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#boot [role=status]');
  assert.equal(await visibleText(page, '#boot h1'), 'Nettbutikken');
  assert.equal(await visibleText(page, '#boot [role=status]'), 'Laster variabelbutikken …');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nb');

  await page.clock.fastForward(20_000);
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no message before the limit');
  assert.equal(await visibleText(page, '#boot [role=status]'), 'Laster variabelbutikken …');

  await wasm.release();
  await page.waitForSelector(ROWS);
  assert.equal(await page.locator('#boot').count(), 0, 'the shell is gone');
  assert.equal(await page.locator('main').count(), 1);
  await page.clock.fastForward(LIMIT_MS);
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no late message over the app');
  await page.context().close();
});

test('a wasm request never answered ends in a message with a retry button, and retry starts the shop', async () => {
  const page = await newPage(browser);
  await page.clock.install();
  const wasm = await holdWasm(page);
  await page.goto(server.url + '?q=elev', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#boot [role=status]');
  await page.clock.fastForward(LIMIT_MS + 1_000);
  const alert = page.locator('#boot [role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Nettbutikken starter ikke/);
  assert.match(await alert.innerText(), /ikke lastet ned etter 30 sekunder/);
  assert.equal(await page.locator('#boot [role=status]').count(), 0, 'the loading message is replaced');

  wasm.open();
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await page.waitForSelector(ROWS);
  assert.match(page.url(), /\?q=elev$/, 'the retry keeps the view');
  assert.equal(await page.locator('#boot').count(), 0);
  await page.context().close();
});

test('a wasm that arrives after the message still starts the shop, and the message goes', async () => {
  const page = await newPage(browser);
  await page.clock.install();
  const wasm = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#boot [role=status]');
  await page.clock.fastForward(LIMIT_MS + 1_000);
  await page.locator('#boot [role=alert]').waitFor();
  await wasm.release();
  await page.waitForSelector(ROWS);
  assert.equal(await page.locator('#boot').count(), 0);
  await page.context().close();
});

test('the loader speaks English when the URL asks for it', async () => {
  const page = await newPage(browser);
  await page.clock.install();
  await holdWasm(page);
  await page.goto(server.url + '?lang=en', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#boot [role=status]');
  assert.equal(await visibleText(page, '#boot [role=status]'), 'Loading the variable shop …');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.clock.fastForward(LIMIT_MS + 1_000);
  await page.locator('#boot [role=alert]').waitFor();
  assert.match(await page.locator('#boot [role=alert]').innerText(), /The shop is not starting/);
  assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
  await page.context().close();
});

test('the loader speaks the language chosen on an earlier visit, and the URL wins over it', async () => {
  const page = await newPage(browser);
  await page.context().addInitScript(() => localStorage.setItem('nettbutikken.lang', 'en'));
  await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#boot [role=status]');
  assert.equal(await visibleText(page, '#boot [role=status]'), 'Loading the variable shop …');
  await page.goto(server.url + '?lang=nb', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#boot [role=status]');
  assert.equal(await visibleText(page, '#boot [role=status]'), 'Laster variabelbutikken …');
  await page.context().close();
});

test('a browser without WebAssembly is told so', async () => {
  const page = await newPage(browser);
  await page.context().addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.goto(server.url);
  const alert = page.locator('#boot [role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Nettleseren din kan ikke kjøre Nettbutikken/);
  assert.match(await alert.innerText(), /WebAssembly/);
  assert.equal(await page.getByRole('button').count(), 0, 'no retry: it would not help');
  await page.context().close();
});

test('with scripts off the page says that JavaScript is needed, and shows no endless loading', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await page.goto(server.url);
  assert.equal(await visibleText(page, '#boot h1'), 'Nettbutikken');
  const text = await visibleText(page, '#boot');
  assert.match(text, /Nettbutikken trenger JavaScript/);
  assert.match(text, /The shop needs JavaScript/);
  assert.equal(await page.locator('#boot [role=status]').isVisible(), false);
  await page.context().close();
});

/** The shell's states that must have no axe-core violations, at both widths. */
const STATES = [
  { name: 'loading', hold: true },
  { name: 'timed-out', hold: true, wait: LIMIT_MS + 1_000 },
  { name: 'no-wasm', noWasm: true },
  { name: 'failed', corrupt: true },
];

for (const state of STATES) {
  for (const width of [1280, 360]) {
    test(`axe-core finds no violations: boot ${state.name} at ${width} px`, async () => {
      // axe-core is injected as an inline script, which the policy refuses.
      const page = await newPage(browser, { width, bypassCSP: true });
      await page.clock.install();
      if (state.hold) await holdWasm(page);
      if (state.noWasm) await page.context().addInitScript(() => delete globalThis.WebAssembly);
      if (state.corrupt) {
        await page.route(WASM, async (route) => {
          const response = await route.fetch();
          const body = await response.body();
          body[body.length - 1] ^= 1;
          return route.fulfill({ response, body });
        });
      }
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      if (state.wait) await page.clock.fastForward(state.wait);
      await page.waitForSelector(state.name === 'loading' ? '#boot [role=status]' : '#boot [role=alert]');
      if (state.corrupt) {
        assert.match(await page.locator('#boot [role=alert]').innerText(), /kunne ikke starte/);
        assert.equal(await page.getByRole('button', { name: 'Prøv igjen' }).count(), 1);
        // The refused wasm is reported on purpose.
        for (let i = 0; i < 50 && !page.problems.some((p) => /could not start/.test(p)); i++) await page.waitForTimeout(50);
        assert.ok(page.problems.some((p) => /could not start/.test(p)), `reported: ${page.problems}`);
        page.problems.length = 0;
      }
      await assertAccessible(page, `boot-${state.name}-${width}`);
      await page.context().close();
    });
  }
}
