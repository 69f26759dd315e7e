// The shortest chain of accusation / affiliation edges between two actors. By default an edge may be
// walked against its direction (A accused B links B back to A too); `directed` follows arrows only.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { ActorNode, DerivedEdgeType, GraphSnapshot } from '../model.js';
import { actorById, resolveActor } from '../resolve-name.js';
import type { EmbeddedStore } from '../store.js';
import { asStore } from './who.js';

/** Edge types a chain may use, in order of preference when two actors are linked by several. */
const CHAIN_TYPES: readonly DerivedEdgeType[] = ['ACCUSED', 'PART_OF'];

export interface PathHop {
  from: string;
  to: string;
  type: DerivedEdgeType;
  /** false when the edge points from `to` to `from` (walked against its direction) */
  forward: boolean;
  claims: number;
  evidence: string;
  claimId: string;
}

export interface ActorPath {
  actors: ActorNode[];
  hops: PathHop[];
}

export function shortestPath(
  source: EmbeddedStore | GraphSnapshot,
  fromName: string,
  toName: string,
  options: { directed?: boolean } = {},
): ActorPath | null {
  const store = asStore(source);
  const from = resolveActor(store, fromName);
  const to = resolveActor(store, toName);
  const chain = options.directed ? new DirectedGraph() : new UndirectedGraph();
  chain.addNode(from.id);
  chain.mergeNode(to.id);
  // Only the chain's edges are read into memory (in the order they were first stored), not claims.
  const edges = store.db
    .prepare(
      `SELECT source, target FROM edges WHERE type IN (${CHAIN_TYPES.map(() => '?').join(', ')})
       AND source <> target ORDER BY rowid`,
    )
    .iterate(...CHAIN_TYPES) as IterableIterator<{ source: string; target: string }>;
  for (const { source, target } of edges) chain.mergeEdge(source, target);
  const ids = bidirectional(chain, from.id, to.id);
  if (ids === null) return null;
  const actors = ids.map((id) => actorById(store, id)!);
  const hops = ids.slice(1).map((id, i) => hopBetween(store, ids[i]!, id, options.directed ?? false));
  return { actors, hops };
}

/** The edge behind one step: forward edges first, then by CHAIN_TYPES order. */
function hopBetween(store: EmbeddedStore, from: string, to: string, directed: boolean): PathHop {
  const edge = store.db.prepare(
    `SELECT e.count, e.evidence_id, c.text FROM edges e JOIN claims c ON c.id = e.evidence_id
     WHERE e.type = ? AND e.source = ? AND e.target = ?`,
  );
  const directions = directed ? [true] : [true, false];
  for (const forward of directions) {
    for (const type of CHAIN_TYPES) {
      const found = edge.get(type, forward ? from : to, forward ? to : from) as
        { count: number; evidence_id: string; text: string } | undefined;
      if (found === undefined) continue;
      return {
        from,
        to,
        type,
        forward,
        claims: found.count,
        evidence: found.text,
        claimId: found.evidence_id,
      };
    }
  }
  throw new Error(`no edge between ${from} and ${to} on a found path`);
}
