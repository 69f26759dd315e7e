// Where actor names occur in an evidence sentence, so the page can wrap them in <mark> elements.
import type { Span } from './types.js';

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Whole-word, case-insensitive occurrences of any term; longer terms win where they overlap. */
export function highlightSpans(text: string, terms: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const found: Span[] = [];
  const unique = [
    ...new Set(terms.map((term) => term.trim().toLowerCase()).filter((term) => term.length > 0)),
  ];
  for (const term of unique.sort((a, b) => b.length - a.length)) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      const span = { start: at, end: at + term.length };
      const wholeWord = !isWordChar(lower[span.start - 1]) && !isWordChar(lower[span.end]);
      const overlaps = found.some((other) => span.start < other.end && other.start < span.end);
      if (wholeWord && !overlaps) found.push(span);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface TextSegment {
  text: string;
  marked: boolean;
}

/** Cuts text into plain and marked pieces along sorted, non-overlapping spans. */
export function segmentText(text: string, spans: readonly Span[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
