// ForceAtlas2 in a web worker, so the page stays responsive while the layout settles. It runs for a
// while scaled to the graph's size and then stops; the user can resume or stop it.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { ViewerGraph } from './graph-build.js';

export interface Layout {
  running(): boolean;
  start(): void;
  stop(): void;
  /** Resolves each time the layout stops. */
  settled(): Promise<void>;
}

type Listener = (running: boolean) => void;

function runDuration(order: number): number {
  return Math.min(1500 + order * 2, 12_000);
}

export function startLayout(graph: ViewerGraph, onChange: Listener): Layout {
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    adjustSizes: false,
    barnesHutOptimize: graph.order > 500,
  };
  let supervisor: FA2LayoutSupervisor | null = null;
  try {
    supervisor = new FA2LayoutSupervisor(graph, { settings });
  } catch {
    // No worker (a browser that refuses blob: workers): lay out once, synchronously.
    forceAtlas2.assign(graph, { iterations: 200, settings });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: (() => void)[] = [];
  const layout: Layout = {
    running: () => supervisor?.isRunning() ?? false,
    start() {
      if (!supervisor || supervisor.isRunning()) return;
      supervisor.start();
      onChange(true);
      clearTimeout(timer);
      timer = setTimeout(() => layout.stop(), runDuration(graph.order));
    },
    stop() {
      clearTimeout(timer);
      if (supervisor?.isRunning()) supervisor.stop();
      onChange(false);
      for (const resolve of waiting) resolve();
      waiting = [];
    },
    settled: () => (layout.running() ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve()),
  };
  if (supervisor) layout.start();
  else onChange(false);
  return layout;
}
