// Affiliations a single name states: "Chinese Foreign Ministry" and "US Cyber Command" belong to their
// country, "Chinese Embassy in Washington" to China. The country is read from the name itself.
// A claim pass written in code (declared in rules.json under `passes`, id below).
import type { DocContext } from '../document/context.js';
import { countryIdsByName, type Resolution } from '../actors/resolve.js';
import { affiliationDraft, type DraftClaim } from './draft-claim.js';
import { isStateBody } from '../actors/document-country.js';

export const QUALIFIED_NAME = 'affiliation.qualified-name';

export function qualifiedNameAffiliations(ctx: DocContext, resolution: Resolution): DraftClaim[] {
  const byId = new Map(resolution.actors.map((a) => [a.id, a]));
  const countryIds = countryIdsByName(resolution);
  const claims: DraftClaim[] = [];
  const done = new Set<string>();
  for (const m of resolution.mentions) {
    const actor = byId.get(m.actorId);
    if (
      !actor ||
      actor.type === 'country' ||
      actor.type === 'person' ||
      // Hacktivists take a nation's name for their cause ("Kestrian Cyber Army"); the name alone does
      // not make them that state's.
      actor.type === 'threat_group' ||
      m.via === 'demonym' ||
      done.has(actor.id)
    )
      continue;
    // The name itself ("Chinese Foreign Ministry"), or the qualifier the actor stage read beside it
    // ("Kestria's Foreign Ministry", "Ministry of Foreign Affairs of Arvenia").
    const country =
      qualifyingCountry(ctx, m.surface, isStateBody(ctx.lexicon, actor)) ??
      (m.qualifiedSurface
        ? (qualifyingCountry(ctx, m.qualifiedSurface, true) ?? m.country ?? undefined)
        : undefined);
    const countryId = country && countryIds.get(country);
    if (!countryId || countryId === actor.id) continue;
    const claim = affiliationDraft(ctx, m.sentence, actor.id, countryId, 'part of', QUALIFIED_NAME);
    if (!claim) continue;
    done.add(actor.id);
    claims.push(claim);
  }
  return claims;
}

// The country named by the first one or two words of a multi-word name ("Chinese Foreign Ministry"),
// or, for a body of a state, by the words after its last "of" ("Foreign Ministry of Georgia"; the
// "Times of Kestria" is a newspaper, not part of Kestria), if any.
function qualifyingCountry(ctx: DocContext, surface: string, stateBody: boolean): string | undefined {
  const words = surface.replace(/['’]s\b/u, '').split(/\s+/);
  if (words.length < 2) return undefined;
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const country = ctx.lexicon.country(words.slice(0, n).join(' '));
    if (country) return country.name;
  }
  const of = stateBody ? words.lastIndexOf('of') : -1;
  const tail = of > 0 ? words.slice(of + 1).join(' ') : '';
  return tail ? ctx.lexicon.country(tail.replace(/^the\s+/iu, ''))?.name : undefined;
}
