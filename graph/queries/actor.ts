// An actor's profile: who it is, what it is part of, whom it accused, who accused it, denials.
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
  const [own, other] = direction === 'out' ? ['source', 'target'] : ['target', 'source'];
  const rows = store.db
    .prepare(
      `SELECT a.id AS actorId, a.name, e.count AS claims, e.first_date AS firstDate, e.last_date AS lastDate,
         c.text AS evidence, e.evidence_id AS claimId
       FROM edges e JOIN actors a ON a.id = e.${other} JOIN claims c ON c.id = e.evidence_id
       WHERE e.type = ? AND e.${own} = ? ORDER BY e.rowid`,
    )
    .all(type, actorId) as RelatedActor[];
  return rows.sort((a, b) => b.claims - a.claims || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
