// Asides set off by commas stand between a subject and its verb. A reporting aside ("Veyland, he said,
// had hacked the grid"; "The outage, according to Norland, was caused by Tin Lynx") is taken out for the
// doer's patterns: the clause then reads as it would unquoted, and the aside's speaker is found as every
// speaker is. An adjunct aside that names no one ("Norland, in a statement on Friday, accused ...") is
// taken out for the claim patterns and the speakers' patterns.
import type { Item } from './items.js';

/** The longest aside read as one (items from the comma that opens it to the comma that closes it). */
const MAX_ASIDE_ITEMS = 7;

/** Where an aside that opens at `start` (right after a comma) closes, or -1 when none opens there. */
type AsideEnd = (items: Item[], start: number) => number;

// The items without the asides `asideEnd` finds; the same array when there is none.
function withoutAsides(items: Item[], asideEnd: AsideEnd): Item[] {
  let kept: Item[] | null = null;
  for (let i = 1; i < items.length; i++) {
    const end = items[i - 1]!.post.includes(',') ? asideEnd(items, i) : -1;
    if (end < 0) {
      kept?.push(items[i]!);
      continue;
    }
    kept ??= items.slice(0, i);
    i = end;
  }
  return kept ?? items;
}

// Punctuation that ends the clause an aside would stand in.
const CLAUSE_END = /[;:.()"“”]/u;

export const withoutReportingAsides = (items: Item[], reportingWords: ReadonlySet<string>): Item[] =>
  withoutAsides(items, (all, start) => reportingAsideEnd(all, start, reportingWords));

// Where the aside opening at `start` closes, or -1: a run of a few items ending in a comma, before
// more of the clause, that holds a speaker and a reporting verb or opens with "according to".
function reportingAsideEnd(items: Item[], start: number, reportingWords: ReadonlySet<string>): number {
  const according = items[start]!.word === 'according' && items[start + 1]?.word === 'to';
  for (let j = start; j < items.length - 1 && j - start < MAX_ASIDE_ITEMS; j++) {
    if (CLAUSE_END.test(items[j]!.post)) return -1;
    if (!items[j]!.post.includes(',')) continue;
    // A speaker and its verb ("he said", "the ministry said"), not a participle clause (", attributed
    // to X,"), which says something of the noun before it.
    const run = items.slice(start + 1, j + 1);
    const spoken = !items[start]!.tags.has('Verb') && run.some((item) => isReporting(item, reportingWords));
    return according || spoken ? j : -1;
  }
  return -1;
}

const isReporting = (item: Item, reportingWords: ReadonlySet<string>) =>
  reportingWords.has(item.word) && item.tags.has('Verb');

/** The longest adjunct aside read as one. */
const MAX_ADJUNCT_ITEMS = 8;
// Prepositions that open a source ("according to X") or a list ("including X"), not an adjunct.
const NOT_ADJUNCT = new Set(['according', 'including', 'like', 'such', 'citing', 'as', 'of']);

/** The items without the adjuncts set off by commas that name no one ("Brightwall, in a blog post on
 * Friday, said ..."; "The analysis, published on its blog, says ..."; "Norland, however, accused ..."):
 * a preposition, a participle or an adverb opens the aside, a comma closes it, and what follows goes
 * on with the clause. Claim patterns read the clause so, as if the aside were not there. */
export const withoutAdjunctAsides = (items: Item[]): Item[] => withoutAsides(items, adjunctEnd);

function adjunctEnd(items: Item[], start: number): number {
  const first = items[start]!;
  if (first.mention || NOT_ADJUNCT.has(first.word)) return -1;
  // ", however,": compromise tags such a word a conjunction; alone between commas it is an adverb.
  if (first.tags.has('Conjunction') && !first.tags.has('Preposition'))
    return first.post.includes(',') ? start : -1;
  // A participle opens an aside only before its preposition ("published on its blog", "written by"):
  // "X, denied the allegations," is X's verb after an apposition.
  const participle =
    first.tags.has('PastTense') && !!items[start + 1]?.tags.has('Preposition') && !/[,;:]/u.test(first.post);
  if (!participle && !first.tags.has('Preposition') && !first.tags.has('Adverb')) return -1;
  for (let j = start; j < items.length - 1 && j - start < MAX_ADJUNCT_ITEMS; j++) {
    const item = items[j]!;
    // A name in the aside may be what the sentence is about; a reference back ("its blog") is not.
    if ((item.mention && item.capitalized) || CLAUSE_END.test(item.post)) return -1;
    // A finite verb inside means the clause itself goes on ("disguised as forums, disseminated").
    if (j > start && item.tags.has('Verb') && !item.tags.has('Gerund')) return -1;
    if (item.post.includes(',')) return j;
  }
  return -1;
}
