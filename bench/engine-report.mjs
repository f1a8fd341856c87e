// Summarises a peer-benchmark run that includes our engine: per environment and size, our figures
// next to each peer's, the ratios, and the engine targets of issue 6 with pass/fail.
//
//   node bench/engine-report.mjs <results dir> [native markdown file] > engine.md
//
// Reads the newest *.json in the results directory (lib/report.mjs's format, README "Results
// JSON"); the native table (engine-bench --markdown) is appended as it is.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const OURS = 'nettbutikken';
const PREBUILT = 'nettbutikken-prebuilt';
const PEERS = ['scan', 'minisearch', 'orama', 'itemsjs'];
// Issue 6, Chromium at 100k variables.
const TARGETS = { n: 100000, medianMs: 2, p95Ms: 10, readyMs: 500 };

const [dir, nativeFile] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/engine-report.mjs <results dir> [native markdown file]');
  process.exit(2);
}
// Every results file of the directory (engine.sh writes one per environment); where two hold the
// same (environment, engine, size), the newer one counts.
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
  .map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
if (files.length === 0) {
  console.error(`engine-report: no results JSON in ${dir}`);
  process.exit(1);
}
const all = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
const results = all[0];
const runs = [];
for (const r of all.flatMap((x) => x.runs ?? [])) {
  if (!runs.some((s) => s.env === r.env && s.engine === r.engine && s.n === r.n)) runs.push(r);
}
const run = (env, engine, n) => runs.find((r) => r.env === env && r.engine === engine && r.n === n);

const num = (x) => (x == null || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const ratio = (peer, ours) => (peer == null || ours == null || ours === 0 ? '–' : `${(peer / ours).toFixed(1)}×`);
const memory = (r) => {
  const m = r.memory ?? {};
  const engine = m.engineReportedBytes != null ? ` (wasm ${(m.engineReportedBytes / 1e6).toFixed(1)})` : '';
  return r.env === 'node' ? `${num(m.rssDeltaMB)}${engine}` : `${num(m.rendererRssDeltaMB)} / ${num(m.jsHeapDeltaMB)}${engine}`;
};
const agree = (r) => (r.agreement ? `${r.agreement.ok}/${r.agreement.checked}` : '–');

const envs = [...new Set(runs.map((r) => r.env))];
const sizes = [...new Set(runs.map((r) => r.n))].sort((a, b) => a - b);
const out = [];
out.push('# Engine benchmark: our engine (Rust → WebAssembly) next to the JavaScript peers', '');
const meta = results.meta ?? {};
out.push(`Source: ${files.map((f) => `\`${f.split('/').pop()}\``).join(', ')} (${meta.date ?? '?'}). Machine: ${meta.machine ? JSON.stringify(meta.machine) : '?'}.`);
out.push('`nettbutikken` (plug-in `ours`) builds the index from the documents in WebAssembly; `nettbutikken-prebuilt` (plug-in `ours-prebuilt`) loads the index bytes the native engine wrote (Engine::to_bytes) and is ready after Engine::from_bytes. Latency: median/p95 over every core-query execution (29 queries × measured passes). Ratios are peer ÷ ours (above 1× = ours faster).', '');

for (const env of envs) {
  out.push(`## ${env}`, '');
  out.push(`| N | engine | build ms | median ms | p95 ms | fuzzy median ms | memory MB ${env === 'node' ? '(RSS Δ)' : '(renderer RSS Δ / JS heap Δ)'} | agree | median ratio | p95 ratio | build ratio |`);
  out.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const ours = run(env, OURS, n);
    for (const engine of [OURS, PREBUILT, ...PEERS]) {
      const r = run(env, engine, n);
      if (!r) continue;
      if (r.error) { out.push(`| ${n} | ${engine} | error: ${String(r.error).slice(0, 80)} |||||||||`); continue; }
      const peer = PEERS.includes(engine);
      out.push(`| ${n} | ${engine} | ${num(r.buildMs)} | ${num(r.latency?.core?.median)} | ${num(r.latency?.core?.p95)} | ${num(r.latency?.fuzzy?.median)} | ${memory(r)} | ${agree(r)} | ${peer ? ratio(r.latency?.core?.median, ours?.latency?.core?.median) : ''} | ${peer ? ratio(r.latency?.core?.p95, ours?.latency?.core?.p95) : ''} | ${peer ? ratio(r.buildMs, ours?.buildMs) : ''} |`);
    }
  }
  out.push('');
  const behind = [];
  for (const n of sizes) {
    const ours = run(env, OURS, n)?.latency?.core;
    for (const p of PEERS) {
      const peer = run(env, p, n)?.latency?.core;
      if (ours && peer && !(ours.median < peer.median)) behind.push(`${p} at N=${n} (median ${num(peer.median)} vs ours ${num(ours.median)})`);
    }
  }
  out.push(behind.length ? `Not ahead on median latency: ${behind.join('; ')}.` : 'Ours has the lowest median query latency at every size measured.', '');
}

const target = (label, value, limit, unit = 'ms') => {
  const pass = value != null && value <= limit;
  return `| ${label} | ${value == null ? '–' : `${num(value)} ${unit}`} | ≤ ${limit} ${unit} | ${value == null ? 'NOT MEASURED' : pass ? 'PASS' : `FAIL (by ${num(value - limit)} ${unit})`} |`;
};
const c = run('chromium', OURS, TARGETS.n);
const pre = run('chromium', PREBUILT, TARGETS.n);
out.push(`## Engine targets (Chromium, N = ${TARGETS.n})`, '');
out.push('| target | measured | limit | result |', '|---|---:|---:|---|');
out.push(target('query median', c?.latency?.core?.median, TARGETS.medianMs));
out.push(target('query p95', c?.latency?.core?.p95, TARGETS.p95Ms));
out.push(target('engine ready after the index bytes arrive (prebuilt: fetch + from_bytes)', pre?.buildMs, TARGETS.readyMs));
out.push(target('engine built from the documents (no prebuilt index)', c?.buildMs, TARGETS.readyMs));
out.push(`| agreement with the reference (ours / prebuilt) | ${c ? agree(c) : '–'} / ${pre ? agree(pre) : '–'} | 29/29 | ${c?.agreement?.ok === 29 && pre?.agreement?.ok === 29 ? 'PASS' : 'FAIL'} |`);
out.push('');
const mismatches = runs.filter((r) => [OURS, PREBUILT].includes(r.engine) && r.agreement?.mismatches?.length);
for (const r of mismatches) out.push(`- ${r.env} ${r.engine} N=${r.n}: ${r.agreement.mismatches.map((m) => `${m.id} ${m.problems?.join?.(', ') ?? m.problem ?? ''}`).join('; ')}`);
if (nativeFile && existsSync(nativeFile)) out.push('## Native (release build, same data and queries)', '', readFileSync(nativeFile, 'utf8'));
console.log(out.join('\n'));
