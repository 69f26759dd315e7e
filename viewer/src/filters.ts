// Reads the filter form into a ViewFilter and fills the document list.
import { EDGE_KINDS, type DocumentSummary, type EdgeKind, type ViewFilter } from '../../view/types.js';
import { el } from './dom.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`page element #${id} is missing`);
  return element as T;
}

export function currentFilter(): ViewFilter {
  const checked = [...document.querySelectorAll<HTMLInputElement>('input[name="kind"]:checked')].map(
    (box) => box.value as EdgeKind,
  );
  const since = byId<HTMLInputElement>('since').value;
  const until = byId<HTMLInputElement>('until').value;
  const doc = byId<HTMLSelectElement>('document').value;
  const filter: ViewFilter = {};
  if (checked.length < EDGE_KINDS.length) filter.kinds = checked;
  if (since) filter.since = since;
  if (until) filter.until = until;
  if (doc) filter.document = doc;
  return filter;
}

export function fillDocuments(documents: DocumentSummary[]): void {
  const select = byId<HTMLSelectElement>('document');
  for (const doc of documents) {
    const option = el('option', { text: `${doc.date ?? 'undated'} · ${doc.title ?? doc.path}` });
    option.value = doc.id;
    select.append(option);
  }
}

export function onFilterChange(listener: () => void): void {
  for (const id of ['since', 'until', 'document']) byId(id).addEventListener('change', listener);
  for (const box of document.querySelectorAll('input[name="kind"]')) box.addEventListener('change', listener);
}

export { byId };
