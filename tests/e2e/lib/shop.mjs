// Shared set-up for the end-to-end tests: the release build in dist/, its
// catalog, a plain static server and one Chromium.
import fs from 'node:fs/promises';
import { serveStatic } from './server.mjs';
import { launch } from './browser.mjs';

export const DIST = new URL('../../../dist/', import.meta.url).pathname;
export const ROWS = '.result-list > li.result';

/** Starts the server and the browser; call `stop` when done. */
export async function startShop() {
  const catalog = JSON.parse(await fs.readFile(`${DIST}catalog.json`, 'utf8'));
  const details = await readDetails(catalog);
  const server = await serveStatic({ root: DIST });
  const browser = await launch();
  return {
    catalog,
    details,
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Every variable's details by id, read from the detail shards the catalog
 * names, checking that each variable is in the shard its summary names.
 */
async function readDetails(catalog) {
  const shards = await Promise.all(
    catalog.detailShards.map(async (path) => JSON.parse(await fs.readFile(`${DIST}${path}`, 'utf8'))),
  );
  const details = new Map();
  for (const v of catalog.variables) {
    const found = shards[v.shard]?.variables.find((d) => d.id === v.id);
    if (!found) throw new Error(`${v.id}: no details in ${catalog.detailShards[v.shard]}`);
    details.set(v.id, found);
  }
  return details;
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
