// Where the server's graph comes from. The API is the same whatever the source: it only ever
// sees a GraphSnapshot.
import type { GraphSnapshot } from '../../graph/model.js';

export interface GraphSource {
  /** For the startup message, e.g. "embedded store .claimgraph/graph.json". */
  readonly description: string;
  /** The graph as it is now; called again whenever the page (re)loads the graph. */
  snapshot(): Promise<GraphSnapshot>;
  /** When the last snapshot served is an old one because the source did not answer: the time (ISO)
   * it was read. Null or absent when it is current. */
  staleSince?(): string | null;
  close(): Promise<void>;
}

/** A source that always answers with the same snapshot: for tests and for in-memory graphs. */
export function fixedSource(snapshot: GraphSnapshot, description = 'in-memory graph'): GraphSource {
  return {
    description,
    snapshot: () => Promise.resolve(snapshot),
    close: () => Promise.resolve(),
  };
}
