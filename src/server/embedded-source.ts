// The embedded store as a graph source. The file is read again only when it changed on disk (another
// file renamed over it, another size or another modification time), so a page reload after
// `claimgraph ingest` shows the new documents without re-reading (or re-indexing) an unchanged store.
import { stat } from 'node:fs/promises';
import { EmbeddedStore } from '../../graph/store.js';
import type { GraphSnapshot } from '../../graph/model.js';
import { ClaimgraphError } from '../../core/errors.js';
import type { GraphSource } from './source.js';

async function versionOf(file: string): Promise<string> {
  try {
    const { ino, size, mtimeMs } = await stat(file);
    return `${ino}:${size}:${mtimeMs}`;
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
      loaded = { version, snapshot: (await EmbeddedStore.open(file)).snapshot() };
    return loaded.snapshot;
  };
  await read();
  return { description: `embedded store ${file}`, snapshot: read, close: () => Promise.resolve() };
}
