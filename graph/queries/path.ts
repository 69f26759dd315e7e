// The shortest chain of accusation / affiliation edges between two actors. By default an edge may be
// walked against its direction (A accused B links B back to A too); `directed` follows arrows only.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import {
  actorKey,
  derivedEdgeKey,
  forEachDerivedEdge,
  toActorNode,
  type ActorAttributes,
  type DerivedEdgeAttributes,
} from '../graph-types.js';
import type { ActorNode, DerivedEdgeType, GraphSnapshot } from '../model.js';
import { resolveActor } from '../resolve-name.js';
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
  forEachDerivedEdge(store.graph, (_key, edge, source, target) => {
    if (CHAIN_TYPES.includes(edge.type) && source.id !== target.id) chain.mergeEdge(source.id, target.id);
  });
  const ids = bidirectional(chain, from.id, to.id);
  if (ids === null) return null;
  const actors = ids.map((id) => toActorNode(store.graph.getNodeAttributes(actorKey(id)) as ActorAttributes));
  const hops = ids.slice(1).map((id, i) => hopBetween(store, ids[i]!, id, options.directed ?? false));
  return { actors, hops };
}

/** The edge behind one step: forward edges first, then by CHAIN_TYPES order. */
function hopBetween(store: EmbeddedStore, from: string, to: string, directed: boolean): PathHop {
  const { graph } = store;
  const directions = directed ? [true] : [true, false];
  for (const forward of directions) {
    for (const type of CHAIN_TYPES) {
      const key = forward ? derivedEdgeKey(type, from, to) : derivedEdgeKey(type, to, from);
      if (!graph.hasEdge(key)) continue;
      const edge = graph.getEdgeAttributes(key) as DerivedEdgeAttributes;
      const evidence = edge.claims[0]!;
      return { from, to, type, forward, claims: edge.count, evidence: evidence.text, claimId: evidence.id };
    }
  }
  throw new Error(`no edge between ${from} and ${to} on a found path`);
}
