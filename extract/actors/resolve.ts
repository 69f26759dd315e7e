// Mentions -> actors: one actor per real-world referent in the document, with a graph-wide id
// (the lexicon id when known, else the normalised name).
import type { Actor } from '../../core/types.js';
import type { Lexicon } from '../lexicon/types.js';
import { chooseEntry, countryCounts } from './disambiguate.js';
import type { Mention } from './mention.js';
import { nameKey, slug } from './text-utils.js';
import { UnionFind } from './union-find.js';
import type { AcronymLink } from './acronyms.js';
import names from './names.json' with { type: 'json' };
import { locativeHeads } from './name-words.js';

export interface ResolvedMention extends Mention {
  actorId: string;
}

export interface Resolution {
  actors: Actor[];
  /** Sorted by start. */
  mentions: ResolvedMention[];
  /** Actors named only adjectivally ("Chinese hackers") or by their capital: kept only if a claim needs them. */
  adjectivalOnly: Set<string>;
  /** Pronouns, descriptions and role-only speakers that refer back to a named actor (references.ts). */
  references: ResolvedMention[];
}

/** The document's country actors by name: a lexicon entry names its country ("China"), the claim
 * stage needs that country's actor id. */
export const countryIdsByName = (resolution: Resolution): ReadonlyMap<string, string> =>
  new Map(resolution.actors.filter((a) => a.type === 'country').map((a) => [a.name, a.id]));

export function resolveActors(
  text: string,
  mentions: Mention[],
  links: AcronymLink[],
  lexicon: Lexicon,
): Resolution {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const index = new Map(sorted.map((m, i) => [m, i]));
  const counts = countryCounts(sorted, lexicon);
  const entryOf = sorted.map((m, i) => chooseEntry(m, sorted[i - 1], text, lexicon, counts));
  const sets = new UnionFind(sorted.length);
  const byKey = new Map<string, number>();
  sorted.forEach((m, i) => {
    const key = entryOf[i] ? `lexicon:${entryOf[i]}` : `name:${nameKey(m.name ?? m.surface)}`;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else sets.union(first, i);
  });
  for (const { acronym, longForm } of links) {
    const a = index.get(acronym);
    const b = index.get(longForm);
    if (a !== undefined && b !== undefined) sets.union(a, b);
  }
  linkPartialNames(sorted, sets);
  linkLocatedBodies(sorted, sets);

  const clusters = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const root = sets.find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), i]);
  });
  const actors: Actor[] = [];
  const actorOf = new Array<string>(sorted.length);
  const adjectivalOnly = new Set<string>();
  for (const members of clusters.values()) {
    const actor = buildActor(
      members.map((i) => sorted[i]!),
      members.map((i) => entryOf[i] ?? null),
      lexicon,
    );
    if (!lexicon.byId(actor.id) && members.some((i) => isCalledGroup(text, sorted[i]!)))
      actor.type = 'threat_group';
    const existing = actors.find((a) => a.id === actor.id);
    if (existing) mergeInto(existing, actor);
    else actors.push(actor);
    for (const i of members) actorOf[i] = actor.id;
    // A country named only by adjectives or by its capital ("the Moscow talks") is kept only where a
    // claim needs it ("Beijing accused Washington").
    if (members.every((i) => isIndirect(sorted[i]!))) adjectivalOnly.add(actor.id);
    else adjectivalOnly.delete(actor.id);
  }
  return {
    actors,
    mentions: sorted.map((m, i) => resolvedMention(m, actorOf[i]!)),
    adjectivalOnly,
    references: [],
  };
}

// Every resolved mention has the same fields in the same order, whichever finder made it (finders add
// optional fields in different orders): the claim stage reads them in its hottest loops, and objects
// of one shape let V8 keep its optimised code for those loops instead of recompiling it.
const resolvedMention = (m: Mention, actorId: string): ResolvedMention => ({
  start: m.start,
  end: m.end,
  surface: m.surface,
  source: m.source,
  type: m.type,
  entryIds: m.entryIds,
  via: m.via,
  namesPlace: m.namesPlace,
  sentence: m.sentence,
  name: m.name,
  qualifiedSurface: m.qualifiedSurface,
  country: m.country,
  actorId,
});

const isIndirect = (m: Mention) => (m.via === 'demonym' && !m.namesPlace) || m.via === 'capital';

// "the Amber Lynx group", "hackers known as Amber Lynx": a name the lexicon does not know is a
// threat group when the text calls it one.
const GROUP_AFTER = new RegExp(`^['’]?s?\\s+(${names.groupCues.join('|')})\\b`, 'i');
const GROUP_BEFORE = new RegExp(
  `\\b(${[...names.namingWords.naming, ...names.groupCues].join('|')})\\s+["“]?$`,
  'i',
);

function isCalledGroup(text: string, m: Mention): boolean {
  return (
    GROUP_AFTER.test(text.slice(m.end, m.end + 20)) ||
    GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))
  );
}

// "Wray said", "Xiaolong" and "Jaberi Ansari" name the person introduced in full elsewhere
// ("Christopher Wray", "Hossein Jaberi Ansari"): a part of a fuller name, in order.
function linkPartialNames(mentions: Mention[], sets: UnionFind): void {
  const words = (m: Mention) => nameKey(m.surface).split(' ');
  const full = mentions.flatMap((m, i) => (m.type === 'person' ? [{ m, i, words: words(m) }] : []));
  full.forEach(({ m, i, words: part }) => {
    const owners = full.filter((f) => f.words.length > part.length && containsRun(f.words, part));
    if (owners.length === 0) return;
    // Several people share the word ("Wang Lei", "Wang Wenbin"): the nearest one before wins.
    const before = owners.filter(({ m: f }) => f.start < m.start);
    const owner = before[before.length - 1] ?? owners[0]!;
    sets.union(owner.i, i);
  });
}

const containsRun = (whole: string[], part: string[]) =>
  whole.some((_, k) => part.every((w, n) => whole[k + n] === w));

// "the Chinese Embassy" and "the Chinese Embassy in the UK" in one text are one body.
// "the Chinese embassy" is the "Chinese Embassy in Manila" named in full: heads compared in any case.
const LOCATIVE_HEADS = new Set([...locativeHeads].map((h) => h.toLowerCase()));
function linkLocatedBodies(mentions: Mention[], sets: UnionFind): void {
  const located = mentions.flatMap((m, i) =>
    m.via === 'new' && m.type === 'organization' ? [{ i, key: nameKey(m.surface), m }] : [],
  );
  for (const short of located)
    for (const long of located)
      if (long.key.startsWith(`${short.key} in `) && LOCATIVE_HEADS.has(short.key.split(' ').pop()!))
        sets.union(short.i, long.i);
}

function buildActor(members: Mention[], entries: (string | null)[], lexicon: Lexicon): Actor {
  const entryId = entries.find((e) => e !== null);
  const entry = entryId ? lexicon.byId(entryId) : undefined;
  const surfaces = [
    ...new Set(
      members
        .filter((m) => m.via !== 'demonym')
        .flatMap((m) => [m.surface, ...(m.qualifiedSurface ? [m.qualifiedSurface] : [])])
        .map(cleanSurface),
    ),
  ];
  const named = members.find((m) => m.name)?.name;
  const name =
    entry?.name ??
    named ??
    canonicalName(surfaces.length ? surfaces : members.map((m) => cleanSurface(m.surface)));
  const type = entry?.type ?? members.find((m) => m.type === 'person')?.type ?? members[0]!.type;
  return {
    id: entry?.id ?? slug(name),
    name,
    type,
    aliases: surfaces.filter((s) => s !== name),
    country:
      entry?.type === 'country'
        ? entry.name
        : (entry?.country ??
          members.find((m) => m.country)?.country ??
          (type === 'organization' ? leadingCountry(name, lexicon) : null)),
    mentions: members.map((m) => ({ start: m.start, end: m.end })),
  };
}

// "Veylish Justice Ministry", "Kestria's Cyber Police": a new body named with its country's adjective or name.
function leadingCountry(name: string, lexicon: Lexicon): string | null {
  const words = name.replace(/['’]s\b/u, '').split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const country = lexicon.country(words.slice(0, n).join(' '));
    if (country) return country.name;
  }
  return null;
}

function mergeInto(target: Actor, other: Actor): void {
  for (const a of other.aliases) if (a !== target.name && !target.aliases.includes(a)) target.aliases.push(a);
  target.mentions.push(...other.mentions);
  target.mentions.sort((a, b) => a.start - b.start);
}

// The fullest spelling that is not an acronym: "Christopher Wray" over "Wray", "Federal Bureau of Investigation" over "FBI".
function canonicalName(surfaces: string[]): string {
  const words = (s: string) => s.split(/\s+/).length;
  return [...surfaces].sort((a, b) => words(b) - words(a) || b.length - a.length)[0] ?? '';
}

const cleanSurface = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/u, '')
    .trim();
