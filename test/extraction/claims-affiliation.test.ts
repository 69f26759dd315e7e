// Affiliations: a unit under its agency, a possessive parent, a country-qualified name, and the
// titles before a person's name that tie them to their organisation.
import { describe, expect, it } from 'vitest';
import { claimSummaries, claimWith, expectGrounded, extract, fixtureDoc } from './extraction.js';

const report = extract(fixtureDoc('affiliations-nsa.txt'));
const affiliation = (cue: string, subject: string) => {
  const found = report.claims.filter(
    (c) => c.kind === 'affiliation' && c.subject === subject && c.evidence.text.includes(cue),
  );
  expect(found, `affiliation of ${subject} in "${cue}"`).toHaveLength(1);
  return found[0]!;
};

describe('affiliations', () => {
  // [cue in the evidence, member, parent]
  it.each([
    ['TAO under the NSA', 'tao', 'nsa'],
    ["The NSA's TAO", 'tao', 'nsa'],
    ['the US National Security Agency', 'nsa', 'united-states'],
    ['Chinese Foreign Ministry spokesperson Mao Ning', 'mao-ning', 'china-mfa'],
    ['Chinese Foreign Ministry spokesperson', 'china-mfa', 'china'],
    ['FBI Director Christopher Wray', 'christopher-wray', 'fbi'],
    ["Sandworm, a unit of Russia's GRU", 'sandworm', 'gru'],
    ["Russia's GRU", 'gru', 'russia'],
  ])('"%s": %s is part of %s', (cue, subject, object) => {
    const claim = affiliation(cue, subject);
    expect([claim.claimant, claim.object]).toEqual([null, object]);
    expectGrounded(report, claim, cue);
  });

  it('makes no affiliation the text does not state', () => {
    expect(claimSummaries(report, 'affiliation').sort()).toEqual([
      'affiliation ->china-mfa>china',
      'affiliation ->christopher-wray>fbi',
      'affiliation ->gru>russia',
      'affiliation ->mao-ning>china-mfa',
      'affiliation ->nsa>united-states',
      'affiliation ->sandworm>gru',
      'affiliation ->tao>nsa',
      'affiliation ->tao>nsa',
    ]);
  });

  it('makes the one accusation the report states: Wray (FBI) accuses the Chinese', () => {
    expect(claimSummaries(report, 'accusation')).toEqual(['accusation christopher-wray>china>-']);
    expect(claimWith(report, 'accusation', 'Chinese hackers were preparing').rule).toMatch(/^accusation\./);
  });
});
