// Our catalog engine (Rust, compiled to WebAssembly) as a plug-in of the peer benchmark
// (shared/bench/peers, README "Plugging in an engine"). Works in Node and in Chromium.
//
//   bench/engine.sh               # builds engine-wasm/pkg/ and runs the benchmark with this file
//
// bench/peers-adapter-prebuilt.mjs is the same adapter loading a prebuilt index instead.
//
// The engine lives in WebAssembly memory; this file only moves data across:
//   build(docs)  packs the documents, a chunk at a time, into UTF-8 (fields and records separated
//                by control characters that never occur in the text; see
//                bench/peers-model/src/packed.rs), so crossing into WebAssembly is one copy per
//                chunk, then the engine indexes them there.
//   query(q)     passes the text and each facet's selection as one string, and reads the answer
//                from one Uint32Array: [total, page length, ...page ids, then per facet:
//                value count, (value number, count) pairs].
import init, { PeerBuilder } from './engine-wasm/pkg/engine_wasm.js';

const FACETS = ['provider', 'temporality', 'unitTypes'];
const RECORD = '\u001e';
const FIELD = '\u001f';
const LIST = '\u001d';

/** The bytes of a file next to this module, in Node or in the browser. */
export async function readBytes(file, env) {
  const url = new URL(file, import.meta.url);
  if (env === 'node') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** One document as a packed record. */
function pack(d) {
  return [d.name, d.label, d.description ?? '', d.provider, d.temporality,
    (d.unitTypes ?? []).join(LIST), d.access ?? '', d.updated ?? ''].join(FIELD);
}

/** Documents per chunk: large enough that calls are few, small enough to keep memory low. */
const CHUNK = 4096;

/** Builds the engine from the documents, in WebAssembly. */
function buildFromDocs(docs) {
  const builder = new PeerBuilder();
  const encoder = new TextEncoder();
  for (let i = 0; i < docs.length; i += CHUNK) {
    builder.add(encoder.encode(docs.slice(i, i + CHUNK).map(pack).join(RECORD)));
  }
  return builder.build();
}

/**
 * The plug-in object around one way of making the engine: `open(docs)` returns a PeerEngine
 * (possibly as a Promise).
 */
export async function createAdapter({ env = 'node' } = {}, { name = 'nettbutikken', open = buildFromDocs } = {}) {
  const wasm = await init({ module_or_path: await readBytes('./engine-wasm/pkg/engine_wasm_bg.wasm', env) });
  let engine = null;
  let names = [[], [], []];
  const join = (values) => (values ? values.join(FIELD) : '');

  return {
    name,
    version: '0.1.0',
    capabilities: { fuzzy: true },
    memoryBytes: () => wasm.memory.buffer.byteLength,

    async build(docs) {
      if (!docs.every((d, i) => Number(d.id) === i)) throw new Error('document ids must be their positions 0..N-1');
      engine?.free();
      engine = await open(docs, env);
      names = FACETS.map((_, f) => engine.values(f).split(FIELD));
    },

    query(q) {
      const f = q.filters ?? {};
      const asked = [q.text ?? '', join(f.provider), join(f.temporality), join(f.unitTypes)].join(RECORD);
      const out = engine.query(asked, (q.fuzzy ?? 0) > 0);
      const total = out[0];
      const pageLength = Math.min(out[1], q.pageSize ?? 25);
      const page = Array.from(out.subarray(2, 2 + pageLength));
      let at = 2 + out[1];
      const facets = {};
      FACETS.forEach((facet, i) => {
        const counts = {};
        const n = out[at++];
        for (let k = 0; k < n; k++, at += 2) counts[names[i][out[at]]] = out[at + 1];
        facets[facet] = counts;
      });
      return { total, facets, page };
    },
  };
}

export default function createEngine(options) {
  return createAdapter(options);
}
