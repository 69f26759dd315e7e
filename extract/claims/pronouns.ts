// "he said" / "she added": a personal pronoun stands for the last person named before it.
// Only he/she: "it" and "they" are too often not actors at all.
import type { Sentence } from '../nlp/parse.js';
import type { ResolvedMention } from '../actors/resolve.js';

const PERSONAL = new Set(['he', 'she']);

export function pronounMentions(sentences: Sentence[], mentions: ResolvedMention[]): ResolvedMention[] {
  const people = mentions.filter((m) => m.type === 'person' && m.sentence >= 0);
  const found: ResolvedMention[] = [];
  sentences.forEach((s, si) => {
    for (const t of s.tokens) {
      if (!PERSONAL.has(t.lower)) continue;
      const antecedent = lastBefore(people, t.start);
      if (antecedent)
        found.push({ ...antecedent, start: t.start, end: t.end, surface: t.text, sentence: si });
    }
  });
  return found;
}

function lastBefore(mentions: ResolvedMention[], offset: number): ResolvedMention | undefined {
  let last: ResolvedMention | undefined;
  for (const m of mentions) if (m.end <= offset) last = m;
  return last;
}
