// Starts the shop. It replaces the inline <script type="module"> loader that
// Trunk writes by default (Trunk.toml's `pattern_script` turns that off):
// a strict Content-Security-Policy with `script-src 'self'` and no
// 'unsafe-inline' refuses inline code, so the loader is this file, which
// Trunk hashes and gives an integrity attribute.
//
// The wasm-bindgen module and the wasm are the ones on Trunk's preload links,
// and both are checked against the integrity hashes Trunk put there: the
// module through the module map the modulepreload filled, the wasm through
// the same hash on the fetch (which also lets it reuse the preload).
const wasmLink = document.querySelector('link[rel="preload"][as="fetch"][type="application/wasm"]');
const jsLink = document.querySelector('link[rel="modulepreload"]');

try {
  if (!wasmLink || !jsLink) throw new Error('index.html has no preload links for the app');
  const { default: init } = await import(jsLink.href);
  const wasm = fetch(wasmLink.href, { integrity: wasmLink.integrity, credentials: 'same-origin' });
  await init({ module_or_path: wasm });
} catch (error) {
  console.error('Nettbutikken could not start:', error);
  showStartFailure();
}

/** Says so when the app could not start (a failed or tampered download). */
function showStartFailure() {
  const notice = document.createElement('div');
  notice.className = 'ds-alert crash-notice';
  notice.setAttribute('role', 'alert');
  notice.dataset.color = 'danger';
  const text = document.createElement('p');
  text.className = 'ds-paragraph';
  text.textContent = 'Nettbutikken kunne ikke starte. / The shop could not start.';
  const reload = document.createElement('a');
  reload.className = 'ds-link';
  reload.href = location.href;
  reload.textContent = 'Last siden på nytt / Reload the page';
  notice.append(text, reload);
  document.body.prepend(notice);
}
