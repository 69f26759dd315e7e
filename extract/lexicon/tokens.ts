// One linear scan that cuts text into word tokens (maximal runs of letters/digits) and single punctuation
// tokens, skipping whitespace. Offsets index the original string, so matches slice it exactly. Typographic
// apostrophes, quotes and dashes are folded to ASCII so "China’s" and "China's" tokenise alike.

export class Token {
  constructor(
    private readonly folded: string,
    readonly start: number,
    readonly end: number,
    /** Folded lower-case text: what the trie is keyed by. */
    readonly lower: string,
    /** Whitespace precedes the token. Matching compares only this flag, so a run of spaces or a newline inside a
     * name equals a single space, while "U.S." never equals "U. S.". */
    readonly spaceBefore: boolean,
  ) {}

  /** Folded text with original case, for case-sensitive comparison; made on demand as few tokens need it. */
  get text(): string {
    return this.folded.slice(this.start, this.end);
  }
}

const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/u;

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return WORD_CHAR.test(text[i] as string);
}

function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE_CHAR.test(text[i] as string);
}

export function foldText(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLDED[ch] ?? ch);
}

export function tokenize(text: string): Token[] {
  const folded = foldText(text); // same length: every folding maps one UTF-16 unit to one
  // Lower-casing the whole text once is cheaper than per token, unless it changes lengths (rare: "İ").
  const lowered = folded.toLowerCase();
  const lowerOf =
    lowered.length === folded.length
      ? (i: number, end: number) => lowered.slice(i, end)
      : (i: number, end: number) => folded.slice(i, end).toLowerCase();
  const tokens: Token[] = [];
  const length = text.length;
  let spaceBefore = false;
  let i = 0;
  while (i < length) {
    if (isSpace(text, i)) {
      spaceBefore = true;
      i += 1;
      continue;
    }
    let end = i + 1;
    if (isWordChar(text, i)) {
      while (end < length && isWordChar(text, end)) end += 1;
    } else {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && end < length) end += 1; // keep an astral punctuation/emoji pair together
    }
    tokens.push(new Token(folded, i, end, lowerOf(i, end), spaceBefore));
    spaceBefore = false;
    i = end;
  }
  return tokens;
}
