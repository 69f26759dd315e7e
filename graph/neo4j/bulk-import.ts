// The bulk path into an empty Neo4j: the csv export (graph/export/csv.ts) handed to
// `neo4j-admin database import full`, which writes the store files directly, with Neo4j stopped.
// The uniqueness constraints that `claimgraph load` creates are not part of the import; the
// next transactional `claimgraph load` (or any load) creates them.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClaimgraphError } from '../../core/errors.js';
import { csvExport, NEO4J_ADMIN_IMPORT_FILES } from '../export/csv.js';
import type { GraphSnapshot } from '../model.js';

export interface BulkImportOptions {
  /** The neo4j-admin program and any leading arguments, e.g. ['neo4j-admin'] or
   * ['bash', 'scripts/neo4j-admin.sh']. */
  neo4jAdmin: string[];
  /** Default neo4j. */
  database?: string;
  /** Delete the database's existing store files first (neo4j-admin --overwrite-destination). */
  overwrite?: boolean;
  /** Where neo4j-admin's progress output goes; default: discarded. */
  onOutput?: (chunk: string) => void;
}

/** The arguments after the program: files in `dir`, RFC 4180 quoting as csv-stringify writes. */
export function importArguments(dir: string, database: string, overwrite: boolean): string[] {
  return [
    'database',
    'import',
    'full',
    ...NEO4J_ADMIN_IMPORT_FILES.map(({ flag, name }) => flag.replace(/[^=]+$/, join(dir, name))),
    '--multiline-fields=true',
    // neo4j-admin writes its report (bad rows, by default none) to import.report in the working
    // directory; it goes with the CSV files instead, so a run leaves no file behind.
    `--report-file=${join(dir, 'import.report')}`,
    `--overwrite-destination=${overwrite}`,
    database,
  ];
}

export async function bulkImport(snapshot: GraphSnapshot, options: BulkImportOptions): Promise<void> {
  const [program, ...leading] = options.neo4jAdmin;
  if (!program) throw new ClaimgraphError('neo4j', 'no neo4j-admin command given');
  const dir = await mkdtemp(join(tmpdir(), 'claimgraph-bulk-'));
  try {
    for (const file of csvExport(snapshot)) await writeFile(join(dir, file.name), file.content);
    const args = [
      ...leading,
      ...importArguments(dir, options.database ?? 'neo4j', options.overwrite ?? false),
    ];
    const { code, output } = await run(program, args, options.onOutput);
    if (code !== 0) {
      const last = output.trim().split('\n').slice(-3).join(' / ');
      throw new ClaimgraphError('neo4j', `neo4j-admin import failed (exit ${code}): ${last}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(
  program: string,
  args: string[],
  onOutput: ((chunk: string) => void) | undefined,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      onOutput?.(chunk.toString('utf8'));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) =>
      reject(
        new ClaimgraphError('neo4j', `cannot run ${program} (${err.message}); give --neo4j-admin COMMAND`),
      ),
    );
    child.on('close', (code) => resolve({ code, output }));
  });
}
