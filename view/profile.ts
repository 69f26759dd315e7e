// An actor's profile: its aliases and, per kind and direction, the actors it is linked to with the
// claim count, dates and first evidence of each link. The one profile behind `claimgraph actor`,
// the server's API and the page.
import { matchingClaims } from './filter.js';
import type { GraphIndex, IndexedEdge } from './graph-index.js';
import { viewActor, viewEdge } from './graph-view.js';
import type { Certainty } from '../core/types.js';
import type { ClaimNode } from '../graph/model.js';
import type { ActorProfile, EdgeKind, ProfileLink, ViewFilter } from './types.js';

function links(
  index: GraphIndex,
  edges: IndexedEdge[] | undefined,
  kind: EdgeKind,
  end: 'source' | 'target',
  filter: ViewFilter,
): ProfileLink[] {
  const result: ProfileLink[] = [];
  for (const indexed of edges ?? []) {
    if (indexed.kind !== kind) continue;
    const edge = viewEdge(index, indexed, filter);
    const other = index.actors.get(indexed.edge[end]);
    // Claim ids are in id order, so the first matching claim is the one `who` shows too.
    const claims = matchingClaims(index, indexed, filter);
    const evidence = claims[0];
    if (!edge || !other || !evidence) continue;
    result.push({
      edgeKey: indexed.key,
      other: { id: other.id, name: other.name },
      count: edge.count,
      firstDate: edge.firstDate,
      lastDate: edge.lastDate,
      evidence: { claimId: evidence.id, text: evidence.text },
      certainties: countCertainties(claims),
    });
  }
  // Names in code-unit order, like `who` on both backends, so the order is the same in every locale.
  return result.sort(
    (a, b) => b.count - a.count || (a.other.name < b.other.name ? -1 : a.other.name > b.other.name ? 1 : 0),
  );
}

export function actorProfile(index: GraphIndex, id: string, filter: ViewFilter = {}): ActorProfile | null {
  const actor = index.actors.get(id);
  if (!actor) return null;
  const out = index.outgoing.get(id);
  const into = index.incoming.get(id);
  return {
    actor: viewActor(index, actor),
    memberOf: links(index, out, 'affiliation', 'target', filter),
    members: links(index, into, 'affiliation', 'source', filter),
    accusationsMade: links(index, out, 'accusation', 'target', filter),
    accusationsReceived: links(index, into, 'accusation', 'source', filter),
    denialsMade: links(index, out, 'denial', 'target', filter),
    denialsReceived: links(index, into, 'denial', 'source', filter),
    admissionsMade: links(index, out, 'admission', 'target', filter),
    admissionsReceived: links(index, into, 'admission', 'source', filter),
  };
}

function countCertainties(claims: readonly ClaimNode[]): Partial<Record<Certainty, number>> {
  const counts: Partial<Record<Certainty, number>> = {};
  for (const { certainty } of claims)
    if (certainty !== undefined) counts[certainty] = (counts[certainty] ?? 0) + 1;
  return counts;
}
