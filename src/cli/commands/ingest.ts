// `claimgraph ingest PATH... [--store FILE]`: extract documents and merge them into the embedded store.
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { ingestPaths, type IngestProgress } from '../../../graph/ingest.js';
import { storePathOf, STORE_FLAG_HELP, withStore } from '../open-store.js';
import { assertStoreWritable } from '../../../graph/store-path.js';
import type { EmbeddedStore } from '../../../graph/store.js';
import { forTerminal } from '../../../core/terminal-text.js';
import { ExitCode } from '../exit-code.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-options.js';
import { addExtractionOptions, poolOptions, type ExtractionFlags } from '../extraction-options.js';

interface IngestFlags extends ReadFlags, ExtractionFlags {
  store?: string;
}

export function register(program: Command): void {
  const command = program
    .command('ingest')
    .description('extract documents and merge their actors and claims into the graph store')
    .argument('<paths...>', '.txt/.md/.html/.htm/.pdf files or directories (searched recursively)')
    .option('--store <file>', STORE_FLAG_HELP);
  addExtractionOptions(addReadOptions(command)).action((paths: string[], flags: IngestFlags) =>
    ingest(paths, flags),
  );
}

async function ingest(paths: string[], flags: IngestFlags): Promise<void> {
  await assertStoreWritable(storePathOf(flags.store));
  return withStore(flags.store, (store) => ingestInto(store, paths, flags), { write: true });
}

async function ingestInto(store: EmbeddedStore, paths: string[], flags: IngestFlags): Promise<void> {
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { stream: process.stderr, clearOnComplete: true, format: '{bar} {value}/{total} documents' },
        Presets.shades_classic,
      )
    : null;
  const onProgress = ({ done, total }: IngestProgress): void => {
    if (!bar) return;
    if (done === 1) bar.start(total, 0);
    bar.update(done);
  };
  const summary = await ingestPaths(store, paths, {
    ...readOptionsFrom(flags),
    ...poolOptions(flags),
    onProgress,
  });
  bar?.stop();
  for (const { path, error } of summary.failed)
    process.stderr.write(`claimgraph: ${forTerminal(path)}: ${forTerminal(error)}\n`);
  const { documents, actors, claims } = store.counts();
  process.stderr.write(
    `claimgraph: ${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ` +
      `${summary.failed.length} failed, ${summary.claims} claims extracted; store ${store.file}: ${documents} documents, ${actors} actors, ${claims} claims\n`,
  );
  if (summary.failed.length > 0) throw new ExitCode(1);
}
