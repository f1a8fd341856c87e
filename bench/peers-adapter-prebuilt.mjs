// Our engine as a peer-benchmark plug-in that loads a prebuilt index (Engine::to_bytes, written by
// `engine-bench --index-out` from the same generated documents) instead of indexing the documents:
// what the app does when the builder ships the index next to the catalog. Its "build" time is the
// engine becoming ready after the bytes are requested (fetch from the benchmark's localhost server,
// or a file read in Node, plus Engine::from_bytes); its answers must agree with the reference like
// any engine's, which checks the byte form round trip on the real query list.
import { createAdapter, readBytes } from './peers-adapter.mjs';
import { PeerEngine } from './engine-wasm/pkg/engine_wasm.js';

async function open(docs, env) {
  const bytes = await readBytes(`./engine-wasm/pkg/index-${docs.length}.bin`, env);
  return PeerEngine.fromBytes(bytes);
}

export default function createEngine(options) {
  return createAdapter(options, { name: 'nettbutikken-prebuilt', open });
}
