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
export const nameKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

export const slug = (s: string) => nameKey(s).replace(/ /g, '-');
