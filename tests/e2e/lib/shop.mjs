// Shared set-up for the end-to-end tests: the release build in dist/, its
// catalog, a plain static server and one Chromium.
import fs from 'node:fs/promises';
import { serveStatic } from './server.mjs';
import { launch } from './browser.mjs';

export const DIST = new URL('../../../dist/', import.meta.url).pathname;
export const ROWS = 'table.variable-table tbody tr';

/** Starts the server and the browser; call `stop` when done. */
export async function startShop() {
  const catalog = JSON.parse(await fs.readFile(`${DIST}catalog.json`, 'utf8'));
  const server = await serveStatic({ root: DIST });
  const browser = await launch();
  return {
    catalog,
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The catalog's variables that pass the given facet filters, computed
 * directly from catalog.json as an independent reference: OR within a
 * facet, AND across facets.
 */
export function expectedMatches(catalog, { providers = [], temporalities = [], unitTypes = [], access = [] } = {}) {
  return catalog.variables.filter(
    (v) =>
      (providers.length === 0 || providers.includes(v.provider)) &&
      (temporalities.length === 0 || temporalities.includes(v.temporality)) &&
      (unitTypes.length === 0 || v.unitTypes.some((u) => unitTypes.includes(u))) &&
      (access.length === 0 || access.includes(v.sensitivity === 'PUBLIC' ? 'PUBLIC' : 'NONPUBLIC')),
  );
}

/** The count shown next to a facet value. */
export async function facetCount(page, key, id) {
  const text = await page.locator(`label[for="facet-${key}-${id}"] .facet__count`).textContent();
  return Number(text.trim());
}

/** The number in the result count ("N variabler"). */
export async function resultCount(page) {
  const text = await page.locator('.result-count').textContent();
  return Number(text.trim().split(/\s/)[0]);
}

/** Waits until the result count shows `n`. */
export async function waitForCount(page, n) {
  await page.waitForFunction(
    (expected) => document.querySelector('.result-count')?.textContent.trim().split(/\s/)[0] === String(expected),
    n,
    { timeout: 5000 },
  );
}
