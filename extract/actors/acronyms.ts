// Acronym definitions, both ways: "Office of Tailored Access Operations (TAO)" and "TAO (Office of
// Tailored Access Operations)". Each definition ties the two spellings to one actor for the whole document.
import type { DocContext } from '../document/context.js';
import { newMention, overlaps, type Mention } from './mention.js';

export interface AcronymLink {
  acronym: Mention;
  longForm: Mention;
}

const ACRONYM = /^[A-Z][A-Z0-9&/.-]*[A-Z0-9]$/;
const PARENTHESIS = /^\s*\(([^()\n]{2,90})\)/;
const ACRONYM_BEFORE = /\b([A-Z][A-Z0-9&/.-]*[A-Z0-9])\s*\($/;

export const isAcronym = (s: string) =>
  ACRONYM.test(s) && s.replace(/[^A-Z]/g, '').length >= 2 && s.length <= 14;

/** Finds definitions next to known mentions; returns new mentions for the spellings inside brackets. */
export function findAcronymDefinitions(
  ctx: DocContext,
  mentions: Mention[],
): { links: AcronymLink[]; added: Mention[] } {
  const links: AcronymLink[] = [];
  const added: Mention[] = [];
  const at = new Map(mentions.map((m) => [m.start, m]));
  for (const m of mentions) {
    const unknown = unknownAcronymBefore(ctx, m, at);
    if (unknown) {
      links.push({ acronym: unknown, longForm: m });
      added.push(unknown);
      continue;
    }
    const inner = PARENTHESIS.exec(ctx.text.slice(m.end, m.end + 100));
    if (!inner?.[1]) continue;
    const start = m.end + inner[0].indexOf('(') + 1;
    const surface = inner[1].trim();
    const existing = at.get(start);
    const bracketed: Mention = existing ?? newMention(ctx, start, start + surface.length, 'acronym', m.type);
    if (isAcronym(surface) && !isAcronym(m.surface)) links.push({ acronym: bracketed, longForm: m });
    else if (isAcronym(m.surface) && /\s/.test(surface) && /^\p{Lu}/u.test(surface))
      links.push({ acronym: m, longForm: bracketed });
    else continue;
    if (!existing) added.push(bracketed);
  }
  return { links, added };
}

/** "KCERT (Kestovia Computer Emergency Response Team)": an acronym no finder knew, right before the
 * bracketed long form of a name it abbreviates (same first letter). */
function unknownAcronymBefore(ctx: DocContext, m: Mention, at: ReadonlyMap<number, Mention>): Mention | null {
  if (!/\s/.test(m.surface) || !/^\s*\)/.test(ctx.text.slice(m.end, m.end + 3))) return null;
  const before = ACRONYM_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 20), m.start));
  const surface = before?.[1];
  if (!surface || !isAcronym(surface) || surface[0] !== m.surface[0]) return null;
  const start = m.start - before[0].length;
  return at.has(start) ? null : newMention(ctx, start, start + surface.length, 'acronym', m.type);
}

/** Later bare uses of a defined acronym ("TAO said") that no other finder caught. */
export function findAcronymUses(ctx: DocContext, acronyms: string[], taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  const wanted = new Set(acronyms);
  ctx.sentences.forEach((s, si) => {
    for (const t of s.tokens) {
      const bare = t.text.replace(/['’]s$/u, '').replace(/^[("“]+|[)"”,.]+$/g, '');
      if (!wanted.has(bare)) continue;
      const start = t.start + t.text.indexOf(bare);
      // A use that overlaps a known mention ("GRU" inside "GU/GRU") is that mention's.
      if (taken.some((m) => overlaps(m, { start, end: start + bare.length }))) continue;
      found.push(newMention(ctx, start, start + bare.length, 'acronym', 'organization', si));
    }
  });
  return found;
}
