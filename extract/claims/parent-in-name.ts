// A claim pass written in code (declared in rules.json under `passes`, id below).
//
// A unit named together with the body it belongs to: its own name starts with the parent's ("PLA Unit
// 61398") or the parent's name runs straight into it ("the Veyland Defence Ministry Signals Office").
// Which body is a unit's parent is the lexicon's knowledge; the text only has to put the two together,
// and the parent has to be an actor of the document in its own right.
import type { DocContext } from '../document/context.js';
import type { Resolution, ResolvedMention } from '../actors/resolve.js';
import { affiliationDraft, type DraftClaim } from './draft-claim.js';
import type { Actor } from '../../core/types.js';

export const PARENT_IN_NAME = 'affiliation.parent-in-name';

export function parentInNameAffiliations(ctx: DocContext, resolution: Resolution): DraftClaim[] {
  const actors = new Map(resolution.actors.map((a) => [a.id, a]));
  const claims: DraftClaim[] = [];
  const done = new Set<string>();
  resolution.mentions.forEach((m, i) => {
    const parent = ctx.lexicon.byId(m.actorId)?.parent;
    const parentActor = parent ? actors.get(parent) : undefined;
    if (!parentActor || parentActor.type === 'country' || done.has(m.actorId)) return;
    const before = resolution.mentions[i - 1];
    if (!namesParentFirst(ctx, m, parentActor, before)) return;
    const claim = affiliationDraft(ctx, m.sentence, m.actorId, parentActor.id, 'part of', PARENT_IN_NAME);
    if (!claim) return;
    done.add(m.actorId);
    claims.push(claim);
  });
  return claims;
}

function namesParentFirst(
  ctx: DocContext,
  m: ResolvedMention,
  parent: Actor,
  before: ResolvedMention | undefined,
): boolean {
  const surface = m.surface.toLowerCase();
  const entry = ctx.lexicon.byId(parent.id);
  const parentNames = [parent.name, ...parent.aliases, ...(entry?.aliases ?? [])];
  const ownName = parentNames.some((p) => surface.startsWith(`${p.toLowerCase()} `));
  const runsInto = before?.actorId === parent.id && /^\s+$/u.test(ctx.text.slice(before.end, m.start));
  return ownName || runsInto;
}
