// The document's own publisher, named in its text ("In a statement provided to Norpix Daily, ...",
// "Veyland Daily Staff" under the headline): an organisation, even in page chrome. The header gives the
// name and, in brackets, the short form the outlet uses for itself ("Bangladesh Pratidin (Bd-pratidin
// English)"); a bracketed country ("The Nation (Nigeria)") or a web address is neither.
import type { DocContext } from '../document/context.js';
import { newMention, overlaps, type Mention } from './mention.js';
import { jobTitles } from './name-words.js';
import { wholeWordMatches, wholeWordPattern } from '../../core/whole-words.js';

// Capitalised words (initials, hyphens, digits inside), no sentence or address punctuation.
const NAME = /^\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&-]*|\s+(?:of|the|and|for)){0,5}$/u;

export function findPublisher(ctx: DocContext, taken: Mention[]): Mention[] {
  const forms = publisherForms(ctx);
  if (!forms) return [];
  const pattern = wholeWordPattern(forms.surfaces);
  const found: Mention[] = [];
  for (const p of ctx.paragraphs)
    for (const hit of wholeWordMatches(ctx.text.slice(p.textStart, p.end), pattern)) {
      const span = { start: p.textStart + hit.start, end: p.textStart + hit.end };
      if (taken.some((t) => overlaps(t, span)) || found.some((t) => overlaps(t, span))) continue;
      // Every form is the one outlet, under the name the header gives first.
      found.push({
        ...newMention(ctx, span.start, span.end, 'organization', 'organization'),
        name: forms.name,
      });
    }
  return found;
}

/** "Q Costa Rica (QCOSTARICA), relaying ..." -> name "Q Costa Rica", surfaces longest first. */
export function publisherForms(ctx: DocContext): { name: string; surfaces: string[] } | null {
  const publisher = ctx.publisher?.trim();
  if (!publisher) return null;
  const main = publisher.split(/\s*[(,]/)[0]!;
  const bracketed = [...publisher.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!.trim());
  const surfaces = [main, ...bracketed].filter(
    (form) =>
      form.length >= 3 &&
      NAME.test(form) &&
      !jobTitles.has(form.split(/\s+/)[0]!.toLowerCase()) &&
      !ctx.lexicon.country(form),
  );
  if (!surfaces.length) return null;
  return { name: surfaces[0]!, surfaces: surfaces.sort((a, b) => b.length - a.length) };
}
