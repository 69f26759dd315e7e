// The drawn graph: one node per actor, sized by accusations received; one arrow per edge, coloured by
// kind, thicker with more claims. Filters never rebuild it: they hide items through sigma's reducers.
import { MultiDirectedGraph } from 'graphology';
import random from 'graphology-layout/random';
import type { ViewGraph } from '../../src/server/view/types.js';
import { KIND_COLOURS, type Palette } from './colours.js';

export interface NodeAttributes {
  label: string;
  size: number;
  color: string;
  x: number;
  y: number;
}

export interface EdgeAttributes {
  color: string;
  size: number;
  kind: string;
}

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function nodeSize(accusationsReceived: number): number {
  return Math.min(5 + 3 * Math.sqrt(accusationsReceived), 30);
}

function edgeSize(count: number): number {
  return Math.min(2 + Math.log2(count), 7);
}

/** A small seeded generator, so the same graph starts its layout from the same positions. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildGraph(view: ViewGraph, colours: Palette): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph();
  for (const actor of view.actors) {
    graph.addNode(actor.id, { label: actor.name, size: nodeSize(actor.accusationsReceived), color: colours.colourOf(actor), x: 0, y: 0 });
  }
  for (const edge of view.edges) {
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, { color: KIND_COLOURS[edge.kind], size: edgeSize(edge.count), kind: edge.kind });
  }
  random.assign(graph, { rng: seededRandom(42), scale: 100 });
  return graph;
}
