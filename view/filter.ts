// The one claim filter behind the graph view, edge details and profiles, on the server and in the page.
import { CERTAINTY_LEVELS, type Certainty } from '../core/types.js';
import type { ClaimNode } from '../graph/model.js';
import type { GraphIndex, IndexedEdge } from './graph-index.js';
import type { ViewFilter } from './types.js';

export function isFilterActive(filter: ViewFilter): boolean {
  return (
    filter.kinds !== undefined ||
    filter.since !== undefined ||
    filter.until !== undefined ||
    filter.document !== undefined ||
    filter.certainty !== undefined
  );
}

function claimPasses(index: GraphIndex, claim: ClaimNode, filter: ViewFilter): boolean {
  if (filter.document !== undefined && claim.documentId !== filter.document) return false;
  if (filter.certainty !== undefined && !atLeastAsCertain(claim.certainty, filter.certainty)) return false;
  if (filter.since === undefined && filter.until === undefined) return true;
  const date = index.documents.get(claim.documentId)?.date ?? null;
  if (date === null) return false;
  // YYYY-MM-DD strings order like the dates they spell.
  return (
    (filter.since === undefined || date >= filter.since) &&
    (filter.until === undefined || date <= filter.until)
  );
}

/** The claims behind an edge that pass the filter (none when its kind is filtered out). */
export function matchingClaims(index: GraphIndex, indexed: IndexedEdge, filter: ViewFilter): ClaimNode[] {
  if (filter.kinds !== undefined && !filter.kinds.includes(indexed.kind)) return [];
  const claims: ClaimNode[] = [];
  for (const id of indexed.edge.claimIds) {
    const claim = index.claims.get(id);
    if (claim && claimPasses(index, claim, filter)) claims.push(claim);
  }
  return claims;
}

function atLeastAsCertain(certainty: Certainty | undefined, least: Certainty): boolean {
  return certainty !== undefined && CERTAINTY_LEVELS.indexOf(certainty) >= CERTAINTY_LEVELS.indexOf(least);
}
