// The embedded store as a graph source. The file is read again only when it changed on disk (another
// file renamed over it, another size or another modification time), so a page reload after
// `claimgraph ingest` shows the new documents without re-reading (or re-indexing) an unchanged store.
import { stat } from 'node:fs/promises';
import type { GraphSnapshot } from '../../graph/model.js';
import { withStore } from '../cli/open-store.js';
import { ClaimgraphError } from '../../core/errors.js';
import type { GraphSource } from './source.js';

/** The store's file and its write-ahead log (which takes new documents first) as one version. */
async function versionOf(file: string): Promise<string> {
  try {
    const { ino, size, mtimeMs } = await stat(file);
    const log = await stat(`${file}-wal`).catch(() => null);
    return `${ino}:${size}:${mtimeMs}:${log?.size ?? 0}:${log?.mtimeMs ?? 0}`;
  } catch {
    throw new ClaimgraphError(
      'server',
      `no graph store at ${file}; build one with "claimgraph ingest PATH..." or pass --store FILE`,
    );
  }
}

export async function embeddedSource(file: string): Promise<GraphSource> {
  let loaded: { version: string; snapshot: GraphSnapshot } | null = null;
  const read = async (): Promise<GraphSnapshot> => {
    const version = await versionOf(file);
    if (loaded?.version !== version)
      loaded = { version, snapshot: await withStore(file, (store) => store.snapshot()) };
    return loaded.snapshot;
  };
  await read();
  return { description: `embedded store ${file}`, snapshot: read, close: () => Promise.resolve() };
}
