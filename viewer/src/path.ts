// The shortest chain between two actors, as the CLI's `path` finds it: over accusation and affiliation
// edges, walked in either direction, here among the edges the view shows.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { ViewerGraph } from './graph-build.js';

const CHAIN_KINDS = ['accusation', 'affiliation'];

export interface DrawnPath {
  nodes: string[];
  /** One drawn edge per step, in order. */
  edges: string[];
}

export function shortestDrawnPath(
  graph: ViewerGraph,
  from: string,
  to: string,
  visibleEdges: ReadonlyMap<string, number>,
): DrawnPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const chain = new UndirectedGraph();
  chain.mergeNode(from);
  chain.mergeNode(to);
  const edgeOf = new Map<string, string>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  // Sorted keys: where two edges join the same actors, the same one is drawn every time.
  for (const key of [...visibleEdges.keys()].sort()) {
    if (!graph.hasEdge(key) || !CHAIN_KINDS.includes(graph.getEdgeAttribute(key, 'kind'))) continue;
    const source = graph.source(key);
    const target = graph.target(key);
    if (source === target) continue;
    chain.mergeEdge(source, target);
    if (!edgeOf.has(pairKey(source, target))) edgeOf.set(pairKey(source, target), key);
  }
  const nodes = bidirectional(chain, from, to);
  if (!nodes) return null;
  const edges = nodes.slice(1).map((node, i) => edgeOf.get(pairKey(nodes[i] ?? '', node)) ?? '');
  return { nodes, edges };
}
