// A claim pass written in code (declared in rules.json under `passes`, id below).
//
// A national body named in the same sentence as its own country ("The NSA said the United States ...",
// "Norland's grid was hit, the NCSC said") belongs to it. Which country a body serves is the lexicon's
// knowledge; the sentence only has to put the two together. A unit the lexicon files under another
// body (a directorate of a ministry) belongs to that body, not straight to the country, so it is left
// to the frames that name its parent. Runs after the frames: it adds only pairs they left open.
import type { DocContext } from '../document/context.js';
import { countryIdsByName, type Resolution } from '../actors/resolve.js';
import { affiliationDraft, type DraftClaim } from './draft-claim.js';
import { STATE_BODY_CATEGORIES } from '../lexicon/types.js';

export const NATIONAL_BODY = 'affiliation.national-body';

export function nationalBodyAffiliations(
  drafts: DraftClaim[],
  ctx: DocContext,
  resolution: Resolution,
): DraftClaim[] {
  const countryIds = countryIdsByName(resolution);
  const done = new Set(drafts.filter((d) => d.kind === 'affiliation').map((d) => `${d.subject}>${d.object}`));
  const namedIn = new Set(resolution.mentions.map((m) => `${m.actorId}@${m.sentence}`));
  const claims: DraftClaim[] = [];
  for (const m of resolution.mentions) {
    const entry = ctx.lexicon.byId(m.actorId);
    if (!entry?.country || !STATE_BODY_CATEGORIES.has(entry.category)) continue;
    if (entry.parent && ctx.lexicon.byId(entry.parent)?.type !== 'country') continue;
    const countryId = countryIds.get(entry.country);
    const pair = `${m.actorId}>${countryId}`;
    if (!countryId || done.has(pair) || !namedIn.has(`${countryId}@${m.sentence}`)) continue;
    const claim = affiliationDraft(ctx, m.sentence, m.actorId, countryId, 'part of', NATIONAL_BODY);
    if (!claim) continue;
    done.add(pair);
    claims.push(claim);
  }
  return claims;
}
