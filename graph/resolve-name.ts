// Turns a name typed by a user into an actor: by id, canonical name or any alias, case-insensitively.
// A name that is an actor's canonical name beats the same text used as another actor's alias
// ("NSA" may be an alias of several agencies, but rarely anyone's name).
import { distance } from 'fastest-levenshtein';
import { ClaimgraphError } from '../core/errors.js';
import { loadLexicon } from '../extract/lexicon/index.js';
import { foldName } from './fold-name.js';
import type { ActorNode } from './model.js';
import { actorFromRow, type ActorRow } from './store-schema.js';
import type { EmbeddedStore } from './store.js';

const NEAREST_COUNT = 5;

/** The stored actor with this id, if any. */
export function actorById(store: EmbeddedStore, id: string): ActorNode | undefined {
  const row = store.db.prepare('SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
  return row === undefined ? undefined : actorFromRow(row);
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
  const folded = foldName(name);
  const holders = store.db.prepare(
    'SELECT actor_id FROM actor_names WHERE folded = ? AND is_primary = ? ORDER BY actor_id',
  );
  const idsOf = (primary: number): string[] =>
    (holders.all(folded, primary) as { actor_id: string }[]).map((row) => row.actor_id);
  const primary = idsOf(1);
  const alias = primary.length > 0 ? [] : idsOf(0);
  const ids =
    primary.length > 0
      ? primary
      : alias.length > 0
        ? alias
        : lexiconIds(name).filter((id) => actorById(store, id) !== undefined);
  const actorOf = (id: string): ActorNode => actorById(store, id)!;
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
  const rows = store.db
    .prepare('SELECT name, aliases FROM actors ORDER BY rowid')
    .iterate() as IterableIterator<Pick<ActorRow, 'name' | 'aliases'>>;
  for (const row of rows) {
    for (const name of [row.name, ...(JSON.parse(row.aliases) as string[])])
      shownByFolded.set(foldName(name), name);
  }
  const scored = [...shownByFolded].map(([candidate, name]) => ({
    name,
    score: distance(folded, candidate) / Math.max(folded.length, candidate.length),
  }));
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1));
  return scored.slice(0, NEAREST_COUNT).map((entry) => entry.name);
}
