// An actor's side: itself, its country (from the lexicon) and every parent the document's affiliation
// claims give it, transitively. Accusations inside one side are dropped; denials answer the other side.
import { countryIdsByName, type Resolution } from '../actors/resolve.js';

interface Link {
  kind: string;
  subject: string | null;
  object: string | null;
}

export type Sides = (id: string) => ReadonlySet<string>;

export function buildSides(
  resolution: Resolution,
  claims: Link[],
  documentCountry: string | null = null,
): Sides {
  const countryIds = countryIdsByName(resolution);
  const parents = new Map<string, Set<string>>();
  const link = (child: string, parent: string | undefined | null) => {
    if (!parent || parent === child) return;
    if (!parents.has(child)) parents.set(child, new Set());
    parents.get(child)!.add(parent);
  };
  for (const a of resolution.actors) link(a.id, a.country ? countryIds.get(a.country) : undefined);
  for (const c of claims) if (c.kind === 'affiliation' && c.subject) link(c.subject, c.object);
  // The people who speak in turns of a transcript a state body published speak for its state (the
  // outlets asking questions are organisations and keep their own side).
  const home = documentCountry ? countryIds.get(documentCountry) : undefined;
  for (const m of resolution.mentions)
    if (m.source === 'speaker' && m.type === 'person') link(m.actorId, home);
  const cache = new Map<string, Set<string>>();
  return (id) => {
    let side = cache.get(id);
    if (side) return side;
    side = new Set([id]);
    const queue = [id];
    while (queue.length) {
      for (const p of parents.get(queue.pop()!) ?? []) {
        if (!side.has(p)) {
          side.add(p);
          queue.push(p);
        }
      }
    }
    cache.set(id, side);
    return side;
  };
}

export const sameSide = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((id) => b.has(id));
