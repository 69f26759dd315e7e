// Accusations in the ways texts make them: a verb of accusing, attributing to, reporting that,
// "according to", passives with the doer after "by"/"to", and nominal "X's cyberattacks on Y";
// and the negated forms that make none.
import { describe, expect, it } from 'vitest';
import { claimSummaries, claimWith, expectGrounded, extract, extractText, fixtureDoc } from './extraction.js';

const report = extract(fixtureDoc('threat-intel-frostbite.txt'));

describe('accusations', () => {
  // [cue in the evidence, claimant, subject, object]
  const cases: [string, string, string, string | null][] = [
    ['accused Russia of a ransomware attack', 'germany', 'russia', null], // accuse verb
    ['attributed the Frostbite campaign to APT29', 'mandiant', 'apt29', null], // attribute ... to
    ['reported that Volt Typhoon compromised', 'microsoft', 'volt-typhoon', null], // report that
    ['According to ESET', 'eset', 'sandworm', null], // according to + passive "carried out by"
    ['was attributed to Turla, Recorded Future said', 'recorded-future', 'turla', null], // passive "attributed to"
    ['was carried out by Sandworm, Dragos said', 'dragos', 'sandworm', null], // passive "carried out by"
    ["Russia's cyberattacks on Ukraine", 'poland', 'russia', 'ukraine'], // nominal X's cyberattacks on Y
  ];

  it.each(cases)('"%s": %s accuses %s (target %s)', (cue, claimant, subject, object) => {
    const claim = claimWith(report, 'accusation', cue);
    expect([claim.claimant, claim.subject, claim.object]).toEqual([claimant, subject, object]);
    expectGrounded(report, claim, cue);
  });

  it('makes one accusation per sentence of the report and nothing else', () => {
    expect(claimSummaries(report)).toHaveLength(cases.length);
    expect(new Set(report.claims.map((c) => c.evidence.start)).size).toBe(cases.length);
  });

  it('names what was done in `act`, and gives every claim a stable id', () => {
    expect(claimWith(report, 'accusation', 'ransomware').act).toContain('ransomware attack');
    expect(extract(fixtureDoc('threat-intel-frostbite.txt')).claims.map((c) => c.id)).toEqual(
      report.claims.map((c) => c.id),
    );
  });

  it('reads "Washington accused Beijing" as the governments accusing each other', () => {
    expect(
      claimSummaries(extractText('Washington accused Beijing of hacking Treasury email accounts.\n')).filter(
        (c) => c.startsWith('accusation'),
      ),
    ).toEqual(['accusation united-states>china>-']);
  });

  it('finds the doer of "carried out by the US National Security Agency"', () => {
    const x = extractText('Beijing said the attack was carried out by the US National Security Agency.\n');
    expect(claimSummaries(x, 'accusation')).toEqual(['accusation china>nsa>-']);
  });

  it('reads "was attributed to Sandworm by ESET" as ESET accusing Sandworm', () => {
    const x = extractText('The wiper attack was attributed to Sandworm by ESET.\n');
    expect(claimSummaries(x, 'accusation')).toEqual(['accusation eset>sandworm>-']);
  });
});

describe('negated accusations', () => {
  it.each([
    'The US did not blame China for the outage.',
    'Britain has never accused China of the hack.',
    'Estonia said it was not accusing Russia of the attack.',
  ])('"%s" makes no accusation', (sentence) => {
    const x = extractText(`${sentence}\n`);
    expect(x.actors.length).toBeGreaterThanOrEqual(2);
    expect(claimSummaries(x, 'accusation')).toEqual([]);
  });

  it('the same sentences without the negation do accuse', () => {
    expect(claimSummaries(extractText('The US blamed China for the outage.\n'), 'accusation')).toEqual([
      'accusation united-states>china>-',
    ]);
    expect(claimSummaries(extractText('Britain has accused China of the hack.\n'), 'accusation')).toEqual([
      'accusation united-kingdom>china>-',
    ]);
  });
});
