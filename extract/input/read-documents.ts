// The INPUT stage: command-line paths -> SourceDocuments, one result per file, in order.
// A bad file yields an error result and the rest continue; nothing here throws for bad input.
import { open } from 'node:fs/promises';
import type { SourceDocument } from '../../core/types.js';
import { buildDocument } from './document.js';
import { findInputFiles } from './find-files.js';
import { describeFsError } from './fs-error.js';
import { InputError } from './input-error.js';

export type DocumentResult = { ok: true; doc: SourceDocument } | { ok: false; path: string; error: string };

export interface ReadOptions {
  /** Files larger than this many bytes are refused before reading. Default 10 MB. */
  maxBytes?: number;
  /** Called once, before the first result, with the number of results to come. */
  onCount?: (count: number) => void;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export async function* readDocuments(paths: string[], opts: ReadOptions = {}): AsyncIterable<DocumentResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = await findInputFiles(paths);
  opts.onCount?.(files.length);
  for (const file of files) {
    if (!file.ok) {
      yield file;
      continue;
    }
    try {
      const bytes = await readLimited(file.path, maxBytes);
      yield { ok: true, doc: buildDocument(file.path, bytes, file.format) };
    } catch (err) {
      yield {
        ok: false,
        path: file.path,
        error: err instanceof InputError ? err.message : describeFsError(err),
      };
    }
  }
}

/** Reads a whole file, refusing one over the limit by its size on the open handle, before any
 * byte is loaded, and again after reading in case it grew in between. */
async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: number) => new InputError(`file too large (${size} bytes, limit ${maxBytes})`);
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(size);
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) throw tooLarge(bytes.length);
    return bytes;
  } finally {
    await handle.close();
  }
}
