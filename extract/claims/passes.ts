// Claim producers written in code rather than as patterns. rules.json declares which run, in which
// order, under which id; this module holds their implementations by that id.
import type { Resolution } from '../actors/resolve.js';
import type { DocContext } from '../document/context.js';
import { QUALIFIED_NAME, qualifiedNameAffiliations } from './qualified-names.js';
import type { DraftClaim } from './draft-claim.js';
import type { PassData } from './rule-types.js';
import { parentAccusations, UNIT_PARENT } from './unit-parent.js';
import { ROLE_ANTECEDENT, roleAntecedentAffiliations } from './role-antecedent.js';
import { PARENT_IN_NAME, parentInNameAffiliations } from './parent-in-name.js';
import { NATIONAL_BODY, nationalBodyAffiliations } from './national-body.js';

/** A pass reads the claims drafted so far and returns the claims it adds. */
export type ClaimPass = (drafts: DraftClaim[], ctx: DocContext, resolution: Resolution) => DraftClaim[];

export const CLAIM_PASSES: ReadonlyMap<string, ClaimPass> = new Map<string, ClaimPass>([
  [UNIT_PARENT, (drafts, _ctx, resolution) => parentAccusations(drafts, resolution)],
  [QUALIFIED_NAME, (_drafts, ctx, resolution) => qualifiedNameAffiliations(ctx, resolution)],
  [PARENT_IN_NAME, (_drafts, ctx, resolution) => parentInNameAffiliations(ctx, resolution)],
  [ROLE_ANTECEDENT, roleAntecedentAffiliations],
  [NATIONAL_BODY, nationalBodyAffiliations],
]);

export function runPasses(
  passes: PassData[],
  drafts: DraftClaim[],
  ctx: DocContext,
  resolution: Resolution,
): DraftClaim[] {
  const added: DraftClaim[] = [];
  for (const { id } of passes) added.push(...CLAIM_PASSES.get(id)!([...drafts, ...added], ctx, resolution));
  return added;
}
