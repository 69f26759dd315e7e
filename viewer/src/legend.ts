// The on-screen legend: what colour, size, thickness and arrows mean in the current view. The same
// model is drawn into the SVG and PNG exports.
import type { EdgeKind } from '../../view/types.js';
import { KIND_ARROWS, KIND_COLOURS } from './colours.js';
import { el } from './dom.js';
import { SIZE_MEASURES, type SizeBy } from './graph-build.js';

export interface LegendModel {
  colourTitle: string;
  colours: { label: string; colour: string }[];
  kinds: { kind: EdgeKind; arrow: string; colour: string }[];
  size: string;
  thickness: string;
}

export function legendModel(options: {
  colourBy: string;
  colours: { label: string; colour: string }[];
  kinds: EdgeKind[];
  sizeBy: SizeBy;
  largest: number;
  counts: { min: number; max: number };
}): LegendModel {
  const { min, max } = options.counts;
  return {
    colourTitle: `Actor colour: ${options.colourBy}`,
    colours: options.colours,
    kinds: options.kinds.map((kind) => ({ kind, arrow: KIND_ARROWS[kind], colour: KIND_COLOURS[kind] })),
    size: `Circle size: ${SIZE_MEASURES[options.sizeBy]} (largest ${options.largest})`,
    thickness:
      max === 0
        ? 'Line thickness: claims per edge'
        : `Line thickness: claims per edge (${min === max ? min : `${min} to ${max}`}; hover an edge for its count)`,
  };
}

function swatch(colour: string, className: string): HTMLElement {
  const mark = el('span', { className });
  mark.style.background = colour;
  return mark;
}

export function renderLegend(container: HTMLElement, model: LegendModel): void {
  container.replaceChildren(
    el('div', { className: 'legend-block' }, [
      el('p', { className: 'legend-title', text: 'Arrows: who claimed what about whom' }),
      el(
        'ul',
        {},
        model.kinds.map(({ kind, arrow, colour }) =>
          el('li', {}, [swatch(colour, 'legend-line'), `${kind}: ${arrow}`]),
        ),
      ),
    ]),
    el('div', { className: 'legend-block' }, [
      el('p', { className: 'legend-title', text: model.colourTitle }),
      el(
        'ul',
        { className: 'legend-colours' },
        model.colours.map(({ label, colour }) => el('li', {}, [swatch(colour, 'swatch'), label])),
      ),
    ]),
    el('div', { className: 'legend-block' }, [
      el('p', { className: 'legend-title', text: 'Size and thickness' }),
      el('p', { text: model.size }),
      el('p', { text: model.thickness }),
    ]),
  );
}
