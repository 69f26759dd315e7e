// What the user picked and how the drawing shows it: the picked actor with its neighbours, or the picked
// edge with its two ends, keep their colours and the rest of the graph fades. Reducer work stays O(1) per
// item: the kept actors are collected once, when the pick changes.
import type { Attributes } from 'graphology-types';
import type { ViewerGraph } from './graph-build.js';

const FADED = '#e4e4e4';

export class Focus {
  private node: string | null = null;
  private edge: string | null = null;
  private kept = new Set<string>();

  constructor(private readonly graph: ViewerGraph) {}

  onActor(id: string): void {
    this.node = this.graph.hasNode(id) ? id : null;
    this.edge = null;
    this.kept = new Set(this.node ? [this.node, ...this.graph.neighbors(this.node)] : []);
  }

  onEdge(key: string): void {
    this.node = null;
    this.edge = key;
    this.kept = new Set([this.graph.source(key), this.graph.target(key)]);
  }

  clear(): void {
    this.node = null;
    this.edge = null;
    this.kept = new Set();
  }

  nodeStyle(node: string, data: Attributes): Attributes {
    if (this.node === node) return { ...data, highlighted: true, zIndex: 2 };
    if (this.kept.size > 0 && !this.kept.has(node)) return { ...data, color: FADED, label: null, zIndex: 0 };
    return { ...data, zIndex: 1 };
  }

  edgeStyle(edge: string, data: Attributes): Attributes {
    if (this.edge === edge) return { ...data, size: Number(data.size) + 3, zIndex: 2 };
    const picked = this.node;
    const faded =
      this.edge !== null ||
      (picked !== null && this.graph.source(edge) !== picked && this.graph.target(edge) !== picked);
    return faded ? { ...data, color: FADED, zIndex: 0 } : { ...data, zIndex: 1 };
  }
}
