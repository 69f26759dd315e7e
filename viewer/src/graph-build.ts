// The drawn graph: one node per actor, sized by accusations received; one arrow per edge, coloured by
// kind, thicker with more claims. Filters never rebuild it: they hide items through sigma's reducers.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import random from 'graphology-layout/random';
import type { ViewGraph } from '../../view/types.js';
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
  /** Sigma's edge program: straight arrows, or curved ones where edges would overlap. */
  type: 'straight' | 'curved';
  /** How far a curved edge bows out, relative to its length (0 for straight ones). */
  curvature: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function nodeSize(accusationsReceived: number): number {
  return Math.min(5 + 3 * Math.sqrt(accusationsReceived), 30);
}

function edgeSize(count: number): number {
  return Math.min(2 + Math.log2(count), 7);
}

/** Bends for parallel edges (A accused B, A denied B) and mutual ones (A accused B, B accused A), which
 * straight lines would draw on top of each other; from sigma's parallel-edges example. */
function curvatureOf(index: number, maxIndex: number): number {
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / Math.max(maxIndex, 1);
}

function bendOverlappingEdges(graph: ViewerGraph): void {
  indexParallelEdgesIndex(graph as never, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  graph.updateEachEdgeAttributes((_key, attributes) => {
    const { parallelIndex: index, parallelMaxIndex: maxIndex } = attributes;
    if (typeof index !== 'number' || typeof maxIndex !== 'number') return attributes;
    return { ...attributes, type: 'curved', curvature: curvatureOf(index, maxIndex) };
  });
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
    graph.addNode(actor.id, {
      label: actor.name,
      size: nodeSize(actor.accusationsReceived),
      color: colours.colourOf(actor),
      x: 0,
      y: 0,
    });
  }
  for (const edge of view.edges) {
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      color: KIND_COLOURS[edge.kind],
      size: edgeSize(edge.count),
      kind: edge.kind,
      type: 'straight',
      curvature: 0,
    });
  }
  bendOverlappingEdges(graph);
  random.assign(graph, { rng: seededRandom(42), scale: 100 });
  return graph;
}
