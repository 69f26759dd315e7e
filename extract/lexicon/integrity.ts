// Invariants of a whole lexicon, checked by the build before it writes and by the production-data tests:
// unique ids, existing parents and countries, no two-letter country code as an alias unless it is real usage.
import { ClaimgraphError } from '../../core/errors.js';
import { worldCountries } from './build/countries.js';
import { buildLexicon } from './create.js';
import overrides from './curated/country-overrides.json' with { type: 'json' };
import { isCountryEntry, type FormTables, type LexiconEntry } from './types.js';

/** Two-letter country codes that are real usage in prose ("US", "U.K."); any other ("IN", "IT", "NO") is not. */
const ALLOWED_CODES: ReadonlySet<string> = new Set(overrides.twoLetterAllowlist);
const ISO_CODES: ReadonlySet<string> = new Set(worldCountries().map((country) => country.cca2));

function isCountryCode(alias: string): boolean {
  const letters = alias.replace(/\./g, '');
  return letters.length === 2 && ISO_CODES.has(letters.toUpperCase());
}

export function integrityProblems(entries: readonly LexiconEntry[]): string[] {
  const ids = new Set(entries.map((entry) => entry.id));
  const countryNames = new Set(entries.filter(isCountryEntry).map((entry) => entry.name));
  const problems: string[] = [];
  if (ids.size !== entries.length) problems.push('duplicate ids');
  for (const entry of entries) {
    if (entry.parent !== null && !ids.has(entry.parent))
      problems.push(`${entry.id}: unknown parent '${entry.parent}'`);
    if (entry.country !== null && !countryNames.has(entry.country))
      problems.push(`${entry.id}: unknown country '${entry.country}'`);
    const forms = isCountryEntry(entry) ? [...entry.aliases, ...entry.demonyms] : entry.aliases;
    for (const alias of forms.filter(isCountryCode)) {
      if (!ALLOWED_CODES.has(alias)) problems.push(`${entry.id}: country code '${alias}' as alias`);
    }
  }
  return problems;
}

/** Throws on the first problems found; also compiles the lexicon, which rejects duplicate ids. */
export function checkIntegrity(entries: readonly LexiconEntry[], tables: FormTables): void {
  const problems = integrityProblems(entries);
  if (problems.length > 0)
    throw new ClaimgraphError('lexicon', `integrity: ${problems.slice(0, 20).join('; ')}`);
  buildLexicon(entries, tables);
}
