// The shape of the page's automation handle on `window` (set by automation.ts). Kept free of imports
// so the end-to-end tests can type their page.evaluate calls against it without the page's modules.
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
