// One compromise parse per paragraph, turned into sentences of tokens with absolute offsets.
// compromise is lossless (pre + text + post of every term rebuilds its input), so offsets are a running sum.
import nlp from 'compromise';
import type { Span } from '../../src/types.js';

export interface Token extends Span {
  text: string;
  /** lower case, curly apostrophes folded */
  lower: string;
  tags: ReadonlySet<string>;
  /** punctuation after the token ("," "." "”") — clause boundaries for the claim rules */
  post: string;
  pre: string;
}

export interface Sentence extends Span {
  paragraph: number;
  tokens: Token[];
}

export const foldApostrophes = (s: string) => s.replace(/[’‘`´]/g, "'");

export function parseParagraph(text: string, start: number, end: number, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = start;
  for (const terms of nlp(text.slice(start, end)).document) {
    const tokens: Token[] = [];
    for (const term of terms) {
      offset += term.pre.length;
      tokens.push({
        start: offset,
        end: offset + term.text.length,
        text: term.text,
        lower: foldApostrophes(term.text.toLowerCase()),
        tags: term.tags ?? new Set<string>(),
        post: term.post,
        pre: term.pre,
      });
      offset += term.text.length + term.post.length;
    }
    for (const part of splitAfterClosingQuotes(tokens)) {
      const first = part[0];
      const last = part[part.length - 1];
      if (first && last) sentences.push({ start: first.start, end: sentenceEnd(text, last), paragraph, tokens: part });
    }
  }
  return sentences;
}

// compromise keeps `...combined." He added` in one sentence; a full stop inside closing quotes
// followed by a capitalised word ends a sentence.
function splitAfterClosingQuotes(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  tokens.forEach((t, i) => {
    parts[parts.length - 1]!.push(t);
    const next = tokens[i + 1];
    if (next && /[.!?]["”’']+\s+$/u.test(t.post) && /^\p{Lu}/u.test(next.text)) parts.push([]);
  });
  return parts;
}

// The sentence's evidence ends after its closing punctuation and quote marks, not after trailing spaces.
function sentenceEnd(text: string, last: Token): number {
  const trailing = /^[^\s]*/.exec(last.post)?.[0] ?? '';
  return Math.min(text.length, last.end + trailing.length);
}
