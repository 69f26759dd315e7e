// Bylines, photo credits and source lines name people and organisations in a fixed shape: "By Ana
// Dumbadze", "Written by Ivo Marten, Contributor", "(Credit: Pell Dray/Norpix)", "Source: Pell Dray via
// Brightwall Images", "Source: Veyland Daily". The words "By", "Credit:" are never part of the name.
import type { ActorType } from '../../core/types.js';
import type { DocContext } from '../document/context.js';
import { sentenceAt } from '../document/context.js';
import { overlaps, type Mention } from './mention.js';
import { creditWords, orgHeads } from './name-words.js';

// A byline opens its line; a credit may sit in brackets inside a caption.
const BYLINE = new RegExp(`^\\s*(?:${creditWords.byline.join('|')})\\s+(.{3,120})$`, 'iu');
const CREDIT = new RegExp(
  `(?:^|\\()\\s*(?:${creditWords.credit.join('|')})\\s*:\\s*([^()\\n]{2,120})`,
  'giu',
);
const PART_SEPARATOR = /\s*(?:\/|,|;|\||•|\bvia\b|\band\b)\s*/u;
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

export function findCredits(ctx: DocContext, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const p of ctx.paragraphs) {
    const line = ctx.text.slice(p.textStart, p.end);
    const byline = BYLINE.exec(line);
    if (byline)
      addParts(ctx, p.textStart + byline.index + byline[0].length - byline[1]!.length, byline[1]!, 'byline');
    for (const credit of line.matchAll(CREDIT)) {
      const start = p.textStart + credit.index + credit[0].length - credit[1]!.length;
      addParts(ctx, start, credit[1]!, 'credit');
    }
  }
  return found;

  function addParts(ctx: DocContext, start: number, text: string, kind: 'byline' | 'credit'): void {
    const parts: { start: number; surface: string }[] = [];
    let offset = 0;
    for (const piece of text.split(PART_SEPARATOR)) {
      const at = text.indexOf(piece, offset);
      offset = at + piece.length;
      const surface = withoutRoleWords(piece.trim());
      if (surface && NAME.test(surface)) parts.push({ start: start + at + piece.indexOf(surface), surface });
    }
    parts.forEach((part, k) => {
      const span = { start: part.start, end: part.start + part.surface.length };
      if ([...taken, ...found].some((m) => overlaps(m, span))) return;
      found.push({
        ...span,
        surface: part.surface,
        source: 'organization',
        type: partType(part.surface, kind, k === parts.length - 1),
        entryIds: [],
        via: 'new',
        sentence: sentenceAt(ctx.sentences, span.start),
      });
    });
  }
}

// A byline names people; a credit names its photographer or author first and the agency last. Words
// of an organisation, or a single word, make an organisation anywhere.
function partType(surface: string, kind: 'byline' | 'credit', last: boolean): ActorType {
  const words = surface.split(/\s+/);
  if (words.length === 1 || words.length > 3 || words.some((w) => orgHeads.has(w))) return 'organization';
  return kind === 'credit' && last ? 'organization' : 'person';
}

// "Ivo Marten, Contributor" / "Dark Reading Staff": the role is no part of the name.
const withoutRoleWords = (s: string) =>
  s
    .split(/\s+/)
    .filter((w) => !creditWords.roles.includes(w.toLowerCase()))
    .join(' ')
    .replace(/[.:]+$/, '');
