// The shape of the page's automation handle on `window` (set by automation.ts). Kept free of imports
// so the end-to-end tests can type their page.evaluate calls against it without the page's modules.
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
