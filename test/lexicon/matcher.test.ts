import { describe, expect, it } from 'vitest';
import { describeMatches, fixtureLexicon } from './fixture-lexicon.js';

const lexicon = fixtureLexicon();
const find = (text: string) => describeMatches(lexicon.findMentions(text));

describe('findMentions: boundaries and spans', () => {
  it('matches only at word boundaries', () => {
    expect(find('APT28s and XAPT28 and APT280 are not APT28.')).toEqual(['APT28|name|apt28']);
    expect(find('Chinatown and Russiagate')).toEqual([]);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Officials say the NSA did it.';
    const [match] = lexicon.findMentions(text);
    expect(match).toMatchObject({ start: 18, end: 21, surface: 'NSA' });
    expect(text.slice(match!.start, match!.end)).toBe('NSA');
  });

  it('stops a possessive before the apostrophe, straight or curly', () => {
    expect(find("China's hackers")).toEqual(['China|name|china']);
    expect(find('China’s hackers')).toEqual(['China|name|china']);
  });

  it('leaves trailing punctuation out of the match', () => {
    expect(find('It was the ROK.')).toEqual(['ROK|alias|south-korea']);
    expect(find('(NSA), TAO; APT28!')).toEqual(['NSA|alias|nsa', 'TAO|alias|tao', 'APT28|name|apt28']);
  });

  it('keeps dots that belong to the form', () => {
    expect(find('the U.S. said')).toEqual(['U.S.|alias|united-states']);
    expect(find('U. S. officials')).toEqual([]);
  });

  it('lets a newline or a run of spaces inside a name match one space', () => {
    const text = 'the National\nSecurity   Agency said';
    expect(find(text)).toEqual(['National\nSecurity   Agency|name|nsa']);
  });

  it('folds curly apostrophes in forms and text alike', () => {
    expect(find('the People’s Republic of China said')).toEqual(['People’s Republic of China|alias|china']);
  });
});

describe('findMentions: case rules', () => {
  it('matches one-word forms case-sensitively', () => {
    expect(find('let us go and eat an apple')).toEqual([]);
    expect(find('Apple said the US was right')).toEqual(['Apple|name|apple', 'US|alias|united-states']);
    expect(find('the Nsa and tao')).toEqual([]);
  });

  it('matches multi-word forms case-insensitively after an upper-case initial', () => {
    expect(find('FANCY BEAR and Fancy bear')).toEqual(['FANCY BEAR|alias|apt28', 'Fancy bear|alias|apt28']);
    expect(find('a fancy bear costume')).toEqual([]);
  });

  it('accepts either case for a form whose own initial is lower case', () => {
    expect(find('the cybersecurity company 360 and Cybersecurity company 360')).toEqual([
      'cybersecurity company 360|alias|qihoo-360',
      'Cybersecurity company 360|alias|qihoo-360',
    ]);
  });

  it('never matches a bare number that is only part of an alias', () => {
    expect(find('a 360 degree view')).toEqual([]);
    expect(find('the 360 company')).toEqual(['360 company|alias|qihoo-360']);
  });
});

describe('findMentions: overlaps', () => {
  it('prefers the longest match and reports adjacent shorter ones separately', () => {
    expect(find('Washington Post reporters')).toEqual(['Washington Post|name|washington-post']);
    expect(find('the US National Security Agency')).toEqual([
      'US|demonym|united-states',
      'National Security Agency|name|nsa',
    ]);
  });

  it('falls back to a shorter match when the longest one at a start overlaps a longer one', () => {
    expect(find("Britain's Government Communications Headquarters")).toEqual([
      'Britain|alias|united-kingdom',
      'Government Communications Headquarters|name|gchq',
    ]);
    expect(find("Britain's government said")).toEqual(["Britain's government|government|united-kingdom"]);
  });

  it('lets a non-actor phrase hide the form inside it', () => {
    expect(find('America and South America')).toEqual(['America|alias|united-states']);
    expect(lexicon.lookup('South America')).toEqual([]);
  });

  it('returns non-overlapping matches sorted by start', () => {
    const matches = lexicon.findMentions('TAO of the NSA, Fancy Bear of Russia, and Washington.');
    const starts = matches.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    matches.slice(1).forEach((m, k) => expect(m.start).toBeGreaterThanOrEqual(matches[k]!.end));
    expect(matches).toHaveLength(5);
  });
});
