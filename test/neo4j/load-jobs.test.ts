// `claimgraph load PATH... --jobs N` against a real Neo4j: the same graph for any number of
// workers, and a document that overruns --time-limit is reported while the others are loaded.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clearGraph } from '../../graph/neo4j/load.js';
import { readSnapshot } from '../../graph/neo4j/read-snapshot.js';
import { buildCli, runCli } from '../cli/cli.js';
import { tempDir } from '../input/temp-dir.js';
import { describeNeo4j, emptyGraphDriver, useTestServerForCli } from './server.js';

describeNeo4j('claimgraph load PATH... --jobs', () => {
  let driver: Driver;
  const texts = tempDir();
  cpSync('fixtures/graph/texts', texts, { recursive: true });

  beforeAll(async () => {
    buildCli();
    useTestServerForCli();
    driver = await emptyGraphDriver();
  });
  afterAll(() => driver?.close());

  async function loadWith(args: string[]) {
    await clearGraph(driver);
    const run = runCli(['load', ...args]);
    return { run, graph: await readSnapshot(driver) };
  }

  it('loads the same graph with 1 and 2 workers', async () => {
    const one = await loadWith(['--jobs', '1', texts]);
    expect(one.run.code, one.run.stderr).toBe(0);
    expect(one.graph.documents).toHaveLength(4);
    const two = await loadWith(['--jobs', '2', texts]);
    expect(two.run.code, two.run.stderr).toBe(0);
    expect(two.graph).toEqual(one.graph);
  });

  it('loads the good documents around one that runs past --time-limit and names that one', async () => {
    const dir = tempDir();
    cpSync(texts, dir, { recursive: true });
    const slow = join(dir, '02b-slow-report.txt');
    // About 2 MB of prose: tens of seconds of extraction against a 1 s budget.
    const sentence = (i: number) =>
      `Officials in Arvenia said on day ${i} that the Kestovia group had attacked the water board. `;
    writeFileSync(slow, `Long report\n\n${Array.from({ length: 22_000 }, (_, i) => sentence(i)).join('')}`);
    const good = await loadWith(['--jobs', '1', texts]);
    const { run, graph } = await loadWith(['--jobs', '2', '--time-limit', '1', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`claimgraph: ${slow}: extraction took longer than 1 s and was stopped\n`);
    expect(graph.claims).toEqual(good.graph.claims.map((claim) => expect.objectContaining({ id: claim.id })));
    expect(graph.documents.map((doc) => doc.sha256)).toEqual(good.graph.documents.map((doc) => doc.sha256));
  });
});
