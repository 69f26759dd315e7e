// One compromise parse of a span of the document, turned into sentences of tokens with absolute
// offsets. Sentences never cross a line break: a line is a paragraph (or a headline, or a menu).
// compromise is lossless (pre + text + post of every term rebuilds its input), so offsets are a running sum.
import nlp from 'compromise';
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

export interface Sentence extends Span {
  paragraph: number;
  tokens: Token[];
}

export const foldApostrophes = (s: string) => s.replace(/[’‘`´]/g, "'");

export function parseSpan(text: string, start: number, end: number): Sentence[] {
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
    for (const part of splitSentences(tokens)) {
      const first = part[0];
      const last = part[part.length - 1];
      if (first && last)
        sentences.push({ start: first.start, end: sentenceEnd(text, last), paragraph: -1, tokens: part });
    }
  }
  return sentences;
}

// compromise keeps `...combined." He added` in one sentence, and a line without final punctuation
// runs on into the next line: both end a sentence here.
function splitSentences(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  tokens.forEach((t, i) => {
    parts[parts.length - 1]!.push(t);
    const next = tokens[i + 1];
    if (next && (t.post.includes('\n') || (/[.!?]["”’']+\s+$/u.test(t.post) && /^\p{Lu}/u.test(next.text))))
      parts.push([]);
  });
  return parts;
}

// The sentence's evidence ends after its closing punctuation and quote marks, not after trailing spaces.
function sentenceEnd(text: string, last: Token): number {
  const trailing = /^[^\s]*/.exec(last.post)?.[0] ?? '';
  return Math.min(text.length, last.end + trailing.length);
}
