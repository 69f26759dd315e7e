// The sigma graph: one node per drawn actor, one edge per drawn edge, coloured by claim kind. Sizes
// are set from the current measure and claim counts; positions come from the layout.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeKind } from '../../view/types.js';
import type { DrawnActor, DrawnGraph } from './collapse.js';
import { KIND_COLOURS, type Palette } from './colours.js';

export type SizeBy = 'received' | 'made' | 'claims';

export const SIZE_MEASURES: Record<SizeBy, string> = {
  received: 'accusations received',
  made: 'accusations made',
  claims: 'all claims (degree)',
};

export interface NodeAttributes {
  label: string;
  size: number;
  color: string;
  x: number;
  y: number;
  /** The actor has no claim edge at all. */
  isolated: boolean;
  accusationsReceived: number;
  accusationsMade: number;
  claims: number;
  /** Actors drawn as this node (collapsed units), itself first. */
  members: string[];
  /** Kept in place by the layout (pinned by the user). */
  fixed?: boolean;
}

export interface EdgeAttributes {
  color: string;
  size: number;
  kind: EdgeKind;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  members: string[];
  /** Sigma's edge program: straight arrows, or curved ones where two edges join the same actors. */
  type: 'straight' | 'curved';
  /** How far a curved edge bows out, relative to its length, to its left (0 for straight ones). */
  curvature: number;
}

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function measureOf(
  actor: Pick<NodeAttributes, 'accusationsReceived' | 'accusationsMade' | 'claims'>,
  by: SizeBy,
): number {
  if (by === 'made') return actor.accusationsMade;
  if (by === 'claims') return actor.claims;
  return actor.accusationsReceived;
}

export function nodeSize(value: number): number {
  return Math.min(4 + 3 * Math.sqrt(value), 28);
}

/** Thickness in pixels by claim count: 1 claim is a thin line, 30 claims the thickest. */
export function edgeSize(count: number): number {
  return Math.min(1.5 + 1.2 * Math.log2(Math.max(count, 1)), 7.5);
}

const CURVE_STEP = 0.35;

/** Edges joining the same two actors (A accused B and B accused A; A accused and denied B) would be
 * drawn on top of each other: each gets its own curve, on its own side. Curvature is relative to the
 * edge's direction, so an edge running the other way flips its sign to keep its side. */
function bendSharedPairs(graph: ViewerGraph): void {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((key, _attributes, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = pairs.get(pair);
    if (list) list.push(key);
    else pairs.set(pair, [key]);
  });
  for (const keys of pairs.values()) {
    if (keys.length < 2) continue;
    keys.sort();
    keys.forEach((key, i) => {
      const offset = (i - (keys.length - 1) / 2) * CURVE_STEP || CURVE_STEP / 2;
      const forward = graph.source(key) < graph.target(key);
      graph.mergeEdgeAttributes(key, { type: 'curved', curvature: forward ? offset : -offset });
    });
  }
}

function isolated(actor: DrawnActor): boolean {
  return actor.claims === 0;
}

export function buildGraph(drawn: DrawnGraph, colours: Palette, sizeBy: SizeBy): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph();
  for (const actor of drawn.actors) {
    const units = actor.members.length - 1;
    graph.addNode(actor.id, {
      label: units > 0 ? `${actor.name} (+${units})` : actor.name,
      size: nodeSize(measureOf(actor, sizeBy)),
      color: colours.colourOf(actor),
      x: 0,
      y: 0,
      isolated: isolated(actor),
      accusationsReceived: actor.accusationsReceived,
      accusationsMade: actor.accusationsMade,
      claims: actor.claims,
      members: actor.members,
    });
  }
  for (const edge of drawn.edges) {
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      color: KIND_COLOURS[edge.kind],
      size: edgeSize(edge.count),
      kind: edge.kind,
      count: edge.count,
      firstDate: edge.firstDate,
      lastDate: edge.lastDate,
      members: edge.members,
      type: 'straight',
      curvature: 0,
    });
  }
  bendSharedPairs(graph);
  return graph;
}
