// Literal names found as whole words: what `(?<![\p{L}\p{N}])(?:A|B)(?![\p{L}\p{N}])` finds, leftmost
// first and the first alternative that fits at each place, but with the alternatives searched first and
// the word boundaries tested after: a pattern that opens with a lookbehind is tried at every position of
// the text, which made these searches a visible share of extraction.
import type { Span } from './types.js';

export interface WholeWordPattern {
  /** The alternatives in one global pattern: where any of them may start. */
  any: RegExp;
  /** Each alternative alone, sticky, in the order they are preferred. */
  each: RegExp[];
}

export interface WholeWordOptions {
  /** A space in a literal matches any run of white space (a name wrapped across a line). */
  flexibleSpaces?: boolean;
  ignoreCase?: boolean;
}

/** `literals` in the order they are preferred (longest first, for the longest that fits). */
export function wholeWordPattern(literals: string[], options: WholeWordOptions = {}): WholeWordPattern {
  const sources = literals.map((literal) => {
    const escaped = literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return options.flexibleSpaces ? escaped.replace(/ /g, '\\s+') : escaped;
  });
  const flags = options.ignoreCase ? 'ui' : 'u';
  return {
    any: new RegExp(sources.join('|'), `g${flags}`),
    each: sources.map((source) => new RegExp(source, `y${flags}`)),
  };
}

export function wholeWordMatches(text: string, pattern: WholeWordPattern): (Span & { text: string })[] {
  const found: (Span & { text: string })[] = [];
  const { any, each } = pattern;
  any.lastIndex = 0;
  for (let hit = any.exec(text); hit; hit = any.exec(text)) {
    const at = hit.index;
    const match = endsWordAt(text, at) ? null : firstFitting(text, at, each);
    if (match) found.push({ start: at, end: at + match.length, text: match });
    any.lastIndex = match ? at + match.length : at + 1;
  }
  return found;
}

function firstFitting(text: string, at: number, each: RegExp[]): string | null {
  for (const alternative of each) {
    alternative.lastIndex = at;
    const m = alternative.exec(text);
    if (m && !isWordCharAt(text, at + m[0].length)) return m[0];
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordCharAt = (text: string, i: number) =>
  i >= 0 && i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
// Whether the code point that ends at i is a letter or digit (a low surrogate's pair starts a unit earlier).
const endsWordAt = (text: string, i: number) => {
  const unit = text.charCodeAt(i - 1);
  return isWordCharAt(text, unit >= 0xdc00 && unit <= 0xdfff ? i - 2 : i - 1);
};
