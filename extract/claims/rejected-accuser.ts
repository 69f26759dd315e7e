// A denial rejects somebody's accusation. When the sentence does not say whose, the accuser is taken
// from the document's accusations against the denier's side: the nearest before the denial, else the
// nearest after it.
import type { DraftClaim } from './engine.js';
import { sameSide, type Sides } from './sides.js';

export function rejectedAccusers(drafts: DraftClaim[], sides: Sides): void {
  const accusations = drafts.filter((d) => d.kind === 'accusation' && d.claimant && d.subject);
  for (const denial of drafts) {
    if (!denial.needsAccuser || !denial.claimant) continue;
    const denier = sides(denial.claimant);
    const against = accusations.filter((a) => sameSide(sides(a.subject!), denier) && !sameSide(sides(a.claimant!), denier));
    const before = against.filter((a) => a.sentence <= denial.sentence);
    const chosen = before[before.length - 1] ?? against[0];
    denial.object = chosen?.claimant ?? null;
  }
}
