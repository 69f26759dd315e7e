// The embedded store as a graph source. The file is read again only when it changed on disk, so a
// page reload after `claimgraph ingest` shows the new documents without re-reading an unchanged store.
import { stat } from 'node:fs/promises';
import { EmbeddedStore } from '../../graph/store.js';
import type { GraphSnapshot } from '../../graph/model.js';
import { ClaimgraphError } from '../../core/errors.js';
import type { GraphSource } from './source.js';

async function modifiedAt(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    throw new ClaimgraphError(
      'server',
      `no graph store at ${file}; build one with "claimgraph ingest PATH..." or pass --store FILE`,
    );
  }
}

export async function embeddedSource(file: string): Promise<GraphSource> {
  let loaded: { mtime: number; snapshot: GraphSnapshot } | null = null;
  const read = async (): Promise<GraphSnapshot> => {
    const mtime = await modifiedAt(file);
    if (loaded?.mtime !== mtime) loaded = { mtime, snapshot: (await EmbeddedStore.open(file)).snapshot() };
    return loaded.snapshot;
  };
  await read();
  return { description: `embedded store ${file}`, snapshot: read, close: () => Promise.resolve() };
}
