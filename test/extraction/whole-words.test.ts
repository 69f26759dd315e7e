// Whole-word search for literal names, against the lookaround pattern it stands in for.
import { describe, expect, it } from 'vitest';
import { wholeWordMatches, wholeWordPattern } from '../../extract/actors/whole-words.js';

const lookaround = (sources: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

describe('wholeWordMatches', () => {
  it.each([
    ['Glass Heron said; Glass Heronry and xGlass Heron did not; Glass  Heron did.', ['Glass\\s+Heron']],
    ['Norpix Daily Wire and Norpix Daily Wirex, Norpix Daily.', ['Norpix Daily Wire', 'Norpix Daily']],
    ['NDX, NDXY, ÄNDX, NDX3 and (NDX) and 𝐀NDX.', ['NDX']],
  ])('finds what the lookaround pattern finds in "%s"', (text, sources) => {
    const expected = [...text.matchAll(lookaround(sources))].map((m) => [m.index, m[0]]);
    const found = wholeWordMatches(text, wholeWordPattern(sources)).map((m) => [m.start, m.text]);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
  });
});
