// The graph the page draws: every actor and edge, or under a filter only the edges with matching
// claims and the actors they join.
import type { ActorNode } from '../graph/model.js';
import { isFilterActive, matchingClaims } from './filter.js';
import type { GraphIndex, IndexedEdge } from './graph-index.js';
import type { ViewActor, ViewEdge, ViewFilter, ViewGraph } from './types.js';

export function viewActor(index: GraphIndex, actor: ActorNode): ViewActor {
  return {
    id: actor.id,
    name: actor.name,
    type: actor.type,
    country: actor.country,
    aliases: actor.aliases,
    accusationsReceived: index.accusationsReceived.get(actor.id) ?? 0,
    accusationsMade: index.accusationsMade.get(actor.id) ?? 0,
    claims: index.claimsPerActor.get(actor.id) ?? 0,
  };
}

/** The edge with all its claims, as the store summarised it. */
export function wholeEdge(indexed: IndexedEdge): ViewEdge {
  const { edge } = indexed;
  return {
    key: indexed.key,
    source: edge.source,
    target: edge.target,
    kind: indexed.kind,
    count: edge.count,
    firstDate: edge.firstDate,
    lastDate: edge.lastDate,
  };
}

/** The edge as seen through the filter, or null when none of its claims pass. */
export function viewEdge(index: GraphIndex, indexed: IndexedEdge, filter: ViewFilter): ViewEdge | null {
  if (!isFilterActive(filter)) return wholeEdge(indexed);
  const claims = matchingClaims(index, indexed, filter);
  if (claims.length === 0) return null;
  const dates = claims
    .map((claim) => index.documents.get(claim.documentId)?.date ?? null)
    .filter((date): date is string => date !== null)
    .sort();
  return {
    ...wholeEdge(indexed),
    count: claims.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
  };
}

export function graphView(index: GraphIndex, filter: ViewFilter = {}): ViewGraph {
  const edges: ViewEdge[] = [];
  for (const indexed of index.edges.values()) {
    const edge = viewEdge(index, indexed, filter);
    if (edge) edges.push(edge);
  }
  const shown = isFilterActive(filter) ? new Set(edges.flatMap((edge) => [edge.source, edge.target])) : null;
  const actors = index.snapshot.actors
    .filter((actor) => shown === null || shown.has(actor.id))
    .map((actor) => viewActor(index, actor));
  const { snapshot } = index;
  return {
    actors,
    edges,
    totals: {
      actors: snapshot.actors.length,
      edges: index.edges.size,
      claims: snapshot.claims.length,
      documents: snapshot.documents.length,
    },
  };
}
