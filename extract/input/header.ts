// The optional metadata header at the top of a document:
//
//   title: ...
//   url: ...
//   date: YYYY-MM-DD
//   publisher: ...
//   <blank line>
//
// Any subset of the keys, in any order, keys case-insensitive. A block that contains any other
// line, or is not closed by a blank line, is not a header: it is body text.

export type HeaderKey = 'title' | 'url' | 'date' | 'publisher';

export interface Header {
  /** Keys present in the block; an empty value is recorded as null. */
  fields: Partial<Record<HeaderKey, string | null>>;
  /** Offset just after the blank line that ends the block. */
  bodyStart: number;
}

const HEADER_LINE = /^(title|url|date|publisher)[ \t]*:(.*)$/i;
const LINE = /([^\r\n]*)(\r\n|\n|\r|$)/y;
const BOM = '\uFEFF';

/** Parses the header block at the start of `text`, or returns null when there is none. */
export function parseHeader(text: string): Header | null {
  const fields: Header['fields'] = {};
  let keys = 0;
  // A byte-order mark stays in the text (offsets index the file) but does not hide the header.
  LINE.lastIndex = text.startsWith(BOM) ? BOM.length : 0;
  while (LINE.lastIndex < text.length) {
    const line = LINE.exec(text);
    if (!line) return null;
    const [, content = '', ending = ''] = line;
    if (content.trim() === '')
      return keys > 0 && ending !== '' ? { fields, bodyStart: LINE.lastIndex } : null;
    const field = HEADER_LINE.exec(content);
    if (!field) return null;
    const key = field[1]!.toLowerCase() as HeaderKey;
    const value = field[2]!.trim();
    // The first occurrence of a key wins; a repeated key is still a header line.
    if (!(key in fields)) fields[key] = value === '' ? null : value;
    keys++;
  }
  return null;
}
