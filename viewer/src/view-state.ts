// Everything that decides what the page shows, as one value: it is written to the URL's fragment (so a
// link reopens the same view), kept on the undo stack, and read back into the controls.
import { EDGE_KINDS, type EdgeKind, type ViewFilter } from '../../view/types.js';
import type { ColourBy } from './colours.js';
import type { SizeBy } from './graph-build.js';
import { DENSITIES, type DensityName } from './labels.js';

export type Selection = { actor: string } | { edge: string } | null;

export interface ViewState {
  kinds: EdgeKind[];
  since: string;
  until: string;
  document: string;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  labels: DensityName;
  /** Show actors that have no claim edge. */
  isolated: boolean;
  collapse: boolean;
  selected: Selection;
  hidden: string[];
  /** Actors the user placed, and where (graph coordinates). */
  pinned: Record<string, [number, number]>;
  /** When exploring step by step: the actors brought into view so far. */
  explore: string[] | null;
  path: [string, string] | null;
}

export const DEFAULT_STATE: ViewState = {
  kinds: [...EDGE_KINDS],
  since: '',
  until: '',
  document: '',
  colourBy: 'type',
  sizeBy: 'received',
  labels: 'normal',
  isolated: false,
  collapse: false,
  selected: null,
  hidden: [],
  pinned: {},
  explore: null,
  path: null,
};

export function filterOf(state: ViewState): ViewFilter {
  const filter: ViewFilter = {};
  if (state.kinds.length < EDGE_KINDS.length) filter.kinds = [...state.kinds];
  if (state.since) filter.since = state.since;
  if (state.until) filter.until = state.until;
  if (state.document) filter.document = state.document;
  return filter;
}

const list = (value: string | null) => (value ? value.split(',').filter((item) => item !== '') : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function stateToHash(state: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_STATE;
  if (state.kinds.length !== d.kinds.length) params.set('kinds', state.kinds.join(','));
  if (state.since) params.set('since', state.since);
  if (state.until) params.set('until', state.until);
  if (state.document) params.set('doc', state.document);
  if (state.colourBy !== d.colourBy) params.set('colour', state.colourBy);
  if (state.sizeBy !== d.sizeBy) params.set('size', state.sizeBy);
  if (state.labels !== d.labels) params.set('labels', state.labels);
  if (state.isolated) params.set('isolated', '1');
  if (state.collapse) params.set('collapse', '1');
  if (state.selected && 'actor' in state.selected) params.set('actor', state.selected.actor);
  if (state.selected && 'edge' in state.selected) params.set('edge', state.selected.edge);
  if (state.hidden.length > 0) params.set('hide', state.hidden.join(','));
  const pins = Object.entries(state.pinned).map(([id, [x, y]]) => `${id}@${x.toFixed(2)}@${y.toFixed(2)}`);
  if (pins.length > 0) params.set('pin', pins.join(','));
  if (state.explore) params.set('explore', state.explore.join(','));
  if (state.path) params.set('path', state.path.join(','));
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function stateFromHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const kinds = params.has('kinds')
    ? EDGE_KINDS.filter((kind) => list(params.get('kinds')).includes(kind))
    : [...EDGE_KINDS];
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  const pinned: ViewState['pinned'] = {};
  for (const pin of list(params.get('pin'))) {
    const [id, x, y] = pin.split('@');
    if (id && Number.isFinite(Number(x)) && Number.isFinite(Number(y))) pinned[id] = [Number(x), Number(y)];
  }
  const path = list(params.get('path'));
  const actor = params.get('actor');
  const edge = params.get('edge');
  return {
    kinds,
    since: date('since'),
    until: date('until'),
    document: params.get('doc') ?? '',
    colourBy: oneOf(params.get('colour'), ['type', 'country'], 'type'),
    sizeBy: oneOf(params.get('size'), ['received', 'made', 'claims'], 'received'),
    labels: oneOf(params.get('labels'), Object.keys(DENSITIES) as DensityName[], 'normal'),
    isolated: params.get('isolated') === '1',
    collapse: params.get('collapse') === '1',
    selected: actor ? { actor } : edge ? { edge } : null,
    hidden: list(params.get('hide')),
    pinned,
    explore: params.has('explore') ? list(params.get('explore')) : null,
    path: path.length === 2 ? [path[0] ?? '', path[1] ?? ''] : null,
  };
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return stateToHash(a) === stateToHash(b);
}
