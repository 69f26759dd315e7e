// The filter and display controls, read into and written from the view state.
import { EDGE_KINDS, type DocumentSummary, type EdgeKind } from '../../view/types.js';
import type { ColourBy } from './colours.js';
import { el } from './dom.js';
import type { SizeBy } from './graph-build.js';
import type { DensityName } from './labels.js';
import type { ViewState } from './view-state.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`page element #${id} is missing`);
  return element as T;
}

const input = (id: string) => byId<HTMLInputElement>(id);
const select = (id: string) => byId<HTMLSelectElement>(id);
const kindBoxes = () => [...document.querySelectorAll<HTMLInputElement>('input[name="kind"]')];

/** The state with the controls' current values. */
export function readControls(state: ViewState): ViewState {
  return {
    ...state,
    kinds: EDGE_KINDS.filter((kind) => kindBoxes().some((box) => box.checked && box.value === kind)),
    since: input('since').value,
    until: input('until').value,
    document: select('document').value,
    colourBy: select('colour-by').value as ColourBy,
    sizeBy: select('size-by').value as SizeBy,
    labels: select('label-density').value as DensityName,
    isolated: input('show-isolated').checked,
    collapse: input('collapse').checked,
  };
}

export function writeControls(state: ViewState): void {
  for (const box of kindBoxes()) box.checked = state.kinds.includes(box.value as EdgeKind);
  input('since').value = state.since;
  input('until').value = state.until;
  select('document').value = state.document;
  select('colour-by').value = state.colourBy;
  select('size-by').value = state.sizeBy;
  select('label-density').value = state.labels;
  input('show-isolated').checked = state.isolated;
  input('collapse').checked = state.collapse;
}

export function fillDocuments(documents: DocumentSummary[]): void {
  const list = select('document');
  for (const doc of documents) {
    const option = el('option', { text: `${doc.date ?? 'undated'} · ${doc.title ?? doc.path}` });
    option.value = doc.id;
    list.append(option);
  }
}

export function onControlsChange(listener: () => void): void {
  const ids = [
    'since',
    'until',
    'document',
    'colour-by',
    'size-by',
    'label-density',
    'show-isolated',
    'collapse',
  ];
  for (const id of ids) byId(id).addEventListener('change', listener);
  for (const box of kindBoxes()) box.addEventListener('change', listener);
}

export { byId };
