// The store's file on disk before SQLite opens it: what kind of file it is (refusing an empty,
// foreign or cut-off one), and the leftovers of interrupted runs beside it.
import { open, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ClaimgraphError } from '../core/errors.js';
import { isLegacyStore } from './legacy-store.js';
import { STORE_VERSION } from './store-schema.js';

/** Where version 1 kept the store by default. */
export const LEGACY_DEFAULT = '.claimgraph/graph.jsonl';
const SQLITE_MAGIC = 'SQLite format 3\0';
const SQLITE_HEADER_BYTES = 100;

export type StoreFileKind = 'missing' | 'sqlite' | 'legacy';

/** What is at `file`. An empty file, a foreign file and a database file shorter than its own header
 * says (cut off by a copy or a full disk) are refused with the reason, never opened as empty. */
export async function storeFileKind(file: string): Promise<StoreFileKind> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new ClaimgraphError('store', `${file}: cannot read (${(err as Error).message})`);
  }
  try {
    const { size } = await handle.stat();
    if (size === 0)
      throw new ClaimgraphError(
        'store',
        `${file}: the store file is empty (0 bytes); it was cut off or is not a store`,
      );
    const header = Buffer.alloc(SQLITE_HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, SQLITE_HEADER_BYTES, 0);
    if (header.subarray(0, SQLITE_MAGIC.length).toString('latin1') !== SQLITE_MAGIC) {
      if (await isLegacyStore(file)) return 'legacy';
      throw new ClaimgraphError('store', `${file}: not a claimgraph store (version ${STORE_VERSION})`);
    }
    if (bytesRead < SQLITE_HEADER_BYTES)
      throw new ClaimgraphError('store', `${file}: the store is damaged (cut off inside its header)`);
    const pageSize = header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16);
    const pages = header.readUInt32BE(28);
    const pagesValid = header.readUInt32BE(24) === header.readUInt32BE(92);
    if (pagesValid && size < pages * pageSize) {
      throw new ClaimgraphError(
        'store',
        `${file}: the store is damaged (cut off: ${size} bytes of ${pages * pageSize}); restore a copy or remove it to start afresh`,
      );
    }
    return 'sqlite';
  } finally {
    await handle.close();
  }
}

/** Removes what an interrupted run left beside the store: a migration's half-built database and the
 * temporary files of version 1's whole-file saves (`graph.jsonl.123456789`). */
export async function removeLeftovers(file: string): Promise<void> {
  const dir = dirname(file);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  // Only names no user would pick: version 1's saves were always `NAME.jsonl.<hash>`.
  const saveLeftover = (name: string): boolean =>
    [basename(file), basename(LEGACY_DEFAULT)].some(
      (store) =>
        store.endsWith('.jsonl') &&
        name.startsWith(`${store}.`) &&
        /^\d+$/.test(name.slice(store.length + 1)),
    );
  const migration = `${basename(file)}.migrating-`;
  const leftover = (name: string): boolean =>
    saveLeftover(name) ||
    (name.startsWith(migration) && /^\d+(-wal|-shm)?$/.test(name.slice(migration.length)));
  for (const name of names) if (leftover(name)) await rm(join(dir, name), { force: true });
}
