// The index of the source's latest snapshot. The page's graph request re-reads the source, so
// reloading the page shows newly ingested documents; the other routes answer from the same index.
import type { IndexProvider } from './api.js';
import type { GraphSource } from './source.js';
import { indexSnapshot, type GraphIndex } from '../../view/graph-index.js';

export function cachedIndex(source: GraphSource): IndexProvider {
  let current: Promise<GraphIndex> | null = null;
  return (fresh) => {
    if (fresh || current === null) {
      const loading = source.snapshot().then(indexSnapshot);
      // A failed read is not cached: the next request tries the source again.
      loading.catch(() => {
        if (current === loading) current = null;
      });
      current = loading;
    }
    return current;
  };
}
