// What the user picked and how the drawing shows it: the picked actor with its neighbours, the picked
// edge with its two ends, or a drawn path keep their colours and labels while the rest fades. Reducer
// work stays O(1) per item: the kept actors and edges are collected once, when the pick changes.
import type { Attributes } from 'graphology-types';
import type { ViewerGraph } from './graph-build.js';

const FADED = '#e6e6e6';
const PATH_COLOUR = '#111111';

export class Focus {
  private node: string | null = null;
  private edge: string | null = null;
  private keptNodes = new Set<string>();
  private keptEdges: Set<string> | null = null;
  private path = false;

  constructor(private readonly graph: ViewerGraph) {}

  /** Actors whose labels the pick asks for. */
  labelled(): ReadonlySet<string> {
    return this.keptNodes;
  }

  onActor(id: string): void {
    this.clear();
    if (!this.graph.hasNode(id)) return;
    this.node = id;
    this.keptNodes = new Set([id, ...this.graph.neighbors(id)]);
  }

  onEdge(key: string): void {
    this.clear();
    if (!this.graph.hasEdge(key)) return;
    this.edge = key;
    this.keptNodes = new Set([this.graph.source(key), this.graph.target(key)]);
    this.keptEdges = new Set([key]);
  }

  onPath(nodes: string[], edges: string[]): void {
    this.clear();
    this.path = true;
    this.keptNodes = new Set(nodes);
    this.keptEdges = new Set(edges);
  }

  clear(): void {
    this.node = null;
    this.edge = null;
    this.path = false;
    this.keptNodes = new Set();
    this.keptEdges = null;
  }

  nodeStyle(node: string, data: Attributes): Attributes {
    if (this.node === node) return { ...data, highlighted: true, zIndex: 2 };
    if (this.keptNodes.size > 0 && !this.keptNodes.has(node))
      return { ...data, color: FADED, label: null, zIndex: 0 };
    return { ...data, zIndex: 1 };
  }

  edgeStyle(edge: string, data: Attributes): Attributes {
    if (this.keptEdges?.has(edge)) {
      const size = Number(data.size) + 2;
      return this.path ? { ...data, color: PATH_COLOUR, size, zIndex: 2 } : { ...data, size, zIndex: 2 };
    }
    const picked = this.node;
    const faded =
      this.keptEdges !== null ||
      (picked !== null && this.graph.source(edge) !== picked && this.graph.target(edge) !== picked);
    return faded ? { ...data, color: FADED, zIndex: 0 } : { ...data, zIndex: 1 };
  }
}

export { PATH_COLOUR };
