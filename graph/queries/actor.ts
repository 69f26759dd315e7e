// An actor's profile: who it is, what it is part of, whom it accused, who accused it, denials.
import { actorKey, type ActorAttributes, type DerivedEdgeAttributes } from '../graph-types.js';
import type { ActorNode, DerivedEdgeType, GraphSnapshot } from '../model.js';
import { resolveActor } from '../resolve-name.js';
import type { EmbeddedStore } from '../store.js';
import { asStore } from './who.js';

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

export function actorProfile(source: EmbeddedStore | GraphSnapshot, name: string): ActorProfile {
  const store = asStore(source);
  const actor = resolveActor(store, name);
  const related = (type: DerivedEdgeType, direction: 'out' | 'in'): RelatedActor[] =>
    relatedActors(store, actor.id, type, direction);
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
    const evidence = edge.claims[0]!;
    rows.push({
      actorId: other.id,
      name: other.name,
      claims: edge.count,
      firstDate: edge.firstDate,
      lastDate: edge.lastDate,
      evidence: evidence.text,
      claimId: evidence.id,
    });
  }
  return rows.sort((a, b) => b.claims - a.claims || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
