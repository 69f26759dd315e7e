// Regenerates extract/lexicon/generated/*.json from the world-countries package and the MISP galaxy clusters in
// ../shared/data/misp-galaxy (or $CLAIMGRAPH_SHARED/data/misp-galaxy). Run from the project root:
// `npm run lexicon`. The output is committed; the product never reads ../shared.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import { buildGenerated } from '../extract/lexicon/build/generate.js';
import type { LexiconEntry } from '../extract/lexicon/types.js';

/** One entry per line: compact, yet diffs show which entries changed. */
function formatEntries(entries: readonly LexiconEntry[]): string {
  return `[\n${entries.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`;
}

const shared = resolve(process.env.CLAIMGRAPH_SHARED ?? '../shared');
const lexiconDir = resolve('extract/lexicon');
const { files, report } = buildGenerated(pathToFileURL(`${resolve(shared, 'data/misp-galaxy')}/`));
for (const [file, entries] of Object.entries(files))
  await writeFileAtomic(resolve(lexiconDir, file), formatEntries(entries));
process.stderr.write(`${report.join('\n')}\n`);
