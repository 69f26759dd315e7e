// Actor labels: dark text on a white halo, so they read over edges; placed right of the node, or left
// of it where the right would run off the canvas, and kept inside it vertically. The page records
// each frame's labels, for the SVG export and for automation.
import type { Attributes } from 'graphology-types';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export interface DrawnLabel {
  node: string;
  text: string;
  /** Left, top, width and height of the text in CSS pixels of the graph container. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export const LABEL_FONT = 'system-ui, sans-serif';
const MARGIN = 3;

export type DensityName = 'few' | 'normal' | 'many' | 'all';

/** Sigma's label selection per density: how many labels a grid cell may hold, and the smallest node
 * (in pixels) that may have one. "all" labels every shown actor. */
export const DENSITIES: Record<DensityName, { labelDensity: number; labelRenderedSizeThreshold: number }> = {
  few: { labelDensity: 0.25, labelRenderedSizeThreshold: 8 },
  normal: { labelDensity: 1, labelRenderedSizeThreshold: 0 },
  many: { labelDensity: 3, labelRenderedSizeThreshold: 0 },
  all: { labelDensity: 100, labelRenderedSizeThreshold: 0 },
};

export class LabelPainter {
  /** Labels of the frame being drawn. */
  readonly drawn = new Map<string, DrawnLabel>();

  constructor(private readonly viewport: () => { width: number; height: number }) {}

  startFrame(): void {
    this.drawn.clear();
  }

  private collides(x: number, y: number, width: number, height: number): boolean {
    for (const other of this.drawn.values())
      if (
        x < other.x + other.width &&
        other.x < x + width &&
        y < other.y + other.height &&
        other.y < y + height
      )
        return true;
    return false;
  }

  readonly draw: NodeLabelDrawingFunction = (
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & Attributes,
    settings: Settings,
  ) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${LABEL_FONT}`;
    const width = context.measureText(data.label).width;
    const { width: canvasWidth, height: canvasHeight } = this.viewport();
    const clampX = (x: number) => Math.max(MARGIN, Math.min(x, canvasWidth - MARGIN - width));
    const clampY = (y: number) => Math.max(MARGIN, Math.min(y, canvasHeight - MARGIN - size));
    const gap = data.size + MARGIN;
    // Right of the node, else left, below or above it: the first place that covers no label drawn
    // before in this frame. A label that must show (selection, most accused) takes the first place anyway.
    const places = [
      { x: data.x + gap, y: data.y - size / 2 },
      { x: data.x - gap - width, y: data.y - size / 2 },
      { x: data.x - width / 2, y: data.y + gap },
      { x: data.x - width / 2, y: data.y - gap - size },
    ]
      .filter((place, i) => i !== 0 || place.x + width <= canvasWidth - MARGIN)
      .map((place) => ({ x: clampX(place.x), y: clampY(place.y) }));
    const free = places.find((place) => !this.collides(place.x, place.y, width, size));
    const chosen = free ?? (data.forceLabel ? places[0] : undefined);
    if (!chosen) return;
    const { x, y: top } = chosen;
    const baseline = top + size * 0.8;
    context.lineJoin = 'round';
    context.lineWidth = 4;
    context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
    context.strokeText(data.label, x, baseline);
    context.fillStyle = '#1d1d1d';
    context.fillText(data.label, x, baseline);
    const node = typeof data.key === 'string' ? data.key : '';
    this.drawn.set(node, { node, text: data.label, x, y: top, width, height: size });
  };
}
