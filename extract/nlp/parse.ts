// One compromise parse of a span of the document, turned into sentences of tokens with absolute
// offsets. Sentences never cross a line break: a line is a paragraph (or a headline, or a menu).
// compromise is lossless (pre + text + post of every term rebuilds its input), so offsets are a running sum.
// Its cost grows faster than the length of a sentence, so the text is parsed in windows of whole
// lines, and a line longer than MAX_SENTENCE_CHARS (unpunctuated text, a run-on list) is cut into
// pieces parsed on their own: the cost stays linear in the length of the text whatever its punctuation.
import nlp from 'compromise';
import { readHeadlineVerbs } from './headline-verbs.js';
import { POST_TAGGER_HOOK } from './post-tagger.js';
import type { Span } from '../../core/types.js';
import type { Token } from './token.js';

// Token is declared on its own so headline-verbs.ts can use it without importing this module back.
export type { Token } from './token.js';

export interface Sentence extends Span {
  paragraph: number;
  tokens: Token[];
}

export const foldApostrophes = (s: string) => s.replace(/[’‘`´]/g, "'");

/** No sentence is longer than this; a longer line is cut at a sentence end or a space before it. */
export const MAX_SENTENCE_CHARS = 1000;
/** Whole lines are parsed together up to about this many characters per compromise call. */
const WINDOW_CHARS = 64 * 1024;

/** `softBreaks`: offsets of line breaks inside hard-wrapped paragraphs, which end no sentence. */
export function parseSpan(
  text: string,
  start: number,
  end: number,
  softBreaks: ReadonlySet<number> = new Set(),
): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [from, to] of parseWindows(text, start, end))
    for (const tokens of joinAtSoftBreaks(tokenize(text, from, to), softBreaks))
      for (const words of splitSentences(tokens, softBreaks)) {
        const part = readHeadlineVerbs(words);
        const first = part[0];
        const last = part[part.length - 1];
        if (first && last)
          sentences.push({ start: first.start, end: sentenceEnd(text, last), paragraph: -1, tokens: part });
      }
  return sentences;
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

// compromise's sentences, as tokens with absolute offsets.
// Scraped text loses the space after a full stop ("the incident.Ivo Marten, a consultant, said"): the
// stop is read as a line break, which ends the sentence and keeps every offset.
const GLUED_STOP = /(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu;
const unglueSentences = (s: string) => s.replace(GLUED_STOP, '\n');

// What `nlp(text)` does, less two hooks that set no tag and with a faster post-tagger: compromise's
// tokenizer (`fromString`, which also normalises every word) makes the terms of a new View, then
// compromise's own hooks run in its order but for `chunks`, which only groups tagged terms into
// phrases (term.chunk, which nothing here reads), and `id`, which gives every term a random unique id
// that only lets compromise re-find terms in a View after its document is edited (none is:
// contractions make their own ids); its `postTagger` is replaced by post-tagger.ts's, which tries the
// same rules in the same order. The tokens and tags are those of nlp(text) at about two thirds of its
// cost. (nlp.tokenize would run `alias`, `normal` and `machine` once more before the same
// hooks: words normalised twice for nothing.) compromise hands its View class only to a plugin's `api`.
const SKIPPED_HOOKS = new Set(['chunks', 'id']);
interface CompromiseInternals {
  methods: { one: { tokenize: { fromString(text: string, world: unknown): unknown } } };
}
type ParsedView = { compute(hooks: string[]): { document: TaggedTerm[][] } };
export type TaggedTerm = { text: string; pre: string; post: string; tags?: Set<string> };
let View!: new (document: unknown) => ParsedView;
nlp.plugin({
  api: (view: unknown) => {
    View = view as typeof View;
  },
});
const world = nlp.world() as CompromiseInternals;
const HOOKS = nlp
  .hooks()
  .filter((hook) => !SKIPPED_HOOKS.has(hook))
  .map((hook) => (hook === 'postTagger' ? POST_TAGGER_HOOK : hook));

/** compromise's sentences of tagged terms for `text`, as nlp(text) has them. */
export const tagText = (text: string): TaggedTerm[][] =>
  new View(world.methods.one.tokenize.fromString(text, world)).compute(HOOKS).document;

function tokenize(text: string, start: number, end: number): Token[][] {
  let offset = start;
  return tagText(unglueSentences(text.slice(start, end))).map((terms) =>
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
