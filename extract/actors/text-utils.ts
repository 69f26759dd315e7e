// Small predicates over tokens shared by the actor finders.
import type { Token } from '../nlp/parse.js';

const LEADING_PUNCT = /^[\p{Pi}\p{Ps}"'“‘(]+/u;

export const bareText = (t: Token) => t.text.replace(LEADING_PUNCT, '').replace(/['’]s$/u, '');
export const isCapitalized = (t: Token) => /^\p{Lu}/u.test(bareText(t));
export const isPossessive = (t: Token) => /['’]s?$/u.test(t.text) && t.text.length > 2;
/** Punctuation after a token that ends a name (a comma, a dash, a closing bracket or quote, a full stop). */
export const breaksAfter = (t: Token) =>
  !isInitial(t) && (/[,;:()[\]"“”—–]|\.\s/u.test(t.post) || /[.!?]$/.test(t.post.trim()));
/** "B." in "Merrick B. Garland" */
const isInitial = (t: Token) =>
  /^\p{Lu}\.?$/u.test(t.text) && /^\.?\s*$/.test(t.post) && (t.text.endsWith('.') || t.post.startsWith('.'));
export const breaksBefore = (t: Token) => /[("“[]/u.test(t.pre);

/** "President Vladimir Putin" -> "president vladimir putin" without punctuation, for name comparison. */
export const nameKey = (s: string) => {
  let key = NAME_KEYS.get(s);
  if (key === undefined) {
    key = s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /, '');
    // The same few surfaces are keyed again and again, within a document and across documents; the
    // memo is emptied now and then so that a long run does not keep every surface it met.
    if (NAME_KEYS.size >= MAX_NAME_KEYS) NAME_KEYS.clear();
    NAME_KEYS.set(s, key);
  }
  return key;
};
const NAME_KEYS = new Map<string, string>();
const MAX_NAME_KEYS = 20_000;

export const slug = (s: string) => nameKey(s).replace(/ /g, '-');
