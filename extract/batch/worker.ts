// One extraction worker thread of the pool (pool.ts). Each task is one whole document. Before the
// work starts the worker says so, so the pool's time budget covers the extraction alone and not the
// time a task waited in the queue.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { Extraction, SourceDocument } from '../../core/types.js';
import { loadRuleTable } from '../claims/rule-table.js';
import { loadLexicon } from '../lexicon/index.js';
import { installLexiconPlugin } from '../nlp/lexicon-plugin.js';
import { extractDocument } from '../pipeline.js';

// Loaded while the worker starts, before the pool hands it a document, so that the first
// document's time budget is spent on that document.
installLexiconPlugin(loadLexicon());
loadRuleTable();

export interface ExtractionTask {
  /** The pool's number for this task, echoed in the start message. */
  key: number;
  doc: SourceDocument;
}

export interface TaskStarted {
  started: number;
}

export default function extract({ key, doc }: ExtractionTask): Extraction {
  parentPort?.postMessage({ started: key } satisfies TaskStarted);
  return extractDocument(doc);
}

/** This worker's V8 heap in use, in bytes: what the benchmark reports as memory per worker. */
export function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}
