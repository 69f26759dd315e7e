// Checks about the store's path made before any work: that a run will be able to save the store
// (found out before a long extraction, not after it), and that an output file is not the store.
import { constants, statSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ClaimgraphError } from '../core/errors.js';

/** Throws a ClaimgraphError when the store at `file` could not be written: SQLite keeps its
 * write-ahead log and shared-memory files next to it, so its folder (or the nearest existing
 * ancestor, which opening will create the folder in) must be writable. */
export async function assertStoreWritable(file: string): Promise<void> {
  let folder = dirname(resolve(file));
  while (!exists(folder) && dirname(folder) !== folder) folder = dirname(folder);
  try {
    await access(folder, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'EROFS' ? 'a read-only file system' : 'not writable';
    throw new ClaimgraphError('store', `cannot save the store ${file}: the folder ${folder} is ${reason}`);
  }
}

/** Whether writing `output` would overwrite the store at `storeFile` (same path, or the same real
 * file through a link or another spelling). */
export function isStoreFile(output: string, storeFile: string): boolean {
  if (resolve(output) === resolve(storeFile)) return true;
  try {
    const [a, b] = [statSync(output), statSync(storeFile)];
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
