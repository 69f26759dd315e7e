// An actor's profile: who it is, what it is part of, whom it accused, who accused it, denials.
import {
  actorKey,
  type ActorAttributes,
  type ClaimAttributes,
  type DerivedEdgeAttributes,
} from '../graph-types.js';
import type { ActorNode, DerivedEdgeType, GraphSnapshot } from '../model.js';
import { resolveActor } from '../resolve-name.js';
import type { EmbeddedStore } from '../store.js';
import { asStore, certaintiesFrom } from './who.js';
import { dateRange } from '../build.js';
import type { Certainty } from '../../src/types.js';

/** One derived edge seen from the profiled actor: the actor at its other end and its evidence
 * (the claim with the smallest id, as in `who`). */
export interface RelatedActor {
  actorId: string;
  name: string;
  claims: number;
  firstDate: string | null;
  lastDate: string | null;
  evidence: string;
  claimId: string;
  /** How many of the claims are at each certainty level (claims without one are not counted). */
  certainties: Partial<Record<Certainty, number>>;
}

export interface ProfileFilter {
  /** Only claims at least this certain. */
  certainty?: Certainty;
}

export interface ActorProfile {
  actor: ActorNode;
  partOf: RelatedActor[];
  members: RelatedActor[];
  accused: RelatedActor[];
  accusedBy: RelatedActor[];
  /** accusations this actor denied, by accuser */
  denied: RelatedActor[];
  /** actors that denied this actor's accusations */
  deniedBy: RelatedActor[];
}

export function actorProfile(
  source: EmbeddedStore | GraphSnapshot,
  name: string,
  filter: ProfileFilter = {},
): ActorProfile {
  const store = asStore(source);
  const actor = resolveActor(store, name);
  const certainties = filter.certainty === undefined ? null : certaintiesFrom(filter.certainty);
  const related = (type: DerivedEdgeType, direction: 'out' | 'in'): RelatedActor[] =>
    relatedActors(store, actor.id, type, direction, certainties);
  return {
    actor,
    partOf: related('PART_OF', 'out'),
    members: related('PART_OF', 'in'),
    accused: related('ACCUSED', 'out'),
    accusedBy: related('ACCUSED', 'in'),
    denied: related('DENIED', 'out'),
    deniedBy: related('DENIED', 'in'),
  };
}

function relatedActors(
  store: EmbeddedStore,
  actorId: string,
  type: DerivedEdgeType,
  direction: 'out' | 'in',
  certainties: Certainty[] | null,
): RelatedActor[] {
  const { graph } = store;
  const key = actorKey(actorId);
  const edges = direction === 'out' ? graph.outEdges(key) : graph.inEdges(key);
  const rows: RelatedActor[] = [];
  for (const edgeKey of edges) {
    const edge = graph.getEdgeAttributes(edgeKey) as DerivedEdgeAttributes;
    if (edge.type !== type) continue;
    const other = (
      direction === 'out' ? graph.getTargetAttributes(edgeKey) : graph.getSourceAttributes(edgeKey)
    ) as ActorAttributes;
    const claims =
      certainties === null
        ? edge.claims
        : edge.claims.filter((c) => c.certainty !== undefined && certainties.includes(c.certainty));
    if (claims.length === 0) continue;
    const evidence = claims[0]!;
    const { first, last } =
      certainties === null ? { first: edge.firstDate, last: edge.lastDate } : dateRange(claims);
    rows.push({
      actorId: other.id,
      name: other.name,
      claims: claims.length,
      firstDate: first,
      lastDate: last,
      evidence: evidence.text,
      claimId: evidence.id,
      certainties: countCertainties(claims),
    });
  }
  return rows.sort((a, b) => b.claims - a.claims || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function countCertainties(claims: readonly ClaimAttributes[]): Partial<Record<Certainty, number>> {
  const counts: Partial<Record<Certainty, number>> = {};
  for (const { certainty } of claims)
    if (certainty !== undefined) counts[certainty] = (counts[certainty] ?? 0) + 1;
  return counts;
}
