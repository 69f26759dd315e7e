// A claim while the document passes still work on it: the sentence it came from and what the
// passes need, dropped when it becomes a Claim.
import type { Claim } from '../../core/types.js';
import type { DocContext } from '../document/context.js';

export interface DraftClaim extends Omit<Claim, 'id'> {
  sentence: number;
  /** Denials whose accuser is to be found among the document's accusations. */
  needsAccuser: boolean;
  /** Every actor the sentence names, in order. */
  sentenceActors: string[];
}

/** An affiliation a pass written in code finds: `subject` belongs to `object`, said in sentence `si`. */
export function affiliationDraft(
  ctx: DocContext,
  si: number,
  subject: string,
  object: string,
  predicate: string,
  rule: string,
): DraftClaim | null {
  const s = ctx.sentences[si];
  if (!s) return null;
  return {
    kind: 'affiliation',
    claimant: null,
    subject,
    predicate,
    object,
    act: predicate,
    evidence: { start: s.start, end: s.end, text: ctx.text.slice(s.start, s.end) },
    rule,
    sentence: si,
    needsAccuser: false,
    sentenceActors: [],
  };
}
