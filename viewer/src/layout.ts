// Runs the layout worker on a set of nodes and copies its positions onto the graph as they come, so
// the page stays responsive (sigma redraws on the graph's update events). One job at a time: a new run replaces the one in progress.
import type { ViewerGraph } from './graph-build.js';
import type { LayoutJob, LayoutProgress } from './layout-protocol.js';
import LayoutWorker from './layout-worker.ts?worker&inline';

export interface LayoutRun {
  nodes: string[];
  maxIterations: number;
  viewportPixels: number;
}

export class Layout {
  private worker: Worker | null = null;
  private job = 0;
  private current: { indexOf: Map<string, number>; resolve: () => void } | null = null;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly onChange: (running: boolean) => void,
  ) {}

  running(): boolean {
    return this.current !== null;
  }

  /** Lays out `nodes` over the edges among them, from their current positions. */
  run({ nodes, maxIterations, viewportPixels }: LayoutRun): Promise<void> {
    this.stop();
    const ids = nodes.filter((id) => this.graph.hasNode(id));
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    const packed = new Float64Array(ids.length * 4);
    ids.forEach((id, i) => {
      const { x, y, size, fixed } = this.graph.getNodeAttributes(id);
      packed.set([x, y, size, fixed ? 1 : 0], i * 4);
    });
    const edges: number[] = [];
    this.graph.forEachEdge((_key, _attributes, source, target) => {
      const from = indexOf.get(source);
      const to = indexOf.get(target);
      if (from !== undefined && to !== undefined) edges.push(from, to);
    });
    const job: LayoutJob = {
      job: ++this.job,
      nodes: packed,
      edges: Uint32Array.from(edges),
      maxIterations,
      viewportPixels,
    };
    return new Promise<void>((resolve) => {
      this.current = { indexOf, resolve };
      this.onChange(true);
      this.ensureWorker().postMessage(job, [job.nodes.buffer, job.edges.buffer]);
    });
  }

  /** Stops the job in progress where it is. */
  stop(): void {
    if (!this.current) return;
    // The worker computes a job in one go: stopping it means ending the worker.
    this.worker?.terminate();
    this.worker = null;
    this.finish();
  }

  private finish(): void {
    const current = this.current;
    this.current = null;
    this.onChange(false);
    current?.resolve();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new LayoutWorker();
    worker.onmessage = (event: MessageEvent<LayoutProgress>) => this.receive(event.data);
    this.worker = worker;
    return worker;
  }

  private receive(progress: LayoutProgress): void {
    if (progress.job !== this.job || !this.current) return;
    const { indexOf } = this.current;
    const { positions } = progress;
    this.graph.updateEachNodeAttributes(
      (id, attributes) => {
        const i = indexOf.get(id);
        if (i === undefined) return attributes;
        return { ...attributes, x: positions[i * 2] ?? 0, y: positions[i * 2 + 1] ?? 0 };
      },
      { attributes: ['x', 'y'] },
    );
    // Sigma listens to the graph: the update above schedules its redraw.
    if (progress.done) this.finish();
  }
}
