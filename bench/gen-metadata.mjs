#!/usr/bin/env node
// Writes a large synthetic KUDAF metadata corpus: one provider YAML file per
// provider (docs/provider-yaml.md), N variables in all, for building through
// the real builder (`nettbutikk-catalog build <dir> --out …`).
//
//   node bench/gen-metadata.mjs --variables 10000 --out target/bench/metadata-10000 [--seed 20261201]
//
// Deterministic: the same seed and N give byte-identical files (one seeded
// sfc32 stream, drawn in a fixed order; bench/gen-metadata.test.mjs checks
// it). The mix follows the sample metadata: all seven providers (skewed like
// KUDAF, SSB largest), all four temporalities, PUBLIC/NONPUBLIC, provider
// unit types, code lists with validity and missing-value codes on about a
// quarter of the variables, link variables (~8 %), discontinued variables
// with successors (~3 %), English texts on some.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from './lib/prng.mjs';
import { CODE_LISTS, PHRASES, PROVIDERS, QUALIFIERS, SENTINELS } from './lib/providers.mjs';
import { flowList, str, text } from './lib/yaml.mjs';

/** The default seed (the date this benchmark was written). */
export const SEED = 20261201;
/** Variables per dataset; providers group their variables like this. */
const DATASET_SIZE = 250;
/** Variables per file: the builder refuses files over 20 MB, and large providers split their metadata. */
const FILE_SIZE = 5000;
const TEMPORALITIES = ['FIXED', 'STATUS', 'STATUS', 'ACCUMULATED', 'EVENT', 'EVENT'];
const DATA_TYPES = ['LONG', 'LONG', 'STRING', 'STRING', 'DOUBLE', 'DATE', 'BOOL'];
const UNITS = [['kroner', 'CURRENCY'], ['kvadratmeter', null], ['dager', null], ['poeng', null], ['antall', null], ['prosent', null]];
/** Compound parts for the longer descriptions: they give the vocabulary a long tail. */
const STEMS = ['skole', 'elev', 'karakter', 'lønn', 'inntekt', 'bolig', 'stipend', 'tjeneste', 'pålogging', 'foretak', 'næring', 'eiendom', 'bygning', 'fylke', 'kommune', 'utdanning', 'fag', 'prøve', 'eksamen', 'trinn', 'kurs', 'søknad', 'støtte', 'gjeld', 'regnskap', 'bruker', 'lærer', 'barnehage', 'areal', 'fravær'];
const TAILS = ['tall', 'grad', 'nivå', 'sum', 'andel', 'type', 'kode', 'register', 'område', 'gruppe', 'periode', 'status', 'poeng', 'plass', 'avtale'];

/** How many of the n variables each provider gets (largest remainder, at least one each). */
export function shares(n) {
  const total = PROVIDERS.reduce((s, p) => s + p.weight, 0);
  const exact = PROVIDERS.map((p) => (n * p.weight) / total);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = n - counts.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k][1]]++;
  for (let i = counts.length - 1; left < 0; i = (i - 1 + counts.length) % counts.length) {
    if (counts[i] > 1) {
      counts[i]--;
      left++;
    }
  }
  return counts;
}

/**
 * The metadata files for n variables, as [file name, contents] in write order.
 * @param {number} n
 * @param {number} [seed]
 * @returns {[string, string][]}
 */
export function generate(n, seed = SEED) {
  if (!Number.isInteger(n) || n < PROVIDERS.length) {
    throw new Error(`--variables must be a whole number of at least ${PROVIDERS.length} (one per provider), got ${n}`);
  }
  const random = createRandom(seed);
  const counts = shares(n);
  const files = [];
  PROVIDERS.forEach((provider, i) => {
    const parts = Math.ceil(counts[i] / FILE_SIZE);
    // Names and variables made so far are per provider, across its files.
    const state = { names: new Map(), made: [] };
    for (let part = 0; part < parts; part++) {
      const count = Math.min(FILE_SIZE, counts[i] - part * FILE_SIZE);
      const name = parts === 1 ? provider.file : `${provider.file}-${String(part + 1).padStart(2, '0')}`;
      files.push([`${name}.yaml`, providerFile(random, provider, count, state)]);
    }
  });
  return files;
}

function providerFile(random, p, count, { names, made }) {
  const out = [];
  const { publisher: pub } = p;
  out.push(`# Synthetic benchmark metadata for ${pub.name} (bench/gen-metadata.mjs). Not real data.`);
  out.push('catalogs:');
  out.push(`  - title: ${str(p.catalog)}`);
  out.push(`    description: ${str(`Syntetiske variabler fra ${pub.name} for ytelsestester`)}`);
  out.push('    publisher:');
  out.push(`      name: ${str(pub.name)}`);
  out.push(`      description: ${str(pub.description)}`);
  out.push(`      identifier: "${pub.identifier}"`);
  out.push('      type: PublicOrganisation');
  out.push('      contactPoint:');
  out.push(`        fullname: ${str(pub.contact[0])}`);
  out.push(`        mbox: ${pub.contact[1]}`);
  out.push(`        landingPage: ${pub.contact[2]}`);
  out.push('    theme:');
  out.push('      - http://publications.europa.eu/resource/authority/data-theme/EDUC');
  if (p.declared.length > 0) {
    out.push('    unitTypes:');
    for (const [id, name, description] of p.declared) {
      out.push(`      - shortName: ${id}`);
      out.push(`        name: ${str(name)}`);
      out.push(`        description: ${str(description)}`);
      out.push('        dataType: STRING');
    }
  }
  out.push('    datasets:');
  for (let start = 0, d = 0; start < count; start += DATASET_SIZE, d++) {
    const topic = p.subjects[d % p.subjects.length];
    out.push(`      - identifier: ${uuid(random)}`);
    out.push(`        title: ${str(`${topic} ${d + 1}`)}`);
    out.push(`        description: ${str(`Variabler om ${topic.toLowerCase()} fra ${pub.name}`)}`);
    out.push(`        keyword: ${flowList([topic.toLowerCase(), p.prefix.toLowerCase()])}`);
    out.push('        variables:');
    for (let k = start; k < Math.min(count, start + DATASET_SIZE); k++) {
      variable(random, p, out, names, made);
    }
  }
  out.push('');
  return out.join('\n');
}

function variable(random, p, out, names, made) {
  const [objectWord, objectCode] = random.zipf(p.objects);
  const [measureWord, measureCode] = random.zipf(p.measures);
  const [qualifierWord, qualifierCode] = random.zipf(QUALIFIERS);
  // Repeats of a name get a year, then a version: as series are published.
  const base = `${p.prefix}_${objectCode}_${measureCode}_${qualifierCode}`;
  const seen = names.get(base) ?? 0;
  names.set(base, seen + 1);
  const year = 2025 - seen;
  const suffix = seen === 0 ? '' : seen <= 35 ? `_${year}` : `_V${seen}`;
  const name = base + suffix;
  const label = `${measureWord} for ${objectWord} ${qualifierWord}${seen >= 1 && seen <= 35 ? `, ${year}` : seen > 35 ? `, versjon ${seen}` : ''}`;
  const temporality = random.pick(TEMPORALITIES);
  const discontinued = made.length > 0 && random.chance(3);
  const startYear = random.range(1990, 2022);
  const i = '          ';
  out.push(`${i}- name: ${name}`);
  out.push(`${i}  temporalityType: ${temporality}`);
  out.push(`${i}  sensitivityLevel: ${random.chance(35) ? 'PUBLIC' : 'NONPUBLIC'}`);
  const population = random.pick(p.populations);
  text(out, `${i}  `, `${i}  `, 'populationDescription', population, random.chance(15) ? `Synthetic population: ${p.catalog}` : undefined);
  out.push(`${i}  spatialCoverageDescription: Norge`);
  out.push(`${i}  subjectFields: ${flowList(random.some(p.subjects, random.range(1, 3)))}`);
  const stop = discontinued ? `, stop: ${startYear + random.range(1, 3)}-12-31` : '';
  out.push(`${i}  temporalCoverage: {start: ${startYear}-${pad(random.range(1, 12))}-01${stop}}`);
  out.push(`${i}  updatedAt: ${random.range(2015, 2025)}-${pad(random.range(1, 12))}-${pad(random.range(1, 28))}`);
  if (discontinued) {
    out.push(`${i}  dataRevision:`);
    out.push(`${i}    description: Første versjon`);
    out.push(`${i}    temporalEnd:`);
    out.push(`${i}      description: ${str(`Avsluttet og erstattet av en ny variabel fra ${startYear + 4}`)}`);
    out.push(`${i}      successors: [${random.pick(made)}]`);
  }
  out.push(`${i}  identifierVariables:`);
  out.push(`${i}    - unitType: ${random.pick(p.units)}`);
  out.push(`${i}  measureVariables:`);
  // The measure's keys line up with its first one, after the `- `.
  const m = `${i}      `;
  text(out, `${i}    - `, m, 'label', label, random.chance(15) ? `Synthetic variable ${name}` : undefined);
  text(out, m, m, 'description', description(random, measureWord, objectWord));
  if (random.chance(8)) {
    out.push(`${m}unitType: ${random.pick(p.links)}`);
  } else if (random.chance(27)) {
    codeList(random, p, out, m);
  } else {
    const dataType = random.pick(DATA_TYPES);
    out.push(`${m}dataType: ${dataType}`);
    if ((dataType === 'LONG' || dataType === 'DOUBLE') && random.chance(60)) {
      const [unit, type] = random.pick(UNITS);
      out.push(`${m}valueDomain:`);
      out.push(`${m}  description: ${str(`${measureWord} målt i ${unit}`)}`);
      if (type) out.push(`${m}  measurementType: ${type}`);
      out.push(`${m}  measurementUnitDescription: ${unit}`);
    }
  }
  made.push(name);
}

function description(random, measure, object) {
  const words = [];
  for (let k = random.range(1, 3); k > 0; k--) {
    words.push(random.pick(STEMS) + (random.chance(30) ? 's' : '') + random.zipf(TAILS));
  }
  const first = `${random.pick(PHRASES.opening)} ${measure.toLowerCase()} for ${object} ${random.pick(PHRASES.middle)}.`;
  const second = `Omfatter ${words.join(', ')}.`;
  return random.chance(50) ? `${first} ${second} ${random.pick(PHRASES.closing)}` : `${first} ${second}`;
}

function codeList(random, p, out, m) {
  const [dataType, codes] = CODE_LISTS[random.pick(p.codeLists)];
  out.push(`${m}dataType: ${dataType}`);
  out.push(`${m}valueDomain:`);
  out.push(`${m}  codeList:`);
  const from = random.range(1995, 2015);
  const retired = random.chance(20) ? random.int(codes.length) : -1;
  codes.forEach(([code, title], k) => {
    out.push(`${m}    - code: ${dataType === 'LONG' ? code : JSON.stringify(code)}`);
    out.push(`${m}      categoryTitle: ${str(title)}`);
    out.push(`${m}      validFrom: ${from}-01-01`);
    if (k === retired) out.push(`${m}      validUntil: ${from + 5}-12-31`);
  });
  if (random.chance(30)) {
    out.push(`${m}  sentinelAndMissingValues:`);
    const [code, title] = random.pick(SENTINELS);
    out.push(`${m}    - code: ${dataType === 'LONG' ? code : JSON.stringify(code)}`);
    out.push(`${m}      categoryTitle: ${title}`);
  }
}

function uuid(random) {
  const hex = (digits) => Array.from({ length: digits }, () => random.int(16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[random.int(4)]}${hex(3)}-${hex(12)}`;
}

const pad = (x) => String(x).padStart(2, '0');

/** Writes the files of `generate(n, seed)` into `dir` (created; old *.yaml there removed first). */
export function writeCorpus(dir, n, seed = SEED) {
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir)) if (old.endsWith('.yaml')) fs.rmSync(path.join(dir, old));
  for (const [file, contents] of generate(n, seed)) fs.writeFileSync(path.join(dir, file), contents);
}

function parseArgs(argv) {
  const options = { seed: SEED };
  for (let k = 0; k < argv.length; k++) {
    const [key, value] = [argv[k], argv[k + 1]];
    if (key === '--variables') options.n = Number(value);
    else if (key === '--out') options.out = value;
    else if (key === '--seed') options.seed = Number(value);
    else throw new Error(`unknown argument "${key}"; usage: gen-metadata.mjs --variables N --out DIR [--seed S]`);
    k++;
  }
  if (options.out === undefined || options.n === undefined) throw new Error('usage: gen-metadata.mjs --variables N --out DIR [--seed S]');
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const { n, out, seed } = parseArgs(process.argv.slice(2));
    writeCorpus(out, n, seed);
    console.log(`wrote ${n} variables for ${PROVIDERS.length} providers to ${out}`);
  } catch (e) {
    console.error(`gen-metadata: ${e.message}`);
    process.exit(2);
  }
}
