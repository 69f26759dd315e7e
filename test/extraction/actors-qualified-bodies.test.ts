// Issue 7, item 4: a body many states name alike ("Foreign Ministry", "National Cyber Security Centre")
// is the body of the country the text ties it to, never another country's. The test lexicon is its
// own (invented countries), so editing the production lexicon never changes these answers.
import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../extract/lexicon/index.js';
import { actorIds, claimSummaries, extract, extractText, mentionTexts, textDoc } from './extraction.js';
import { country } from './invented-world.js';

const lexicon = createLexicon([
  country('Norland', 'Norlandic', 'Norvik'),
  country('Veyland', 'Veylish', 'Veyport'),
  {
    id: 'norland-mfa',
    name: 'Ministry of Foreign Affairs of Norland',
    type: 'organization',
    category: 'ministry',
    portfolio: 'foreign-affairs',
    aliases: [],
    country: 'Norland',
    parent: 'norland',
  },
  {
    id: 'veyland-mfa',
    name: 'Ministry of Foreign Affairs of Veyland',
    type: 'organization',
    category: 'ministry',
    portfolio: 'foreign-affairs',
    aliases: [],
    country: 'Veyland',
    parent: 'veyland',
  },
  {
    id: 'veyland-ncsc',
    name: 'National Cyber Security Centre',
    type: 'organization',
    category: 'agency',
    aliases: [],
    country: 'Veyland',
    parent: 'veyland',
  },
]);

const bodyOf = (text: string, surface: string) => {
  const x = extractText(text, { lexicon });
  const found = x.actors.find((a) => mentionTexts(x, a.id).includes(surface));
  if (!found) throw new Error(`no actor mentioned as "${surface}" among ${JSON.stringify(actorIds(x))}`);
  return found;
};

describe('qualified bodies resolve only to what qualifies them', () => {
  it('a country adjective or possessive the lexicon knows picks that country’s body', () => {
    const adjective = 'The Norlandic Foreign Ministry condemned the attack.\n';
    expect(bodyOf(adjective, 'Norlandic Foreign Ministry').id).toBe('norland-mfa');
    expect(bodyOf("Veyland's Foreign Ministry rejected the claim.\n", "Veyland's Foreign Ministry").id).toBe(
      'veyland-mfa',
    );
    const after = 'The Foreign Ministry of Norland and the Veylish Foreign Ministry met.\n';
    expect(bodyOf(after, 'Foreign Ministry of Norland').id).toBe('norland-mfa');
  });

  it('a country the lexicon does not know makes a new body of that country', () => {
    const owned = bodyOf(
      "Kestria's Foreign Ministry summoned the envoy of Norland after the outage in Kestria.\n",
      'Foreign Ministry',
    );
    expect(owned).toMatchObject({ name: 'Ministry of Foreign Affairs of Kestria', country: 'Kestria' });
    const named = bodyOf(
      'The Ministry of Foreign Affairs of Arvenia issued a statement.\n',
      'Ministry of Foreign Affairs',
    );
    expect(named).toMatchObject({ name: 'Ministry of Foreign Affairs of Arvenia', country: 'Arvenia' });
    const adjective = bodyOf(
      'Kestovia denied it. Amber Lynx works for the Kestovian National Cyber Security Centre.\n',
      'National Cyber Security Centre',
    );
    expect(adjective).toMatchObject({ country: 'Kestovia' });
    expect(adjective.aliases).toContain('Kestovian National Cyber Security Centre');
  });

  it('a known country with no such body in the lexicon gets its own body, not another country’s', () => {
    const justice = bodyOf('The Veylish Justice Ministry charged two men.\n', 'Veylish Justice Ministry');
    expect(justice.country).toBe('Veyland');
  });

  it('an unqualified shared name with no country in the document stays its own actor with no country', () => {
    const ministry = bodyOf('The Foreign Ministry said the report was false.\n', 'Foreign Ministry');
    expect(ministry).toMatchObject({ name: 'Ministry of Foreign Affairs', country: null });
    const centre = bodyOf(
      'The National Cyber Security Centre issued an alert.\n',
      'National Cyber Security Centre',
    );
    expect(centre.country).toBeNull();
  });

  it('an unqualified shared name takes the publisher’s country when the publisher is a state body', () => {
    const doc = textDoc(
      'title: Statement\nurl: \ndate: 2025-01-01\npublisher: Ministry of Foreign Affairs of Veyland\n\n' +
        'The Foreign Ministry condemns the attack. The National Cyber Security Centre found the culprit.\n',
    );
    const x = extract(doc, { lexicon });
    expect(actorIds(x)).toContain('veyland-mfa');
    expect(actorIds(x)).toContain('veyland-ncsc');
    const foreign = textDoc(
      'title: Statement\nurl: \ndate: 2025-01-01\npublisher: Ministry of Foreign Affairs of Arvenia\n\n' +
        'The National Cyber Security Centre found the culprit.\n',
    );
    expect(actorIds(extract(foreign, { lexicon }))).not.toContain('veyland-ncsc');
  });

  it('a news outlet as publisher gives no country, a dateline does', () => {
    const outlet = textDoc(
      'title: News\nurl: \ndate: 2025-01-01\npublisher: The Veyland Herald\n\nThe Foreign Ministry said nothing.\n',
    );
    expect(actorIds(extract(outlet, { lexicon }))).not.toContain('veyland-mfa');
    const dateline = textDoc(
      'title: News\nurl: \ndate: 2025-01-01\npublisher: Wire\n\nNORVIK — The Foreign Ministry said nothing.\n',
    );
    expect(actorIds(extract(dateline, { lexicon }))).toContain('norland-mfa');
  });

  it('an unqualified body is that of the only state the text keeps naming that has one', () => {
    const kept = bodyOf(
      'Veyland denied the charges. Foreign Ministry spokeswoman Ana Vosse said Veyland never hacks, and ' +
        'Arvenia agreed.\n',
      'Foreign Ministry',
    );
    expect(kept.id).toBe('veyland-mfa');
    const both = bodyOf(
      'Veyland and Norland traded blame. Foreign Ministry spokeswoman Ana Vosse said Veyland never hacks.\n',
      'Foreign Ministry',
    );
    expect(both.country).toBeNull();
    const passing = bodyOf(
      'Foreign Ministry spokeswoman Ana Vosse spoke about Veyland.\n',
      'Foreign Ministry',
    );
    expect(passing.country).toBeNull();
  });

  it('"Treasury" alone is a short form of the treasury department', () => {
    const treasury = createLexicon([
      country('Norland', 'Norlandic', 'Norvik'),
      {
        id: 'norland-treasury',
        name: 'Department of the Treasury of Norland',
        type: 'organization',
        category: 'ministry',
        portfolio: 'treasury',
        aliases: [],
        country: 'Norland',
        parent: 'norland',
      },
    ]);
    const x = extractText(
      'The Norlandic Treasury sanctioned two firms. Treasury also froze their assets.\n',
      {
        lexicon: treasury,
      },
    );
    expect(mentionTexts(x, 'norland-treasury')).toEqual(['Norlandic Treasury', 'Treasury']);
  });

  it('"the country\'s Foreign Ministry" is the ministry of the country named last', () => {
    const body = bodyOf(
      "Norland blamed hackers for a provocation against Veyland, the country's Foreign Ministry said.\n",
      'Foreign Ministry',
    );
    expect(body.id).toBe('veyland-mfa');
  });

  it('a later unqualified mention means the body qualified earlier', () => {
    const x = extractText(
      "Veyland's Foreign Ministry rejected the claim. The Foreign Ministry later added that it was a smear.\n",
      { lexicon },
    );
    expect(mentionTexts(x, 'veyland-mfa')).toEqual(["Veyland's Foreign Ministry", 'Foreign Ministry']);
  });
});

describe('a qualified body belongs to its country', () => {
  it('"Veyland\'s Justice Ministry" (a body the lexicon lacks) is part of Veyland', () => {
    const x = extractText("Veyland's Justice Ministry charged two men. Veyland said nothing more.\n", {
      lexicon,
    });
    const ministry = x.actors.find((a) => mentionTexts(x, a.id).includes('Justice Ministry'));
    expect(ministry).toMatchObject({ type: 'organization', country: 'Veyland' });
    expect(claimSummaries(x, 'affiliation')).toContain(`affiliation ->${ministry!.id}>veyland`);
  });
});

describe('a body qualified after its name speaks as one actor', () => {
  it('"the National Cyber Security Centre of Norland said" is said by that centre, not by Norland', () => {
    const x = extractText(
      'The National Cyber Security Centre of Norland said Veyland was behind the attack.\n',
      {
        lexicon,
      },
    );
    expect(claimSummaries(x, 'accusation')).toEqual([
      expect.stringMatching(/^accusation national-cyber-security-centre-of-norland>veyland>/),
    ]);
  });

  it('"Veyland blamed the Norland National Cyber Security Centre" blames that centre, not Norland', () => {
    const x = extractText('Veyland blamed the Norland National Cyber Security Centre for the attack.\n', {
      lexicon,
    });
    expect(claimSummaries(x, 'accusation')).toEqual([
      expect.stringMatching(/^accusation veyland>national-cyber-security-centre-of-norland>/),
    ]);
  });
});
