// Denials (a deny verb, "groundless accusations"), what is not a denial ("declined to comment"),
// and admissions ("claimed responsibility").
import { describe, expect, it } from 'vitest';
import { claimSummaries, claimWith, expectGrounded, extract, extractText, fixtureDoc } from './extraction.js';

const news = extract(fixtureDoc('statements-denials.txt'));

describe('denials', () => {
  it('"The Kremlin denied the allegations": Russia denies, rejecting the accuser of the first sentence', () => {
    const denial = claimWith(news, 'denial', 'denied');
    expect([denial.claimant, denial.subject, denial.object]).toEqual(['russia', null, 'united-kingdom']);
    expectGrounded(news, denial, 'The Kremlin denied the allegations.');
  });

  it('"called the accusations groundless": the spokeswoman denies', () => {
    const denial = claimWith(news, 'denial', 'groundless');
    expect([denial.claimant, denial.object]).toEqual(['maria-zakharova', 'united-kingdom']);
    expectGrounded(news, denial, 'called the accusations groundless');
  });

  it('"declined to comment" is not a denial: the only claim there is the embassy\'s affiliation', () => {
    const sentence = news.doc.text.indexOf('The Chinese embassy in London declined');
    const there = { ...news, claims: news.claims.filter((c) => c.evidence.start === sentence) };
    expect(claimSummaries(there)).toEqual(['affiliation ->chinese-embassy>china']);
    expect(claimSummaries(extractText('The Kremlin declined to comment on the report.\n'))).toEqual([]);
  });

  it('the document makes exactly these claims', () => {
    expect(claimSummaries(news).sort()).toEqual([
      'accusation united-kingdom>russia>-',
      'admission anonymous-sudan>->-',
      'affiliation ->chinese-embassy>china',
      'affiliation ->maria-zakharova>russia-mfa',
      'affiliation ->russia-mfa>russia',
      'denial maria-zakharova>->united-kingdom',
      'denial russia>->united-kingdom',
    ]);
  });

  it.each([
    ['Russia rejected the groundless accusations.', 'denial russia>->-'],
    ['Moscow dismissed the claims as baseless.', 'denial russia>->-'],
    ['The Kremlin said the accusations were groundless.', 'denial russia>->-'],
  ])('"%s" is a denial', (sentence, expected) => {
    expect(claimSummaries(extractText(`${sentence}\n`))).toEqual([expected]);
  });

  it('"the so-called Volt Typhoon operations are a disinformation campaign" denies, not accuses', () => {
    const x = extractText(
      'Lin Jian said the so-called Volt Typhoon operations are a disinformation campaign.\n',
    );
    expect(claimSummaries(x, 'accusation')).toEqual([]);
    expect(x.claims.filter((c) => c.kind === 'denial').map((c) => c.claimant)).toEqual(['lin-jian']);
  });

  it('"The Russian embassy called the allegations groundless" is a denial by the embassy', () => {
    expect(
      claimSummaries(extractText('The Russian embassy called the allegations groundless.\n'), 'denial'),
    ).toEqual(['denial russian-embassy>->-']);
  });
});

describe('admissions', () => {
  it('"claimed responsibility": the group admits', () => {
    const admission = claimWith(news, 'admission', 'claimed responsibility');
    expect(admission.claimant).toBe('anonymous-sudan');
    expectGrounded(news, admission, 'claimed responsibility for the attack');
  });

  it('"has claimed responsibility" admits too', () => {
    expect(
      claimSummaries(extractText('LockBit has claimed responsibility for the attack.\n'), 'admission'),
    ).toEqual(['admission lockbit>->-']);
  });

  it('"has not claimed responsibility" makes no admission', () => {
    expect(
      claimSummaries(extractText('LockBit has not claimed responsibility for the attack.\n'), 'admission'),
    ).toEqual([]);
  });
});
