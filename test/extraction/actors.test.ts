// The actor stage on realistic text: acronym definitions, surname-only references, capitals used
// for governments vs as places, and the punctuation around names that must not become part of them.
import { describe, expect, it } from 'vitest';
import { createLexicon, type LexiconEntry } from '../../extract/lexicon/index.js';
import { actor, actorIds, claimWith, extract, extractText, fixtureDoc, mentionTexts } from './extraction.js';

const advisory = extract(fixtureDoc('cyber-centre-advisory.txt'));
const news = extract(fixtureDoc('capitals-and-noise.txt'));

describe('acronym definitions', () => {
  it('"Long Name (ACR)" makes one actor, and later bare uses of the acronym are the same actor', () => {
    expect(actor(advisory, 'baltic-cyber-defence-centre')).toMatchObject({
      name: 'Baltic Cyber Defence Centre',
      type: 'organization',
      aliases: ['BCDC'],
    });
    expect(mentionTexts(advisory, 'baltic-cyber-defence-centre')).toEqual([
      'Baltic Cyber Defence Centre',
      'BCDC',
      'BCDC',
    ]);
    expect(actorIds(advisory).filter((id) => id.includes('bcdc'))).toEqual([]);
  });

  it('"ACR (Long Name)" for a known acronym adds the long form to the same actor, and later long-form uses too', () => {
    const lexicon = createLexicon([
      {
        id: 'kcert',
        name: 'KCERT',
        type: 'organization',
        category: 'agency',
        aliases: [],
        country: null,
        parent: null,
      },
    ] satisfies LexiconEntry[]);
    const x = extractText(
      'Partners at KCERT (Kestovia Computer Emergency Response Team) shared indicators. The Kestovia Computer Emergency Response Team later confirmed the findings.\n',
      { lexicon },
    );
    expect(actorIds(x)).toEqual(['kcert']);
    expect(actor(x, 'kcert').aliases).toEqual(['Kestovia Computer Emergency Response Team']);
    expect(mentionTexts(x, 'kcert')).toEqual([
      'KCERT',
      'Kestovia Computer Emergency Response Team',
      'Kestovia Computer Emergency Response Team',
    ]);
  });

  it('"ACR (Long Name)" for an unknown acronym binds later bare uses to the long name', () => {
    const id = 'kestovia-computer-emergency-response-team';
    expect(actor(advisory, id).aliases).toEqual(['KCERT']);
    expect(mentionTexts(advisory, id)).toEqual([
      'KCERT',
      'Kestovia Computer Emergency Response Team',
      'KCERT',
    ]);
  });
});

describe('surname-only references', () => {
  it('binds "Wray said" to Christopher Wray, introduced with his title', () => {
    const x = extractText(
      'FBI Director Christopher Wray accused China of hacking. Wray said the campaign targeted hospitals.\n',
    );
    expect(actor(x, 'christopher-wray')).toMatchObject({
      name: 'Christopher Wray',
      type: 'person',
      aliases: ['Wray'],
    });
    expect(mentionTexts(x, 'christopher-wray')).toEqual(['Christopher Wray', 'Wray']);
    expect(actorIds(x)).not.toContain('wray');
  });

  it('binds "Mr. Park" to Park Jin, without the honorific', () => {
    expect(mentionTexts(news, 'park-jin')).toEqual(['Park Jin', 'Park']);
    expect(actor(news, 'park-jin').name).toBe('Park Jin');
  });

  it('binds a surname to the nearest earlier person of that name', () => {
    const x = extractText(
      'Wang Lei, a spokesman for the ministry, spoke first. Later, Wang Wenbin, another spokesman, answered. Wang said the claims were baseless.\n',
    );
    expect(mentionTexts(x, 'wang-wenbin')).toEqual(['Wang Wenbin', 'Wang']);
    expect(mentionTexts(x, 'wang-lei')).toEqual(['Wang Lei']);
  });
});

describe('capitals: the government or the place', () => {
  it('reads "Washington accused Pyongyang" as the two governments', () => {
    expect(mentionTexts(news, 'united-states')).toEqual(['Washington', 'US']);
    expect(mentionTexts(news, 'north-korea')).toEqual(['Pyongyang', 'North Korea']);
    const accusation = claimWith(news, 'accusation', 'Washington accused Pyongyang');
    expect([accusation.claimant, accusation.subject]).toEqual(['united-states', 'north-korea']);
  });

  it('does not read "the embassy in Seoul" or a "SEOUL —" dateline as South Korea', () => {
    expect(mentionTexts(news, 'south-korea')).toEqual(['South Korea', 'ROK']);
  });

  it('reads "Beijing said" as China but "the embassy in Beijing" as a place', () => {
    expect(actorIds(extractText('Beijing said the report was a smear.\n'))).toEqual(['china']);
    expect(actorIds(extractText('The talks took place at the embassy in Beijing on Tuesday.\n'))).toEqual([]);
  });

  it('reads "officials in Beijing" as the government seated there, but not "US officials in Beijing"', () => {
    const seated = extractText('Officials in Beijing blamed Moscow for the attack.\n');
    expect(actorIds(seated)).toEqual(['china', 'russia']);
    const accusation = claimWith(seated, 'accusation', 'blamed Moscow');
    expect([accusation.claimant, accusation.subject]).toEqual(['china', 'russia']);
    expect(actorIds(extractText('The regime in Moscow denied the accusations.\n'))).toEqual(['russia']);
    const visiting = extractText('US officials in Beijing said Moscow was behind the attack.\n');
    expect(actorIds(visiting)).toEqual(['united-states', 'russia']);
  });
});

describe('punctuation around names', () => {
  const noise = /^["“'‘]|^(Mr|Mrs|Ms|Dr)\.? |['’]s$|["”'’.,:;]$/u;

  it('keeps possessives, trailing full stops and quotes out of mentions and names', () => {
    expect(mentionTexts(news, 'south-korea')).toContain('ROK'); // "in the ROK."
    expect(mentionTexts(news, 'lazarus-group')).toEqual(['Lazarus Group']); // "“Lazarus Group”,"
    expect(mentionTexts(news, 'nis-south-korea')).toEqual(['National Intelligence Service']); // after "South Korea's"
    for (const a of news.actors) {
      for (const name of [a.name, ...a.aliases]) expect(name).not.toMatch(noise);
    }
  });

  it('keeps the colon of a speaker label and "Mr." out of person names', () => {
    const x = extract(fixtureDoc('mfa-press-conference.txt'));
    expect(mentionTexts(x, 'lin-jian').every((m) => m === 'Lin Jian')).toBe(true);
    const mr = extractText('Mr. John Lee, a spokesman for the ministry, said Russia hacked the grid.\n');
    expect(actor(mr, 'john-lee')).toMatchObject({ name: 'John Lee', aliases: [] });
  });

  it('keeps a hyphenated given name whole: "Kim Jong-sik"', () => {
    const x = extractText('Kim Jong-sik, a spokesman for the service, said Russia hacked the exchange.\n');
    expect(actor(x, 'kim-jong-sik').name).toBe('Kim Jong-sik');
    expect(claimWith(x, 'accusation', 'hacked').claimant).toBe('kim-jong-sik');
  });
});
