// The one read -> extract loop behind `extract`, `ingest` and `load PATHS`: paths in, one result per
// input file out, in the order the files are read, whatever the number of workers. Documents are
// read here and extracted in a worker pool; a document that cannot be read or extracted becomes a
// failed result and the rest go on.
import type { Extraction, SourceDocument } from '../../core/types.js';
import { readDocuments, type ReadOptions } from '../input/index.js';
import { defaultJobs, ExtractionPool, type PoolOptions } from './pool.js';

export type PathResult =
  | { kind: 'extracted'; doc: SourceDocument; extraction: Extraction }
  /** The caller's `skip` said this document needs no extraction (an ingest of unchanged bytes). */
  | { kind: 'skipped'; doc: SourceDocument }
  | { kind: 'failed'; path: string; stage: 'read' | 'extract'; error: string };

/** How files are found and read (the size cap, symbolic links, the count callback) is the INPUT
 * stage's own (extract/input); this loop passes those options through unchanged. */
export interface ExtractPathsOptions extends PoolOptions, ReadOptions {
  /** Documents for which this returns true are read but not extracted. */
  skip?: (doc: SourceDocument) => boolean;
  /** Runs this extraction in this thread instead of the worker pool's real pipeline (tests swap
   * the pipeline this way; it gets no time budget). */
  extract?: (doc: SourceDocument) => Extraction;
}

/** How many documents may be read ahead of the oldest one not yet handed back, per worker: enough
 * that a worker freed by a short document finds the next one waiting behind a long one. */
const READ_AHEAD_PER_JOB = 4;

export async function* extractPaths(
  paths: string[],
  options: ExtractPathsOptions = {},
): AsyncGenerator<PathResult, void, undefined> {
  const extractor = options.extract ? inThisThread(options.extract) : new ExtractionPool(options);
  const readAhead = READ_AHEAD_PER_JOB * (options.jobs ?? defaultJobs());
  // Results settle in any order; handing them back from the head of this queue keeps file order.
  const pending: Promise<PathResult>[] = [];
  try {
    for await (const read of readDocuments(paths, options)) {
      if (!read.ok)
        pending.push(Promise.resolve({ kind: 'failed', stage: 'read', path: read.path, error: read.error }));
      else if (options.skip?.(read.doc)) pending.push(Promise.resolve({ kind: 'skipped', doc: read.doc }));
      else pending.push(extractOne(extractor, read.doc));
      if (pending.length >= readAhead) yield await pending.shift()!;
    }
    while (pending.length > 0) yield await pending.shift()!;
  } finally {
    await extractor.close();
  }
}

interface Extractor {
  extract(doc: SourceDocument): Promise<Extraction>;
  close(): Promise<void>;
}

function inThisThread(extract: (doc: SourceDocument) => Extraction): Extractor {
  return { extract: async (doc) => extract(doc), close: async () => {} };
}

/** Never rejects: a failure is a result like any other. */
async function extractOne(extractor: Extractor, doc: SourceDocument): Promise<PathResult> {
  try {
    return { kind: 'extracted', doc, extraction: await extractor.extract(doc) };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return { kind: 'failed', stage: 'extract', path: doc.meta.path, error };
  }
}
