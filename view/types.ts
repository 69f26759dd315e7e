// What the viewer shows, as plain JSON: the server's API answers with these shapes and the
// self-contained HTML export computes the very same ones in the page. Browser-safe: no Node imports.
import type { ActorType, Certainty, ClaimKind } from '../core/types.js';

/** The kinds of actor-to-actor edge the viewer draws, one per claim kind. An admission edge runs from
 * the actor that claimed responsibility to the target it named; admissions naming no target have none. */
export type EdgeKind = 'accusation' | 'denial' | 'admission' | 'affiliation';
export const EDGE_KINDS: readonly EdgeKind[] = ['accusation', 'denial', 'admission', 'affiliation'];

/** Which claims count: edge kinds, a document-date range (YYYY-MM-DD, inclusive) and one document.
 * With a date bound set, claims from undated documents are left out. */
export interface ViewFilter {
  kinds?: EdgeKind[];
  since?: string;
  until?: string;
  document?: string;
  /** Only claims at least this certain (claims without a certainty drop out). */
  certainty?: Certainty;
}

export interface ActorRef {
  id: string;
  name: string;
}

export interface ViewActor extends ActorRef {
  type: ActorType;
  country: string | null;
  aliases: string[];
  /** Accusation claims naming this actor as the accused. */
  accusationsReceived: number;
  /** Accusation claims this actor made. */
  accusationsMade: number;
  /** Claims of any kind on the actor's edges, in either direction. */
  claims: number;
}

export interface ViewEdge {
  key: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** Claims behind the edge that pass the filter. */
  count: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ViewGraph {
  actors: ViewActor[];
  edges: ViewEdge[];
  /** Sizes of the whole graph, whatever the filter. */
  totals: { actors: number; edges: number; claims: number; documents: number };
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
  publisher: string | null;
  path: string;
  claims: number;
}

/** One neighbour in a profile: the edge to open, the actor at its other end, the claims behind the
 * edge that pass the filter (count and document dates) and the first of them as evidence. */
export interface ProfileLink {
  edgeKey: string;
  other: ActorRef;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The claim with the smallest id; `text` is untrusted document text. */
  evidence: { claimId: string; text: string };
  /** How many of the link's claims are at each certainty level (claims without one not counted). */
  certainties: Partial<Record<Certainty, number>>;
}

export interface ActorProfile {
  actor: ViewActor;
  memberOf: ProfileLink[];
  members: ProfileLink[];
  accusationsMade: ProfileLink[];
  accusationsReceived: ProfileLink[];
  denialsMade: ProfileLink[];
  denialsReceived: ProfileLink[];
  admissionsMade: ProfileLink[];
  admissionsReceived: ProfileLink[];
}

export interface Span {
  start: number;
  end: number;
}

export interface EvidenceClaim {
  id: string;
  kind: ClaimKind;
  predicate: string;
  act: string;
  rule: string;
  /** How sure the claimant is (hedge words in the evidence); null for claims stored without it. */
  certainty: Certainty | null;
  claimant: ActorRef | null;
  subject: ActorRef | null;
  object: ActorRef | null;
  /** The evidence sentence, untrusted document text: show it with textContent only. */
  text: string;
  /** Where actor names occur in `text`, sorted and non-overlapping. */
  marks: Span[];
  document: DocumentSummary;
  /** The claim in words: "Norland accused Veyland (of ..., against ...)". */
  heading: string;
}

export interface EdgeDetail {
  edge: ViewEdge;
  /** The edge in words: "Norland accused Veyland", "Veyland denied Norland's accusations". */
  heading: string;
  source: ActorRef;
  target: ActorRef;
  claims: EvidenceClaim[];
}

export interface SearchHit extends ActorRef {
  type: ActorType;
  /** The name or alias that matched. */
  matched: string;
}
