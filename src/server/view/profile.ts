// An actor's profile: its aliases and, per kind and direction, the actors it is linked to.
import { matchingClaims } from './filter.js';
import type { GraphIndex, IndexedEdge } from './graph-index.js';
import { viewActor } from './graph-view.js';
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
    const count = matchingClaims(index, indexed, filter).length;
    const other = index.actors.get(indexed.edge[end]);
    if (count > 0 && other)
      result.push({ edgeKey: indexed.key, other: { id: other.id, name: other.name }, count });
  }
  return result.sort((a, b) => b.count - a.count || a.other.name.localeCompare(b.other.name));
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
