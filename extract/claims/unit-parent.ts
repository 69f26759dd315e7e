// A claim pass written in code (declared in rules.json under `passes`, id below).
import type { Resolution } from '../actors/resolve.js';
import type { DraftClaim } from './draft-claim.js';

export const UNIT_PARENT = 'accusation.unit-parent';

// "attacks by the TAO under the NSA": when the accused unit's parent organisation is named with it,
// the parent is accused too (analysts list both). A parent country is not: "US National Security
// Agency" does not make an accusation against the United States.
export function parentAccusations(drafts: DraftClaim[], resolution: Resolution): DraftClaim[] {
  const types = new Map(resolution.actors.map((a) => [a.id, a.type]));
  const added: DraftClaim[] = [];
  for (const accusation of drafts) {
    if (accusation.kind !== 'accusation' || !accusation.subject) continue;
    for (const affiliation of drafts) {
      const parent = affiliation.object;
      if (
        affiliation.kind !== 'affiliation' ||
        affiliation.sentence !== accusation.sentence ||
        affiliation.subject !== accusation.subject
      )
        continue;
      if (!parent || types.get(parent) !== 'organization' || parent === accusation.claimant) continue;
      if (
        drafts.some(
          (d) =>
            d.kind === 'accusation' &&
            d.claimant === accusation.claimant &&
            d.subject === parent &&
            d.sentence === accusation.sentence,
        )
      )
        continue;
      added.push({ ...accusation, subject: parent, rule: UNIT_PARENT });
    }
  }
  return added;
}
