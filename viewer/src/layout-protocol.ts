// Messages between the page and the layout worker. Positions travel as flat Float64Arrays, transferred.

export interface LayoutJob {
  job: number;
  /** x, y, size (pixels), fixed (0 or 1) per node. */
  nodes: Float64Array;
  /** source index, target index per edge. */
  edges: Uint32Array;
  maxIterations: number;
  /** Screen pixels the laid-out graph will span, to turn node sizes into layout units for overlap removal. */
  viewportPixels: number;
}

export interface LayoutProgress {
  job: number;
  /** x, y per node. */
  positions: Float64Array;
  done: boolean;
  iterations: number;
  converged: boolean;
}
