// A small handle on window for browser automation (the end-to-end tests) and debugging: where an
// actor or an edge is on screen, and when the layout has settled. It exposes no document text.
import type Sigma from 'sigma';
import type { Layout } from './layout.js';
import type { ViewerGraph } from './graph-build.js';
// window.claimgraphViewer's type (a global declaration).
import type {} from './automation-handle.js';

export function exposeHandle(renderer: Sigma, graph: ViewerGraph, layout: Layout): void {
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
      if (!from || !to) return null;
      // A curved edge is a quadratic Bézier whose control point is set off from the middle by the
      // curvature times the edge's length, as @sigma/edge-curve draws it.
      const curvature = graph.getEdgeAttribute(key, 'curvature');
      const control = {
        x: (from.x + to.x) / 2 + (to.y - from.y) * curvature,
        y: (from.y + to.y) / 2 - (to.x - from.x) * curvature,
      };
      const along = (a: number, b: number, c: number) => (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t ** 2 * c;
      return { x: along(from.x, control.x, to.x), y: along(from.y, control.y, to.y) };
    },
    edgeKeys: (kind) =>
      graph.filterEdges((_key, attributes) => kind === undefined || attributes.kind === kind),
    order: () => graph.order,
    size: () => graph.size,
    layoutSettled: () => layout.settled(),
    stopLayout: () => layout.stop(),
    // Set rather than animated: sigma's animate() can miss its callback when it ends on the first
    // call. Two frames later the new view is drawn, and clicks are picked against it.
    resetCamera() {
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    },
  };
}
