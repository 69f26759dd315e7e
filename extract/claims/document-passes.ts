// Document-wide filters over the claims the rules drafted: vetoes, sides, news outlets.
import type { Resolution } from '../actors/resolve.js';
import type { Actor } from '../../core/types.js';
import type { DocContext } from '../document/context.js';
import type { DraftClaim } from './draft-claim.js';
import type { Item } from './items.js';
import { isMedia, isOwnPublisher } from './publisher.js';
import type { RuleTable } from './rule-types.js';
import { sameSide, type Sides } from './sides.js';

// A sentence that rejects an accusation does not make it: rules with `unlessKinds`/`unlessWords` yield.
export function withoutVetoedRules(drafts: DraftClaim[], items: Item[][], table: RuleTable): DraftClaim[] {
  const rules = new Map(table.rules.map((r) => [r.id, r]));
  return drafts.filter((d) => {
    const rule = rules.get(d.rule);
    const others = (kind: string) =>
      drafts.some((o) => o.sentence === d.sentence && o.kind === kind && o.rule !== d.rule);
    if (rule?.unlessKinds?.some(others)) return false;
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

// A news outlet reports claims; it does not make them, unless it is the subject of the reporting verb
// in a sentence that quotes nobody else: "NTV claimed the outage was caused by Veyland" is NTV's own
// finding, "Reuters reported that officials said ..." is not.
export function withoutMediaClaimants(
  drafts: DraftClaim[],
  items: Item[][],
  media: ReadonlySet<string>,
  table: RuleTable,
): DraftClaim[] {
  const rules = new Map(table.rules.map((r) => [r.id, r]));
  const report = table.lists.get('report')!;
  const according = table.lists.get('according')!;
  const ownFinding = (d: DraftClaim) =>
    d.kind === 'accusation' &&
    (rules.get(d.rule)?.claimant?.[0] ?? '').startsWith('=') &&
    items[d.sentence]!.filter((i) => report.has(i.word) && i.tags.has('Verb')).length === 1 &&
    !items[d.sentence]!.some((i) => according.has(i.word));
  return drafts.filter(
    (d) => d.kind === 'affiliation' || !d.claimant || !media.has(d.claimant) || ownFinding(d),
  );
}

/** The document's actors that are news outlets: by name or lexicon, or the document's own publisher,
 * unknown to the lexicon, when it speaks for no body (a government's or a company's own release does). */
export function mediaActors(
  resolution: Resolution,
  table: RuleTable,
  ctx: DocContext,
  speaksFor: readonly string[],
): Set<string> {
  const unknownPublisher = (a: Actor) =>
    !ctx.lexicon.byId(a.id) && !speaksFor.includes(a.id) && isOwnPublisher(ctx, a);
  const outlet = (a: Actor) => isMedia(a, ctx.lexicon, table.lists.get('mediaWords')!) || unknownPublisher(a);
  return new Set(resolution.actors.filter(outlet).map((a) => a.id));
}
