// The server-side bulk path: `claimgraph export --format csv` files read by Neo4j's LOAD CSV.
// The benchmark measures `loadSnapshot` against it on the same rows and the same server.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { csvExport } from '../export/csv.js';
import type { GraphSnapshot } from '../model.js';
import type { DatabaseOption } from './connection.js';
import { DEFAULT_BATCH_SIZE } from './load.js';
import { LOAD_CSV, LOAD_CSV_ORDER } from './statements.js';

/** Writes the CSV files LOAD_CSV reads into `dir` (which must be, or lie in, the server's import directory). */
export async function writeLoadCsvFiles(snapshot: GraphSnapshot, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = new Map(csvExport(snapshot).map((file) => [file.name, file.content]));
  for (const name of LOAD_CSV_ORDER) await writeFile(join(dir, name), files.get(name) ?? '');
}

/** Runs LOAD CSV over the files under `baseUrl` (e.g. "file:///bench/"), each in batches of
 * its own transactions; needs the uniqueness constraints in place to be fast. */
export async function loadCsvFiles(
  driver: Driver,
  baseUrl: string,
  options: DatabaseOption & { batchSize?: number } = {},
): Promise<void> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    const batch = neo4j.int(options.batchSize ?? DEFAULT_BATCH_SIZE);
    // CALL ... IN TRANSACTIONS only runs in an auto-commit transaction, hence session.run.
    for (const name of LOAD_CSV_ORDER) await session.run(LOAD_CSV[name], { url: `${baseUrl}${name}`, batch });
  } finally {
    await session.close();
  }
}
