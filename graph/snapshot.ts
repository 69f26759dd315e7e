// The graph as plain data (GraphSnapshot): what Neo4j loading, the viewer and the exports read.
import type { ActorNode, ClaimNode, DerivedEdge, DocumentNode, GraphSnapshot } from './model.js';
import {
  forEachDerivedEdge,
  toActorNode,
  toClaimNode,
  toDocumentNode,
  type ClaimGraph,
} from './graph-types.js';

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every node and derived edge, sorted by id (edges by type, source, target) so output is stable. */
export function graphToSnapshot(graph: ClaimGraph): GraphSnapshot {
  const actors: ActorNode[] = [];
  const claims: ClaimNode[] = [];
  const documents: DocumentNode[] = [];
  graph.forEachNode((_key, node) => {
    if (node.label === 'Actor') actors.push(toActorNode(node));
    else if (node.label === 'Claim') claims.push(toClaimNode(node));
    else documents.push(toDocumentNode(node));
  });
  const edges: DerivedEdge[] = [];
  forEachDerivedEdge(
    graph,
    (_key, { type, count, firstDate, lastDate, claims: edgeClaims }, source, target) => {
      const claimIds = edgeClaims.map((claim) => claim.id);
      edges.push({ type, source: source.id, target: target.id, count, firstDate, lastDate, claimIds });
    },
  );
  const edgeOrder = (e: DerivedEdge): string => JSON.stringify([e.type, e.source, e.target]);
  edges.sort((a, b) => (edgeOrder(a) < edgeOrder(b) ? -1 : edgeOrder(a) > edgeOrder(b) ? 1 : 0));
  return { actors: actors.sort(byId), claims: claims.sort(byId), documents: documents.sort(byId), edges };
}
