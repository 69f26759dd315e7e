// The shared data contract: every pipeline stage and both graph backends speak these types.
// The JSON Lines output (`claimgraph extract --format jsonl`) is exactly `Extraction`, one per line.

export type ActorType = 'person' | 'organization' | 'country' | 'threat_group';
export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'country', 'threat_group'];

export type ClaimKind = 'accusation' | 'denial' | 'admission' | 'affiliation';
export const CLAIM_KINDS: readonly ClaimKind[] = ['accusation', 'denial', 'admission', 'affiliation'];

/** Metadata of one input document; `sha256` is of the bytes as read from disk. */
export interface DocumentMeta {
  id: string;
  path: string;
  title: string | null;
  url: string | null;
  date: string | null; // YYYY-MM-DD when known
  /** Where `date` was read: `from` is `header` or the text cue that found it (date-cues.json),
   * `start`/`end` the span in the document text. Extractions written before it was added lack it. */
  dateSource?: DateSource | null;
  publisher: string | null;
  sha256: string;
}

export interface DateSource extends Span {
  from: string;
}

/** A document ready for extraction. `text` is the whole file as read (HTML already turned into
 * visible text); every offset in the output indexes into it. `bodyStart` is where the text after
 * the optional header block begins. */
export interface SourceDocument {
  meta: DocumentMeta;
  text: string;
  bodyStart: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  country: string | null;
  mentions: Span[];
}

/** How sure the claimant is, from hedge words in the evidence (extract/certainty/cues.json), on an
 * ordinal scale from most hedged to unhedged: `low` (may, suspected, alleged, is believed to),
 * `moderate` (likely, probably, with moderate confidence), `high` (with high confidence, almost
 * certainly), `asserted` (stated without a hedge). */
export type Certainty = 'low' | 'moderate' | 'high' | 'asserted';
/** The certainty levels in ascending order. */
export const CERTAINTY_LEVELS: readonly Certainty[] = ['low', 'moderate', 'high', 'asserted'];

export interface Evidence extends Span {
  text: string;
}

/** Roles by kind: accusation claimant=accuser subject=accused object=target;
 * denial claimant=denier object=rejected accuser; admission claimant=admitter object=target;
 * affiliation subject=member object=parent. `rule` is the id of the rule that produced it. */
export interface Claim {
  id: string;
  kind: ClaimKind;
  claimant: string | null;
  subject: string | null;
  predicate: string;
  object: string | null;
  act: string;
  evidence: Evidence;
  rule: string;
  /** Missing in extractions written before certainty was added; the scorer ignores it. */
  certainty?: Certainty;
}

export interface Extraction {
  document: DocumentMeta;
  actors: Actor[];
  claims: Claim[];
}
