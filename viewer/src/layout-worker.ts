// The layout worker: ForceAtlas2 from the given start positions until the nodes stop moving (or an
// iteration cap), then noverlap so no two actors cover each other. Same input, same output: no
// randomness and no clock, so a reload draws the same picture.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { LayoutJob, LayoutProgress } from './layout-protocol.js';

const BATCH = 10;
/** Intermediate positions go to the page at most this often: each costs the page a redraw. The
 * cadence changes nothing in the result. */
const PROGRESS_EVERY_MS = 400;
/** Converged when, over one batch, nodes moved on average less than this share of the drawing's extent. */
const STILL = 0.002;

interface Attributes {
  x: number;
  y: number;
  size: number;
  fixed: boolean;
}

function extentOf(graph: Graph<Attributes>): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}

function positionsOf(graph: Graph<Attributes>): Float64Array {
  const positions = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, { x, y }) => {
    positions[i++] = x;
    positions[i++] = y;
  });
  return positions;
}

function run(job: LayoutJob, post: (progress: LayoutProgress, transfer: Transferable[]) => void): void {
  const graph = new Graph<Attributes>({ multi: true, type: 'mixed', allowSelfLoops: false });
  const count = job.nodes.length / 4;
  for (let i = 0; i < count; i++) {
    const at = i * 4;
    graph.addNode(i, {
      x: job.nodes[at] ?? 0,
      y: job.nodes[at + 1] ?? 0,
      size: job.nodes[at + 2] ?? 1,
      fixed: job.nodes[at + 3] === 1,
    });
  }
  for (let e = 0; e < job.edges.length; e += 2) {
    const source = job.edges[e] ?? 0;
    const target = job.edges[e + 1] ?? 0;
    if (source !== target) graph.addEdge(source, target);
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 400,
    adjustSizes: false,
    gravity: 1,
  };
  let iterations = 0;
  let converged = graph.size === 0;
  let lastPosted = performance.now();
  while (!converged && iterations < job.maxIterations) {
    const before = positionsOf(graph);
    forceAtlas2.assign(graph, { iterations: BATCH, settings });
    iterations += BATCH;
    const after = positionsOf(graph);
    let moved = 0;
    for (let i = 0; i < after.length; i += 2)
      moved += Math.hypot((after[i] ?? 0) - (before[i] ?? 0), (after[i + 1] ?? 0) - (before[i + 1] ?? 0));
    converged = moved / Math.max(graph.order, 1) < STILL * extentOf(graph);
    if (performance.now() - lastPosted >= PROGRESS_EVERY_MS) {
      post({ job: job.job, positions: after, done: false, iterations, converged: false }, [after.buffer]);
      lastPosted = performance.now();
    }
  }
  // Node sizes are screen pixels; the drawing's extent will span about viewportPixels on screen.
  const unitsPerPixel = extentOf(graph) / job.viewportPixels;
  const fixed = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, attributes) => {
    if (attributes.fixed) fixed.set(node, { x: attributes.x, y: attributes.y });
  });
  noverlap.assign(graph, {
    maxIterations: 150,
    inputReducer: (_key, attributes) => ({
      x: attributes.x,
      y: attributes.y,
      size: (attributes.size ?? 1) * unitsPerPixel,
    }),
    settings: { margin: 4 * unitsPerPixel, ratio: 1.1, speed: 3, gridSize: 20 },
  });
  for (const [node, position] of fixed) graph.mergeNodeAttributes(node, position);
  const positions = positionsOf(graph);
  post({ job: job.job, positions, done: true, iterations, converged }, [positions.buffer]);
}

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  run(event.data, (progress, transfer) => self.postMessage(progress, { transfer }));
};
