// Builds a Lexicon from entries: indexes by id, compiles every surface form into the phrase matcher.
import { ClaimgraphError } from '../../core/errors.js';
import { surfaceForms } from './forms.js';
import { PhraseMatcher } from './matcher.js';
import { foldText } from './tokens.js';
import {
  isCountryEntry,
  type CountryEntry,
  type FormTables,
  type Lexicon,
  type LexiconEntry,
} from './types.js';

function countryKey(surface: string): string {
  return foldText(surface).replace(/\s+/g, ' ').trim().toLowerCase();
}

function indexById(entries: readonly LexiconEntry[]): Map<string, LexiconEntry> {
  const byId = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new ClaimgraphError('lexicon', `duplicate entry id '${entry.id}'`);
    byId.set(entry.id, entry);
  }
  return byId;
}

function indexCountries(entries: readonly LexiconEntry[]): Map<string, CountryEntry> {
  const byForm = new Map<string, CountryEntry>();
  for (const country of entries.filter(isCountryEntry)) {
    for (const form of [country.name, ...country.aliases, ...country.demonyms, ...country.capitals]) {
      const key = countryKey(form);
      if (!byForm.has(key)) byForm.set(key, country);
    }
  }
  return byForm;
}

export function buildLexicon(entries: readonly LexiconEntry[], tables: FormTables): Lexicon {
  const byId = indexById(entries);
  const countries = indexCountries(entries);
  const matcher = new PhraseMatcher(surfaceForms(entries, tables), tables.nonActorPhrases);
  const resolve = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((e): e is LexiconEntry => !!e);
  return {
    entries: byId,
    byId: (id) => byId.get(id),
    lookup: (surface) => resolve(matcher.lookup(surface)?.entryIds ?? []),
    country: (form) => countries.get(countryKey(form)),
    findMentions: (text) => matcher.findMentions(text),
  };
}
