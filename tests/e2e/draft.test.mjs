// End-to-end tests of the request draft (?vis=utkast): kept across reloads
// and tabs, the checklist's links, the exports, print, the coverage
// timeline, and axe-core on the basket and the draft.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { newPage, assertAccessible, screenshot } from './lib/browser.mjs';
import { startShop } from './lib/shop.mjs';

let shop;
before(async () => {
  shop = await startShop();
});
after(async () => {
  await shop?.stop();
});

const STORAGE_KEY = 'nettbutikken.kurv';

/** Two Novari variables and one from Sikt, all with a stated coverage. */
function pick() {
  const dated = shop.catalog.variables.filter((v) => /^\d{4}/.test(v.temporalCoverage?.start ?? ''));
  const novari = dated.filter((v) => v.provider === 'novari-iks').slice(0, 2);
  const sikt = dated.find((v) => v.provider === 'sikt');
  return [...novari, sikt];
}

/** The DOM id `FieldId::dom_id` gives a variable's field (see the core). */
function domId(kind, id) {
  const enc = [...id].map((c) => (/[A-Za-z0-9-]/.test(c) ? c : `_${c.codePointAt(0).toString(16)}_`)).join('');
  return `draft-${kind}-${enc}`;
}

/** A page at `query` with `variables` in the basket. */
async function open(query, variables = pick(), options = {}) {
  const page = await newPage(shop.browser, options);
  await page.goto(shop.server.url);
  const ids = variables.map((v) => v.id);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ version: 1, variables: ids })]);
  await page.goto(shop.server.url + query);
  return page;
}

async function openDraft(variables, options) {
  const page = await open('?vis=utkast', variables, options);
  await page.waitForSelector('.draft-form');
  return page;
}

/** Fills every project field and every justification. */
async function fillAll(page, variables) {
  await page.fill('#draft-applicant-name', 'Kari Nordmann');
  await page.fill('#draft-institution', 'Universitetet i Oslo');
  await page.fill('#draft-email', 'kari@example.org');
  await page.fill('#draft-title', 'Frafall i videregående');
  await page.fill('#draft-purpose', 'Sammenhengen mellom utdanningsprogram og frafall, med regresjon per fylke.');
  await page.fill('#draft-legal-basis', 'GDPR art. 6(1)(e)');
  await page.fill('#draft-population', 'Elever i videregående opplæring');
  for (const v of variables) await page.fill(`#${domId('justification', v.id)}`, `Trengs for ${v.name}.`);
}

test('the draft survives a reload and a second tab sees the change', async () => {
  const chosen = pick();
  const page = await openDraft(chosen);
  const other = await page.context().newPage();
  await other.goto(`${shop.server.url}?vis=utkast`);
  await other.waitForSelector('.draft-form');

  await page.fill('#draft-purpose', 'Studere frafall.');
  await page.fill(`#${domId('justification', chosen[0].id)}`, 'Forklaringsvariabel.');
  await page.fill(`#${domId('period-from', chosen[0].id)}`, '2019');

  // The other tab follows.
  await other.waitForFunction(() => document.querySelector('#draft-purpose').value === 'Studere frafall.');
  assert.equal(await other.inputValue(`#${domId('justification', chosen[0].id)}`), 'Forklaringsvariabel.');

  await page.reload();
  await page.waitForSelector('.draft-form');
  assert.equal(await page.inputValue('#draft-purpose'), 'Studere frafall.');
  assert.equal(await page.inputValue(`#${domId('justification', chosen[0].id)}`), 'Forklaringsvariabel.');
  assert.equal(await page.inputValue(`#${domId('period-from', chosen[0].id)}`), '2019');

  // Emptying the basket clears the draft too; undo gives both back.
  await page.goto(`${shop.server.url}?vis=kurv`);
  await page.getByRole('button', { name: 'Tøm kurven' }).click();
  await page.getByRole('button', { name: 'Angre' }).click();
  await page.goto(`${shop.server.url}?vis=utkast`);
  await page.waitForSelector(`#${domId('justification', chosen[0].id)}`);
  assert.equal(await page.inputValue('#draft-purpose'), 'Studere frafall.');
  assert.equal(await page.inputValue(`#${domId('justification', chosen[0].id)}`), 'Forklaringsvariabel.');
  await page.goto(`${shop.server.url}?vis=kurv`);
  await page.getByRole('button', { name: 'Tøm kurven' }).click();
  await page.goto(`${shop.server.url}?vis=utkast`);
  await page.waitForSelector('.draft-form');
  assert.equal(await page.inputValue('#draft-purpose'), '');
  await page.context().close();
});

test('the checklist lists missing justifications, its links focus the field, and ready is honest', async () => {
  const chosen = pick();
  const page = await openDraft(chosen);
  assert.equal(await page.getAttribute('.checklist__status', 'data-ready'), 'false');
  assert.equal(await page.getAttribute('.checklist__live', 'aria-live'), 'polite');
  const item = page.locator('[data-problem="justifications-missing"]');
  const links = item.locator('a');
  assert.equal(await links.count(), chosen.length);
  for (const [i, v] of chosen.entries()) {
    await links.nth(i).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), domId('justification', v.id));
  }
  // The keyboard alone: Enter on the purpose link focuses the purpose.
  await page.locator('[data-problem="purpose-empty"] a').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'draft-purpose');
  // The error is tied to its field.
  const described = await page.getAttribute(`#${domId('justification', chosen[1].id)}`, 'aria-describedby');
  assert.match(described, /-error/);
  assert.match(await page.textContent(`#${described.split(' ').find((id) => id.endsWith('-error'))}`), /mangler/);

  await fillAll(page, chosen);
  await page.waitForSelector('.checklist__status[data-ready="true"]');
  assert.equal(await page.locator('[data-problem="justifications-missing"]').count(), 0);
  await page.context().close();
});

test('the JSON request, whole and per provider, has the documented shape; the CSV has labels and links', async () => {
  const chosen = pick();
  const page = await openDraft(chosen);
  await fillAll(page, chosen);
  const [whole] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned søknaden (JSON)' }).click()]);
  assert.equal(whole.suggestedFilename(), 'soknad.json');
  const request = JSON.parse(await fs.readFile(await whole.path(), 'utf8'));
  assert.equal(request.requestFormatVersion, 1);
  assert.equal(request.language, 'nb');
  assert.match(request.created, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(request.catalogVersion, shop.catalog.schemaVersion);
  assert.deepEqual(request.applicant, { name: 'Kari Nordmann', institution: 'Universitetet i Oslo', email: 'kari@example.org' });
  for (const key of ['title', 'purpose', 'legalBasis', 'period', 'population', 'sample', 'analysisRoom']) assert.ok(key in request.project, key);
  assert.deepEqual(request.missing, []);
  assert.deepEqual(request.providers.map((p) => p.id), ['novari-iks', 'sikt']);
  const requested = request.providers.flatMap((p) => p.variables);
  assert.deepEqual(requested.map((v) => v.id).sort(), chosen.map((v) => v.id).sort());
  for (const v of requested) {
    assert.equal(v.justification, `Trengs for ${v.name}.`);
    for (const key of ['id', 'name', 'label', 'description', 'unitTypes', 'temporality', 'access', 'period']) assert.ok(key in v, key);
  }

  const [sikt] = await Promise.all([page.waitForEvent('download'), page.locator('[data-file="soknad-sikt.json"]').click()]);
  assert.equal(sikt.suggestedFilename(), 'soknad-sikt.json');
  const part = JSON.parse(await fs.readFile(await sikt.path(), 'utf8'));
  assert.deepEqual(part.providers.map((p) => p.id), ['sikt']);
  assert.deepEqual(part.applicant, request.applicant);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned variabellisten (CSV)' }).click()]);
  const text = await fs.readFile(await csv.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'CSV starts with a BOM');
  for (const v of chosen) {
    assert.ok(text.includes(v.label.nb ?? v.label), `CSV has the label of ${v.id}`);
    assert.ok(text.includes(`${shop.server.url}?variabel=${encodeURIComponent(v.id)}`) || text.includes(`?variabel=${encodeURIComponent(v.id).replace('%2F', '/')}`), `CSV links ${v.id}`);
  }
  await page.context().close();
});

test('printing shows every field, one section per provider on its own page, and no screen-only text', async () => {
  const chosen = pick();
  const page = await openDraft(chosen);
  await fillAll(page, chosen);
  await page.emulateMedia({ media: 'print' });
  const visible = await page.evaluate(() => document.body.innerText);
  for (const hidden of ['Skriv ut eller lagre som PDF', 'Sjekkliste', 'Fyll inn søknaden', 'Utkastet lagres', 'Tilbake til kurven', 'Vis som tabell']) {
    assert.ok(!visible.includes(hidden), `printed: ${hidden}`);
  }
  const sections = page.locator('.print-provider');
  assert.equal(await sections.count(), 2);
  assert.ok(await sections.nth(0).isVisible());
  const breaks = await sections.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  assert.deepEqual(breaks, ['auto', 'page']);
  for (const text of ['Kari Nordmann', 'GDPR art. 6(1)(e)', 'Ikke fylt ut', ...chosen.map((v) => `Trengs for ${v.name}.`)]) {
    assert.ok(visible.includes(text), `not printed: ${text}`);
  }
  assert.match(visible, /Dato: \d{4}-\d{2}-\d{2}/);
  await screenshot(page, 'draft-print');
  await page.context().close();
});

test('each provider heading in the draft links to the provider page', async () => {
  const variables = pick();
  const page = await openDraft(variables);
  const providers = [...new Set(variables.map((v) => v.provider))].sort();
  const linked = await page.$$eval('.draft-provider h3 a.provider-link', (as) =>
    as.map((a) => new URL(a.href).searchParams.get('datatilbyder')).sort(),
  );
  assert.deepEqual(linked, providers);
  await page.locator(`.draft-provider[data-provider="${providers[0]}"] h3 a`).click();
  await page.waitForSelector(`article.profile[data-provider="${providers[0]}"]`);
  await page.context().close();
});

test("the timeline's overlap is the one computed from the catalog", async () => {
  const chosen = pick();
  const year = (text) => (text && /^\d{4}/.test(text) ? Number(text.slice(0, 4)) : null);
  const now = new Date().getFullYear();
  const from = Math.max(...chosen.map((v) => year(v.temporalCoverage.start)));
  const to = Math.min(...chosen.map((v) => year(v.temporalCoverage.stop) ?? Math.max(now, year(v.temporalCoverage.start))));
  for (const query of ['?vis=kurv', '?vis=utkast']) {
    const page = await open(query, chosen);
    await page.waitForSelector('.timeline');
    const figure = page.locator('.timeline');
    if (from <= to) {
      assert.equal(await figure.getAttribute('data-overlap-from'), String(from));
      assert.equal(await figure.getAttribute('data-overlap-to'), String(to));
    } else {
      assert.equal(await figure.getAttribute('data-overlap-from'), '');
    }
    assert.equal(await page.locator('.timeline__svg--wide').getAttribute('aria-hidden'), 'true');
    assert.equal(await page.locator('.timeline table tbody tr').count(), chosen.length);
    await page.context().close();
  }
});

const VIEWS = [
  { name: 'basket', query: '?vis=kurv', ready: '.basket-empty', empty: true },
  { name: 'basket-filled', query: '?vis=kurv', ready: '.timeline' },
  { name: 'draft', query: '?vis=utkast', ready: '.draft-kept', empty: true },
  { name: 'draft-filled', query: '?vis=utkast', ready: '.draft-form', fill: true },
  { name: 'draft-en', query: '?vis=utkast&lang=en', ready: '.draft-form', fill: true },
];
for (const view of VIEWS) {
  for (const width of [1280, 360]) {
    test(`axe-core finds no violations: ${view.name} at ${width} px`, async () => {
      const chosen = pick();
      const page = await open(view.query, view.empty ? [] : chosen, { width, height: width === 360 ? 740 : 800 });
      await page.waitForSelector(view.ready);
      if (view.fill) {
        await fillAll(page, chosen);
        await page.fill(`#${domId('period-from', chosen[0].id)}`, '20l5');
      }
      await assertAccessible(page, `draft-${view.name}-${width}`);
      await page.context().close();
    });
  }
}
