// Publication output: the view as drawn (actors, edges with arrowheads, labels) with a title, the
// legend and a caption of the active filters, as SVG, and as PNG at twice the screen's pixels (the
// PNG is the same SVG rasterised). Text is only ever set as textContent, never parsed as markup.
import type Sigma from 'sigma';
import type { ViewerGraph } from './graph-build.js';
import { LABEL_FONT, type DrawnLabel } from './labels.js';
import type { LegendModel } from './legend.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 34;
const CAPTION_HEIGHT = 40;
export const ARROW = { length: 4.5, width: 3.5 };

export interface Publication {
  title: string;
  caption: string;
  legend: LegendModel;
  labels: Iterable<DrawnLabel>;
}

type SvgAttributes = Record<string, string | number>;

function svgEl(tag: string, attributes: SvgAttributes = {}, text?: string): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const round = (value: number) => Math.round(value * 10) / 10;

function edgeShapes(renderer: Sigma, graph: ViewerGraph, group: SVGElement): void {
  graph.forEachEdge((key, _attributes, source, target) => {
    const edge = renderer.getEdgeDisplayData(key);
    const from = renderer.getNodeDisplayData(source);
    const to = renderer.getNodeDisplayData(target);
    if (!edge || !from || !to || edge.hidden || from.hidden || to.hidden) return;
    const s = renderer.framedGraphToViewport(from);
    const t = renderer.framedGraphToViewport(to);
    const thickness = renderer.scaleSize(edge.size);
    const curvature = Number((edge as { curvature?: number }).curvature ?? 0);
    const control = {
      x: (s.x + t.x) / 2 + (t.y - s.y) * curvature,
      y: (s.y + t.y) / 2 - (t.x - s.x) * curvature,
    };
    const towards = curvature === 0 ? s : control;
    const length = Math.hypot(t.x - towards.x, t.y - towards.y) || 1;
    const unit = { x: (t.x - towards.x) / length, y: (t.y - towards.y) / length };
    const radius = renderer.scaleSize(to.size);
    const tip = { x: t.x - unit.x * radius, y: t.y - unit.y * radius };
    const arrowLength = thickness * ARROW.length;
    const base = { x: tip.x - unit.x * arrowLength, y: tip.y - unit.y * arrowLength };
    const d =
      curvature === 0
        ? `M${round(s.x)},${round(s.y)} L${round(base.x)},${round(base.y)}`
        : `M${round(s.x)},${round(s.y)} Q${round(control.x)},${round(control.y)} ${round(base.x)},${round(base.y)}`;
    group.append(svgEl('path', { d, fill: 'none', stroke: edge.color, 'stroke-width': round(thickness) }));
    const half = (thickness * ARROW.width) / 2;
    const corners = [
      tip,
      { x: base.x - unit.y * half, y: base.y + unit.x * half },
      { x: base.x + unit.y * half, y: base.y - unit.x * half },
    ];
    group.append(
      svgEl('polygon', {
        points: corners.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
        fill: edge.color,
      }),
    );
  });
}

function nodeShapes(renderer: Sigma, graph: ViewerGraph, group: SVGElement): void {
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const at = renderer.framedGraphToViewport(data);
    group.append(
      svgEl('circle', {
        cx: round(at.x),
        cy: round(at.y),
        r: round(renderer.scaleSize(data.size)),
        fill: data.color,
        stroke: '#ffffff',
        'stroke-width': 1,
        'data-node': node,
      }),
    );
  });
}

const LEGEND_WIDTH = 330;
/** Characters of 12px text that fit the legend's width. */
const LEGEND_CHARS = 46;

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > LEGEND_CHARS) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function legendGroup(legend: LegendModel, left: number, top: number): SVGElement {
  const lines: { text: string; colour?: string; line?: boolean; bold?: boolean }[] = [
    { text: 'Arrows: who claimed what about whom', bold: true },
    ...legend.kinds.map(({ kind, arrow, colour }) => ({ text: `${kind}: ${arrow}`, colour, line: true })),
    { text: legend.colourTitle, bold: true },
    ...legend.colours.map(({ label, colour }) => ({ text: label, colour })),
    ...wrap(legend.size).map((text) => ({ text })),
    ...wrap(legend.thickness).map((text) => ({ text })),
  ];
  const lineHeight = 15;
  const boxHeight = lines.length * lineHeight + 10;
  const group = svgEl('g', { transform: `translate(${left},${top})`, class: 'legend' });
  group.append(
    svgEl('rect', { width: LEGEND_WIDTH - 10, height: boxHeight, fill: '#fcfcfc', stroke: '#cccccc' }),
  );
  lines.forEach(({ text, colour, line, bold }, i) => {
    const y = 16 + i * lineHeight;
    if (colour && line)
      group.append(svgEl('line', { x1: 8, y1: y - 4, x2: 24, y2: y - 4, stroke: colour, 'stroke-width': 3 }));
    else if (colour) group.append(svgEl('circle', { cx: 16, cy: y - 4, r: 5, fill: colour }));
    group.append(
      svgEl(
        'text',
        { x: colour ? 30 : 8, y, 'font-size': 12, 'font-weight': bold ? 600 : 400, fill: '#222222' },
        text,
      ),
    );
  });
  return group;
}

export function viewAsSvg(renderer: Sigma, graph: ViewerGraph, publication: Publication): SVGSVGElement {
  const { width: graphWidth, height } = renderer.getDimensions();
  // The legend stands right of the drawing, so it covers none of it.
  const width = graphWidth + LEGEND_WIDTH;
  const total = TITLE_HEIGHT + height + CAPTION_HEIGHT;
  const svg = svgEl('svg', {
    xmlns: SVG_NS,
    width,
    height: total,
    viewBox: `0 0 ${width} ${total}`,
    'font-family': LABEL_FONT,
  }) as SVGSVGElement;
  svg.append(svgEl('rect', { width, height: total, fill: '#ffffff' }));
  svg.append(
    svgEl('text', { x: 10, y: 23, 'font-size': 18, 'font-weight': 600, fill: '#222222' }, publication.title),
  );
  const drawing = svgEl('g', { transform: `translate(0,${TITLE_HEIGHT})` });
  const edges = svgEl('g', { class: 'edges' });
  const nodes = svgEl('g', { class: 'nodes' });
  const labels = svgEl('g', {
    class: 'labels',
    'font-size': 14,
    fill: '#1d1d1d',
    stroke: '#ffffff',
    'stroke-width': 4,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
  edgeShapes(renderer, graph, edges);
  nodeShapes(renderer, graph, nodes);
  for (const label of publication.labels)
    labels.append(svgEl('text', { x: round(label.x), y: round(label.y + label.height * 0.8) }, label.text));
  drawing.append(edges, nodes, labels);
  svg.append(drawing, legendGroup(publication.legend, graphWidth + 5, TITLE_HEIGHT + 5));
  svg.append(
    svgEl(
      'text',
      { x: 10, y: TITLE_HEIGHT + height + 24, 'font-size': 12, fill: '#444444' },
      publication.caption,
    ),
  );
  return svg;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  download(svgBlob(svg), fileName);
}

/** Rasterises the SVG at `scale` times its size and downloads it as PNG. */
export async function downloadPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the PNG could not be made');
    download(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
