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
//
// Until the app has mounted, index.html shows a loading shell (`#boot`).
// This file keeps the shell in the visitor's language, turns it into a
// message with a retry button when the app has not started within
// START_LIMIT_MS or could not start at all, and removes it once the app is
// there. Then it registers the service worker that keeps the shop usable
// offline (sw.js, written by scripts/build-sw.mjs in the release build).

/** How long the app may take to download and start before we say so. */
const START_LIMIT_MS = 30_000;

/** The app's localStorage key of the language choice (src/state/lang.rs). */
const LANG_KEY = 'nettbutikken.lang';

/** Every text of the loader, in each of the app's languages. */
const TEXT = {
  nb: {
    slowTitle: 'Nettbutikken starter ikke',
    slow: `Nettbutikken er ikke lastet ned etter ${START_LIMIT_MS / 1000} sekunder. Forbindelsen kan være treg eller brutt.`,
    failedTitle: 'Nettbutikken kunne ikke starte.',
    failed: 'Nedlastingen av nettbutikken feilet eller var skadet.',
    retry: 'Prøv igjen',
    noWasmTitle: 'Nettleseren din kan ikke kjøre Nettbutikken',
    noWasm: 'Nettbutikken trenger WebAssembly, som denne nettleseren ikke har eller har slått av. Bruk en oppdatert versjon av Firefox, Chrome, Edge eller Safari.',
  },
  nn: {
    slowTitle: 'Nettbutikken startar ikkje',
    slow: `Nettbutikken er ikkje lasta ned etter ${START_LIMIT_MS / 1000} sekund. Sambandet kan vere tregt eller brote.`,
    failedTitle: 'Nettbutikken kunne ikkje starte.',
    failed: 'Nedlastinga av nettbutikken feila eller var skadd.',
    retry: 'Prøv igjen',
    noWasmTitle: 'Nettlesaren din kan ikkje køyre Nettbutikken',
    noWasm: 'Nettbutikken treng WebAssembly, som denne nettlesaren ikkje har eller har slått av. Bruk ein oppdatert versjon av Firefox, Chrome, Edge eller Safari.',
  },
  en: {
    slowTitle: 'The shop is not starting',
    slow: `The shop has not downloaded after ${START_LIMIT_MS / 1000} seconds. The connection may be slow or down.`,
    failedTitle: 'The shop could not start.',
    failed: 'Downloading the shop failed or the download was damaged.',
    retry: 'Try again',
    noWasmTitle: 'Your browser cannot run the shop',
    noWasm: 'The shop needs WebAssembly, which this browser lacks or has turned off. Use an up-to-date version of Firefox, Chrome, Edge or Safari.',
  },
};

const lang = chooseLang();
const text = TEXT[lang];
showLanguage(lang);

if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  showProblem(text.noWasmTitle, text.noWasm, { retry: false });
} else {
  await start();
}

/** Downloads and starts the app, saying so when that takes too long or fails. */
async function start() {
  // A late app still mounts: the message is then removed with the shell.
  const slow = setTimeout(() => showProblem(text.slowTitle, text.slow, { retry: true }), START_LIMIT_MS);
  try {
    const wasmLink = document.querySelector('link[rel="preload"][as="fetch"][type="application/wasm"]');
    const jsLink = document.querySelector('link[rel="modulepreload"]');
    if (!wasmLink || !jsLink) throw new Error('index.html has no preload links for the app');
    const { default: init } = await import(jsLink.href);
    const wasm = fetch(wasmLink.href, { integrity: wasmLink.integrity, credentials: 'same-origin' });
    await init({ module_or_path: wasm });
  } catch (error) {
    clearTimeout(slow);
    console.error('Nettbutikken could not start:', error);
    showProblem(text.failedTitle, text.failed, { retry: true });
    return;
  }
  clearTimeout(slow);
  // `init` ran the app's main, which mounted the app: the shell has done its job.
  document.getElementById('boot')?.remove();
  registerServiceWorker();
}

/**
 * The language the app will show, decided the way the app decides it: the
 * URL's `lang` parameter, else the stored choice, else Bokmål (the app's
 * default). Codes as in the app's `Lang::from_code`.
 */
function chooseLang() {
  const code = (value) => {
    const v = (value ?? '').trim().toLowerCase();
    if (['nb', 'no', 'nob', 'nor'].includes(v)) return 'nb';
    if (['nn', 'nno'].includes(v)) return 'nn';
    if (['en', 'eng'].includes(v)) return 'en';
    return null;
  };
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl !== null) return code(fromUrl) ?? 'nb';
  let stored = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage may be blocked (private modes); the default applies.
  }
  return code(stored) ?? 'nb';
}

/** Keeps only the shell's text in `lang`, and says which language the page is in. */
function showLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-boot-lang]')) {
    element.hidden = element.dataset.bootLang !== lang;
    element.removeAttribute('lang');
  }
}

/**
 * Replaces the shell's loading indicator with an alert: a heading, what
 * happened and, when trying again can help, a button that reloads the page
 * (the URL keeps the view, localStorage the basket).
 */
function showProblem(title, message, { retry }) {
  const shell = document.getElementById('boot');
  if (!shell || shell.querySelector('.boot__problem')) return;
  const alert = document.createElement('div');
  alert.className = 'ds-alert boot__problem';
  alert.dataset.color = 'danger';
  alert.setAttribute('role', 'alert');
  const heading = document.createElement('h2');
  heading.className = 'ds-heading';
  heading.dataset.size = 'xs';
  heading.textContent = title;
  const paragraph = document.createElement('p');
  paragraph.className = 'ds-paragraph';
  paragraph.textContent = message;
  alert.append(heading, paragraph);
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ds-button';
    button.dataset.variant = 'primary';
    button.textContent = text.retry;
    button.addEventListener('click', () => location.reload());
    alert.append(button);
  }
  shell.querySelector('.boot__loading')?.remove();
  shell.append(alert);
}

/**
 * Registers the service worker beside this file (so it also works under a
 * sub-path), after the page has loaded so it never competes with the app's
 * own downloads. Without it (an old browser, a debug build without sw.js)
 * the shop simply needs the network, so a failure is only logged.
 */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(new URL('sw.js', import.meta.url), { updateViaCache: 'none' })
      .catch((error) => console.warn('Nettbutikken works online only; no service worker:', error));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
