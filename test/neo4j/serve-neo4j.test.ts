// `serve --neo4j` against the tests' own Neo4j, reached through a TCP relay the test can cut: the API
// serves what Neo4j holds, and once Neo4j is out of reach it answers at once from the last snapshot,
// marked stale, instead of waiting out the driver's retries.
import { mkdtempSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSnapshot } from '../../graph/neo4j/load.js';
import { neo4jSource } from '../../src/server/neo4j-source.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import type { GraphSource } from '../../src/server/source.js';
import { describeNeo4j, emptyGraphDriver, hostileStore, testConfig } from './server.js';

/** Relays 127.0.0.1:<port> to the test server; `cut()` drops every connection and refuses new ones. */
async function relayTo(target: URL): Promise<{ port: number; cut: () => void; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  let open = true;
  const relay: Server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    port: (relay.address() as { port: number }).port,
    cut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    close: () => new Promise((resolve) => relay.close(() => resolve())),
  };
}

describeNeo4j('serve --neo4j', () => {
  let driver: Driver;
  let relay: Awaited<ReturnType<typeof relayTo>>;
  let source: GraphSource;
  let server: RunningServer;
  const snapshot = hostileStore().snapshot();

  beforeAll(async () => {
    driver = await emptyGraphDriver();
    await loadSnapshot(driver, snapshot);
    const config = testConfig();
    relay = await relayTo(new URL(config.uri.replace('bolt:', 'http:')));
    source = await neo4jSource({ ...config, uri: `bolt://127.0.0.1:${relay.port}` }, () => {});
    server = await startServer({ source, assetsDir: mkdtempSync(join(tmpdir(), 'claimgraph-')), port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await source?.close();
    await relay?.close();
    await driver?.close();
  });

  it('serves the graph held in Neo4j, then its last snapshot, marked stale, when Neo4j is gone', async () => {
    const graph = async () => {
      const response = await fetch(new URL('/api/graph', server.url));
      const body = (await response.json()) as { totals: { actors: number }; staleSince?: string };
      return { status: response.status, stale: response.headers.get('x-claimgraph-stale-since'), body };
    };
    const live = await graph();
    expect(live.status).toBe(200);
    expect(live.stale).toBeNull();
    expect(live.body.totals.actors).toBe(snapshot.actors.length);

    relay.cut();
    const cached = await graph();
    expect(cached.status).toBe(200);
    expect(cached.stale).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(cached.body.staleSince).toBe(cached.stale);
    expect(cached.body.totals).toEqual(live.body.totals);
  });
});
