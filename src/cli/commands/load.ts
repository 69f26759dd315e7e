// `claimgraph load [--store FILE | PATH...]`: write the graph into Neo4j. Idempotent: loading the
// same graph again leaves the same counts. --replace first deletes what an earlier load left, and so
// does any load after one that did not finish (a (:Load) node marks a load until it completes).
import { Presets, SingleBar } from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { addNeo4jOptions, neo4jConfigFrom, type Neo4jFlags } from '../neo4j-options.js';
import { withDriver } from '../../../graph/neo4j/connection.js';
import { DEFAULT_BATCH_SIZE, loadSnapshot } from '../../../graph/neo4j/load.js';
import { bulkImport } from '../../../graph/neo4j/bulk-import.js';
import { loadSource, type LoadSource } from '../load-source.js';
import { STORE_FLAG_HELP } from '../open-store.js';
import { forTerminal } from '../../../core/terminal-text.js';
import { addExtractionOptions, poolOptions, type ExtractionFlags } from '../extraction-options.js';
import { ExitCode } from '../exit-code.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-options.js';

interface LoadFlags extends Neo4jFlags, ReadFlags, ExtractionFlags {
  store?: string;
  replace?: boolean;
  batchSize: number;
  bulk?: boolean;
  neo4jAdmin: string;
}

/** Below this many rows a load is over before a bar would be worth drawing. */
const PROGRESS_MIN_ROWS = 5000;

export function register(program: Command): void {
  const command = program
    .command('load')
    .description('write the graph (the store, or documents extracted now) into Neo4j')
    .argument('[paths...]', 'documents or directories to extract and load instead of the store')
    .option('--store <file>', STORE_FLAG_HELP)
    .option(
      '--replace',
      'delete the claimgraph nodes already in Neo4j first (done anyway after a load that did not finish)',
    )
    .option('--batch-size <rows>', 'rows per write transaction', parseBatchSize, DEFAULT_BATCH_SIZE)
    .option(
      '--bulk',
      'write the store files with `neo4j-admin database import full` instead: Neo4j stopped, database empty ' +
        '(or --replace); start Neo4j afterwards',
    )
    .option(
      '--neo4j-admin <program>',
      'the neo4j-admin program for --bulk (scripts/neo4j-admin.sh for the embedded test server)',
      process.env.NEO4J_ADMIN || 'neo4j-admin',
    );
  addExtractionOptions(addNeo4jOptions(addReadOptions(command))).action((paths: string[], flags: LoadFlags) =>
    load(paths, flags),
  );
}

async function load(paths: string[], flags: LoadFlags): Promise<void> {
  const source = await loadSource(flags.store, paths, {
    ...readOptionsFrom(flags),
    ...poolOptions(flags),
  });
  for (const { path, error } of source.failed)
    process.stderr.write(`claimgraph: ${forTerminal(path)}: ${forTerminal(error)}\n`);
  const config = neo4jConfigFrom(flags);
  if (flags.bulk) return bulkLoad(source, config.database, flags);
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { stream: process.stderr, clearOnComplete: true, format: '{bar} {value}/{total} rows' },
        Presets.shades_classic,
      )
    : null;
  const counts = await withDriver(config, async (driver) => {
    return loadSnapshot(driver, source.snapshot, {
      database: config.database,
      batchSize: flags.batchSize,
      replace: flags.replace,
      source: source.description,
      onProgress: (done, total) => {
        if (!bar || total < PROGRESS_MIN_ROWS) return;
        if (!bar.isActive) bar.start(total, 0);
        bar.update(done);
      },
    });
  }).finally(() => bar?.stop());
  const { documents, actors, claims, edges } = source.snapshot;
  if (counts.replacedUnfinished)
    process.stderr.write(
      'claimgraph: an earlier load into Neo4j had not finished; its partial graph was deleted first\n',
    );
  process.stderr.write(
    `claimgraph: loaded ${documents.length} documents, ${actors.length} actors, ${claims.length} claims, ` +
      `${edges.length} derived edges ` +
      `from ${forTerminal(source.description)} into ${config.uri}; Neo4j now holds ${counts.documents} documents, ` +
      `${counts.actors} actors, ${counts.claims} claims, ${counts.derivedEdges} derived edges\n`,
  );
  if (counts.claims > claims.length || counts.actors > actors.length || counts.documents > documents.length) {
    process.stderr.write(
      'claimgraph: Neo4j also holds nodes from earlier loads that this graph lacks; `load --replace` drops them\n',
    );
  }
  if (source.failed.length > 0) throw new ExitCode(1);
}

async function bulkLoad(source: LoadSource, database: string | undefined, flags: LoadFlags): Promise<void> {
  await bulkImport(source.snapshot, { neo4jAdmin: [flags.neo4jAdmin], database, overwrite: flags.replace });
  const { documents, actors, claims, edges } = source.snapshot;
  process.stderr.write(
    `claimgraph: imported ${documents.length} documents, ${actors.length} actors, ${claims.length} claims, ` +
      `${edges.length} derived edges from ${forTerminal(source.description)} into database ${database ?? 'neo4j'} ` +
      'with neo4j-admin; start Neo4j to use it (the next `claimgraph load` adds the uniqueness constraints)\n',
  );
  if (source.failed.length > 0) throw new ExitCode(1);
}

function parseBatchSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return size;
}
