// How the graph model is laid out inside one graphology MultiDirectedGraph. Actors, claims and documents
// share the graph, so their node keys carry a label prefix: ids from different labels may collide.
//
// Edges: (Claim)-[:IN]->(Document) and the derived (Actor)-[:ACCUSED|DENIED|PART_OF]->(Actor). A claim's
// CLAIMED_BY / SUBJECT / OBJECT relationships are its `claimant` / `subject` / `object` attributes
// here (exports and Neo4j make them edges): graphology keeps one adjacency object per node, and a
// country named in 100k claims made inserting into its adjacency the bottleneck, worse than linear
// (measured: opening a store of 200k claims took 69 s, 29% of it attaching those edges).
import { MultiDirectedGraph } from 'graphology';
import type { ActorNode, ClaimNode, DerivedEdgeType, DocumentNode } from './model.js';

/** Actor plus how many stored documents mention it: an actor no document mentions any more is dropped. */
export interface ActorAttributes extends ActorNode {
  label: 'Actor';
  documentCount: number;
}

/** Claim plus its document's date, copied here so date filters need no document lookup. */
export interface ClaimAttributes extends ClaimNode {
  label: 'Claim';
  date: string | null;
}

/** Document plus the ids of the actors its extraction listed (to drop actors when it is replaced). */
export interface DocumentAttributes extends DocumentNode {
  label: 'Document';
  actorIds: string[];
}

export type NodeAttributes = ActorAttributes | ClaimAttributes | DocumentAttributes;

export interface ClaimEdgeAttributes {
  type: 'IN';
}

export interface DerivedEdgeAttributes {
  type: DerivedEdgeType;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The claims behind the edge, sorted by id (string order), so the first one is the claim whose
   * evidence is shown; held by reference so queries walk them without lookups. */
  claims: ClaimAttributes[];
}

export type EdgeAttributes = ClaimEdgeAttributes | DerivedEdgeAttributes;

export type ClaimGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createClaimGraph(): ClaimGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

export const actorKey = (id: string): string => `actor:${id}`;
export const claimKey = (id: string): string => `claim:${id}`;
export const documentKey = (id: string): string => `document:${id}`;

/** One derived edge per (type, source, target); JSON keeps ids with any characters apart. */
export const derivedEdgeKey = (type: DerivedEdgeType, source: string, target: string): string =>
  JSON.stringify([type, source, target]);

/** Visits every derived edge, in one pass over the graph's edge list (measured twice as fast as
 * walking each actor's adjacency, whose large key objects are enumerated anew on every walk). */
export function forEachDerivedEdge(
  graph: ClaimGraph,
  visit: (key: string, edge: DerivedEdgeAttributes, source: ActorAttributes, target: ActorAttributes) => void,
): void {
  graph.forEachEdge((key, edge, _s, _t, source, target) => {
    if (edge.type !== 'IN') visit(key, edge, source as ActorAttributes, target as ActorAttributes);
  });
}

/** The model's plain records, without the graph's own bookkeeping fields. */
export function toActorNode({ id, name, type, aliases, country }: ActorAttributes): ActorNode {
  return { id, name, type, aliases: [...aliases], country };
}

export function toClaimNode(claim: ClaimAttributes): ClaimNode {
  const {
    id,
    kind,
    predicate,
    act,
    text,
    start,
    end,
    rule,
    certainty,
    documentId,
    claimant,
    subject,
    object,
  } = claim;
  const node = { id, kind, predicate, act, text, start, end, rule, documentId, claimant, subject, object };
  return certainty === undefined ? node : { ...node, certainty };
}

export function toDocumentNode({
  id,
  path,
  title,
  url,
  date,
  publisher,
  sha256,
}: DocumentAttributes): DocumentNode {
  return { id, path, title, url, date, publisher, sha256 };
}
