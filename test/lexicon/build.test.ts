// The build step on small invented inputs shaped like world-countries and MISP galaxy clusters.
import { describe, expect, it } from 'vitest';
import type { Country } from 'world-countries';
import { buildAgencies } from '../../extract/lexicon/build/agencies.js';
import { isUnsafeAlias } from '../../extract/lexicon/build/common-words.js';
import { buildCountries, type CountryOverrides } from '../../extract/lexicon/build/countries.js';
import { ReservedSurfaces, type MispCluster } from '../../extract/lexicon/build/misp.js';
import { slugify } from '../../extract/lexicon/build/slug.js';
import { buildThreatGroups, type ThreatGroupOverrides } from '../../extract/lexicon/build/threat-groups.js';
import { readFixture } from './fixture-lexicon.js';

const countries = buildCountries(
  readFixture<Country[]>('build/world-countries.json'),
  readFixture<CountryOverrides>('build/overrides.json'),
);
const country = (id: string) => countries.entries.find((entry) => entry.id === id);

describe('buildCountries', () => {
  it('keeps UN members and the included territories only', () => {
    expect(countries.entries.map((entry) => entry.id)).toEqual([
      'arvenia',
      'inland',
      'kestovian-republic',
      'torquay-isles',
    ]);
  });

  it('keeps Latin-script alternative names, drops inverted forms and two-letter codes not allowlisted', () => {
    expect(country('arvenia')).toMatchObject({
      name: 'Arvenia',
      aliases: ['Republic of Arvenia', 'AV', 'Arvenistan', 'A.V.'],
      demonyms: ['Arvenian', 'AV'],
      capitals: ['Port Arven'],
      type: 'country',
      country: 'Arvenia',
    });
    expect(country('inland')?.aliases).toEqual(['Kingdom of Inland']);
  });

  it('reads two demonyms given in one string as two', () => {
    expect(country('torquay-isles')?.demonyms).toEqual(['Torquayan', 'Tor Islander']);
  });

  it('applies renames, removed aliases and the capital denylist', () => {
    expect(country('kestovian-republic')).toMatchObject({
      name: 'Kestovian Republic',
      aliases: ['Kestovia'],
      capitals: [],
    });
  });

  it('maps ISO codes to canonical names', () => {
    expect(countries.nameByCode.get('KS')).toBe('Kestovian Republic');
    expect(countries.nameByCode.has('ZT')).toBe(false);
  });
});

describe('isUnsafeAlias', () => {
  it('rejects common words, short forms, numbers and generic labels', () => {
    for (const alias of ['Copper', 'LEAD', 'Anonymous', 'AB', '2014', 'Group 3', 'Team 12'])
      expect(isUnsafeAlias(alias)).toBe(true);
  });

  it('accepts names, codes and multi-word names of common words', () => {
    for (const alias of ['Sofacy', 'APT28', 'TA505', 'Fancy Bear', 'Unit 121'])
      expect(isUnsafeAlias(alias)).toBe(false);
  });
});

describe('buildThreatGroups', () => {
  const overrides: ThreatGroupOverrides = {
    rename: { OldHeron: 'Old Heron' },
    aliasOwner: { 'Quiet Heron': 'Old Heron' },
    extraAliases: { APT90: ['Lynx'] },
    countries: { 'Old Heron': 'Kestovian Republic' },
    keepNames: [],
  };
  const reserved = new ReservedSurfaces([
    { name: 'Kestovian Cyber Army', aliases: [], country: 'Kestovian Republic' },
  ]);
  const report = buildThreatGroups(
    readFixture<MispCluster>('build/threat-actor.json'),
    countries.nameByCode,
    overrides,
    reserved,
  );
  const group = (id: string) => report.entries.find((entry) => entry.id === id);

  it('keeps safe synonyms, adds capitalised forms of all-caps names, trusts curated extras', () => {
    expect(group('apt90')).toEqual({
      id: 'apt90',
      name: 'APT90',
      type: 'threat_group',
      category: 'threat_group',
      aliases: ['Lynx', 'Amber Lynx', 'GALLIUMITE', 'Galliumite'],
      country: 'Arvenia',
      parent: null,
    });
  });

  it('gives a shared alias to its named owner and drops an unowned one from every claimant', () => {
    expect(group('old-heron')?.aliases).toEqual(['OldHeron', 'Quiet Heron', 'Heron Cluster']);
    expect(group('amber-lynx-junior')?.aliases).toEqual([]);
    expect(report.droppedSharedAliases).toEqual(['lynx team']);
  });

  it('skips groups named by a common word or already curated', () => {
    expect(report.skippedUnsafeNames).toEqual(['Mirage']);
    expect(report.skippedReserved).toEqual(['Kestovian Cyber Army']);
    expect(group('old-heron')?.country).toBe('Kestovian Republic');
  });
});

describe('buildAgencies', () => {
  const reserved = new ReservedSurfaces([
    { name: 'Signals Bureau', aliases: ['SB'], country: 'Kestovian Republic' },
  ]);
  const report = buildAgencies(
    readFixture<MispCluster>('build/intelligence-agencies.json'),
    countries.nameByCode,
    reserved,
  );
  const agency = (id: string) => report.entries.find((entry) => entry.id === id);

  it('keeps a disambiguating country in the name and its bare form as an ambiguous alias', () => {
    expect(agency('state-watch-service-arvenia')).toEqual({
      id: 'state-watch-service-arvenia',
      name: 'State Watch Service (Arvenia)',
      type: 'organization',
      category: 'agency',
      aliases: ['State Watch Service', 'SWS', 'Sluzhba Varty'],
      country: 'Arvenia',
      parent: 'arvenia',
    });
    expect(agency('state-watch-service-kestovia')?.aliases).toEqual(['State Watch Service', 'KWS']);
  });

  it('cuts acronyms out of names and drops acronyms that are common words', () => {
    expect(agency('arvenian-signals-office')?.aliases).toEqual(['ASO']);
    expect(agency('army-intelligence-department')).toMatchObject({
      aliases: [],
      category: 'military',
      parent: 'inland',
    });
  });

  it('leaves agencies a curated file lists for the same country to that file', () => {
    expect(report.skippedCurated).toEqual(['Signals Bureau']);
    expect(report.entries).toHaveLength(4);
  });
});

describe('slugify', () => {
  it('makes stable ascii ids', () => {
    expect(slugify("People's Liberation Army")).toBe('peoples-liberation-army');
    expect(slugify('Türkiye')).toBe('turkiye');
    expect(slugify('Qihoo 360')).toBe('qihoo-360');
  });
});
