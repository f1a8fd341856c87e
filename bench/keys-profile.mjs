#!/usr/bin/env node
// Where a keystroke's time goes: types the app benchmark's first queries into
// the release site with an n-variable catalog while Chromium records a
// performance trace, then sums the renderer main thread's self CPU time per
// trace event (script, style recalculation, layout, paint, …) and prints it
// per keystroke. A diagnostic, not a figure with a target; the keystroke
// figures themselves come from app-bench.mjs.
//
//   node bench/keys-profile.mjs [--size 10000] [--keys 40] [--trace out.json] [--cpu] [--invalidations]
//     [--without-rules REGEX [--keep-rules REGEX]] [--with-rules CSS] [--dist DIR]
//
// Needs dist/ (`trunk build --release`), or another release site named by
// --dist (e.g. a build of main, or one whose wasm keeps its function names). With --trace the raw trace is saved
// for chrome://tracing or the DevTools performance panel.
import fs from 'node:fs';
import { launch, newPage } from '../tests/e2e/lib/browser.mjs';
import { serveStatic } from '../tests/e2e/lib/server.mjs';
import { corpus } from './lib/corpus.mjs';
import { DIST, siteWith } from './lib/site.mjs';
import path from 'node:path';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const size = Number(arg('--size', '10000'));
const maxKeys = Number(arg('--keys', '40'));
const traceOut = arg('--trace', null);
const dist = arg('--dist', null);
// Diagnostic: style rules whose selector matches this pattern are deleted
// before typing, to see what they cost (e.g. --without-rules ':has\(').
const withoutRules = arg('--without-rules', null);
// ... except those matching this one (e.g. to see one group's cost alone).
const keepRules = arg('--keep-rules', null);
// Diagnostic: style rules added before typing, to see what a rule would
// save before writing it into style/ (e.g. --with-rules '.result { contain: paint }').
const withRules = arg('--with-rules', null);
// With --cpu, the V8 sampling profiler runs too and the functions with the
// most self time are printed (names need a wasm with its name section, e.g.
// wasm-bindgen --keep-debug; a release build shows wasm-function[N]).
const cpu = process.argv.includes('--cpu');
// With --invalidations, the trace records why each element was restyled or
// laid out again (slow: it takes a stack trace at every DOM change).
const invalidations = process.argv.includes('--invalidations');
const QUERIES = ['elev', 'karakter', 'lånekassen', 'stipend', 'pålogging feide', 'skole kommune'];

/** What each trace event's self time counts as. */
function kind(name) {
  if (/recalcStyle|UpdateLayoutTree|RecalculateStyles|rebuildLayoutTree|ParseAuthorStyleSheet|StyleInvalidator/i.test(name)) return 'style';
  if (/performLayout|^Layout$|InlineNode|LayoutBlock|HitTest|UpdateLayerTree/.test(name)) return 'layout';
  if (/Paint|Layerize|Commit|Compositing|Raster|Decode|PrePaint|LayerTreeHost|BeginMainFrame/.test(name)) return 'paint';
  if (/GC|Gc|garbage/.test(name)) return 'gc';
  if (/^(v8|V8|FunctionCall|EvaluateScript|EventDispatch|RunMicrotasks|TimerFire|FireAnimationFrame)/.test(name)) return 'script';
  return 'other';
}

/**
 * Self time (µs) per event name of the complete events of one thread, as
 * thread CPU time (`tdur`), which other processes on a busy machine do not
 * lengthen, falling back to wall time for events without it.
 */
function selfTimes(events) {
  const spans = events.filter((e) => e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byName = new Map();
  const stack = [];
  const add = (name, us) => byName.set(name, (byName.get(name) ?? 0) + us);
  const cpu = (e) => e.tdur ?? e.dur;
  for (const e of spans) {
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent.name, -cpu(e));
    add(e.name, cpu(e));
    stack.push({ name: e.name, end: e.ts + e.dur });
  }
  return byName;
}

/** The functions with the most self time in a CPU profile, per keystroke. */
function printProfile(profile, keys) {
  const interval = (profile.endTime - profile.startTime) / profile.samples.length;
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const self = new Map();
  for (const node of profile.nodes) {
    const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop()})`;
    if (/^\((idle|program|garbage collector)\)$/.test(name)) continue;
    self.set(name, (self.get(name) ?? 0) + (hits.get(node.id) ?? 0) * interval);
  }
  console.log('top functions by self time (sampled):');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`  ${name.slice(0, 90).padEnd(90)} ${(us / 1000 / keys).toFixed(2).padStart(7)} ms/key`);
  }
}

async function main() {
  const site = siteWith(dist ? `profile-${size}` : String(size), corpus(size), dist ? path.resolve(dist) : DIST);
  const server = await serveStatic({ root: site });
  const browser = await launch();
  try {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.waitForSelector('.result-list > li.result', { timeout: 120000 });
    if (withoutRules) {
      const deleted = await page.evaluate(([source, keepSource]) => {
        const pattern = new RegExp(source);
        const keep = keepSource ? new RegExp(keepSource) : null;
        let n = 0;
        const prune = (list) => {
          for (let i = list.cssRules.length - 1; i >= 0; i--) {
            const rule = list.cssRules[i];
            if (rule.cssRules && !rule.selectorText) prune(rule);
            else if (rule.selectorText && pattern.test(rule.selectorText) && !keep?.test(rule.selectorText)) (list.deleteRule(i), n++);
          }
        };
        for (const sheet of document.styleSheets) prune(sheet);
        return n;
      }, [withoutRules, keepRules]);
      console.log(`deleted ${deleted} style rules matching /${withoutRules}/`);
    }
    if (withRules) {
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, withRules);
      console.log(`added style rules: ${withRules}`);
    }
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    await page.focus('#search');
    // Every DOM mutation while typing, by kind, to see what a key changes.
    await page.evaluate(() => {
      const counts = (window.__mutations = {});
      const add = (k, n = 1) => (counts[k] = (counts[k] ?? 0) + n);
      const name = (n) => (n.nodeType === 1 ? n.nodeName.toLowerCase() : n.nodeName);
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') add(`attribute ${r.attributeName} on ${name(r.target)}`);
          else if (r.type === 'characterData') add('text changed');
          else {
            for (const n of r.addedNodes) add(`added ${name(n)}`);
            for (const n of r.removedNodes) add(`removed ${name(n)}`);
          }
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const chunks = [];
    cdp.on('Tracing.dataCollected', (d) => chunks.push(...d.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', ...(invalidations ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []), 'v8.execute', 'blink', 'cc', 'gpu', 'toplevel'] },
      transferMode: 'ReportEvents',
    });
    if (cpu) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    let keys = 0;
    outer: for (const query of QUERIES) {
      for (const key of [...query, 'Backspace']) {
        if (key === 'Backspace') await page.evaluate(() => document.querySelector('#search').select());
        const event = key === 'Backspace' ? { key, code: 'Backspace', windowsVirtualKeyCode: 8 } : { key, text: key, unmodifiedText: key };
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event, text: undefined, unmodifiedText: undefined });
        await page.waitForTimeout(250);
        if (++keys >= maxKeys) break outer;
      }
    }
    const profile = cpu ? (await cdp.send('Profiler.stop')).profile : null;
    await cdp.send('Tracing.end');
    await done;
    if (traceOut) fs.writeFileSync(traceOut, JSON.stringify({ traceEvents: chunks }));
    const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const events = chunks.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const names = [...selfTimes(events)].sort((a, b) => b[1] - a[1]);
    const perKind = new Map();
    for (const [name, us] of names) perKind.set(kind(name), (perKind.get(kind(name)) ?? 0) + us);
    const total = [...perKind.values()].reduce((a, b) => a + b, 0);
    console.log(`${size} variables, ${keys} keystrokes: renderer main thread ${(total / 1000 / keys).toFixed(1)} ms CPU per key`);
    for (const [k, us] of [...perKind].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(7)} ${(us / 1000 / keys).toFixed(2).padStart(7)} ms/key`);
    console.log('top events by self time:');
    for (const [name, us] of names.slice(0, 25)) console.log(`  ${name.padEnd(40)} ${(us / 1000 / keys).toFixed(2).padStart(7)} ms/key`);
    const restyled = events.filter((e) => e.name === 'UpdateLayoutTree').map((e) => e.args?.elementCount ?? 0);
    const laidOut = events.filter((e) => e.name === 'Layout').map((e) => e.args?.beginData?.dirtyObjects ?? 0);
    const sum = (list) => list.reduce((a, b) => a + b, 0);
    console.log(`per key: ${(sum(restyled) / keys).toFixed(0)} elements restyled, ${(sum(laidOut) / keys).toFixed(0)} layout objects laid out`);
    if (profile) printProfile(profile, keys);
    const mutations = await page.evaluate(() => window.__mutations);
    console.log('DOM mutations per key:');
    for (const [k, n] of Object.entries(mutations).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${k.padEnd(40)} ${(n / keys).toFixed(1).padStart(7)}`);
    const dom = await page.evaluate(() => ({
      rows: document.querySelectorAll('.result-list > li.result').length,
      facetValues: document.querySelectorAll('.facet__value').length,
      elements: document.getElementsByTagName('*').length,
    }));
    console.log(`DOM after typing: ${dom.rows} rows, ${dom.facetValues} facet values, ${dom.elements} elements`);
    await page.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
