// Headlines drop the words that tell compromise a verb is a verb: in "Norland indicts Veyland hackers"
// and "Kestria Accuses Norland of Hacking" it tags the verb as a plural noun. In a sentence that has no
// verb at all, a word ending in -s between two names is read as the verb compromise would see in "it
// indicts" — a test on compromise's own lexicon, not a list of ours.
import nlp from 'compromise';
import type { Token } from './token.js';

const verbCache = new Map<string, boolean>();

function isThirdPersonVerb(lower: string): boolean {
  let known = verbCache.get(lower);
  if (known === undefined) {
    const terms = nlp(`it ${lower} them`).json({ terms: { tags: true } }) as {
      terms: { tags: string[] }[];
    }[];
    known = terms[0]?.terms[1]?.tags.includes('PresentTense') ?? false;
    verbCache.set(lower, known);
  }
  return known;
}

const nameLike = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/** Returns the tokens with headline verbs tagged as verbs; the same array when there is none. */
export function readHeadlineVerbs(tokens: Token[]): Token[] {
  if (tokens.some((t) => t.tags.has('Verb'))) return tokens;
  let changed = false;
  const read = tokens.map((t, i) => {
    if (!/s$/.test(t.lower) || !nameLike(tokens[i - 1]) || !nameLike(tokens[i + 1]) || /[,;:]/.test(t.post))
      return t;
    if (/[,;:]/.test(tokens[i - 1]!.post) || !isThirdPersonVerb(t.lower)) return t;
    changed = true;
    return { ...t, tags: new Set(['Verb', 'PresentTense']) };
  });
  return changed ? read : tokens;
}
