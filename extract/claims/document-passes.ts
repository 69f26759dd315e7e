// Document-wide filters over the claims the rules drafted: vetoes, sides, news outlets.
import type { Resolution } from '../actors/resolve.js';
import type { DocContext } from '../document/context.js';
import type { DraftClaim } from './rule-types.js';
import type { Item } from './items.js';
import { isMedia } from './publisher.js';
import type { RuleTable } from './rule-types.js';
import { sameSide, type Sides } from './sides.js';

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
