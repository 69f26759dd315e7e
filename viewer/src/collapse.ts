// Collapsing units and officials into their parent: every actor that is part of another (affiliation
// edges, followed up to the top) is drawn as that top actor, so all of a country's bodies are one node.
// Edges between collapsed actors merge, their claim counts added; edges inside one group disappear.
import type { ViewActor, ViewEdge, ViewGraph } from '../../view/types.js';

export interface DrawnEdge extends ViewEdge {
  /** The keys of the store's edges this drawn edge stands for (itself when nothing is collapsed). */
  members: string[];
}

export interface DrawnActor extends ViewActor {
  /** Actors drawn as this one (itself first). */
  members: string[];
}

export interface DrawnGraph {
  actors: DrawnActor[];
  edges: DrawnEdge[];
}

export function asDrawn(view: Pick<ViewGraph, 'actors' | 'edges'>): DrawnGraph {
  return {
    actors: view.actors.map((actor) => ({ ...actor, members: [actor.id] })),
    edges: view.edges.map((edge) => ({ ...edge, members: [edge.key] })),
  };
}

/** The top parent of every actor: its affiliation with the most claims, followed while it leads to
 * an actor not yet seen (affiliation cycles stop where they close). */
export function parentMap(view: Pick<ViewGraph, 'edges'>): Map<string, string> {
  const parent = new Map<string, { target: string; count: number }>();
  for (const edge of view.edges) {
    if (edge.kind !== 'affiliation' || edge.source === edge.target) continue;
    const current = parent.get(edge.source);
    if (
      !current ||
      edge.count > current.count ||
      (edge.count === current.count && edge.target < current.target)
    )
      parent.set(edge.source, { target: edge.target, count: edge.count });
  }
  const top = new Map<string, string>();
  for (const start of parent.keys()) {
    const seen = new Set([start]);
    let at = start;
    for (
      let next = parent.get(at)?.target;
      next !== undefined && !seen.has(next);
      next = parent.get(at)?.target
    ) {
      seen.add(next);
      at = next;
    }
    top.set(start, at);
  }
  return top;
}

const earlier = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const later = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

export function collapseGraph(drawn: DrawnGraph, top: Map<string, string>): DrawnGraph {
  const root = (id: string) => top.get(id) ?? id;
  const byId = new Map(drawn.actors.map((actor) => [actor.id, actor]));
  const groups = new Map<string, DrawnActor>();
  for (const actor of drawn.actors) {
    const head = byId.get(root(actor.id)) ?? actor;
    const group = groups.get(head.id) ?? {
      ...head,
      members: [],
      accusationsReceived: 0,
      accusationsMade: 0,
      claims: 0,
    };
    group.members.push(...actor.members);
    group.accusationsReceived += actor.accusationsReceived;
    group.accusationsMade += actor.accusationsMade;
    group.claims += actor.claims;
    groups.set(head.id, group);
  }
  const edges = new Map<string, DrawnEdge>();
  for (const edge of drawn.edges) {
    const source = root(edge.source);
    const target = root(edge.target);
    if (source === target) continue;
    const key = `${edge.kind}:${source}->${target}`;
    const merged = edges.get(key);
    if (merged) {
      merged.count += edge.count;
      merged.firstDate = earlier(merged.firstDate, edge.firstDate);
      merged.lastDate = later(merged.lastDate, edge.lastDate);
      merged.members.push(...edge.members);
    } else edges.set(key, { ...edge, key, source, target, members: [...edge.members] });
  }
  return { actors: [...groups.values()], edges: [...edges.values()] };
}
