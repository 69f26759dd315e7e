// Lookup tables over one GraphSnapshot, built once per snapshot so every API answer is a few map reads.
import type { ActorNode, ClaimNode, DerivedEdge, DocumentNode, GraphSnapshot } from '../graph/model.js';
import { edgeKey, edgeKindOf } from './edge-kind.js';
import type { EdgeKind } from './types.js';

/** An actor-to-actor edge as the viewer sees it: the store's derived edges, plus admission edges
 * (the store derives none) from the admitting actor to the target its claim names. */
export type ViewerEdgeData = Omit<DerivedEdge, 'type'>;

export interface IndexedEdge {
  key: string;
  kind: EdgeKind;
  edge: ViewerEdgeData;
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
  accusationsMade: Map<string, number>;
  /** Claims on an actor's edges, either direction. */
  claimsPerActor: Map<string, number>;
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

/** Admission edges, one per (admitter, target), claims in id order like the store's derived edges. */
function admissionEdges(snapshot: GraphSnapshot, documents: Map<string, DocumentNode>): ViewerEdgeData[] {
  const edges = new Map<string, ViewerEdgeData>();
  const sorted = snapshot.claims
    .filter((claim) => claim.kind === 'admission' && claim.claimant !== null && claim.object !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const claim of sorted) {
    const source = claim.claimant as string;
    const target = claim.object as string;
    if (source === target) continue;
    const date = documents.get(claim.documentId)?.date ?? null;
    const key = edgeKey('admission', source, target);
    const edge = edges.get(key) ?? {
      source,
      target,
      count: 0,
      firstDate: null,
      lastDate: null,
      claimIds: [],
    };
    edge.count += 1;
    edge.claimIds.push(claim.id);
    if (date !== null && (edge.firstDate === null || date < edge.firstDate)) edge.firstDate = date;
    if (date !== null && (edge.lastDate === null || date > edge.lastDate)) edge.lastDate = date;
    edges.set(key, edge);
  }
  return [...edges.values()];
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
    accusationsMade: new Map(),
    claimsPerActor: new Map(),
  };
  const all: { kind: EdgeKind; edge: ViewerEdgeData }[] = [
    ...snapshot.edges.map((edge) => ({ kind: edgeKindOf(edge.type), edge })),
    ...admissionEdges(snapshot, index.documents).map((edge) => ({ kind: 'admission' as const, edge })),
  ];
  for (const { kind, edge } of all) {
    const indexed = { key: edgeKey(kind, edge.source, edge.target), kind, edge };
    index.edges.set(indexed.key, indexed);
    push(index.outgoing, edge.source, indexed);
    push(index.incoming, edge.target, indexed);
    increment(index.claimsPerActor, edge.source, edge.count);
    increment(index.claimsPerActor, edge.target, edge.count);
    if (kind === 'accusation') {
      increment(index.accusationsReceived, edge.target, edge.count);
      increment(index.accusationsMade, edge.source, edge.count);
    }
  }
  for (const claim of snapshot.claims) increment(index.claimsPerDocument, claim.documentId);
  return index;
}
