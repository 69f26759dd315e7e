// "he said" / "she added": a personal pronoun stands for the last person named before it.
// Only he/she: "it" and "they" are too often not actors at all.
import type { Sentence } from '../nlp/parse.js';
import type { ResolvedMention } from '../actors/resolve.js';

const PERSONAL = new Set(['he', 'she']);

export function pronounMentions(sentences: Sentence[], mentions: ResolvedMention[]): ResolvedMention[] {
  // Sentences and their tokens run in document order, so one pass over the people sorted by where
  // they end finds every antecedent: linear, however many pronouns and names a document has.
  const people = mentions
    .filter((m) => m.type === 'person' && m.sentence >= 0)
    .sort((a, b) => a.end - b.end);
  const found: ResolvedMention[] = [];
  let named = 0;
  sentences.forEach((s, si) => {
    for (const t of s.tokens) {
      if (!PERSONAL.has(t.lower)) continue;
      while (named < people.length && people[named]!.end <= t.start) named++;
      const antecedent = people[named - 1];
      if (antecedent)
        found.push({ ...antecedent, start: t.start, end: t.end, surface: t.text, sentence: si });
    }
  });
  return found;
}
