// An evidence sentence with its actor names marked: plain text nodes and <mark> elements, nothing parsed as HTML.
import { segmentText } from '../../view/highlight.js';
import type { Span } from '../../view/types.js';
import { el } from './dom.js';

export function evidenceElement(text: string, marks: Span[]): HTMLElement {
  const quote = el('blockquote', { className: 'evidence' });
  for (const segment of segmentText(text, marks)) {
    quote.append(segment.marked ? el('mark', { text: segment.text }) : document.createTextNode(segment.text));
  }
  return quote;
}
