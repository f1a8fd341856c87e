// Turns a built site into a deployable folder: copies SRC to DEST, writes
// `.br` and `.gz` beside every text file and a `_headers` file, then prints
// the bytes per kind of file. scripts/deploy.sh runs it on the release
// build; on its own it makes a deployable copy of any built site (such as
// one with a benchmark catalog).
//
//   node scripts/deploy/site.mjs SRC DEST
import fs from 'node:fs/promises';
import { headersFile, listFiles } from './headers.mjs';
import { precompress, sizeTable } from './compress.mjs';

const [src, dest] = process.argv.slice(2);
if (!src || !dest) {
  console.error('usage: node scripts/deploy/site.mjs SRC DEST');
  process.exit(2);
}

// DEST is replaced whole, so it must be new, empty or an earlier deploy:
// never a folder with other things in it.
const existing = await fs.readdir(dest).catch(() => []);
const earlier = existing.includes('_headers') && existing.includes('index.html');
if (existing.length > 0 && !earlier) {
  console.error(`${dest} has other files in it; name a new or empty folder, or an earlier deploy`);
  process.exit(2);
}

// A new folder beside DEST, swapped in at the end: a failed run leaves the
// previous deploy as it was.
const staging = `${dest.replace(/\/+$/, '')}.partial`;
await fs.rm(staging, { recursive: true, force: true });
await fs.cp(src, staging, { recursive: true });
const files = await listFiles(staging);
const sizes = await precompress(staging, files);
await fs.writeFile(`${staging}/_headers`, headersFile(files));
await fs.rm(dest, { recursive: true, force: true });
await fs.rename(staging, dest);

console.log(`${dest}: ${files.length} files, each text file also as .br and .gz, and _headers`);
console.log(sizeTable(sizes));
