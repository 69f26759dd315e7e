// Hyphenated given names and surnames ("Kim Jong-sik", "Anna Marten-Dray"): compromise splits the word
// at its hyphen, so a person's name found by any finder may stop at "Kim Jong". The name goes on over a
// hyphen that joins letters with no space on either side.
import type { Mention } from './mention.js';

const HYPHENATED_TAIL = /^-\p{L}[\p{L}'’]*/u;

export function withHyphenatedNames(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'person' || !/\p{L}$/u.test(m.surface)) return m;
    const tail = HYPHENATED_TAIL.exec(text.slice(m.end, m.end + 40))?.[0];
    return tail ? { ...m, end: m.end + tail.length, surface: m.surface + tail } : m;
  });
}
