// A reporting aside set off by commas ("Veyland, he said, had hacked the grid"; "The outage, according
// to Norland, was caused by Tin Lynx") stands between a subject and its verb: without it the clause
// reads as it would unquoted. The aside's speaker is found as every speaker is; this only lets the
// doer's patterns see the clause whole.
import type { Item } from './items.js';

/** The longest aside read as one (items from the comma that opens it to the comma that closes it). */
const MAX_ASIDE_ITEMS = 7;

export function withoutReportingAsides(items: Item[], reportingWords: ReadonlySet<string>): Item[] {
  const kept: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const end = i > 0 && items[i - 1]!.post.includes(',') ? asideEnd(items, i, reportingWords) : -1;
    if (end < 0) kept.push(items[i]!);
    else i = end;
  }
  return kept;
}

// Where the aside opening at `start` closes, or -1: a run of a few items ending in a comma, before
// more of the clause, that holds a speaker and a reporting verb or opens with "according to".
function asideEnd(items: Item[], start: number, reportingWords: ReadonlySet<string>): number {
  const according = items[start]!.word === 'according' && items[start + 1]?.word === 'to';
  for (let j = start; j < items.length - 1 && j - start < MAX_ASIDE_ITEMS; j++) {
    if (/[;:.()"“”]/u.test(items[j]!.post)) return -1;
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
