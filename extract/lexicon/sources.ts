// The lexicon's data files, committed so the product works without ../shared: generated ones (written by
// scripts/build-lexicon.ts from world-countries and MISP) and curated ones (edited by hand).
import agencies from './curated/agencies.json' with { type: 'json' };
import companies from './curated/companies.json' with { type: 'json' };
import forms from './curated/forms.json' with { type: 'json' };
import government from './curated/government.json' with { type: 'json' };
import international from './curated/international.json' with { type: 'json' };
import lawEnforcement from './curated/law-enforcement.json' with { type: 'json' };
import media from './curated/media.json' with { type: 'json' };
import ministries from './curated/ministries.json' with { type: 'json' };
import research from './curated/research.json' with { type: 'json' };
import curatedThreatGroups from './curated/threat-groups.json' with { type: 'json' };
import countries from './generated/countries.json' with { type: 'json' };
import intelligenceAgencies from './generated/intelligence-agencies.json' with { type: 'json' };
import threatGroups from './generated/threat-groups.json' with { type: 'json' };
import { parseCountryEntries, parseEntries, parseFormTables } from './schema.js';
import type { CountryEntry, FormTables, LexiconEntry } from './types.js';

/** Curated entry files by name; the build reads them too, so generated entries never shadow a curated one. */
export const CURATED_FILES: Readonly<Record<string, unknown>> = {
  'curated/international.json': international,
  'curated/ministries.json': ministries,
  'curated/agencies.json': agencies,
  'curated/law-enforcement.json': lawEnforcement,
  'curated/government.json': government,
  'curated/companies.json': companies,
  'curated/media.json': media,
  'curated/research.json': research,
  'curated/threat-groups.json': curatedThreatGroups,
};

export function curatedEntries(): LexiconEntry[] {
  return Object.entries(CURATED_FILES).flatMap(([source, data]) => parseEntries(data, source));
}

export function countryEntries(): CountryEntry[] {
  return parseCountryEntries(countries, 'generated/countries.json');
}

export function generatedEntries(): LexiconEntry[] {
  return [
    ...parseEntries(intelligenceAgencies, 'generated/intelligence-agencies.json'),
    ...parseEntries(threatGroups, 'generated/threat-groups.json'),
  ];
}

export function formTables(): FormTables {
  return parseFormTables(forms, 'curated/forms.json');
}
