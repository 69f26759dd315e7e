// Country entries from the world-countries package: common name, official name, selected alternative spellings,
// demonyms and capitals, adjusted by the curated overrides (canonical spellings, metonymic capitals, real-usage
// short forms such as "U.S." and "Britain").
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { CountryEntry } from '../types.js';
import { slugify } from './slug.js';

/** The world-countries data. Its typings and its CommonJS entry disagree on the default export; its data file
 * is unambiguous. */
export function worldCountries(): Country[] {
  return createRequire(import.meta.url)('world-countries/countries.json') as Country[];
}

export interface CountryOverride {
  name?: string;
  aliases?: string[];
  removeAliases?: string[];
  demonyms?: string[];
  capitals?: string[]; // replaces the package's capitals
  parent?: string;
}

export interface CountryOverrides {
  /** Besides UN members: states and territories that act in texts of this kind (Taiwan, Kosovo, Hong Kong...). */
  include: string[];
  /** Two-letter codes that are real usage in prose. Any other two-letter alias is dropped ("IN", "IT", "NO"). */
  twoLetterAllowlist: string[];
  /** Capitals that are more often something else ("Victoria", "Kingston"). */
  capitalDenylist: string[];
  byCode: Record<string, CountryOverride>;
}

const LATIN_TEXT = /^[\p{Script=Latin}\s.'’-]+$/u;

/** Alternative spellings worth matching: Latin-script names, no inverted "Korea, Republic of" or "X (Y)" forms,
 * no two-letter codes unless allowlisted. */
function usableAlias(alias: string, allowlist: ReadonlySet<string>): boolean {
  if (allowlist.has(alias)) return true;
  if (alias.replace(/\./g, '').length <= 2) return false;
  return LATIN_TEXT.test(alias);
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.trim() !== ''))];
}

export interface BuiltCountries {
  entries: CountryEntry[];
  /** ISO 3166-1 alpha-2 code -> canonical country name, for sources that give codes (MISP). */
  nameByCode: Map<string, string>;
}

function buildCountry(
  country: Country,
  overrides: CountryOverrides,
  allowlist: ReadonlySet<string>,
): CountryEntry {
  const override = overrides.byCode[country.cca2] ?? {};
  const name = override.name ?? country.name.common;
  const extraAliases = override.aliases ?? [];
  const removed = new Set([name, ...(override.removeAliases ?? [])]);
  const aliases = unique([
    country.name.common,
    country.name.official,
    ...country.altSpellings,
    ...extraAliases,
  ])
    .filter((alias) => !removed.has(alias))
    .filter((alias) => extraAliases.includes(alias) || usableAlias(alias, allowlist));
  const english = country.demonyms?.eng;
  // Some entries hold two forms in one string ("Bosnian, Herzegovinian").
  const demonyms = english ? [english.m, english.f].flatMap((d) => d.split(/,\s*/u)) : [];
  const denied = new Set(overrides.capitalDenylist);
  const capitals = override.capitals ?? country.capital.filter((capital) => !denied.has(capital));
  return {
    id: slugify(name),
    name,
    type: 'country',
    category: 'country',
    aliases,
    country: name,
    parent: override.parent ?? null,
    demonyms: unique([...demonyms.filter((d) => d !== name), ...(override.demonyms ?? [])]),
    capitals: unique(capitals),
  };
}

export function buildCountries(countries: readonly Country[], overrides: CountryOverrides): BuiltCountries {
  const allowlist = new Set(overrides.twoLetterAllowlist);
  const included = new Set(overrides.include);
  const nameByCode = new Map<string, string>();
  const entries = countries
    .filter((country) => country.unMember || included.has(country.cca2))
    .map((country) => {
      const entry = buildCountry(country, overrides, allowlist);
      nameByCode.set(country.cca2, entry.name);
      return entry;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return { entries, nameByCode };
}
