#!/usr/bin/env node
// Removes whole `@layer NAME{…}` blocks from the CSS on stdin and writes the
// rest to stdout: `node scripts/css-drop-layers.mjs ds.theme.color-scheme.dark`.
// scripts/bundle-css.sh uses it for the parts of the Designsystemet theme the
// shop never applies. A name that is not found is an error, so an update of
// Designsystemet that renames a layer is noticed instead of silently
// shipping it again.
import fs from 'node:fs';

let css = fs.readFileSync(0, 'utf8');
for (const name of process.argv.slice(2)) {
  const start = css.indexOf(`@layer ${name}{`);
  if (start < 0) {
    console.error(`css-drop-layers: no "@layer ${name}{" in the input`);
    process.exit(1);
  }
  // The block ends at the brace that closes its opening one.
  let depth = 0;
  let end = css.indexOf('{', start);
  for (; end < css.length; end++) {
    if (css[end] === '{') depth++;
    else if (css[end] === '}' && --depth === 0) break;
  }
  if (depth !== 0) {
    console.error(`css-drop-layers: "@layer ${name}" is not closed`);
    process.exit(1);
  }
  css = css.slice(0, start) + css.slice(end + 1);
}
process.stdout.write(css);
