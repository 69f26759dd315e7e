// How the commands open the embedded store: the --store flag, else CLAIMGRAPH_STORE, else the default.
import { realpathSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { ClaimgraphError } from '../../core/errors.js';
import { EmbeddedStore, defaultStorePath } from '../../graph/store.js';

export function storePathOf(storeFlag: string | undefined): string {
  return resolve(storeFlag ?? defaultStorePath());
}

/** Opens the store, runs `use` on it and closes it (folding SQLite's log into the file), also on
 * errors. Only a writer (`ingest`) creates a missing store; to the others it is empty. */
export async function withStore<T>(
  storeFlag: string | undefined,
  use: (store: EmbeddedStore) => T | Promise<T>,
  { write = false }: { write?: boolean } = {},
): Promise<T> {
  const store = await EmbeddedStore.open(storePathOf(storeFlag), { readOnly: !write });
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

/** Refuses an output path that is the store or one of SQLite's files beside it (also through a
 * symlink or another spelling of the path): writing there would destroy the graph. */
export function refuseStorePath(outPath: string, storeFlag: string | undefined): void {
  const store = canonicalPath(storePathOf(storeFlag));
  const out = canonicalPath(resolve(outPath));
  if ([store, `${store}-wal`, `${store}-shm`].includes(out)) {
    throw new ClaimgraphError('store', `refusing to write to ${outPath}: it is the graph store`);
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

export const STORE_FLAG_HELP = 'graph store file (default: $CLAIMGRAPH_STORE or .claimgraph/graph.db)';
