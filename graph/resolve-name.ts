// Turns a name typed by a user into an actor: by id, canonical name or any alias, case-insensitively.
// A name that is an actor's canonical name beats the same text used as another actor's alias
// ("NSA" may be an alias of several agencies, but rarely anyone's name).
import { distance } from 'fastest-levenshtein';
import { ClaimgraphError } from '../core/errors.js';
import { loadLexicon } from '../extract/lexicon/index.js';
import { actorKey, toActorNode, type ActorAttributes } from './graph-types.js';
import type { ActorNode } from './model.js';
import type { EmbeddedStore } from './store.js';

interface NameIndex {
  version: number;
  /** folded name -> actor ids, canonical-name and id holders first */
  primary: Map<string, string[]>;
  alias: Map<string, string[]>;
}

const indexes = new WeakMap<EmbeddedStore, NameIndex>();
const NEAREST_COUNT = 5;

/** How a typed name is compared with stored names and aliases, in both backends
 * (graph/neo4j/statements.ts FIND_ACTORS_BY_NAME folds stored names alike). */
export function foldName(name: string): string {
  return name.normalize('NFKC').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function nameIndex(store: EmbeddedStore): NameIndex {
  const cached = indexes.get(store);
  if (cached && cached.version === store.version) return cached;
  const index: NameIndex = { version: store.version, primary: new Map(), alias: new Map() };
  const add = (map: Map<string, string[]>, name: string, id: string): void => {
    const ids = map.get(foldName(name)) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(foldName(name), ids);
  };
  store.graph.forEachNode((_key, node) => {
    if (node.label !== 'Actor') return;
    add(index.primary, node.id, node.id);
    add(index.primary, node.name, node.id);
    for (const alias of node.aliases) add(index.alias, alias, node.id);
  });
  indexes.set(store, index);
  return index;
}

/** The lexicon ids a typed name means ("PRC" -> china), for names the documents never used. */
export function lexiconIds(name: string): string[] {
  const lexicon = loadLexicon();
  const ids = [...lexicon.lookup(name).map((e) => e.id), lexicon.country(name)?.id];
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** Resolves a name to exactly one actor or throws a ClaimgraphError naming the nearest known names
 * (unknown) or the candidates (ambiguous). */
export function resolveActor(store: EmbeddedStore, name: string): ActorNode {
  const index = nameIndex(store);
  const folded = foldName(name);
  const ids =
    index.primary.get(folded) ??
    index.alias.get(folded) ??
    lexiconIds(name).filter((id) => store.graph.hasNode(actorKey(id)));
  const actorOf = (id: string): ActorNode =>
    toActorNode(store.graph.getNodeAttributes(actorKey(id)) as ActorAttributes);
  if (ids.length === 1) return actorOf(ids[0]!);
  if (ids.length > 1) {
    const candidates = ids
      .map((id) => `${actorOf(id).name} (${id})`)
      .sort()
      .join(', ');
    throw new ClaimgraphError(
      'graph',
      `"${name}" is ambiguous: it may mean ${candidates}; use the name or id`,
    );
  }
  const nearest = nearestNames(store, folded);
  const hint =
    nearest.length > 0 ? `; nearest known names: ${nearest.join(', ')}` : '; the store has no actors yet';
  throw new ClaimgraphError('graph', `no actor named "${name}"${hint}`);
}

/** Known names and aliases by edit distance relative to length, so short acronyms, which are a few
 * edits from anything, do not crowd out the long name that was misspelt. */
function nearestNames(store: EmbeddedStore, folded: string): string[] {
  const shownByFolded = new Map<string, string>();
  store.graph.forEachNode((_key, node) => {
    if (node.label !== 'Actor') return;
    for (const name of [node.name, ...node.aliases]) shownByFolded.set(foldName(name), name);
  });
  const scored = [...shownByFolded].map(([candidate, name]) => ({
    name,
    score: distance(folded, candidate) / Math.max(folded.length, candidate.length),
  }));
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1));
  return scored.slice(0, NEAREST_COUNT).map((entry) => entry.name);
}
