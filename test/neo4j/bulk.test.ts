// `claimgraph load --bulk`: the csv export through neo4j-admin's import into the embedded test
// server's own store (stopped for it, started again after), then read back over Bolt. The test
// setup (test/setup/neo4j.ts) only ever provides the embedded server of this checkout, whose store
// the tests own and may stop and overwrite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/ingest.js';
import type { GraphSnapshot } from '../../graph/model.js';
import { openDriver } from '../../graph/neo4j/connection.js';
import { graphCounts, loadSnapshot, loadStatus } from '../../graph/neo4j/load.js';
import { readSnapshot } from '../../graph/neo4j/read-snapshot.js';
import { EmbeddedStore } from '../../graph/store.js';
import { buildCli, REPO_ROOT, runCli } from '../cli/cli.js';
import {
  describeNeo4j,
  emptyGraphDriver,
  restoreTestMarker,
  testConfig,
  useTestServerForCli,
} from './server.js';

const TEXTS = 'fixtures/graph/texts';
const BULK_TIMEOUT = 600_000;

function script(name: string): void {
  const run = spawnSync('bash', [join(REPO_ROOT, 'scripts', name)], { stdio: ['ignore', 2, 2] });
  if (run.status !== 0) throw new Error(`scripts/${name} failed`);
}

const sortedById = <T extends { id: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describeNeo4j('claimgraph load --bulk into the embedded test server', () => {
  let expected: GraphSnapshot;
  /** Whether neo4j-admin may have replaced the database's files, the tests' marker with them. */
  let overwritten = false;

  beforeAll(async () => {
    buildCli();
    useTestServerForCli();
    // Refuses (and the import never runs) unless the database is the tests' own.
    await (await emptyGraphDriver()).close();
    const store = EmbeddedStore.inMemory();
    await ingestPaths(store, [TEXTS], { jobs: 1 });
    expected = store.snapshot();
  });
  // Whatever happened, the next test file finds the server up, and the database marked as the tests'.
  afterAll(async () => {
    script('neo4j-start.sh');
    if (overwritten) await restoreTestMarker();
  }, BULK_TIMEOUT);

  it(
    'writes the same graph as the transactional load, and a transactional load afterwards changes nothing',
    async () => {
      script('neo4j-stop.sh');
      overwritten = true;
      const run = runCli([
        'load',
        '--bulk',
        '--replace',
        '--neo4j-admin',
        'scripts/neo4j-admin.sh',
        '--jobs',
        '2',
        TEXTS,
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(
        /imported 4 documents, \d+ actors, \d+ claims, \d+ derived edges .* with neo4j-admin/,
      );
      // neo4j-admin's report file went with the temporary CSV files, not into the working directory.
      expect(existsSync(join(REPO_ROOT, 'import.report'))).toBe(false);
      script('neo4j-start.sh');

      const driver = openDriver(testConfig());
      try {
        const back = await readSnapshot(driver);
        expect(sortedById(back.documents)).toEqual(sortedById(expected.documents));
        expect(sortedById(back.actors)).toEqual(sortedById(expected.actors));
        expect(sortedById(back.claims)).toEqual(sortedById(expected.claims));
        expect(back.edges).toHaveLength(expected.edges.length);
        const before = await graphCounts(driver);
        const after = await loadSnapshot(driver, expected);
        expect(after).toEqual({ ...before, replacedUnfinished: false });
        expect((await loadStatus(driver)).status).toBe('complete');
      } finally {
        await driver.close();
      }
    },
    BULK_TIMEOUT,
  );

  it(
    "fails with neo4j-admin's reason when the server holds the store",
    () => {
      script('neo4j-start.sh');
      const run = runCli(['load', '--bulk', '--neo4j-admin', 'scripts/neo4j-admin.sh', TEXTS]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^claimgraph\/neo4j: neo4j-admin import failed \(exit \d+\): /);
    },
    BULK_TIMEOUT,
  );
});
