// Whole-word search for literal names, against the lookaround pattern it stands in for.
import { describe, expect, it } from 'vitest';
import { wholeWordMatches, wholeWordPattern, type WholeWordOptions } from '../../core/whole-words.js';

const lookaround = (literals: string[], { flexibleSpaces, ignoreCase }: WholeWordOptions) => {
  const sources = literals.map((l) => {
    const escaped = l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return flexibleSpaces ? escaped.replace(/ /g, '\\s+') : escaped;
  });
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`,
    ignoreCase ? 'giu' : 'gu',
  );
};

describe('wholeWordMatches', () => {
  it.each<[string, string[], WholeWordOptions]>([
    [
      'Glass Heron said; Glass Heronry and xGlass Heron did not; Glass\n Heron did.',
      ['Glass Heron'],
      { flexibleSpaces: true },
    ],
    ['Norpix Daily Wire and Norpix Daily Wirex, Norpix Daily.', ['Norpix Daily Wire', 'Norpix Daily'], {}],
    ['NDX, NDXY, ÄNDX, NDX3 and (N.D.X) and 𝐀NDX, NDX.', ['NDX', 'N.D.X'], {}],
    ['Allegedly, it was ALLEGEDLY so; unallegedly not.', ['allegedly'], { ignoreCase: true }],
  ])('finds what the lookaround pattern finds in "%s"', (text, literals, options) => {
    const expected = [...text.matchAll(lookaround(literals, options))].map((m) => [m.index, m[0]]);
    const found = wholeWordMatches(text, wholeWordPattern(literals, options)).map((m) => [m.start, m.text]);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
  });
});
