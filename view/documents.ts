// Document summaries: what the page lists in its document filter and under each claim.
import type { DocumentNode } from '../graph/model.js';
import type { GraphIndex } from './graph-index.js';
import type { DocumentSummary } from './types.js';

export function documentSummary(index: GraphIndex, doc: DocumentNode): DocumentSummary {
  const { id, title, url, date, publisher, path } = doc;
  return { id, title, url, date, publisher, path, claims: index.claimsPerDocument.get(id) ?? 0 };
}

/** Newest first, undated last, then by title. */
export function documentList(index: GraphIndex): DocumentSummary[] {
  return index.snapshot.documents
    .map((doc) => documentSummary(index, doc))
    .sort(
      (a, b) =>
        (b.date ?? '').localeCompare(a.date ?? '') || (a.title ?? a.path).localeCompare(b.title ?? b.path),
    );
}
