// Actor search by any name or alias, case-insensitively: exact matches first, then prefixes, then substrings.
import type { GraphIndex } from './graph-index.js';
import type { SearchHit } from './types.js';

function rank(candidate: string, query: string): number {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  return candidate.includes(query) ? 2 : -1;
}

export function searchActors(index: GraphIndex, query: string, limit = 20): SearchHit[] {
  const wanted = query.trim().toLowerCase();
  if (wanted.length === 0) return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const actor of index.snapshot.actors) {
    let best: { rank: number; matched: string } | null = null;
    for (const name of [actor.name, ...actor.aliases]) {
      const r = rank(name.toLowerCase(), wanted);
      if (r !== -1 && (best === null || r < best.rank)) best = { rank: r, matched: name };
    }
    if (best)
      hits.push({
        hit: { id: actor.id, name: actor.name, type: actor.type, matched: best.matched },
        rank: best.rank,
      });
  }
  const received = (id: string) => index.accusationsReceived.get(id) ?? 0;
  return hits
    .sort(
      (a, b) =>
        a.rank - b.rank || received(b.hit.id) - received(a.hit.id) || a.hit.name.localeCompare(b.hit.name),
    )
    .slice(0, limit)
    .map(({ hit }) => hit);
}
