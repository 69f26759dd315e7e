// Where the quotations of a text are: from an opening mark to its closing mark. A quote that runs on
// over several paragraphs reopens each paragraph with an opening mark and closes once, at its end; a
// quote left open at a paragraph's end that the next paragraph does not reopen ends there.
import type { Paragraph } from '../document/segment.js';

export interface QuoteSpan {
  start: number;
  end: number;
  /** The paragraph the quote opens in. */
  paragraph: number;
  /** The quote opens its paragraph (no words before the mark). */
  opensParagraph: boolean;
}

const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';
const REOPENS = /^\s*["“«]/u;
/** Every mark above: the scan jumps from one to the next (lastIndex is set before each paragraph). */
const QUOTE_MARK = /["“”«»]/g;

export function quoteSpans(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: QuoteSpan | null = null;
  paragraphs.forEach((paragraph, p) => {
    const reopening = REOPENS.exec(text.slice(paragraph.textStart, paragraph.end));
    if (open && !reopening) {
      spans.push({ ...open, end: paragraphs[p - 1]!.end });
      open = null;
    }
    // The mark that reopens a running quote neither opens nor closes one.
    const from = paragraph.textStart + (open && reopening ? reopening[0].length : 0);
    QUOTE_MARK.lastIndex = from;
    for (let mark = QUOTE_MARK.exec(text); mark && mark.index < paragraph.end; mark = QUOTE_MARK.exec(text)) {
      const i = mark.index;
      const ch = mark[0];
      const opens = OPENING.has(ch) || (ch === STRAIGHT && !open);
      const closes = CLOSING.has(ch) || (ch === STRAIGHT && !!open);
      if (opens && !open) {
        const opensParagraph = text.slice(paragraph.textStart, i).trim() === '';
        open = { start: i, end: i, paragraph: p, opensParagraph };
      } else if (closes && open) {
        spans.push({ ...open, end: i + 1 });
        open = null;
      }
    }
  });
  if (open) spans.push({ ...(open as QuoteSpan), end: paragraphs.at(-1)!.end });
  return spans;
}
