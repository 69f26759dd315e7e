// Everything the actor and claim stages need to know about one document, computed once.
import type { Lexicon } from '../lexicon/types.js';
import type { SourceDocument, Span } from '../../core/types.js';
import { parseSpan, type Sentence } from '../nlp/parse.js';
import { segment, type Paragraph } from './segment.js';

export interface DocContext {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  lexicon: Lexicon;
  /** The document's publisher, from its header, if known. */
  publisher: string | null;
}

// The body is parsed once (compromise's cost is mostly per call and per sentence); sentences are then
// given to their paragraphs, without speaker labels, and those of page chrome are dropped.
// `section` limits the context to part of the body (extractDocument cuts very long documents into
// sections); offsets stay those of the whole text.
export function buildContext(
  doc: SourceDocument,
  lexicon: Lexicon,
  section: Span = { start: doc.bodyStart, end: doc.text.length },
): DocContext {
  const paragraphs = segment(doc.text, section.start, section.end);
  const sentences: Sentence[] = [];
  let p = 0;
  const softBreaks = new Set(paragraphs.flatMap((p) => p.softBreaks));
  for (const sentence of parseSpan(doc.text, section.start, section.end, softBreaks)) {
    while (p < paragraphs.length && paragraphs[p]!.end <= sentence.start) p++;
    const paragraph = paragraphs[p];
    if (!paragraph || paragraph.chrome || sentence.start < paragraph.start) continue;
    const tokens = sentence.tokens.filter((t) => t.start >= paragraph.textStart);
    if (!tokens.length) continue;
    sentences.push({ ...sentence, start: Math.max(sentence.start, tokens[0]!.start), paragraph: p, tokens });
  }
  return { text: doc.text, paragraphs, sentences, lexicon, publisher: doc.meta.publisher };
}

/** Index of the sentence containing `offset`, or -1. Sentences are sorted and disjoint. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the token of sentence `s` that starts at or covers `offset`, or -1. */
export function tokenAt(s: Sentence, offset: number): number {
  return s.tokens.findIndex((t) => offset < t.end && offset >= t.start - t.pre.length);
}
