// One compromise parse of a span of the document, turned into sentences of tokens with absolute
// offsets. Sentences never cross a line break: a line is a paragraph (or a headline, or a menu).
// compromise is lossless (pre + text + post of every term rebuilds its input), so offsets are a running sum.
import nlp from 'compromise';
import { readHeadlineVerbs } from './headline-verbs.js';
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

/** `softBreaks`: offsets of line breaks inside hard-wrapped paragraphs, which end no sentence. */
export function parseSpan(
  text: string,
  start: number,
  end: number,
  softBreaks: ReadonlySet<number> = new Set(),
): Sentence[] {
  const sentences: Sentence[] = [];
  for (const tokens of joinAtSoftBreaks(tokenize(text, start, end), softBreaks)) {
    for (const words of splitSentences(tokens, softBreaks)) {
      const part = readHeadlineVerbs(words);
      const first = part[0];
      const last = part[part.length - 1];
      if (first && last)
        sentences.push({ start: first.start, end: sentenceEnd(text, last), paragraph: -1, tokens: part });
    }
  }
  return sentences;
}

// compromise's sentences, as tokens with absolute offsets.
function tokenize(text: string, start: number, end: number): Token[][] {
  let offset = start;
  return nlp(text.slice(start, end)).document.map((terms) =>
    terms.map((term) => {
      offset += term.pre.length;
      const token: Token = {
        start: offset,
        end: offset + term.text.length,
        text: term.text,
        lower: foldApostrophes(term.text.toLowerCase()),
        tags: term.tags ?? new Set<string>(),
        post: term.post,
        pre: term.pre,
      };
      offset += term.text.length + term.post.length;
      return token;
    }),
  );
}

// compromise ends a sentence at every line break; a soft one (a hard-wrapped line) ends none unless
// the line ended with a full stop.
function joinAtSoftBreaks(parsed: Token[][], softBreaks: ReadonlySet<number>): Token[][] {
  if (!softBreaks.size) return parsed;
  const joined: Token[][] = [];
  for (const tokens of parsed) {
    const previous = joined[joined.length - 1];
    const last = previous?.[previous.length - 1];
    const first = tokens[0];
    const soft = last && first && softBreaks.has(lineBreakBetween(last, first)) && !/[.!?]/.test(last.post);
    if (soft) previous!.push(...tokens);
    else joined.push(tokens);
  }
  return joined;
}

// Where the line break between two tokens is (in the first one's trailing or the next one's leading space).
function lineBreakBetween(last: Token, first: Token): number {
  const inPost = last.post.indexOf('\n');
  return inPost >= 0 ? last.end + inPost : first.start - first.pre.length + first.pre.indexOf('\n');
}

// compromise keeps `...combined." He added` in one sentence, and a line without final punctuation
// runs on into the next line: both end a sentence here (unless the line was hard-wrapped).
function splitSentences(tokens: Token[], softBreaks: ReadonlySet<number>): Token[][] {
  const parts: Token[][] = [[]];
  tokens.forEach((t, i) => {
    parts[parts.length - 1]!.push(t);
    const next = tokens[i + 1];
    const lineBreak = t.post.includes('\n') && !softBreaks.has(t.end + t.post.indexOf('\n'));
    if (next && (lineBreak || (/[.!?]["”’']+\s+$/u.test(t.post) && /^\p{Lu}/u.test(next.text))))
      parts.push([]);
  });
  return parts;
}

// The sentence's evidence ends after its closing punctuation and quote marks, not after trailing spaces.
function sentenceEnd(text: string, last: Token): number {
  const trailing = /^[^\s]*/.exec(last.post)?.[0] ?? '';
  return Math.min(text.length, last.end + trailing.length);
}
