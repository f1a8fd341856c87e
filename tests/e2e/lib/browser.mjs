// Debian's Chromium driven by playwright-core, with the flags this machine
// needs (root, closed network) and a fresh profile per launch.
import assert from 'node:assert/strict';
import { afterEach } from 'node:test';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Chromium's command-line flags for this machine. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Launches Chromium with its profile (and so its localStorage) in
 * `userDataDir`, as a person's browser keeps it between sessions. Its
 * pages are watched like those of {@link newPage}.
 */
export async function launchPersistent(userDataDir, { width = 1280, height = 900 } = {}) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: { width, height },
    serviceWorkers: 'block',
  });
  await prepare(context);
  context.pages().forEach(watch);
  return context;
}

/** Pages opened by the test that is running; checked after each test. */
const watched = new Set();

/**
 * Fails every test whose pages reported a problem: a Rust panic (the panic
 * hook writes it with console.error), an uncaught exception (a wasm trap
 * after the panic), any other console error, or a Content-Security-Policy
 * refusal. Registered once per test file, for every test in it, so no test
 * can forget the check. A test that provokes a problem on purpose empties
 * `page.problems` after asserting it.
 */
afterEach(() => {
  const problems = [...watched].flatMap((page) => page.problems.map((p) => `${page.label}: ${p}`));
  watched.clear();
  assert.deepEqual(problems, [], 'the browser reported problems');
});

/** Records `page`'s console errors and uncaught exceptions in `page.problems`. */
function watch(page) {
  if (page.problems) return;
  page.problems = [];
  page.label = `page ${watched.size + 1}`;
  watched.add(page);
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    // A failed request the test set up is expected; the app's own message
    // about it is what the test checks. A CSP refusal is always a problem.
    const expected = /^Failed to load resource/.test(text) && !/Content Security Policy/.test(text);
    if ((m.type() === 'error' && !expected) || /Refused to|Content Security Policy|panicked at/.test(text)) {
      page.problems.push(`console.${m.type()}: ${text}`);
    }
  });
}

/**
 * A new page in a fresh context. It and every other page of that context
 * are watched for problems (see the `afterEach` above).
 *
 * The shop's service worker is blocked unless `serviceWorkers: 'allow'` is
 * given: requests a service worker answers never reach `page.route`, so the
 * tests that fake failed or slow responses would test the worker's cache
 * instead (tests/e2e/offline.test.mjs tests the worker).
 */
export async function newPage(browser, { width = 1280, height = 900, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block', ...options });
  await prepare(context);
  const page = await context.newPage();
  watch(page);
  return page;
}

/** Watches every page of `context` and reports its CSP violations to the console. */
async function prepare(context) {
  context.on('page', watch);
  // Added through the DevTools protocol, so the page's own CSP does not
  // stop it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/** Runs axe-core on the page and returns its violations (WCAG 2.1 A/AA and best practice). */
export async function axe(page) {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/** Saves a screenshot under tests/e2e/artifacts/ for people to look at. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  const { mkdir } = await import('node:fs/promises');
  const dir = new URL('../artifacts/', import.meta.url);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, dir).pathname, fullPage });
}

/**
 * Takes a screenshot named `name`, then fails on any axe-core violation and
 * on sideways scrolling (WCAG 1.4.10: only a table's own scroll box may be
 * wider than the viewport).
 */
export async function assertAccessible(page, name) {
  await screenshot(page, name);
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
}
