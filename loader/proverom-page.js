// The prøverom's page module: a second WebAssembly app (src/bin/
// proverom_page.rs) that the shop adds to the page as a module script when
// ?vis=proverom first opens, so the shop's first load carries none of its
// code. scripts/build-proverom.sh copies this file into the site's
// proverom/ folder as page.js and puts the module's content hash in place
// of @HASH@. The app shows itself in the shop's #proverom-host element and
// talks to the shop by events on window (src/proverom/bridge.rs).
import init from './page-@HASH@.js';

init({ module_or_path: new URL('page-@HASH@_bg.wasm', import.meta.url) }).catch((error) => {
  dispatchEvent(
    new CustomEvent('nettbutikken:proverom-failed', { detail: String(error?.message ?? error) }),
  );
});
