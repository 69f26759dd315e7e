// How the commands open the embedded store: the --store flag, else CLAIMGRAPH_STORE, else the default.
import { EmbeddedStore, defaultStorePath } from '../../graph/store.js';

export function openStore(storeFlag: string | undefined): Promise<EmbeddedStore> {
  return EmbeddedStore.open(storeFlag ?? defaultStorePath());
}

export const STORE_FLAG_HELP = 'graph store file (default: $CLAIMGRAPH_STORE or .claimgraph/graph.jsonl)';
