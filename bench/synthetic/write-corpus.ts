// Writes a synthetic corpus to disk: DIR/synthetic/doc-NNNNNNN.txt for `claimgraph ingest`, and
// DIR/extractions.jsonl, the exact extraction of each document (a gold standard for the texts).
//   node dist/bench/synthetic/write-corpus.js DIR [--claims N] [--seed S]
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticCorpus } from './generate.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { claims: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
const dir = positionals[0];
if (!dir) {
  process.stderr.write('usage: write-corpus.js DIR [--claims N] [--seed S]\n');
  process.exit(2);
}
await mkdir(join(dir, 'synthetic'), { recursive: true });
const gold = createWriteStream(join(dir, 'extractions.jsonl'));
let documents = 0;
for (const { text, extraction } of syntheticCorpus({
  claims: Number(values.claims),
  seed: Number(values.seed),
})) {
  await writeFile(join(dir, extraction.document.path), text);
  gold.write(`${JSON.stringify(extraction)}\n`);
  documents += 1;
}
gold.end();
process.stderr.write(`wrote ${documents} documents with ${values.claims} claims to ${dir}\n`);
