#!/usr/bin/env node
// Builder throughput: variables per second for `check` and `build` of the
// generated corpus (100k variables; --quick: 10k), release binary, median of
// several runs. Writes target/bench/builder.json.
//
//   node bench/builder-bench.mjs [--quick] [--runs 3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builderBinary, runBuilder } from './lib/builder.mjs';
import { OUT, corpus } from './lib/corpus.mjs';
import { median } from './lib/stats.mjs';

const quick = process.argv.includes('--quick');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : quick ? 1 : 3;
const n = quick ? 10000 : 100000;

builderBinary();
const dir = corpus(n);
const outFile = path.join(os.tmpdir(), `nettbutikk-bench-catalog-${process.pid}.json`);
const result = { variables: n, runs, loadAverage: os.loadavg()[0] };
for (const [command, args] of [
  ['check', ['check', dir]],
  ['build', ['build', dir, '--out', outFile]],
]) {
  const samples = [];
  for (let k = 0; k < runs; k++) samples.push(runBuilder(args));
  const wallMs = median(samples.map((s) => s.wallMs));
  const cpuMs = median(samples.map((s) => s.cpuMs));
  result[command] = { wallMs, cpuMs, perSecond: (n / wallMs) * 1000, perCpuSecond: (n / cpuMs) * 1000 };
  console.log(
    `builder ${command} ${n} variables: ${(wallMs / 1000).toFixed(2)} s wall (${Math.round(result[command].perSecond)} variables/s), ` +
      `${(cpuMs / 1000).toFixed(2)} s CPU (${Math.round(result[command].perCpuSecond)} variables per CPU-second), median of ${runs}`,
  );
}
result.catalogBytes = fs.statSync(outFile).size;
fs.rmSync(outFile);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'builder.json'), `${JSON.stringify(result, null, 2)}\n`);
