// The INPUT stage: command-line paths -> SourceDocuments, one result per file, in order.
// A bad file yields an error result and the rest continue; nothing here throws for bad input.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { SourceDocument } from '../../core/types.js';
import { buildDocument } from './document.js';
import { findInputFiles, identityOf, kindOf, type FileIdentity, type WalkOptions } from './find-files.js';
import { pdfToText } from './pdf.js';
import { describeFsError } from './fs-error.js';
import { InputError } from './input-error.js';

export type DocumentResult = { ok: true; doc: SourceDocument } | { ok: false; path: string; error: string };

export interface ReadOptions extends WalkOptions {
  /** Files larger than this many bytes are refused; never more than this many are read. Default 10 MB. */
  maxBytes?: number;
  /** Called once, before the first result, with the number of results to come. */
  onCount?: (count: number) => void;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export async function* readDocuments(paths: string[], opts: ReadOptions = {}): AsyncIterable<DocumentResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = await findInputFiles(paths, { followSymlinks: opts.followSymlinks });
  opts.onCount?.(files.length);
  for (const file of files) {
    if (!file.ok) {
      yield file;
      continue;
    }
    try {
      const bytes = await readLimited(file.path, file.identity, maxBytes);
      const pdfText = file.format === 'pdf' ? await pdfToText(bytes) : undefined;
      yield { ok: true, doc: buildDocument(file.path, bytes, file.format, pdfText) };
    } catch (err) {
      yield {
        ok: false,
        path: file.path,
        error: err instanceof InputError ? err.message : describeFsError(err),
      };
    }
  }
}

/** Reads a whole file, never more than `maxBytes` (+1 to notice the excess) whatever the file claims
 * to be: its size on the open handle refuses a large file before any byte is loaded, and the read
 * itself stops at the limit, for files that grow or whose size says nothing. The handle must still
 * be the regular file the walk saw: opened without blocking (a FIFO swapped in would hang) and
 * checked by device and inode (a symlink swapped in would lead elsewhere). */
async function readLimited(path: string, identity: FileIdentity, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`not a regular file (${kindOf(info)})`);
    if (identityOf(info) !== identity) throw new InputError('file changed while the run was reading it');
    if (info.size > maxBytes) throw tooLarge(`${info.size} bytes`, maxBytes);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, length);
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(`more than ${maxBytes} bytes`, maxBytes);
    }
  } finally {
    await handle.close();
  }
}

const READ_CHUNK = 1024 * 1024;

function tooLarge(size: string, maxBytes: number): InputError {
  return new InputError(`file too large (${size}, limit ${maxBytes})`);
}
