// Which patterns can match a sentence at all. Most patterns need a word from some list (a cue verb,
// "by", an auxiliary) and most sentences hold none of a given pattern's: an index from every listed
// word to the required lists that hold it tells, with one lookup per word of the sentence, which
// patterns need not be tried there. A pattern that needs an actor of a kind the sentence does not name
// (a person, a group) is left out too. Skipping them changes no result: matchAll would find nothing.
import type { Item } from './items.js';
import { hasListedTag, isKind, listedTags, listedWord, type CompiledPattern } from './pattern.js';

export type MayMatch = (pattern: CompiledPattern) => boolean;

export class PatternFilter {
  /** A number for each required word list, an index into the presence array of a sentence. */
  private readonly listIds = new Map<ReadonlySet<string>, number>();
  private readonly listsWithWord = new Map<string, number[]>();
  /** The required lists that take compromise tags ("#Adverb"), with their ids and tags. */
  private readonly taggedLists: { id: number; list: ReadonlySet<string>; tags: string[] }[] = [];

  constructor(patterns: CompiledPattern[]) {
    for (const list of patterns.flatMap((p) => p.required)) {
      if (this.listIds.has(list)) continue;
      const id = this.listIds.size;
      this.listIds.set(list, id);
      for (const word of list) {
        const ids = this.listsWithWord.get(word);
        if (ids) ids.push(id);
        else this.listsWithWord.set(word, [id]);
      }
      const tags = listedTags(list);
      if (tags.length) this.taggedLists.push({ id, list, tags });
    }
  }

  /** Whether a pattern of those the filter was built from may match somewhere in `items` (or in any
   * part of them). */
  forSentence(items: Item[]): MayMatch {
    const present = new Uint8Array(this.listIds.size);
    for (const item of items) {
      const word = listedWord(item);
      if (word === null) continue;
      for (const id of this.listsWithWord.get(word) ?? []) present[id] = 1;
      for (const { id, list, tags } of this.taggedLists)
        if (hasListedTag(item, word, list, tags)) present[id] = 1;
    }
    const actors = items.filter((item) => item.mention);
    return (pattern) =>
      pattern.required.every((list) => {
        const id = this.listIds.get(list);
        return id === undefined || present[id] === 1;
      }) && pattern.requiredActors.every((kinds) => actors.some((item) => isKind(item, kinds)));
  }
}
