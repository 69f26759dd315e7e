// Splits a document body into paragraphs (lines), marking page chrome and transcript speaker labels.
// A speaker label ("Wang Lei:", "CCTV:") opens a turn that lasts until the next label.
import chrome from './chrome.json' with { type: 'json' };
import type { Span } from '../../core/types.js';

export interface Paragraph extends Span {
  /** true for navigation/buttons/language menus: no actors or claims come from these. */
  chrome: boolean;
  /** The label that opened the turn this paragraph belongs to, with its span; null outside transcripts. */
  speaker: (Span & { name: string }) | null;
  /** Where the prose starts (after the label, when the paragraph has one). */
  textStart: number;
  /** Offsets of the line breaks inside a hard-wrapped paragraph: they end no sentence. */
  softBreaks: number[];
}

const chromePhrases = new Set(chrome.phrases);
const languageNames = new Set(chrome.languageNames);
const BREADCRUMB = new RegExp(`\\s(?:${chrome.breadcrumbSeparators.join('|')})\\s`);
// A label is 1-5 capitalised words (initials, dots, hyphens, apostrophes allowed) then a colon.
const LABEL = /^([A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,4}):[ \t]+(?=\S)/u;
const LANGUAGE_MENU_SEPARATOR = /[\s|/·•]+/;
const FIRST_MENU_ITEM = /[^\s|/·•]+/;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

// Called on every line of every document, so each test first looks for what could make it true
// without splitting the line or listing its letters: most lines are prose of Latin letters.
export function isChromeLine(line: string): boolean {
  const bare = line
    .trim()
    .toLowerCase()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  if (!bare) return true;
  if (chromePhrases.has(bare)) return true;
  const breadcrumb = BREADCRUMB.exec(line);
  if (breadcrumb && chromePhrases.has(line.slice(0, breadcrumb.index).trim().toLowerCase())) return true;
  if (languageNames.has(FIRST_MENU_ITEM.exec(bare)?.[0] ?? '')) {
    const words = bare.split(LANGUAGE_MENU_SEPARATOR).filter(Boolean);
    if (words.length > 1 && words.every((w) => languageNames.has(w))) return true;
  }
  // A line mostly in another script: a language menu, or a passage in a language we do not read.
  if (!NON_LATIN_LETTER.test(bare)) return false;
  const letters = bare.match(LETTER)?.length ?? 0;
  const latin = bare.match(LATIN)?.length ?? 0;
  return letters > 0 && latin / letters < 0.5;
}

export function segment(text: string, bodyStart: number, bodyEnd = text.length): Paragraph[] {
  // One "Word:" line is a headline or a dateline; a transcript has several labels.
  const labelled = countLabels(text, bodyStart, bodyEnd) >= 2;
  const paragraphs: Paragraph[] = [];
  let speaker: Paragraph['speaker'] = null;
  let lineStart = bodyStart;
  while (lineStart < bodyEnd) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > bodyEnd) lineEnd = bodyEnd;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const label = labelled ? LABEL.exec(line) : null;
      let textStart = lineStart + (line.length - line.trimStart().length);
      if (label?.[1]) {
        speaker = { name: label[1], start: lineStart, end: lineStart + label[1].length };
        textStart = lineStart + label[0].length;
      }
      paragraphs.push({
        start: lineStart,
        end: lineEnd,
        chrome: isChromeLine(line),
        speaker,
        textStart,
        softBreaks: [],
      });
    }
    lineStart = lineEnd + 1;
  }
  return labelled ? paragraphs : joinWrappedLines(text, paragraphs);
}

// Wire copy is often hard-wrapped: a line break every ~65 characters inside sentences. A run of three or
// more adjacent lines of similar width, most of them ending without a full stop, is one paragraph whose
// inner line breaks are soft. Offsets still index the text as it is.
const WRAP_MIN = 40;
const WRAP_MAX = 90;
const WRAP_RUN = 3;
/** Wrapped lines but the last differ little in width. */
const WRAP_SPREAD = 20;

function joinWrappedLines(text: string, lines: Paragraph[]): Paragraph[] {
  const joined: Paragraph[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && continues(text, lines[j]!, lines[j + 1]!)) j++;
    const run = lines.slice(i, j + 1);
    // Wrapped prose breaks mid-sentence: most lines end with a lower-case word or a comma.
    const open = run.slice(0, -1).filter((l) => /[\p{Ll},]\s*$/u.test(text.slice(l.start, l.end))).length;
    const widths = run.slice(0, -1).map((l) => l.end - l.start);
    const even = Math.max(...widths) - Math.min(...widths) <= WRAP_SPREAD;
    if (run.length >= WRAP_RUN && even && open * 3 >= (run.length - 1) * 2) {
      joined.push({
        ...run[0]!,
        end: run[run.length - 1]!.end,
        softBreaks: run.slice(0, -1).map((l) => l.end),
      });
    } else joined.push(...run);
    i = j + 1;
  }
  return joined;
}

// The next line follows on the very next line, and this one is as wide as wrapped text is.
function continues(text: string, line: Paragraph, next: Paragraph): boolean {
  const width = line.end - line.start;
  return (
    next.start === line.end + 1 &&
    width >= WRAP_MIN &&
    width <= WRAP_MAX &&
    next.end - next.start <= WRAP_MAX &&
    !line.chrome &&
    !next.chrome &&
    !/^\s*$/.test(text.slice(next.start, next.end))
  );
}

function countLabels(text: string, bodyStart: number, bodyEnd: number): number {
  return text
    .slice(bodyStart, bodyEnd)
    .split('\n')
    .filter((line) => LABEL.test(line)).length;
}
