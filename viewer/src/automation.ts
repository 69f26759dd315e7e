// A small handle on window for browser automation (the end-to-end tests) and debugging: where an
// actor or an edge is on screen, and when the layout has settled. It exposes no document text.
import type Sigma from 'sigma';
import type { Layout } from './layout.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './graph-build.js';

export interface ViewerHandle {
  /** Viewport position (CSS pixels inside the graph container) of a node. */
  nodePoint(id: string): { x: number; y: number } | null;
  /** Viewport position of the point at fraction t along an edge, from source to target. */
  edgePoint(key: string, t: number): { x: number; y: number } | null;
  edgeKeys(kind?: string): string[];
  order(): number;
  size(): number;
  layoutSettled(): Promise<void>;
  stopLayout(): void;
  /** Back to the whole graph in view. */
  resetCamera(): Promise<void>;
}

declare global {
  interface Window {
    claimgraphViewer?: ViewerHandle;
  }
}

export function exposeHandle(renderer: Sigma<NodeAttributes, EdgeAttributes>, graph: ViewerGraph, layout: Layout): void {
  const point = (id: string) => {
    const data = renderer.getNodeDisplayData(id);
    return data ? renderer.framedGraphToViewport(data) : null;
  };
  window.claimgraphViewer = {
    nodePoint: point,
    edgePoint(key, t) {
      if (!graph.hasEdge(key)) return null;
      const from = point(graph.source(key));
      const to = point(graph.target(key));
      return from && to ? { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t } : null;
    },
    edgeKeys: (kind) => graph.filterEdges((_key, attributes) => kind === undefined || attributes.kind === kind),
    order: () => graph.order,
    size: () => graph.size,
    layoutSettled: () => layout.settled(),
    stopLayout: () => layout.stop(),
    resetCamera: () => renderer.getCamera().animatedReset({ duration: 0 }),
  };
}
