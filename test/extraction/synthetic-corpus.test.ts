// The synthetic corpus (bench/synthetic) states 1,000 claims in sentences whose truth is known: a cheap
// regression check for every claim frame. A ratchet, like the dev-corpus test: raised as frames improve,
// never lowered. When set (stop 15): accusations 672 of 721 found, 65 not written; denials 140 of 148,
// 6 not written; affiliations 120 of 130. `npm run bench:synthetic` prints the same table.
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreSyntheticCorpus, type SyntheticScore } from '../../bench/synthetic/score.js';

describe('synthetic corpus', () => {
  let score: SyntheticScore;
  beforeAll(() => {
    score = scoreSyntheticCorpus({ claims: 1000, seed: 1 });
  }, 120_000);

  it.each([
    ['accusation', 0.92, 0.1],
    ['denial', 0.93, 0.05],
  ] as const)(
    '%s: finds at least %s of those written, makes at most %s as many not written',
    (kind, found, extra) => {
      expect(score[kind].written).toBeGreaterThan(100);
      expect(score[kind].found / score[kind].written).toBeGreaterThanOrEqual(found);
      expect(score[kind].notWritten / score[kind].written).toBeLessThanOrEqual(extra);
    },
  );

  it('finds at least 0.9 of the affiliations written', () => {
    expect(score.affiliation.found / score.affiliation.written).toBeGreaterThanOrEqual(0.9);
  });
});
