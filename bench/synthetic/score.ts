// Scores the extractor on the synthetic corpus, whose truth is known: every accusation, denial and
// affiliation written into its texts is looked for in what the extractor makes of them. Actors match by
// any of their names: the generator writes "the Kenyan Ministry of Defence" where the extractor may name
// the body "Ministry of Defence of Kenya", and each lists the other spelling among its aliases.
// "notWritten" counts extracted pairs the text does not state as a claim of that kind; for
// affiliations it is no error count, since the generator writes bodies qualified by their country
// ("the Kenyan Ministry of Defence") without listing that affiliation, which the extractor rightly makes.
import type { Actor, Claim, ClaimKind, Extraction } from '../../core/types.js';
import { buildDocument } from '../../extract/input/index.js';
import { extractDocument } from '../../extract/pipeline.js';
import { syntheticCorpus, type SyntheticOptions } from './generate.js';

export const SCORED_KINDS = ['accusation', 'denial', 'affiliation'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];
export interface KindScore {
  written: number;
  found: number;
  notWritten: number;
}
export type SyntheticScore = { documents: number } & Record<ScoredKind, KindScore>;

type Pair = [Set<string>, Set<string>];

const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const names = (a: Actor) => new Set([a.name, ...a.aliases].map(fold));

/** The two ends that make a claim of its kind (for a denial: who denies whose claim). */
const ends = (c: Claim): [string | null, string | null] =>
  c.kind === 'affiliation'
    ? [c.subject, c.object]
    : c.kind === 'denial'
      ? [c.claimant, c.object]
      : [c.claimant, c.subject];

function pairs(x: Extraction, kind: ClaimKind): Pair[] {
  const byId = new Map(x.actors.map((a) => [a.id, names(a)]));
  const seen = new Set<string>();
  const out: Pair[] = [];
  for (const c of x.claims.filter((claim) => claim.kind === kind)) {
    const [left, right] = ends(c);
    if (seen.has(`${left}>${right}`)) continue;
    seen.add(`${left}>${right}`);
    out.push([byId.get(left ?? '') ?? new Set(), byId.get(right ?? '') ?? new Set()]);
  }
  return out;
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((n) => b.has(n));
const same = (written: Pair, made: Pair) =>
  meets(written[0], made[0]) && (written[1].size === 0 || meets(written[1], made[1]));

export function scoreSyntheticCorpus(options: SyntheticOptions): SyntheticScore {
  const score = {
    documents: 0,
    accusation: { written: 0, found: 0, notWritten: 0 },
    denial: { written: 0, found: 0, notWritten: 0 },
    affiliation: { written: 0, found: 0, notWritten: 0 },
  };
  for (const { text, extraction: truth } of syntheticCorpus(options)) {
    const made = extractDocument(buildDocument(truth.document.path, new TextEncoder().encode(text), 'text'));
    score.documents += 1;
    for (const kind of SCORED_KINDS) {
      const written = pairs(truth, kind);
      const extracted = pairs(made, kind);
      score[kind].written += written.length;
      score[kind].found += written.filter((w) => extracted.some((e) => same(w, e))).length;
      score[kind].notWritten += extracted.filter((e) => !written.some((w) => same(w, e))).length;
    }
  }
  return score;
}
