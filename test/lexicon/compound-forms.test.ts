import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../extract/lexicon/index.js';
import { describeMatches, fixtureEntries, fixtureLexicon, fixtureTables } from './fixture-lexicon.js';

const lexicon = fixtureLexicon();
const find = (text: string) => describeMatches(lexicon.findMentions(text));

describe('government forms', () => {
  it('reads demonym + government noun as one match of the country, without the article', () => {
    expect(find('the Chinese government said')).toEqual(['Chinese government|government|china']);
    expect(find('the US government and the U.S. authorities')).toEqual([
      'US government|government|united-states',
      'U.S. authorities|government|united-states',
    ]);
    expect(find('the Russian regime')).toEqual(['Russian regime|government|russia']);
  });

  it('reads "government of X" and possessive forms', () => {
    expect(find('the government of China said')).toEqual(['government of China|government|china']);
    expect(find('Government of the Russian Federation')).toEqual([
      'Government of the Russian Federation|government|russia',
    ]);
    expect(find('Russia’s government')).toEqual(['Russia’s government|government|russia']);
  });

  it('builds forms from the data table only', () => {
    const withoutTables = createLexicon(fixtureEntries(), {
      governmentNouns: [],
      governmentOf: [],
      nonActorPhrases: [],
      portfolioForms: {},
    });
    expect(describeMatches(withoutTables.findMentions('the Chinese government'))).toEqual([
      'Chinese|demonym|china',
    ]);
  });
});

describe('capitals, demonyms and country names', () => {
  it('reports capitals and demonyms with their reading', () => {
    expect(find('Beijing and Moscow')).toEqual(['Beijing|capital|china', 'Moscow|capital|russia']);
    expect(find('Chinese hackers and American firms')).toEqual([
      'Chinese|demonym|china',
      'American|demonym|united-states',
    ]);
  });

  it('reads short forms of countries as aliases and official names as aliases', () => {
    expect(find('the ROK and the Republic of Korea')).toEqual([
      'ROK|alias|south-korea',
      'Republic of Korea|alias|south-korea',
    ]);
    expect(find('the Kremlin')).toEqual(['Kremlin|alias|russia']);
  });

  it('reads "US" as a demonym only right before another mention', () => {
    expect(find('the US accused Russia')).toEqual(['US|alias|united-states', 'Russia|name|russia']);
    expect(find('US DOJ')).toEqual(['US|demonym|united-states', 'DOJ|alias|us-doj']);
  });
});

describe('ministries', () => {
  it('gives ambiguous generic forms every ministry of that portfolio', () => {
    expect(find('the Foreign Ministry said')).toEqual(['Foreign Ministry|alias|china-mfa,russia-mfa']);
    expect(lexicon.lookup('MFA').map((entry) => entry.id)).toEqual(['china-mfa', 'russia-mfa']);
  });

  it('reads country-qualified forms as one unambiguous match', () => {
    expect(find('the Chinese Foreign Ministry')).toEqual(['Chinese Foreign Ministry|alias|china-mfa']);
    expect(find('China’s Foreign Ministry')).toEqual(['China’s Foreign Ministry|alias|china-mfa']);
    expect(find("Beijing's foreign ministry")).toEqual(["Beijing's foreign ministry|alias|china-mfa"]);
    expect(find('the Russian Ministry of Foreign Affairs')).toEqual([
      'Russian Ministry of Foreign Affairs|alias|russia-mfa',
    ]);
    expect(find('the US Justice Department')).toEqual(['US Justice Department|alias|us-doj']);
    expect(find('the Ministry of Foreign Affairs of Russia')).toEqual([
      'Ministry of Foreign Affairs of Russia|name|russia-mfa',
    ]);
  });

  it('keeps a lower-case generic form unmatched', () => {
    expect(find('a foreign ministry official')).toEqual([]);
  });
});

describe('tables from data', () => {
  it('uses the portfolio forms given', () => {
    const tables = { ...fixtureTables(), portfolioForms: { 'foreign-affairs': ['Foreign Office'] } };
    const custom = createLexicon(fixtureEntries(), tables);
    expect(
      describeMatches(custom.findMentions('the Chinese Foreign Office and the Foreign Ministry')),
    ).toEqual(['Chinese Foreign Office|alias|china-mfa']);
  });
});

describe('camel-case names', () => {
  it('a one-word camel-case name also matches with only its first letter capitalised', () => {
    const lexicon = createLexicon([
      {
        id: 'brightwall',
        name: 'BrightWall',
        type: 'organization',
        category: 'company',
        aliases: [],
        country: null,
        parent: null,
      },
    ]);
    expect(
      lexicon.findMentions('Researchers at Brightwall and BrightWall agreed.').map((m) => m.entryIds[0]),
    ).toEqual(['brightwall', 'brightwall']);
    expect(lexicon.findMentions('brightwall').length).toBe(0);
  });
});
