// Affiliations a single name states: "Chinese Foreign Ministry" and "US Cyber Command" belong to their
// country, "Chinese Embassy in Washington" to China. The country is read from the name itself.
import type { Claim } from '../../core/types.js';
import type { DocContext } from '../document/context.js';
import type { Resolution } from '../actors/resolve.js';

const RULE_ID = 'affiliation.qualified-name';

export function qualifiedNameAffiliations(ctx: DocContext, resolution: Resolution): Omit<Claim, 'id'>[] {
  const byId = new Map(resolution.actors.map((a) => [a.id, a]));
  const countryIds = new Map(
    resolution.actors.filter((a) => a.type === 'country').map((a) => [a.name, a.id]),
  );
  const claims: Omit<Claim, 'id'>[] = [];
  const done = new Set<string>();
  for (const m of resolution.mentions) {
    const actor = byId.get(m.actorId);
    if (
      !actor ||
      actor.type === 'country' ||
      actor.type === 'person' ||
      m.via === 'demonym' ||
      done.has(actor.id)
    )
      continue;
    const country = qualifyingCountry(ctx, m.surface);
    const countryId = country && countryIds.get(country);
    if (!countryId || countryId === actor.id) continue;
    const sentence = ctx.sentences[m.sentence];
    if (!sentence) continue;
    done.add(actor.id);
    claims.push({
      kind: 'affiliation',
      claimant: null,
      subject: actor.id,
      predicate: 'part of',
      object: countryId,
      act: 'part of',
      evidence: {
        start: sentence.start,
        end: sentence.end,
        text: ctx.text.slice(sentence.start, sentence.end),
      },
      rule: RULE_ID,
    });
  }
  return claims;
}

// The country named by the first one or two words of a multi-word name, if any.
function qualifyingCountry(ctx: DocContext, surface: string): string | undefined {
  const words = surface.replace(/['’]s\b/u, '').split(/\s+/);
  if (words.length < 2) return undefined;
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const country = ctx.lexicon.country(words.slice(0, n).join(' '));
    if (country) return country.name;
  }
  return undefined;
}
