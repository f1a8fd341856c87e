// The `_headers` file (Netlify, Cloudflare Pages) for a built site: the
// recommended headers of docs/deploy.md on every file, a long cache on the
// files whose names carry a content hash and `no-cache` on the rest.
import fs from 'node:fs/promises';
import path from 'node:path';

/** The security headers docs/deploy.md recommends, in its order. */
export const SECURITY_HEADERS = [
  [
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
      "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  ],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['X-Frame-Options', 'DENY'],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

/**
 * Whether a file's name changes with its content: Trunk's hashed output
 * (`boot-0123456789abcdef.js`, `…_bg.wasm`) and the Workbox runtime the
 * service worker imports (`workbox-01234567.js`).
 */
export function isHashed(name) {
  return /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css|svg)$/.test(name);
}

/**
 * The `_headers` text for the site whose files (paths relative to its root,
 * with `/`) are `files`. Every file is matched by exactly one rule that sets
 * Cache-Control, since both hosts join a header that two matching rules
 * set; the detail shards share one `/details/*` rule.
 */
export function headersFile(files) {
  const rules = [['/*', SECURITY_HEADERS], ['/', [['Cache-Control', NO_CACHE]]]];
  let shards = false;
  for (const file of [...files].sort()) {
    if (file.startsWith('details/')) {
      shards = true;
      continue;
    }
    if (file === '_headers' || /\.(br|gz)$/.test(file)) continue;
    const headers = [['Cache-Control', isHashed(file) ? IMMUTABLE : NO_CACHE]];
    if (file.endsWith('.wasm')) headers.unshift(['Content-Type', 'application/wasm']);
    rules.push([`/${file}`, headers]);
  }
  if (shards) rules.push(['/details/*', [['Cache-Control', NO_CACHE]]]);
  return rules.map(([pattern, headers]) => [pattern, ...headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/** Every file under `root`, relative, with `/` separators. */
export async function listFiles(root) {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}
