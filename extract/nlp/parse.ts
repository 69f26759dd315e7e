// One compromise parse of a span of the document, turned into sentences of tokens with absolute
// offsets. Sentences never cross a line break: a line is a paragraph (or a headline, or a menu).
// compromise is lossless (pre + text + post of every term rebuilds its input), so offsets are a running sum.
// Its cost grows faster than the length of a sentence, so the text is parsed in windows of whole
// lines, and a line longer than MAX_SENTENCE_CHARS (unpunctuated text, a run-on list) is cut into
// pieces parsed on their own: the cost stays linear in the length of the text whatever its punctuation.
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

/** No sentence is longer than this; a longer line is cut at a sentence end or a space before it. */
export const MAX_SENTENCE_CHARS = 1000;
/** Whole lines are parsed together up to about this many characters per compromise call. */
const WINDOW_CHARS = 64 * 1024;

export function parseSpan(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [from, to] of parseWindows(text, start, end)) parseWindow(text, from, to, sentences);
  return sentences;
}

function parseWindow(text: string, start: number, end: number, sentences: Sentence[]): void {
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
}

/** [start, end) spans that together cover [start, end): runs of whole lines (each with its line
 * break) up to WINDOW_CHARS, and the pieces of any line longer than MAX_SENTENCE_CHARS. */
export function parseWindows(text: string, start: number, end: number): [number, number][] {
  const windows: [number, number][] = [];
  let windowStart = start;
  let lineStart = start;
  const flush = (upTo: number) => {
    if (upTo > windowStart) windows.push([windowStart, upTo]);
    windowStart = upTo;
  };
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= end ? end : newline + 1;
    if (lineEnd - lineStart > MAX_SENTENCE_CHARS) {
      flush(lineStart);
      for (let piece = lineStart; piece < lineEnd;) {
        const cut = cutPoint(text, piece, lineEnd);
        windows.push([piece, cut]);
        piece = cut;
      }
      windowStart = lineEnd;
    } else if (lineEnd - windowStart > WINDOW_CHARS) {
      flush(lineStart);
    }
    lineStart = lineEnd;
  }
  flush(end);
  return windows;
}

const SENTENCE_END = /[.!?]["”’')\]]*\s+/gu;
const SPACE = /\s+/gu;

/** Where the piece of a long line that starts at `from` ends: after the last sentence end in its
 * second half, else after its last space, else at the length limit (never inside a surrogate pair). */
function cutPoint(text: string, from: number, lineEnd: number): number {
  const limit = from + MAX_SENTENCE_CHARS;
  if (lineEnd <= limit) return lineEnd;
  const window = text.slice(from, limit);
  const after = (pattern: RegExp, minimum: number): number => {
    let last = -1;
    for (const match of window.matchAll(pattern))
      if (match.index + match[0].length >= minimum) last = match.index + match[0].length;
    return last;
  };
  const sentenceEnd = after(SENTENCE_END, MAX_SENTENCE_CHARS / 2);
  if (sentenceEnd > 0 && sentenceEnd < window.length) return from + sentenceEnd;
  const space = after(SPACE, 1);
  if (space > 0 && space < window.length) return from + space;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
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
