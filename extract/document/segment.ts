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
}

const chromePhrases = new Set(chrome.phrases);
const languageNames = new Set(chrome.languageNames);
// A label is 1-5 capitalised words (initials, dots, hyphens, apostrophes allowed) then a colon.
const LABEL = /^([A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,4}):[ \t]+(?=\S)/u;
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

export function isChromeLine(line: string): boolean {
  const bare = line
    .trim()
    .toLowerCase()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  if (!bare) return true;
  if (chromePhrases.has(bare)) return true;
  const words = bare.split(/[\s|/·•]+/).filter(Boolean);
  if (words.length > 1 && words.every((w) => languageNames.has(w))) return true;
  const letters = bare.match(LETTER)?.length ?? 0;
  const latin = bare.match(LATIN)?.length ?? 0;
  return letters > 0 && latin / letters < 0.5;
}

export function segment(text: string, bodyStart: number): Paragraph[] {
  // One "Word:" line is a headline or a dateline; a transcript has several labels.
  const labelled = countLabels(text, bodyStart) >= 2;
  const paragraphs: Paragraph[] = [];
  let speaker: Paragraph['speaker'] = null;
  let lineStart = bodyStart;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const label = labelled ? LABEL.exec(line) : null;
      let textStart = lineStart + (line.length - line.trimStart().length);
      if (label?.[1]) {
        speaker = { name: label[1], start: lineStart, end: lineStart + label[1].length };
        textStart = lineStart + label[0].length;
      }
      paragraphs.push({ start: lineStart, end: lineEnd, chrome: isChromeLine(line), speaker, textStart });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

function countLabels(text: string, bodyStart: number): number {
  return text
    .slice(bodyStart)
    .split('\n')
    .filter((line) => LABEL.test(line)).length;
}
