// A denial rejects somebody's accusation. When the sentence does not say whose, the denier's
// accuser is taken from the document's accusations against the denier (or its country's actors):
// the nearest before the denial, else the nearest after it.
import type { Resolution } from '../actors/resolve.js';
import type { DraftClaim } from './engine.js';

export function rejectedAccusers(drafts: DraftClaim[], resolution: Resolution): void {
  const countryOf = new Map(resolution.actors.map((a) => [a.id, a.type === 'country' ? a.name : a.country]));
  const accusations = drafts.filter((d) => d.kind === 'accusation' && d.claimant && d.subject);
  for (const denial of drafts) {
    if (!denial.needsAccuser || !denial.claimant) continue;
    const side = countryOf.get(denial.claimant);
    const against = accusations.filter(
      (a) => a.claimant !== denial.claimant && (a.subject === denial.claimant || (side && countryOf.get(a.subject!) === side)) && (!side || countryOf.get(a.claimant!) !== side),
    );
    const before = against.filter((a) => a.sentence <= denial.sentence);
    const chosen = before[before.length - 1] ?? against[0];
    denial.object = chosen?.claimant ?? null;
  }
}
