// How the commands find the embedded store: the --store flag, else CLAIMGRAPH_STORE, else the
// default `.claimgraph/graph.db` in the working directory — the same rule for `npm start`, `ingest`
// and every command that reads. Only `ingest` creates a store; a reader given a path with no store
// fails naming that path instead of answering from an empty graph.
import { resolve } from 'node:path';
import { EmbeddedStore, defaultStorePath } from '../../graph/store.js';

export function storePathOf(storeFlag: string | undefined): string {
  return resolve(storeFlag ?? defaultStorePath());
}

/** Opens the store, runs `use` on it and closes it (folding SQLite's log into the file), also on
 * errors. Only a writer (`ingest`) creates a missing store; for the others it is an error (exit 1). */
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

export const STORE_FLAG_HELP = 'graph store file (default: $CLAIMGRAPH_STORE or .claimgraph/graph.db)';
