// Every surface form an entry can take in text: its name and aliases, a country's demonyms, capitals and
// government forms ("the Chinese government"), and a ministry's portfolio forms, generic ("Foreign Ministry",
// ambiguous across countries) and country-qualified ("Chinese Foreign Ministry", "China's Foreign Ministry").
import {
  isCountryEntry,
  type CountryEntry,
  type FormTables,
  type LexiconEntry,
  type MatchVia,
} from './types.js';

export interface SurfaceForm {
  surface: string;
  entryId: string;
  via: MatchVia;
}

/** When one surface is reached several ways ("US" is an alias and a demonym), the strongest reading is reported. */
export const VIA_PRIORITY: readonly MatchVia[] = ['name', 'alias', 'government', 'capital', 'demonym'];

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Names that stand before a noun: "China", "PRC", "Chinese", "US". Native spellings ("Zhōngguó") are left out:
 * English text does not compound them, and each would add dozens of forms. */
function countryQualifiers(country: CountryEntry): { nouns: string[]; adjectives: string[] } {
  const nouns = [country.name, ...country.aliases.filter((alias) => /^[\x20-\x7E]+$/.test(alias))];
  return { nouns, adjectives: [...nouns, ...country.demonyms] };
}

/** "government of" -> "government of China" and "government of the China": the article is harmless where English
 * does not use it, and needed where it does ("government of the United States"). */
function withCountryAfter(head: string, names: readonly string[]): string[] {
  return names.flatMap((name) => [`${head} ${name}`, `${head} the ${name}`]);
}

function governmentForms(country: CountryEntry, tables: FormTables): SurfaceForm[] {
  const { nouns, adjectives } = countryQualifiers(country);
  const surfaces = [
    ...tables.governmentNouns.flatMap((noun) => [
      ...adjectives.map((adjective) => `${adjective} ${noun}`),
      ...nouns.map((name) => `${possessive(name)} ${noun}`),
    ]),
    ...tables.governmentOf.flatMap((head) => withCountryAfter(head, nouns)),
  ];
  return surfaces.map((surface) => ({ surface, entryId: country.id, via: 'government' }));
}

function portfolioForms(
  ministry: LexiconEntry,
  country: CountryEntry | undefined,
  tables: FormTables,
): SurfaceForm[] {
  const generic = ministry.portfolio ? (tables.portfolioForms[ministry.portfolio] ?? []) : [];
  if (!country) return generic.map((surface) => ({ surface, entryId: ministry.id, via: 'alias' }));
  const { nouns, adjectives } = countryQualifiers(country);
  const possessors = [...nouns, ...country.capitals].map(possessive);
  const qualified = generic.flatMap((form) => [
    ...adjectives.map((adjective) => `${adjective} ${form}`),
    ...possessors.map((owner) => `${owner} ${form}`),
    ...withCountryAfter(`${form} of`, nouns),
  ]);
  return [...generic, ...qualified].map((surface) => ({ surface, entryId: ministry.id, via: 'alias' }));
}

// "FireEye" is often written "Fireeye", "CrowdStrike" "Crowdstrike": a one-word camel-case name also
// matches with only its first letter capitalised (one-word forms otherwise match case-sensitively).
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;

function camelCaseVariants(forms: SurfaceForm[]): SurfaceForm[] {
  return forms
    .filter((f) => CAMEL_CASE.test(f.surface))
    .map((f) => ({ ...f, surface: f.surface[0]! + f.surface.slice(1).toLowerCase() }));
}

export function surfaceForms(entries: Iterable<LexiconEntry>, tables: FormTables): SurfaceForm[] {
  const all = [...entries];
  const countriesByName = new Map(all.filter(isCountryEntry).map((country) => [country.name, country]));
  return all.flatMap((entry): SurfaceForm[] => {
    const own: SurfaceForm[] = [
      { surface: entry.name, entryId: entry.id, via: 'name' },
      ...entry.aliases.map((surface): SurfaceForm => ({ surface, entryId: entry.id, via: 'alias' })),
    ];
    own.push(...camelCaseVariants(own));
    if (isCountryEntry(entry)) {
      return [
        ...own,
        ...entry.demonyms.map((surface): SurfaceForm => ({ surface, entryId: entry.id, via: 'demonym' })),
        ...entry.capitals.map((surface): SurfaceForm => ({ surface, entryId: entry.id, via: 'capital' })),
        ...governmentForms(entry, tables),
      ];
    }
    if (entry.portfolio) {
      const country = entry.country === null ? undefined : countriesByName.get(entry.country);
      return [...own, ...portfolioForms(entry, country, tables)];
    }
    return own;
  });
}
