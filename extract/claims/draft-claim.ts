// A claim while the document passes still work on it: the sentence it came from and what the
// passes need, dropped when it becomes a Claim.
import type { Claim } from '../../core/types.js';

export interface DraftClaim extends Omit<Claim, 'id'> {
  sentence: number;
  /** Denials whose accuser is to be found among the document's accusations. */
  needsAccuser: boolean;
  /** Every actor the sentence names, in order. */
  sentenceActors: string[];
}
