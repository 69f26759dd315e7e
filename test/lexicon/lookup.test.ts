import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../extract/lexicon/index.js';
import { fixtureEntries, fixtureLexicon, fixtureTables } from './fixture-lexicon.js';

const lexicon = fixtureLexicon();
const ids = (surface: string) => lexicon.lookup(surface).map((entry) => entry.id);

describe('lookup', () => {
  it('finds entries by any whole surface form, normalised', () => {
    expect(ids('NSA')).toEqual(['nsa']);
    expect(ids('National  Security\nAgency')).toEqual(['nsa']);
    expect(ids('People’s Republic of China')).toEqual(['china']);
    expect(ids('Chinese government')).toEqual(['china']);
  });

  it('applies the case rules and rejects partial surfaces', () => {
    expect(ids('us')).toEqual([]);
    expect(ids('National Security')).toEqual([]);
    expect(ids('NSA officials')).toEqual([]);
  });
});

describe('country', () => {
  it('resolves names, aliases, demonyms and capitals to the country entry', () => {
    for (const form of ['China', 'chinese', 'Beijing', 'PRC'])
      expect(lexicon.country(form)?.id).toBe('china');
    expect(lexicon.country('U.S.')?.capitals).toEqual(['Washington']);
    expect(lexicon.country('NSA')).toBeUndefined();
  });
});

describe('entries', () => {
  it('indexes every entry by id', () => {
    expect(lexicon.entries.size).toBe(fixtureEntries().length);
    expect(lexicon.byId('tao')?.parent).toBe('nsa');
    expect(lexicon.byId('missing')).toBeUndefined();
  });

  it('rejects duplicate ids', () => {
    const [first] = fixtureEntries();
    expect(() => createLexicon([first!, { ...first!, name: 'Other' }], fixtureTables())).toThrow(
      /duplicate entry id 'united-states'/,
    );
  });
});
