// A small world of invented actors for claim-frame tests: no real country, agency or group, so a test
// passes because of the sentence's structure and not because a rule was written for a real document.
import { createLexicon, type CountryEntry, type LexiconEntry } from '../../extract/lexicon/index.js';
import { extractText } from './extraction.js';

/** A country entry of the invented world's shape: id is the lower-case name. */
export const country = (name: string, demonym: string, capital: string): CountryEntry => ({
  id: name.toLowerCase(),
  name,
  type: 'country',
  category: 'country',
  aliases: [],
  country: name,
  parent: null,
  demonyms: [demonym],
  capitals: [capital],
});

/** An organisation or group entry of the invented world's shape (its parent defaults to its country). */
export const org = (
  id: string,
  name: string,
  category: LexiconEntry['category'],
  country: string | null,
  aliases: string[] = [],
  parent: string | null = country ? country.toLowerCase() : null,
): LexiconEntry => ({
  id,
  name,
  type: category === 'threat_group' ? 'threat_group' : 'organization',
  category,
  aliases,
  country,
  parent,
});

export const inventedLexicon = createLexicon(
  [
    country('Norland', 'Norlandic', 'Norvik'),
    country('Veyland', 'Veylandic', 'Velsk'),
    country('Kestria', 'Kestrian', 'Dornholm'),
    country('Ostravia', 'Ostravian', 'Ostrava City'),
    org('ncsc', 'Norland Cyber Security Centre', 'agency', 'Norland', ['NCSC']),
    org('norland-justice-ministry', 'Norland Justice Ministry', 'ministry', 'Norland'),
    org('veyland-defence-ministry', 'Veyland Defence Ministry', 'ministry', 'Veyland', ['VDM']),
    org('unit-77', 'Unit 77', 'unit', 'Veyland', ['VDM Unit 77'], 'veyland-defence-ministry'),
    org('ostravian-security-service', 'Ostravian Security Service', 'agency', 'Ostravia', ['OSS']),
    org('kestrian-embassy', 'Kestrian Embassy', 'ministry', 'Kestria'),
    org('brightwall', 'Brightwall', 'company', null),
    org('vexon', 'Vexon', 'company', null),
    org('ntv', 'NTV', 'media', 'Norland'),
    org('glass-heron', 'Glass Heron', 'threat_group', 'Veyland'),
    org('tin-lynx', 'Tin Lynx', 'threat_group', 'Veyland'),
    org('grey-otter', 'Grey Otter', 'threat_group', null),
    org('tollgate', 'Tollgate', 'company', null),
  ],
  { governmentNouns: ['government', 'officials'], governmentOf: [], nonActorPhrases: [], portfolioForms: {} },
);

/** The claims of an inline text read in the invented world, as "kind claimant>subject>object [rule]". */
export const inventedClaims = (text: string): string[] =>
  extractText(`${text}\n`, { lexicon: inventedLexicon }).claims.map(
    (c) => `${c.kind} ${c.claimant ?? '-'}>${c.subject ?? '-'}>${c.object ?? '-'} [${c.rule}]`,
  );
