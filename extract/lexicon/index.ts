// The actor lexicon: who can be named in a text, under which surface forms. See README.md beside this file.
import { buildLexicon } from './create.js';
import { countryEntries, curatedEntries, formTables, generatedEntries } from './sources.js';
import type { FormTables, Lexicon, LexiconEntry } from './types.js';

export type * from './types.js';
export { isCountryEntry } from './types.js';

/** A lexicon of the given entries. Compound forms (government forms, qualified ministries) come from `tables`,
 * by default the production tables in curated/forms.json. */
export function createLexicon(entries: LexiconEntry[], tables: FormTables = formTables()): Lexicon {
  return buildLexicon(entries, tables);
}

let production: Lexicon | undefined;

/** The production lexicon (countries, curated and generated entries), built once per process. */
export function loadLexicon(): Lexicon {
  production ??= buildLexicon(
    [...countryEntries(), ...curatedEntries(), ...generatedEntries()],
    formTables(),
  );
  return production;
}
