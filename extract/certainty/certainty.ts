// How sure a claim is, read from hedge words in its evidence sentence (the cue table is data in
// cues.json). A pass over finished claims, independent of the rules that found them.
import { CERTAINTY_LEVELS, type Certainty, type Claim, type ClaimKind } from '../../core/types.js';
import table from './cues.json' with { type: 'json' };
import { wholeWordMatches, wholeWordPattern } from '../../core/whole-words.js';

type HedgeLevel = keyof typeof table.levels;

const LEVEL_OF_CUE = new Map<string, HedgeLevel>(
  (Object.entries(table.levels) as [HedgeLevel, string[]][]).flatMap(([level, cues]) =>
    cues.map((cue): [string, HedgeLevel] => [cue.toLowerCase(), level]),
  ),
);
const LOWERCASE_ONLY = new Set(table.lowercaseOnly);
const APPLIES_TO = new Set<ClaimKind>(table.appliesTo as ClaimKind[]);
// Longest cue first, so at any position the first that fits is the longest.
const CUES = wholeWordPattern(
  [...LEVEL_OF_CUE.keys()].sort((a, b) => b.length - a.length),
  { flexibleSpaces: true, ignoreCase: true },
);

/** The certainty of a claim stated in `sentence`: `asserted` without hedge cues, else the most
 * hedged level among the cues found. */
export function certaintyOf(sentence: string, kind: ClaimKind): Certainty {
  if (!APPLIES_TO.has(kind)) return 'asserted';
  let certainty: Certainty = 'asserted';
  for (const { text: cue } of wholeWordMatches(sentence, CUES)) {
    if (LOWERCASE_ONLY.has(cue.toLowerCase()) && cue !== cue.toLowerCase()) continue;
    const level = LEVEL_OF_CUE.get(cue.toLowerCase().replace(/\s+/g, ' '))!;
    if (CERTAINTY_LEVELS.indexOf(level) < CERTAINTY_LEVELS.indexOf(certainty)) certainty = level;
  }
  return certainty;
}

/** The claims with their certainty set from their evidence. */
export function withCertainty<T extends Omit<Claim, 'certainty'>>(
  claims: T[],
): (T & { certainty: Certainty })[] {
  return claims.map((claim) => ({ ...claim, certainty: certaintyOf(claim.evidence.text, claim.kind) }));
}
