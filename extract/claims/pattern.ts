// A small pattern language over sentence items, so claim rules can be written as data.
//
//   claimant=@actor+ $aux* $accuse subject=@actor+ of
//
// Elements (space-separated), each optionally prefixed by `name=` to capture what it matched:
//   @actor @org @country @person @group @party @body   one actor mention of that kind (@body: an
//                    organisation or country, never a threat group or a person); `+` adds coordinated
//                                                 ones ("Israel and the United States", "A, B and C"); `?` optional
//   @adj             a country named only by its adjective ("Chinese hackers"); no other kind matches those
//   @actor^          the actor heads a noun phrase: the words of that phrase before it ("the Russian hacker
//                    group Ghostwriter") and nominal words after it ("Veyland officials", "a US agency unit") are
//                    part of the match (compromise's part-of-speech tags say which words are nominal)
//   @org|@adj        any of several kinds
//   $list            a word from the named word list;   word|other|$list   alternatives; a list entry
//                    "#Tag" takes any word compromise gives that tag ("#Adverb") but those listed as
//                    "!word" ("!only": "not only" negates nothing)
//   _                any word that is not an actor;   ~   any item, actor or word
//   's  !'s  ,  !,   the previous item was possessive / was not possessive / was followed by a comma, dash or closing quote (or is the sentence start) / was not followed by
//                    any punctuation (zero width)
// Quantifiers on word elements: ? * {m,n}. Word lists and `_` repeat lazily (shortest first).
import type { ActorType } from '../../core/types.js';
import type { Item } from './items.js';
import { titleWords } from '../actors/name-words.js';

export type ActorKind = 'actor' | 'org' | 'country' | 'person' | 'group' | 'party' | 'body' | 'adj';
type Element =
  | {
      kind: 'actor';
      actors: ActorKind[];
      list: boolean;
      optional: boolean;
      phrase: boolean;
      capture?: string;
    }
  | {
      kind: 'words';
      words: ReadonlySet<string> | null;
      /** The compromise tags its words' "#Tag" entries name. */
      tags: readonly string[];
      anyItem?: boolean;
      min: number;
      max: number;
      capture?: string;
    }
  | { kind: 'possessive'; negated: boolean }
  | { kind: 'comma' }
  | { kind: 'unbroken' };

export interface CompiledPattern {
  source: string;
  elements: Element[];
  /** The word lists of which a sentence must hold a word for the pattern to match anywhere in it:
   * those of its elements that take at least one listed word. */
  required: ReadonlySet<string>[];
  /** Likewise the actor kinds of its elements that take an actor: the sentence must name one of each. */
  requiredActors: ActorKind[][];
}

export type Captures = Map<string, Item[]>;
export type WordLists = ReadonlyMap<string, ReadonlySet<string>>;

const ACTOR_TYPES: Record<ActorKind, ReadonlySet<ActorType>> = {
  actor: new Set(['person', 'organization', 'country', 'threat_group']),
  org: new Set(['organization', 'threat_group']),
  country: new Set(['country']),
  person: new Set(['person']),
  group: new Set(['threat_group']),
  party: new Set(['organization', 'country', 'threat_group']),
  body: new Set(['organization', 'country']),
  adj: new Set(['country']),
};
const COORDINATORS = new Set(['and', 'or']);
const MIN_BARE_LIST = 3;
const UNNAMED_CONJUNCT = new Set(['other', 'its', 'their']);
// A comma, a dash set off by spaces ("Geng Yansheng - a spokesman"), or the end of a quote
// ('"... a provocation" said X').
const APPOSITION_MARK = /,|[–—]|\s-\s|["”’]\s*$/u;
const ELEMENT = /^(?:(\w+)=)?(@[\w|@]+\^?\+?|_|~|!?'s|!?,|[$\p{L}\p{N}'|-]+)(\?|\*|\{\d+,\d+\})?$/u;

export class PatternError extends Error {}

export function compilePattern(source: string, lists: WordLists): CompiledPattern {
  const elements = source
    .trim()
    .split(/\s+/)
    .map((part): Element | null => {
      const m = ELEMENT.exec(part);
      if (!m) throw new PatternError(`bad element "${part}" in pattern "${source}"`);
      const [, capture, base = '', quantifier] = m;
      // An optional zero-width check ("'s?") constrains nothing.
      if ((base === "'s" || base === ',') && quantifier === '?') return null;
      if (base === "'s" || base === "!'s") return { kind: 'possessive', negated: base === "!'s" };
      if (base === ',') return { kind: 'comma' };
      if (base === '!,') return { kind: 'unbroken' };
      if (base.startsWith('@')) {
        const actors = base
          .replace(/[+^]/g, '')
          .split('|')
          .map((k) => k.slice(1) as ActorKind);
        for (const actor of actors)
          if (!(actor in ACTOR_TYPES))
            throw new PatternError(`unknown actor kind "${base}" in pattern "${source}"`);
        return {
          kind: 'actor',
          actors,
          list: base.endsWith('+'),
          optional: quantifier === '?',
          phrase: base.includes('^'),
          capture,
        };
      }
      const [min, max] = bounds(quantifier);
      if (base === '_') return { kind: 'words', words: null, tags: [], min, max, capture };
      if (base === '~') return { kind: 'words', words: null, tags: [], anyItem: true, min, max, capture };
      const words = wordSet(base, lists, source);
      return { kind: 'words', words, tags: listedTags(words), min, max, capture };
    })
    .filter((e) => e !== null);
  const required = elements.flatMap((e) => (e.kind === 'words' && e.words && e.min > 0 ? [e.words] : []));
  const requiredActors = elements.flatMap((e) => (e.kind === 'actor' && !e.optional ? [e.actors] : []));
  return { source, elements, required, requiredActors };
}

// "$accuse|blame|$deny": the union of named lists and literal words.
function wordSet(base: string, lists: WordLists, source: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const part of base.split('|')) {
    if (!part.startsWith('$')) {
      words.add(part);
      continue;
    }
    const list = lists.get(part.slice(1));
    if (!list) throw new PatternError(`unknown word list "${part}" in pattern "${source}"`);
    for (const w of list) words.add(w);
  }
  return words;
}

/** Whether a word has a tag the list takes, and the list does not leave the word out ("!only"). */
export const hasListedTag = (
  item: Item,
  word: string,
  words: ReadonlySet<string>,
  tags: readonly string[],
): boolean => tags.length > 0 && !words.has(`!${word}`) && tags.some((tag) => item.tags.has(tag));

/** The tags a word list's "#Tag" entries name. */
export const listedTags = (words: Iterable<string>): string[] =>
  [...words].filter((w) => w.startsWith('#')).map((w) => w.slice(1));

function bounds(q: string | undefined): [number, number] {
  if (q === '?') return [0, 1];
  if (q === '*') return [0, 8];
  const m = /^\{(\d+),(\d+)\}$/.exec(q ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [1, 1];
}

/** Steps (element tries) one pattern may take over one sentence. Quantified words backtrack, so a
 * pattern with several of them over a long run of matching words could take exponentially many; real
 * sentences need a few thousand at most. Past the budget the pattern finds nothing more there. */
export const MATCH_STEP_BUDGET = 200_000;

/** Every match of the pattern in the items, as captures, leftmost first; matches do not overlap. */
export function matchAll(
  pattern: CompiledPattern,
  items: Item[],
  stepBudget = MATCH_STEP_BUDGET,
): Captures[] {
  const results: Captures[] = [];
  const budget = { steps: stepBudget };
  const first = pattern.elements[0];
  // Captures are set only on the way back from a match that succeeded, so a failed attempt leaves the
  // map empty and the next attempt can take it.
  let captures: Captures = new Map();
  for (let start = 0; start < items.length && budget.steps > 0; start++) {
    if (first && !canStart(first, items[start]!)) continue;
    const end = matchFrom(pattern.elements, 0, items, start, captures, budget);
    if (end >= 0) {
      results.push(captures);
      captures = new Map();
      start = Math.max(start, end - 1);
    }
  }
  return results;
}

// A cheap test of the first element, so most start positions are left at once.
function canStart(element: Element, item: Item): boolean {
  if (element.kind === 'actor' && !element.optional)
    return element.phrase ? !!item.mention || isPhraseWord(item) : !!item.mention;
  if (element.kind === 'words' && element.min > 0 && !element.anyItem)
    return isWord(item, element.words, element.tags);
  return true;
}

function matchFrom(
  elements: Element[],
  e: number,
  items: Item[],
  i: number,
  captures: Captures,
  budget: { steps: number },
): number {
  const element = elements[e];
  if (!element) return i;
  if (--budget.steps < 0) return -1;
  switch (element.kind) {
    case 'possessive':
      return !!items[i - 1]?.possessive !== element.negated
        ? matchFrom(elements, e + 1, items, i, captures, budget)
        : -1;
    case 'comma':
      // At the start of a sentence a pattern's leading `,` is the clause boundary it asks for.
      return i === 0 || APPOSITION_MARK.test(items[i - 1]!.post)
        ? matchFrom(elements, e + 1, items, i, captures, budget)
        : -1;
    case 'unbroken':
      return /[,;:.()—–]/u.test(items[i - 1]?.post ?? '')
        ? -1
        : matchFrom(elements, e + 1, items, i, captures, budget);
    case 'actor': {
      const head = element.phrase ? phraseHead(items, i) : i;
      const taken = matchActors(element.actors, element.list, items, head);
      if (taken.length) {
        const after = head + spanLength(taken, items, head);
        const ends = element.phrase ? phraseTail(items, after) : after;
        const aside = element.phrase ? appositionEnd(items, after) : -1;
        // The rest of the pattern from each place the phrase may end, then past an apposition.
        let end = -1;
        for (let next = after; next <= ends && end < 0; next++)
          end = matchFrom(elements, e + 1, items, next, captures, budget);
        if (end < 0 && aside > ends) end = matchFrom(elements, e + 1, items, aside, captures, budget);
        if (end >= 0) {
          if (element.capture) captures.set(element.capture, taken);
          return end;
        }
      }
      return element.optional ? matchFrom(elements, e + 1, items, i, captures, budget) : -1;
    }
    case 'words': {
      for (let n = element.min; n <= element.max; n++) {
        const item = items[i + n - 1];
        if (n > 0 && !(element.anyItem ? item : isWord(item, element.words, element.tags))) return -1;
        const end = matchFrom(elements, e + 1, items, i + n, captures, budget);
        if (end >= 0) {
          if (element.capture) captures.set(element.capture, items.slice(i, i + n));
          return end;
        }
      }
      return -1;
    }
  }
}

// Noun phrases from compromise's part-of-speech tags (Item.nominal): determiners, adjectives, numbers
// and nouns with no punctuation between them. A country adjective is part of the phrase it starts
// ("the Russian group X").
const PHRASE_BREAK = /[,;:.()"“”—–]/u;
const MAX_PHRASE_WORDS = 6;
const MAX_TAIL_NOUNS = 4;
const MAX_ADJUNCT_ITEMS = 3;

// Lower-case words only: a capitalised word after a name starts another name ("Pakistan Haxors Crew")
// or belongs to a headline, where compromise's tags are unreliable.
const isPhraseWord = (item: Item | undefined): boolean =>
  !!item &&
  !PHRASE_BREAK.test(item.post) &&
  (item.mention
    ? item.mention.via === 'demonym' && !item.possessive
    : item.nominal && !item.capitalized && !item.possessive);

// A person's title is capitalised before the name ("by Foreign Minister Ivo Marten on ...").
const isTitleWord = (item: Item | undefined): boolean =>
  !!item && !item.mention && item.capitalized && !PHRASE_BREAK.test(item.post) && titleWords.has(item.word);

// An acronym no mention covers, right before a title, names the title's body ("by NSC Spokesperson
// Adrienne Watson on ...").
const isTitleOwner = (items: Item[], j: number): boolean => {
  const item = items[j];
  return (
    !!item &&
    !item.mention &&
    item.tags.has('Acronym') &&
    !PHRASE_BREAK.test(item.post) &&
    isTitleWord(items[j + 1])
  );
};

/** Where the actor heading the noun phrase that starts at `i` is (i itself when no words lead it). */
function phraseHead(items: Item[], i: number): number {
  // "North Korea's Lazarus Group", "Norland's NCSC": a possessor before a name is part of its phrase.
  const possessor = items[i];
  if (possessor?.mention && possessor.possessive && items[i + 1]?.mention && !/[,;:]/u.test(possessor.post))
    return i + 1;
  let titled = false;
  for (
    let j = i;
    j - i < MAX_PHRASE_WORDS && (isPhraseWord(items[j]) || isTitleWord(items[j]) || isTitleOwner(items, j));
    j++
  ) {
    // A determiner only opens a phrase: "revealed that the X" is not one phrase.
    if (j > i && items[j]!.tags.has('Determiner')) return i;
    titled ||= isTitleWord(items[j]);
    const next = items[j + 1];
    if (next?.mention && next.mention.via !== 'demonym')
      return !titled || next.mention.type === 'person' ? j + 1 : i;
  }
  return i;
}

/** The positions a noun phrase headed by the actor ending before `after` may end at: lower-case
 * nominal words after it ("Veyland officials", "Brightwall's researchers"), none of them followed by
 * punctuation (a subject is not separated from its verb by a comma). */
function phraseTail(items: Item[], after: number): number {
  if (PHRASE_BREAK.test(items[after - 1]?.post ?? '')) return alliesEnd(items, after);
  let j = after;
  while (j - after < MAX_TAIL_NOUNS && isTailNoun(items[j])) {
    j++;
    if (PHRASE_BREAK.test(items[j - 1]!.post)) return j - 1;
  }
  return adjunctEnd(items, othersEnd(items, j));
}

// Headlines join unnamed partners with a comma: "Norland, allies accuse Veyland of ...".
const ALLY_NOUNS = new Set(['allies', 'partners']);
function alliesEnd(items: Item[], after: number): number {
  const ally = items[after];
  return /^,\s*$/u.test(items[after - 1]!.post) &&
    ally &&
    ALLY_NOUNS.has(ally.word) &&
    !PHRASE_BREAK.test(ally.post)
    ? after + 1
    : after;
}

/** After a conjunct that names no one ("Tirana and other allies", "Norland and its partners", "the
 * NCSC and international partners"): "and", then "other", "its" or "their" and up to three nominal
 * words, or up to three nominal words ending in a plural, none followed by punctuation. */
function othersEnd(items: Item[], j: number): number {
  if (!COORDINATORS.has(items[j]?.word ?? '')) return j;
  const first = UNNAMED_CONJUNCT.has(items[j + 1]?.word ?? '') ? j + 2 : j + 1;
  let k = first;
  while (k - first < MAX_ADJUNCT_ITEMS && isTailNoun(items[k])) {
    k++;
    if (PHRASE_BREAK.test(items[k - 1]!.post)) return j;
  }
  if (k === first) return j;
  return first > j + 1 || items[k - 1]!.tags.has('Plural') ? k : j;
}

/** After a place or channel adjunct ("the Ostravian Security Service on Telegram", "the Kestrian
 * embassy in Norvik", "the Kestrian embassy in Norland"): a preposition and up to three nominal words,
 * the last of which may name a place (a capital or a country), none followed by punctuation. */
function adjunctEnd(items: Item[], j: number): number {
  if (!items[j]?.tags.has('Preposition') || PHRASE_BREAK.test(items[j]!.post)) return j;
  let k = j + 1;
  while (k - j <= MAX_ADJUNCT_ITEMS && items[k] && !items[k]!.mention && items[k]!.nominal) {
    if (PHRASE_BREAK.test(items[k]!.post)) return j;
    k++;
  }
  const place = items[k]?.mention;
  if (place && (place.via === 'capital' || place.type === 'country') && !PHRASE_BREAK.test(items[k]!.post))
    k++;
  return k > j + 1 ? k : j;
}

const MAX_APPOSITION_ITEMS = 10;
const APPOSITION_CLOSE = /,|[–—]|\s-\s/u;

/** Where the phrase goes on after an apposition set off by commas or dashes right after the actor
 * ("Grey Otter, a pro-Veyland hacktivist group, claimed ..."): a noun phrase opened by a determiner,
 * closed within a few items; -1 when there is none. "Norland, the UK and Kestria" is a list, not an
 * apposition: a name right after the determiner starts the next conjunct. */
function appositionEnd(items: Item[], after: number): number {
  if (!APPOSITION_CLOSE.test(items[after - 1]?.post ?? '')) return -1;
  const first = items[after];
  if (!first || first.mention || !first.tags.has('Determiner')) return -1;
  const second = items[after + 1];
  if (second?.mention && second.capitalized && second.mention.via !== 'demonym') return -1;
  for (let k = after; k < items.length - 1 && k - after < MAX_APPOSITION_ITEMS; k++) {
    const post = items[k]!.post;
    if (/[;:.()"“”]/u.test(post)) return -1;
    if (APPOSITION_CLOSE.test(post)) return k + 1;
  }
  return -1;
}

// compromise sometimes tags the head noun an adjective ("the Elliptic blockchain analysis firm").
const isTailNoun = (item: Item | undefined) =>
  !!item && !item.mention && !item.tags.has('Determiner') && item.nominal && !item.capitalized;

/** The word a word list can match in the item: none in a named actor, but a lower-case reference
 * the actor stage resolved keeps its word ("confirmed that it"). */
export const listedWord = (item: Item): string | null =>
  !item.mention || item.word !== '' ? item.word : null;

function isWord(item: Item | undefined, words: ReadonlySet<string> | null, tags: readonly string[]): boolean {
  if (!item) return false;
  if (words === null) return !item.mention;
  const word = listedWord(item);
  return word !== null && (words.has(word) || hasListedTag(item, word, words, tags));
}

export const isKind = (item: Item | undefined, kinds: ActorKind[]) =>
  !!item?.mention &&
  kinds.some(
    (kind) => ACTOR_TYPES[kind].has(item.type!) && (item.mention!.via === 'demonym') === (kind === 'adj'),
  );

// A coordinated list stops before a name that starts a new clause ("... to North Korea and Microsoft traced ...").
const startsClause = (items: Item[], i: number) => {
  const next = items[i + 1];
  return (
    !!next &&
    !next.mention &&
    (next.tags.has('PastTense') || next.tags.has('PresentTense')) &&
    !next.tags.has('Gerund')
  );
};

// The sentence's first words, or the first after a comma, with at most an article before them: where a
// subject stands. A list there is the subject of the verb after it, not an object running into the next clause.
const opensClause = (items: Item[], i: number) => {
  const before = items[i - 1]?.word === 'the' ? i - 2 : i - 1;
  if (before < 0 || /[,;:]\s*$/u.test(items[before]!.post)) return true;
  // "Officials in the US and Australia said": the list is the adjunct of a subject that opens the clause.
  if (!items[before]!.tags.has('Preposition')) return false;
  let k = before - 1;
  while (k >= 0 && before - k <= MAX_ADJUNCT_ITEMS && !items[k]!.mention && items[k]!.nominal) k--;
  return k < before - 1 && (k < 0 || /[,;:]\s*$/u.test(items[k]!.post));
};

function matchActors(kind: ActorKind[], list: boolean, items: Item[], i: number): Item[] {
  const first = items[i];
  if (!first || !isKind(first, kind)) return [];
  const taken: Item[] = [first];
  if (!list) return taken;
  let j = i;
  let coordinated = false;
  for (;;) {
    const last = items[j]!;
    let next = j + 1;
    if (COORDINATORS.has(items[next]?.word ?? '')) {
      next++;
      coordinated = true;
    } else if (!last.post.includes(',')) break;
    if (items[next]?.word === 'the') next++;
    const candidate = items[next];
    // "A, B, and C continued ...": the last conjunct of a comma list is the list's, whatever follows it;
    // so is the last conjunct of a list that opens its clause ("Britain and Japan accused ...").
    const closesList = (taken.length >= 2 && last.post.includes(',')) || opensClause(items, i);
    if (!candidate || !isKind(candidate, kind) || (!closesList && startsClause(items, next))) break;
    taken.push(candidate);
    j = next;
  }
  // "A, B" without "and" is an apposition ("the ambassador to New Zealand, Wang Xiaolong"), not a list;
  // three names or more are one, as headlines write them ("Veyland, Kestria, Ostravia preparing ...").
  return coordinated || taken.length >= MIN_BARE_LIST ? taken : [first];
}

const spanLength = (taken: Item[], items: Item[], i: number) =>
  items.indexOf(taken[taken.length - 1]!, i) - i + 1;
