// A small handle on window for browser automation (the end-to-end tests, the benchmark) and debugging:
// what is drawn and where, and when the layout has settled. It exposes no document text beyond what
// the page shows.
import type Sigma from 'sigma';
import type { ViewerGraph } from './graph-build.js';
import type { LabelPainter } from './labels.js';
import type { Layout } from './layout.js';
// window.claimgraphViewer's type (a global declaration).
import type {} from './automation-handle.js';

/** What the viewer lends the handle. */
export interface AutomationSource {
  graph: ViewerGraph;
  renderer: Sigma;
  layout: Layout;
  labels: LabelPainter;
  visible(): { nodes: ReadonlySet<string>; edges: ReadonlyMap<string, number> };
  fit(): Promise<void>;
  svg(): SVGSVGElement;
}

const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export function exposeHandle(source: AutomationSource): void {
  const { graph, renderer, layout, labels, visible } = source;
  const point = (id: string) => {
    const data = renderer.getNodeDisplayData(id);
    return data && !data.hidden ? renderer.framedGraphToViewport(data) : null;
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
    node(id) {
      const data = renderer.getNodeDisplayData(id);
      if (!data) return null;
      return {
        hidden: data.hidden,
        color: data.color,
        size: data.size,
        label: data.label,
        forceLabel: data.forceLabel,
      };
    },
    edge(key) {
      const data = renderer.getEdgeDisplayData(key);
      if (!data) return null;
      return {
        hidden: data.hidden,
        color: data.color,
        size: data.size,
        type: data.type,
        curvature: graph.getEdgeAttribute(key, 'curvature'),
      };
    },
    edgeKeys: (kind) =>
      graph.filterEdges((_key, attributes) => kind === undefined || attributes.kind === kind),
    shownNodes: () => [...visible().nodes],
    shownEdges: () => [...visible().edges.keys()],
    labels: () => [...labels.drawn.values()],
    viewport: () => renderer.getDimensions(),
    positions() {
      const positions: Record<string, [number, number]> = {};
      graph.forEachNode((node, { x, y }) => (positions[node] = [x, y]));
      return positions;
    },
    order: () => graph.order,
    size: () => graph.size,
    layoutSettled: () =>
      new Promise<void>((resolve) => {
        const check = () => (layout.running() ? setTimeout(check, 50) : resolve());
        check();
      }).then(nextFrames),
    stopLayout: () => layout.stop(),
    async resetCamera() {
      await source.fit();
      await nextFrames();
    },
    svg: () => new XMLSerializer().serializeToString(source.svg()),
  };
}
