// Indexes the peer benchmark's documents with Pagefind's Node API, in a
// process of its own so bench/pagefind.mjs times the whole job:
//
//   node bench/lib/pagefind-index.mjs DOCS.json OUT_DIR
//
// Each document is one custom record: its text is the technical name (with
// `_` as a space, since the reference splits names there), label and
// description; provider, temporality and unit types are Pagefind filters,
// the name a sort key, the label and name metadata for the result row.
import fs from 'node:fs';
import * as pagefind from 'pagefind';

const [docsFile, outDir] = process.argv.slice(2);
if (!docsFile || !outDir) {
  console.error('usage: node bench/lib/pagefind-index.mjs DOCS.json OUT_DIR');
  process.exit(2);
}
const docs = JSON.parse(fs.readFileSync(docsFile, 'utf8'));
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
if (errors.length) throw new Error(errors.join('\n'));
for (const d of docs) {
  const added = await index.addCustomRecord({
    url: `/v/${d.id}`,
    content: `${d.name.replaceAll('_', ' ')} ${d.label}. ${d.description}`,
    language: 'nb',
    meta: { title: d.label, name: d.name },
    filters: { provider: [d.provider], temporality: [d.temporality], unitTypes: d.unitTypes },
    sort: { name: d.name },
  });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
}
const written = await index.writeFiles({ outputPath: outDir });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
