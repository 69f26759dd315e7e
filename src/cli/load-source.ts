// What `claimgraph load` writes: the saved embedded store, or documents extracted on the spot.
import { ingestPaths, type IngestOptions } from '../../graph/ingest.js';
import type { GraphSnapshot } from '../../graph/model.js';
import { storePathOf, withStore } from './open-store.js';
import { EmbeddedStore } from '../../graph/store.js';
import { ClaimgraphError, UsageError } from '../../core/errors.js';

export interface LoadSource {
  snapshot: GraphSnapshot;
  /** For messages: "store .claimgraph/graph.db" or "3 documents from fixtures/". */
  description: string;
  /** Documents that could not be read or extracted (only when loading from paths). */
  failed: { path: string; error: string }[];
}

export async function loadSource(
  storeFlag: string | undefined,
  paths: string[],
  extraction: Omit<IngestOptions, 'extract'> = {},
): Promise<LoadSource> {
  if (paths.length > 0 && storeFlag !== undefined) {
    throw new UsageError('neo4j', 'give either --store FILE or document paths, not both');
  }
  if (paths.length > 0) {
    const store = EmbeddedStore.inMemory();
    const summary = await ingestPaths(store, paths, extraction);
    const documents = summary.added + summary.replaced + summary.unchanged;
    const snapshot = store.snapshot();
    store.close();
    return {
      snapshot,
      description: `${documents} documents from ${paths.join(', ')}`,
      failed: summary.failed,
    };
  }
  const file = storePathOf(storeFlag);
  const snapshot = await withStore(storeFlag, (store) => store.snapshot());
  if (snapshot.documents.length === 0) {
    throw new ClaimgraphError(
      'neo4j',
      `the store ${file} is empty; run \`claimgraph ingest PATH...\` first or pass document paths`,
    );
  }
  return { snapshot, description: `store ${file}`, failed: [] };
}
