// Document-wide passes over the claims the rules drafted: parent units, vetoes, sides, news outlets.
import type { Resolution } from '../actors/resolve.js';
import type { DocContext } from '../document/context.js';
import type { DraftClaim } from './draft-claim.js';
import type { Item } from './items.js';
import { isMedia } from './publisher.js';
import type { RuleTable } from './rule-types.js';
import { sameSide, type Sides } from './sides.js';

// "attacks by the TAO under the NSA": when the accused unit's parent organisation is named with it,
// the parent is accused too (analysts list both). A parent country is not: "US National Security
// Agency" does not make an accusation against the United States.
const PARENT_RULE = 'accusation.unit-parent';

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
      added.push({ ...accusation, subject: parent, rule: PARENT_RULE });
    }
  }
  return added;
}

// A sentence that rejects an accusation does not make it: rules with `unlessKinds`/`unlessWords` yield.
export function withoutVetoedRules(drafts: DraftClaim[], items: Item[][], table: RuleTable): DraftClaim[] {
  const rules = new Map(table.rules.map((r) => [r.id, r]));
  return drafts.filter((d) => {
    const rule = rules.get(d.rule);
    if (rule?.unlessKinds?.some((kind) => drafts.some((o) => o.sentence === d.sentence && o.kind === kind)))
      return false;
    const words = rule?.unlessWords ? table.lists.get(rule.unlessWords) : undefined;
    return !words || !items[d.sentence]!.some((i) => words.has(i.word));
  });
}

// Nobody accuses its own side: a ministry its country, a spokesperson their ministry.
export function withoutSameSideAccusations(drafts: DraftClaim[], sides: Sides): DraftClaim[] {
  return drafts.filter(
    (d) =>
      d.kind !== 'accusation' || !d.claimant || !d.subject || !sameSide(sides(d.claimant), sides(d.subject)),
  );
}

// A news outlet reports claims; it does not make them (unless it is itself the accuser, which the
// text then names in a claim of its own kind that this filter cannot tell apart: a known trade-off).
export function withoutMediaClaimants(
  drafts: DraftClaim[],
  resolution: Resolution,
  table: RuleTable,
  ctx: DocContext,
): DraftClaim[] {
  const media = new Set(
    resolution.actors.filter((a) => isMedia(a, ctx.lexicon, table.lists.get('mediaWords')!)).map((a) => a.id),
  );
  return drafts.filter((d) => d.kind === 'affiliation' || !d.claimant || !media.has(d.claimant));
}
