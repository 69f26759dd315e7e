// A source that cannot answer does not hold the server up: the last snapshot is served, marked stale
// since it was read, until a read succeeds again; and an unchanged snapshot is not indexed again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '../../graph/model.js';
import { cachedIndex } from '../../src/server/index-cache.js';
import { refreshingSource } from '../../src/server/refreshing-source.js';
import { startServer } from '../../src/server/server.js';
import { fixedSource } from '../../src/server/source.js';
import { fixtureGraph } from './fixtures.js';

const first = fixtureGraph('small-graph');
const second: GraphSnapshot = { ...first, documents: first.documents.slice(0, 1) };
const never = () => new Promise<GraphSnapshot>(() => {});

/** A reader whose next answers the test decides. */
function scriptedReader(...answers: (() => Promise<GraphSnapshot>)[]) {
  let calls = 0;
  const read = () => (answers[Math.min(calls++, answers.length - 1)] ?? never)();
  return { read, calls: () => calls };
}

describe('a refreshing source', () => {
  it('serves the last snapshot, stale since it was read, while reads fail or hang, then recovers', async () => {
    const reader = scriptedReader(
      () => Promise.resolve(first),
      () => Promise.reject(new Error('connection refused')),
      never,
    );
    const stale: string[] = [];
    const source = await refreshingSource(reader.read, {
      description: 'scripted',
      close: () => Promise.resolve(),
      deadlineMs: 20,
      onStale: (since, reason) => stale.push(`${since} ${reason}`),
    });
    expect(source.staleSince?.()).toBeNull();
    expect(await source.snapshot()).toBe(first);
    expect(source.staleSince?.()).toMatch(/^\d{4}-\d\d-\d\dT/);
    const since = source.staleSince?.();
    expect(await source.snapshot()).toBe(first); // the read hangs: answered at the deadline
    expect(await source.snapshot()).toBe(first); // still hanging: not asked again
    expect(reader.calls()).toBe(3);
    expect(source.staleSince?.()).toBe(since);
    expect(stale).toEqual([`${since} connection refused`]);
  });

  it('clears the mark when a read succeeds', async () => {
    const reader = scriptedReader(
      () => Promise.resolve(first),
      () => Promise.reject(new Error('down')),
      () => Promise.resolve(second),
    );
    const source = await refreshingSource(reader.read, {
      description: 's',
      close: () => Promise.resolve(),
      deadlineMs: 20,
    });
    await source.snapshot();
    expect(source.staleSince?.()).not.toBeNull();
    expect(await source.snapshot()).toBe(second);
    expect(source.staleSince?.()).toBeNull();
  });

  it('the API says so: a Stale-Since header, and staleSince in the graph', async () => {
    const reader = scriptedReader(() => Promise.resolve(first), never);
    const source = await refreshingSource(reader.read, {
      description: 's',
      close: () => Promise.resolve(),
      deadlineMs: 20,
    });
    const assetsDir = mkdtempSync(join(tmpdir(), 'claimgraph-stale-'));
    const server = await startServer({ source, assetsDir, port: 0, log: () => {} });
    try {
      const response = await fetch(new URL('/api/graph', server.url));
      expect(response.status).toBe(200);
      const since = response.headers.get('x-claimgraph-stale-since');
      expect(since).toBe(source.staleSince?.());
      expect(((await response.json()) as { staleSince: string }).staleSince).toBe(since);
      const documents = await fetch(new URL('/api/documents', server.url));
      expect(documents.headers.get('x-claimgraph-stale-since')).toBe(since);
    } finally {
      await server.close();
    }
  });
});

describe('the index cache', () => {
  it('indexes a snapshot once, however often the graph is asked for', async () => {
    const index = cachedIndex(fixedSource(first));
    const once = await index(true);
    expect(await index(true)).toBe(once);
    expect(await index(false)).toBe(once);
  });
});
