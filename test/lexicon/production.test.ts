// Invariants of the production lexicon (the committed data), and that the generated files are what the build
// makes from its sources today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { integrityProblems } from '../../extract/lexicon/integrity.js';
import { isCountryEntry, loadLexicon } from '../../extract/lexicon/index.js';
import { SHARED, sharedFiles } from '../requirements.js';

const lexicon = loadLexicon();
const entries = [...lexicon.entries.values()];

describe('production lexicon', () => {
  it('has no integrity problems: unique ids, known parents and countries, allowlisted country codes only', () => {
    expect(integrityProblems(entries)).toEqual([]);
  });

  it('never uses IN, IT or NO as forms of anything', () => {
    for (const code of ['IN', 'IT', 'NO', 'in', 'it', 'no']) expect(lexicon.lookup(code)).toEqual([]);
    expect(lexicon.findMentions('IT staff in NO time')).toEqual([]);
  });

  it('matches Qihoo 360 by "360" only inside its longer forms', () => {
    expect(lexicon.lookup('360')).toEqual([]);
    expect(lexicon.findMentions('the cybersecurity company 360 said').map((m) => m.entryIds)).toEqual([
      ['qihoo-360'],
    ]);
  });

  it('knows the adjectives that name a country before a body besides its demonym ("the Philippine Coast Guard")', () => {
    const adjectives: [string, string][] = [
      ['Philippine', 'Philippines'],
      ['Saudi', 'Saudi Arabia'],
      ['Kazakh', 'Kazakhstan'],
    ];
    for (const [adjective, country] of adjectives) expect(lexicon.country(adjective)?.name).toBe(country);
  });

  it('has a country entry for each country it names', () => {
    const countryNames = new Set(entries.filter(isCountryEntry).map((entry) => entry.name));
    for (const name of ['United States', 'China', 'Russia', 'Taiwan', 'South Korea'])
      expect(countryNames).toContain(name);
  });

  it.runIf(sharedFiles('the canonical-names test', 'eval/CANONICAL.md'))(
    'spells every canonical actor name as CANONICAL.md does',
    () => {
      const markdown = readFileSync(join(SHARED, 'eval/CANONICAL.md'), 'utf8');
      const canonical = markdown
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'))
        .flatMap((line) => line.split('|').map((name) => name.trim()));
      const names = new Set(entries.map((entry) => entry.name));
      expect(canonical.filter((name) => !names.has(name))).toEqual([]);
    },
  );
});

describe('generated data', () => {
  it.runIf(sharedFiles('the generated-lexicon test', 'data/misp-galaxy/threat-actor.json'))(
    'equals what scripts/build-lexicon.ts builds from its sources now',
    async () => {
      const { buildGenerated } = await import('../../extract/lexicon/build/generate.js');
      const built = buildGenerated(new URL('data/misp-galaxy/', pathToFileURL(SHARED)));
      for (const [file, generated] of Object.entries(built.files)) {
        const committed = JSON.parse(
          readFileSync(new URL(`../../extract/lexicon/${file}`, import.meta.url), 'utf8'),
        );
        expect(committed, file).toEqual(generated);
      }
    },
  );
});
