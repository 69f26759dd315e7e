// Reads documents from paths, extracts them and merges them into the store, one at a time so that a
// bad file is reported and the rest still go in. A store that cannot be written stops the run: every
// later document would fail the same way.
import { readDocuments, type ReadOptions } from '../extract/input/index.js';
import { extractDocument } from '../extract/pipeline.js';
import { ClaimgraphError } from '../core/errors.js';
import type { Extraction, SourceDocument } from '../core/types.js';
import type { EmbeddedStore, IngestOutcome } from './store.js';

export interface IngestProgress {
  done: number;
  total: number;
  path: string;
}

export interface IngestOptions extends Pick<ReadOptions, 'maxBytes' | 'followSymlinks'> {
  onProgress?: (progress: IngestProgress) => void;
  /** The extraction to run; the real pipeline unless a caller (a test, a benchmark) swaps it. */
  extract?: (doc: SourceDocument) => Extraction;
}

export interface IngestSummary {
  added: number;
  unchanged: number;
  replaced: number;
  claims: number;
  failed: { path: string; error: string }[];
}

export async function ingestPaths(
  store: EmbeddedStore,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const extract = options.extract ?? extractDocument;
  const summary: IngestSummary = { added: 0, unchanged: 0, replaced: 0, claims: 0, failed: [] };
  let total = 0;
  let done = 0;
  const results = readDocuments(paths, {
    maxBytes: options.maxBytes,
    followSymlinks: options.followSymlinks,
    onCount: (count) => (total = count),
  });
  for await (const result of results) {
    done += 1;
    const path = result.ok ? result.doc.meta.path : result.path;
    if (!result.ok) {
      summary.failed.push({ path, error: result.error });
    } else if (store.hasContent(result.doc.meta.sha256)) {
      summary.unchanged += 1;
    } else {
      try {
        const extraction = extract(result.doc);
        const outcome: IngestOutcome = store.ingest(extraction);
        summary[outcome] += 1;
        summary.claims += extraction.claims.length;
      } catch (err) {
        if (err instanceof ClaimgraphError && err.module === 'store') throw err;
        summary.failed.push({ path, error: err instanceof Error ? err.message : String(err) });
      }
    }
    options.onProgress?.({ done, total, path });
  }
  return summary;
}
