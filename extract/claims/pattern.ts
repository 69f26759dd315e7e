// A small pattern language over sentence items, so claim rules can be written as data.
//
//   claimant=@actor+ $aux* $accuse subject=@actor+ of
//
// Elements (space-separated), each optionally prefixed by `name=` to capture what it matched:
//   @actor @org @country @person @group @party   one actor mention of that kind; `+` adds coordinated
//                                                 ones ("Israel and the United States", "A, B and C"); `?` optional
//   @adj             a country named only by its adjective ("Chinese hackers"); no other kind matches those
//   @org|@adj        any of several kinds
//   $list            a word from the named word list;   word|other|$list   alternatives
//   _                any word that is not an actor;   ~   any item, actor or word
//   's  ,  !,        the previous item was possessive / was followed by a comma or dash / was not followed by
//                    any punctuation (zero width)
// Quantifiers on word elements: ? * {m,n}. Word lists and `_` repeat lazily (shortest first).
import type { ActorType } from '../../core/types.js';
import type { Item } from './items.js';

type ActorKind = 'actor' | 'org' | 'country' | 'person' | 'group' | 'party' | 'adj';
type Element =
  | { kind: 'actor'; actors: ActorKind[]; list: boolean; optional: boolean; capture?: string }
  | {
      kind: 'words';
      words: ReadonlySet<string> | null;
      anyItem?: boolean;
      min: number;
      max: number;
      capture?: string;
    }
  | { kind: 'possessive' }
  | { kind: 'comma' }
  | { kind: 'unbroken' };

export interface CompiledPattern {
  source: string;
  elements: Element[];
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
  adj: new Set(['country']),
};
const COORDINATORS = new Set(['and', 'or']);
// A comma, or a dash set off by spaces ("Geng Yansheng - a spokesman").
const APPOSITION_MARK = /,|[–—]|\s-\s/u;
const ELEMENT = /^(?:(\w+)=)?(@[\w|@]+\+?|_|~|'s|!?,|[$\p{L}\p{N}'|-]+)(\?|\*|\{\d+,\d+\})?$/u;

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
      if (base === "'s") return { kind: 'possessive' };
      if (base === ',') return { kind: 'comma' };
      if (base === '!,') return { kind: 'unbroken' };
      if (base.startsWith('@')) {
        const actors = base
          .replace('+', '')
          .split('|')
          .map((k) => k.slice(1) as ActorKind);
        for (const actor of actors)
          if (!(actor in ACTOR_TYPES))
            throw new PatternError(`unknown actor kind "${base}" in pattern "${source}"`);
        return { kind: 'actor', actors, list: base.endsWith('+'), optional: quantifier === '?', capture };
      }
      const [min, max] = bounds(quantifier);
      if (base === '_') return { kind: 'words', words: null, min, max, capture };
      if (base === '~') return { kind: 'words', words: null, anyItem: true, min, max, capture };
      return { kind: 'words', words: wordSet(base, lists, source), min, max, capture };
    })
    .filter((e) => e !== null);
  return { source, elements };
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

function bounds(q: string | undefined): [number, number] {
  if (q === '?') return [0, 1];
  if (q === '*') return [0, 8];
  const m = /^\{(\d+),(\d+)\}$/.exec(q ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [1, 1];
}

/** Every match of the pattern in the items, as captures, leftmost first; matches do not overlap. */
export function matchAll(pattern: CompiledPattern, items: Item[]): Captures[] {
  const results: Captures[] = [];
  for (let start = 0; start < items.length; start++) {
    const captures: Captures = new Map();
    const end = matchFrom(pattern.elements, 0, items, start, captures);
    if (end >= 0) {
      results.push(captures);
      start = Math.max(start, end - 1);
    }
  }
  return results;
}

function matchFrom(elements: Element[], e: number, items: Item[], i: number, captures: Captures): number {
  const element = elements[e];
  if (!element) return i;
  switch (element.kind) {
    case 'possessive':
      return items[i - 1]?.possessive ? matchFrom(elements, e + 1, items, i, captures) : -1;
    case 'comma':
      return APPOSITION_MARK.test(items[i - 1]?.post ?? '')
        ? matchFrom(elements, e + 1, items, i, captures)
        : -1;
    case 'unbroken':
      return /[,;:.()—–]/u.test(items[i - 1]?.post ?? '')
        ? -1
        : matchFrom(elements, e + 1, items, i, captures);
    case 'actor': {
      const taken = matchActors(element.actors, element.list, items, i);
      if (taken.length) {
        const end = matchFrom(elements, e + 1, items, i + spanLength(taken, items, i), captures);
        if (end >= 0) {
          if (element.capture) captures.set(element.capture, taken);
          return end;
        }
      }
      return element.optional ? matchFrom(elements, e + 1, items, i, captures) : -1;
    }
    case 'words': {
      for (let n = element.min; n <= element.max; n++) {
        const item = items[i + n - 1];
        if (n > 0 && !(element.anyItem ? item : isWord(item, element.words))) return -1;
        const end = matchFrom(elements, e + 1, items, i + n, captures);
        if (end >= 0) {
          if (element.capture) captures.set(element.capture, items.slice(i, i + n));
          return end;
        }
      }
      return -1;
    }
  }
}

const isWord = (item: Item | undefined, words: ReadonlySet<string> | null) =>
  !!item && !item.mention && (words === null || words.has(item.word));

const isKind = (item: Item | undefined, kinds: ActorKind[]) =>
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
    if (!candidate || !isKind(candidate, kind) || startsClause(items, next)) break;
    taken.push(candidate);
    j = next;
  }
  // "A, B" without "and" is an apposition ("the ambassador to New Zealand, Wang Xiaolong"), not a list.
  return coordinated ? taken : [first];
}

const spanLength = (taken: Item[], items: Item[], i: number) =>
  items.indexOf(taken[taken.length - 1]!, i) - i + 1;
