// The graph model shared by the embedded (graphology) and Neo4j backends.
//
//   (Claim)-[:CLAIMED_BY]->(Actor)   claimant
//   (Claim)-[:SUBJECT]->(Actor)      accused / member
//   (Claim)-[:OBJECT]->(Actor)       target / rejected accuser / parent
//   (Claim)-[:IN]->(Document)
//   (Actor)-[:ACCUSED|DENIED|PART_OF {count, firstDate, lastDate, claimIds}]->(Actor)  derived
//
// Derived edges are recomputed from the claims they summarise, so they never drift from them.
import type { ActorType, Certainty, ClaimKind } from '../core/types.js';

export interface ActorNode {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  country: string | null;
}

export interface ClaimNode {
  id: string;
  kind: ClaimKind;
  predicate: string;
  act: string;
  text: string;
  start: number;
  end: number;
  rule: string;
  /** From the extraction; missing for claims stored before certainty was extracted. */
  certainty?: Certainty;
  documentId: string;
  claimant: string | null;
  subject: string | null;
  object: string | null;
}

export interface DocumentNode {
  id: string;
  path: string;
  title: string | null;
  url: string | null;
  date: string | null;
  publisher: string | null;
  sha256: string;
}

export type DerivedEdgeType = 'ACCUSED' | 'DENIED' | 'PART_OF';

/** A derived actor-to-actor edge: ACCUSED claimant->subject (accusation), DENIED claimant->object
 * (denial), PART_OF subject->object (affiliation). */
export interface DerivedEdge {
  type: DerivedEdgeType;
  source: string;
  target: string;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  claimIds: string[];
}

/** The whole graph as plain data: what the embedded store saves and what Neo4j loading reads. */
export interface GraphSnapshot {
  actors: ActorNode[];
  claims: ClaimNode[];
  documents: DocumentNode[];
  edges: DerivedEdge[];
}

/** Filters of the who-accused-whom query; names resolve through aliases, case-insensitively;
 * dates are YYYY-MM-DD and compare against the claim's document date. */
export interface WhoFilter {
  accuser?: string;
  accused?: string;
  target?: string;
  since?: string;
  until?: string;
  /** Only claims at least this certain (CERTAINTY_LEVELS order); claims without one drop out. */
  certainty?: Certainty;
  /** Whether claims in undated documents pass a since/until filter; `exclude` when not given. */
  undated?: UndatedMode;
}

export type UndatedMode = 'include' | 'exclude';
export const UNDATED_MODES: readonly UndatedMode[] = ['include', 'exclude'];

/** One who-accused-whom row: an (accuser, accused) pair over the matching accusation claims.
 * `evidence` is that of the matching claim with the smallest id, so both backends agree.
 * Rows are ordered by claims descending, then accuser name, then accused name. */
export interface WhoRow {
  accuserId: string;
  accuser: string;
  accusedId: string;
  accused: string;
  claims: number;
  firstDate: string | null;
  lastDate: string | null;
  evidence: string;
  /** Certainty of the evidence claim, null when it has none. */
  certainty: Certainty | null;
  claimId: string;
  documentId: string;
}
