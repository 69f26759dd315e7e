// Hand-written extractions (fixtures/graph/*.json) about two fictional countries, so these tests do
// not depend on the quality of text extraction.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../../core/types.js';
import { EmbeddedStore } from '../../graph/store.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/graph/', import.meta.url));

export const CORPUS = [
  '01-bcerc-report',
  '02-syldavia-rejects',
  '03-borduria-answers',
  '04-klow-blog',
] as const;

export function loadExtraction(name: string): Extraction {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as Extraction;
}

export function corpusStore(): EmbeddedStore {
  const store = EmbeddedStore.inMemory();
  for (const name of CORPUS) store.ingest(loadExtraction(name));
  return store;
}
