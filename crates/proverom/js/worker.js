// The prøverom's Web Worker: runs the builder's check and build (the
// WebAssembly module beside this file) off the page's thread, so the page
// stays responsive on a 20 MB file. scripts/build-proverom.sh copies this
// file into the site's proverom/ folder and puts the module's content hash
// in place of @HASH@.
//
// Nothing leaves the browser: the only requests are this file and the
// module's two files, all relative to this file, so the worker works under
// any sub-path and under `worker-src 'self'`/`script-src 'self'`.
//
// Messages in:  { id, kind: 'check', files: [{ name, file?: Blob, text?: string }],
//                 provider: string | null, merge: boolean }
//               { id, kind: 'written' }          the files of run id's build
// Messages out: { id, kind: 'report', json }     the check (TrialReport)
//               { id, kind: 'built', json }      the build without its files
//                                                (TrialBuild), only when the
//                                                check has no errors
//               { id, kind: 'written', json, nbcat }
//                                                the build with its files, and
//                                                its catalog.nbcat (Uint8Array)
//               { id, kind: 'failed', message }
import init, { Checker, maxFileBytes } from './proverom-@HASH@.js';

const ready = init({ module_or_path: new URL('proverom-@HASH@_bg.wasm', import.meta.url) });

/** The last run: its id and its checker, which holds its build's files. */
let last = null;

self.onmessage = async (event) => {
  const { id, kind } = event.data;
  try {
    await ready;
    if (kind === 'written') {
      const ours = last?.id === id;
      const json = ours ? last.checker.written() : '';
      const nbcat = ours ? last.checker.writtenCatalog() : new Uint8Array();
      self.postMessage({ id, kind: 'written', json, nbcat }, [nbcat.buffer]);
      return;
    }
    await check(event.data);
  } catch (error) {
    self.postMessage({ id, kind: 'failed', message: String(error?.message ?? error) });
  }
};

async function check({ id, files, provider, merge }) {
  last?.checker.free();
  last = null;
  const checker = new Checker();
  // One byte past the limit is enough for the builder to reject a file
  // with its own message, so a 2 GB file is never read whole.
  const limit = maxFileBytes() + 1;
  for (const { name, file, text } of files) {
    const bytes = file
      ? new Uint8Array(await file.slice(0, limit).arrayBuffer())
      : new TextEncoder().encode(text ?? '');
    checker.add(name, bytes);
  }
  const report = checker.check(provider ?? undefined);
  self.postMessage({ id, kind: 'report', json: report });
  if (JSON.parse(report).errors === 0) {
    const built = checker.build(provider ?? undefined, merge);
    last = { id, checker };
    self.postMessage({ id, kind: 'built', json: built });
  } else {
    checker.free();
  }
}
