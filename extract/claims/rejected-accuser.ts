// A denial rejects somebody's accusation. When the sentence does not say whose, the accuser is taken
// from the document's accusations against the denier's side: the first one the document reports
// (usually the headline accusation); failing that, an actor of another side named in the denial that is
// no news outlet.
import type { DraftClaim } from './draft-claim.js';
import { sameSide, type Sides } from './sides.js';

export function rejectedAccusers(drafts: DraftClaim[], sides: Sides, media: ReadonlySet<string>): void {
  const accusations = drafts.filter((d) => d.kind === 'accusation' && d.claimant && d.subject);
  for (const denial of drafts) {
    if (!denial.needsAccuser || !denial.claimant) continue;
    const denier = sides(denial.claimant);
    const against = accusations.filter(
      (a) => sameSide(sides(a.subject!), denier) && !sameSide(sides(a.claimant!), denier),
    );
    // A news outlet the denial names carries the story ("..., Reuters reported"); whose claim it rejects
    // is named as such ("the Reuters report") and found before this fallback.
    const otherSide = denial.sentenceActors.find((id) => !sameSide(sides(id), denier) && !media.has(id));
    denial.object = against[0]?.claimant ?? otherSide ?? null;
  }
}
