// The index of the source's latest snapshot. The page's graph request re-reads the source, so
// reloading the page shows newly ingested documents; the other routes answer from the same index.
// A source answers with the very same snapshot object while its graph is unchanged (the embedded
// store while its file is, Neo4j while it is unreachable), and then the index is not rebuilt.
import type { GraphSnapshot } from '../../graph/model.js';
import type { IndexProvider } from './api.js';
import type { GraphSource } from './source.js';
import { indexSnapshot, type GraphIndex } from '../../view/graph-index.js';

export function cachedIndex(source: GraphSource): IndexProvider {
  let current: Promise<GraphIndex> | null = null;
  let indexed: { snapshot: GraphSnapshot; index: GraphIndex } | null = null;
  const indexOf = (snapshot: GraphSnapshot): GraphIndex => {
    if (indexed?.snapshot !== snapshot) indexed = { snapshot, index: indexSnapshot(snapshot) };
    return indexed.index;
  };
  return (fresh) => {
    if (fresh || current === null) {
      const loading = source.snapshot().then(indexOf);
      // A failed read is not cached: the next request tries the source again.
      loading.catch(() => {
        if (current === loading) current = null;
      });
      current = loading;
    }
    return current;
  };
}
