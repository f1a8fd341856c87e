// Trunk's post-build hook: writes the service worker (sw.js and the Workbox
// runtime it imports, both plain same-origin files, so the strict CSP allows
// them) into the finished site, which loader/boot.js registers after the
// app has started. It makes the shop work offline after the first visit:
//
// - The hashed build output (and index.html, by its content's revision) is
//   precached when the worker installs, and served from that cache.
// - Pages (navigations) go to the network; offline, the precached
//   index.html answers, whatever the query, since every view is index.html.
// - The catalog (catalog.nbcat, and catalog.json for whoever asks), the
//   search index and the detail shards go to the network
//   first, so a changed catalog shows on the next online visit, and their
//   last answer is kept for when the network is gone (a shard once its
//   detail page was seen).
//
// Only release builds get one: during `trunk serve` a worker would only
// stand between the developer and the files just built.
//
//   node scripts/build-sw.mjs [DIR]   DIR defaults to $TRUNK_STAGING_DIR
import path from 'node:path';
import { generateSW } from 'workbox-build';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('build-sw: name the site folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
  process.exit(2);
}
if (!process.argv[2] && process.env.TRUNK_PROFILE !== 'release') {
  console.log('build-sw: debug build, no service worker');
  process.exit(0);
}

const { count, size, warnings } = await generateSW({
  globDirectory: dir,
  // The app itself. catalog.nbcat, catalog.json, engine.nbix, search.nbix
  // and details/
  // are data with stable names that the builder rewrites without a new
  // sw.js: cached at run time below, never precached (precached, a
  // rebuilt catalog would not show until the app itself changed).
  globPatterns: ['**/*.{html,js,css,wasm,png}'],
  // The prøverom's checker is fetched only when that page opens; precaching
  // it would make every first visit download it.
  globIgnores: ['sw.js', 'workbox-*.js', 'proverom/**'],
  swDest: path.join(dir, 'sw.js'),
  // Trunk's names carry a content hash: no revision needed on them.
  dontCacheBustURLsMatching: /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/,
  // The debug-free release wasm is about 1 MB; leave room to grow.
  maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
  cacheId: 'nettbutikken',
  // A new worker takes over at once: pages always load a fresh index.html
  // from the network, so they never ask for the old build's files.
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  sourcemap: false,
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: 'index.html' } },
    },
    {
      urlPattern: /\/(catalog\.nbcat|catalog\.json|engine\.nbix|search\.nbix|details\/[^/?]+\.json)(\?.*)?$/,
      handler: 'NetworkFirst',
      options: { cacheName: 'nettbutikken-catalog' },
    },
  ],
});
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`build-sw: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
