// Lookup tables over one GraphSnapshot, built once per snapshot so every API answer is a few map reads.
import type { ActorNode, ClaimNode, DerivedEdge, DocumentNode, GraphSnapshot } from '../graph/model.js';
import { edgeKey, edgeKindOf } from './edge-kind.js';
import type { EdgeKind } from './types.js';

export interface IndexedEdge {
  key: string;
  kind: EdgeKind;
  edge: DerivedEdge;
}

export interface GraphIndex {
  snapshot: GraphSnapshot;
  actors: Map<string, ActorNode>;
  claims: Map<string, ClaimNode>;
  documents: Map<string, DocumentNode>;
  edges: Map<string, IndexedEdge>;
  /** Edges leaving and entering each actor. */
  outgoing: Map<string, IndexedEdge[]>;
  incoming: Map<string, IndexedEdge[]>;
  claimsPerDocument: Map<string, number>;
  accusationsReceived: Map<string, number>;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function indexSnapshot(snapshot: GraphSnapshot): GraphIndex {
  const index: GraphIndex = {
    snapshot,
    actors: byId(snapshot.actors),
    claims: byId(snapshot.claims),
    documents: byId(snapshot.documents),
    edges: new Map(),
    outgoing: new Map(),
    incoming: new Map(),
    claimsPerDocument: new Map(),
    accusationsReceived: new Map(),
  };
  for (const edge of snapshot.edges) {
    const kind = edgeKindOf(edge.type);
    const indexed = { key: edgeKey(kind, edge.source, edge.target), kind, edge };
    index.edges.set(indexed.key, indexed);
    push(index.outgoing, edge.source, indexed);
    push(index.incoming, edge.target, indexed);
    if (kind === 'accusation') increment(index.accusationsReceived, edge.target, edge.count);
  }
  for (const claim of snapshot.claims) increment(index.claimsPerDocument, claim.documentId);
  return index;
}
