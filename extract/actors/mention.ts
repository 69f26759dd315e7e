// An actor mention: a span of the document that names an actor, before mentions are merged into actors.
import type { ActorType, Span } from '../../core/types.js';
import { sentenceAt, type DocContext } from '../document/context.js';

export type MentionSource = 'lexicon' | 'organization' | 'person' | 'acronym' | 'speaker';

export interface Mention extends Span {
  surface: string;
  source: MentionSource;
  type: ActorType;
  /** Lexicon entries this surface may mean (several for ambiguous short forms); empty for new names. */
  entryIds: string[];
  /** How a lexicon country was named: a demonym ("Chinese") or capital ("Beijing") is a weaker mention. */
  via: 'name' | 'alias' | 'capital' | 'demonym' | 'government' | 'new';
  /** "Russia-based", "China-linked", "working out of Germany": the country's own name as a place or a
   * sponsor. It speaks for nobody (read as adjectival by the claim stage) but still makes the country
   * an actor of the document. */
  namesPlace?: boolean;
  /** Index of the sentence the mention is in. */
  sentence: number;
  /** For a body the lexicon does not hold: its full name ("Ministry of Foreign Affairs of Arvenia"). */
  name?: string;
  /** For a body the lexicon does not hold: how the text names it with its qualifier ("Dutch Ministry of Defense"). */
  qualifiedSurface?: string;
  /** For a body the lexicon does not hold: its country, when the text says it (null: it says none). */
  country?: string | null;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** A mention of a name the lexicon does not hold, at [start, end) of the text, found by `source`. */
export const newMention = (
  ctx: DocContext,
  start: number,
  end: number,
  source: MentionSource,
  type: ActorType,
  sentence = sentenceAt(ctx.sentences, start),
): Mention => ({
  start,
  end,
  surface: ctx.text.slice(start, end),
  source,
  type,
  entryIds: [],
  via: 'new',
  sentence,
});
