// The small test dictionary in fixtures/lexicon, so that editing production data never breaks these tests.
import { readFileSync } from 'node:fs';
import {
  createLexicon,
  type FormTables,
  type Lexicon,
  type LexiconEntry,
  type LexiconMatch,
} from '../../extract/lexicon/index.js';

const FIXTURES = new URL('../../fixtures/lexicon/', import.meta.url);

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
}

export const fixtureEntries = (): LexiconEntry[] => readFixture<LexiconEntry[]>('entries.json');
export const fixtureTables = (): FormTables => readFixture<FormTables>('tables.json');

export function fixtureLexicon(): Lexicon {
  return createLexicon(fixtureEntries(), fixtureTables());
}

/** Matches as compact "surface|via|ids" strings: one assertion shows span, reading and ids together. */
export function describeMatches(matches: readonly LexiconMatch[]): string[] {
  return matches.map((m) => `${m.surface}|${m.via}|${m.entryIds.join(',')}`);
}
