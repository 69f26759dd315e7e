// Extracts documents from paths (the one read -> extract loop, extract/batch) and merges them into
// the store in file order, each document one transaction, so that a bad file is reported and the
// rest still go in. A store that cannot be written stops the run: every later document would fail
// the same way.
import { ClaimgraphError } from '../core/errors.js';
import { extractPaths, type ExtractPathsOptions } from '../extract/batch/extract-paths.js';
import type { EmbeddedStore, IngestOutcome } from './store.js';

export interface IngestProgress {
  done: number;
  total: number;
  path: string;
}

export interface IngestOptions extends Pick<
  ExtractPathsOptions,
  'maxBytes' | 'followSymlinks' | 'jobs' | 'timeLimitMs' | 'extract'
> {
  onProgress?: (progress: IngestProgress) => void;
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
  const summary: IngestSummary = { added: 0, unchanged: 0, replaced: 0, claims: 0, failed: [] };
  let total = 0;
  let done = 0;
  const results = extractPaths(paths, {
    ...options,
    onCount: (count) => (total = count),
    // Bytes the store already holds need no extraction; the store answers 'unchanged' for them.
    skip: (doc) => store.hasContent(doc.meta.sha256),
  });
  for await (const result of results) {
    done += 1;
    const path = result.kind === 'failed' ? result.path : result.doc.meta.path;
    if (result.kind === 'failed') {
      summary.failed.push({ path, error: result.error });
    } else if (result.kind === 'skipped') {
      summary.unchanged += 1;
    } else {
      try {
        const outcome: IngestOutcome = store.ingest(result.extraction);
        summary[outcome] += 1;
        // 'unchanged' here is a second file with the same bytes as one earlier in this run.
        if (outcome !== 'unchanged') summary.claims += result.extraction.claims.length;
      } catch (err) {
        if (err instanceof ClaimgraphError && err.module === 'store') throw err;
        summary.failed.push({ path, error: err instanceof Error ? err.message : String(err) });
      }
    }
    options.onProgress?.({ done, total, path });
  }
  return summary;
}
