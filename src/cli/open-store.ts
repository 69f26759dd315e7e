// How the commands find the embedded store: the --store flag, else CLAIMGRAPH_STORE, else the
// default `.claimgraph/graph.jsonl` in the working directory — the same rule for `npm start`,
// `ingest` and every command that reads. Only `ingest` creates a store; a reader given a path with
// no store fails naming that path instead of answering from an empty graph.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClaimgraphError } from '../../core/errors.js';
import { EmbeddedStore, defaultStorePath } from '../../graph/store.js';

export const storePath = (storeFlag: string | undefined): string => resolve(storeFlag ?? defaultStorePath());

/** The store to ingest into: created on the first save when it does not exist yet. */
export function openStoreForIngest(storeFlag: string | undefined): Promise<EmbeddedStore> {
  return EmbeddedStore.open(storePath(storeFlag));
}

/** The store to read; throws (exit 1) naming the path looked for when there is none. */
export function openStore(storeFlag: string | undefined): Promise<EmbeddedStore> {
  const file = storePath(storeFlag);
  if (!existsSync(file)) {
    throw new ClaimgraphError(
      'store',
      `no graph store at ${file}; build one with \`claimgraph ingest PATH...\`, or point --store or CLAIMGRAPH_STORE at one`,
    );
  }
  return EmbeddedStore.open(file);
}

export const STORE_FLAG_HELP = 'graph store file (default: $CLAIMGRAPH_STORE or .claimgraph/graph.jsonl)';
