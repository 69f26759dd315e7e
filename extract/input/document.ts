// One file's bytes -> a SourceDocument. Pure: the I/O lives in read-documents.ts.
import { createHash } from 'node:crypto';
import type { DocumentMeta, SourceDocument } from '../../core/types.js';
import { normaliseDate } from './date.js';
import { decodeText } from './decode.js';
import type { InputFormat } from './formats.js';
import { parseHeader } from './header.js';
import { htmlTitle, htmlToVisibleText } from './html.js';
import { InputError } from './input-error.js';
import { dateFromText, type DateFound } from './text-date.js';

const FIRST_NON_EMPTY_LINE = /^[ \t]*(\S[^\r\n]*)/m;
const MARKDOWN_HEADING_MARK = /^#{1,6}\s+/;

/** Builds the document; throws InputError when the bytes are not a usable text document. A PDF's
 * text is extracted beforehand (pdf.ts, asynchronous) and passed as `pdfText`. */
export function buildDocument(
  path: string,
  bytes: Uint8Array,
  format: InputFormat,
  pdfText?: string,
): SourceDocument {
  if (format === 'pdf' && pdfText === undefined) throw new InputError('PDF text was not extracted');
  const raw = format === 'pdf' ? pdfText! : decodeText(bytes);
  const header = parseHeader(raw);
  const bodyStart = header?.bodyStart ?? 0;
  // The header stays as written; only the body of an HTML file is converted, so bodyStart holds.
  const body = format === 'html' ? htmlToVisibleText(raw.slice(bodyStart)) : raw.slice(bodyStart);
  if (body.trim() === '' && format === 'html') throw new InputError('HTML page without visible text');
  const text = raw.slice(0, bodyStart) + body;
  const fields = header?.fields ?? {};
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const url = fields.url ?? null;
  const dated = headerDate(text.slice(0, bodyStart), fields.date) ?? dateFromText(text, bodyStart, url);
  const meta: DocumentMeta = {
    id: sha256.slice(0, 16),
    path,
    title: 'title' in fields ? (fields.title ?? null) : fallbackTitle(raw.slice(bodyStart), body, format),
    url,
    date: dated?.date ?? null,
    dateSource: dated === null ? null : { from: dated.source, start: dated.start, end: dated.end },
    publisher: fields.publisher ?? null,
    sha256,
  };
  return { meta, text, bodyStart };
}

function fallbackTitle(rawBody: string, body: string, format: InputFormat): string | null {
  const pageTitle = format === 'html' ? htmlTitle(rawBody) : null;
  const firstLine = FIRST_NON_EMPTY_LINE.exec(body)?.[1]?.trim().replace(MARKDOWN_HEADING_MARK, '');
  return pageTitle ?? (firstLine || null);
}

const HEADER_DATE_VALUE = /^date[ \t]*:[ \t]*(\S(?:.*\S)?)/dim;

/** The header's date when it names a real day, with the span of its value in the header. */
function headerDate(header: string, value: string | null | undefined): DateFound | null {
  const date = value ? normaliseDate(value) : null;
  const span = HEADER_DATE_VALUE.exec(header)?.indices?.[1];
  if (date === null || span === undefined) return null;
  return { date, source: 'header', start: span[0], end: span[1] };
}
