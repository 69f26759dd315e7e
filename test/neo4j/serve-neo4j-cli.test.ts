// `claimgraph serve --neo4j`: the built CLI serves the graph Neo4j holds through the same API as
// the embedded store, on loopback, until it is stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSnapshot } from '../../graph/neo4j/load.js';
import { indexSnapshot } from '../../view/graph-index.js';
import { graphView } from '../../view/graph-view.js';
import { buildCli, REPO_ROOT } from '../cli/cli.js';
import { describeNeo4j, emptyGraphDriver, hostileStore, useTestServerForCli } from './server.js';

/** Starts `claimgraph serve --neo4j --port 0` and resolves with the URL it prints on stdout. */
function serveNeo4j(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'dist/src/cli/main.js'), 'serve', '--neo4j', '--port', '0'],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ child, url: chunk.toString().trim() }));
    child.once('exit', (code) => reject(new Error(`serve --neo4j exited ${code}: ${stderr}`)));
  });
}

describeNeo4j('claimgraph serve --neo4j', () => {
  let driver: Driver;
  let server: { child: ChildProcess; url: string };
  const snapshot = hostileStore().snapshot();

  beforeAll(async () => {
    buildCli();
    useTestServerForCli();
    driver = await emptyGraphDriver();
    await loadSnapshot(driver, snapshot);
    server = await serveNeo4j();
  });
  afterAll(async () => {
    server?.child.kill('SIGINT');
    await driver?.close();
  });

  it('answers /api/graph with the view of the graph loaded into Neo4j, bound to loopback', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(new URL('/api/graph', server.url));
    expect(response.status).toBe(200);
    const expected = graphView(indexSnapshot(snapshot));
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const view = (await response.json()) as typeof expected;
    expect(view.totals).toEqual(expected.totals);
    expect([...view.actors].sort(byId)).toEqual([...expected.actors].sort(byId));
    expect([...view.edges].sort(byKey)).toEqual([...expected.edges].sort(byKey));
  });
});
