// A small handle on window for browser automation (the end-to-end tests, the benchmark) and debugging:
// what is drawn and where, and when the layout has settled. It exposes no document text beyond what
// the page shows.
import type Sigma from 'sigma';
import type { ViewerGraph } from './graph-build.js';
import type { LabelPainter } from './labels.js';
import type { Layout } from './layout.js';

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

export interface DrawnItem {
  hidden: boolean;
  color: string;
  size: number;
}

export interface ViewerHandle {
  /** Viewport position (CSS pixels inside the graph container) of a node, null when not drawn. */
  nodePoint(id: string): { x: number; y: number } | null;
  /** Viewport position of the point at fraction t along an edge, from source to target. */
  edgePoint(key: string, t: number): { x: number; y: number } | null;
  node(id: string): (DrawnItem & { label: string | null; forceLabel: boolean }) | null;
  edge(key: string): (DrawnItem & { type: string; curvature: number }) | null;
  edgeKeys(kind?: string): string[];
  /** Actors and edges currently shown. */
  shownNodes(): string[];
  shownEdges(): string[];
  /** Labels drawn in the last frame, with their boxes. */
  labels(): { node: string; text: string; x: number; y: number; width: number; height: number }[];
  viewport(): { width: number; height: number };
  positions(): Record<string, [number, number]>;
  order(): number;
  size(): number;
  layoutSettled(): Promise<void>;
  stopLayout(): void;
  /** Frames all shown actors, as after a filter. */
  resetCamera(): Promise<void>;
  svg(): string;
}

declare global {
  interface Window {
    claimgraphViewer?: ViewerHandle;
  }
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
