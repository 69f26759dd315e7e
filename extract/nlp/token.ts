// One word or punctuation mark of a parsed sentence, with its offsets in the document text.
import type { Span } from '../../core/types.js';

export interface Token extends Span {
  text: string;
  /** lower case, curly apostrophes folded */
  lower: string;
  tags: ReadonlySet<string>;
  /** punctuation after the token ("," "." "”") — clause boundaries for the claim rules */
  post: string;
  pre: string;
}
