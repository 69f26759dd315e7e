// `claimgraph who --neo4j` asks Neo4j the question `claimgraph who` asks the embedded store: loaded
// with the same graph, both print the same rows, in the same order, for every filter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/store.js';
import { buildCli, runCli } from '../cli/cli.js';
import { CORPUS, loadExtraction } from '../graph/fixtures.js';
import { describeNeo4j, emptyGraphDriver, useTestServerForCli } from './server.js';

describeNeo4j('claimgraph who --neo4j', () => {
  let driver: Driver;
  let dir: string;
  let store: string;

  beforeAll(async () => {
    buildCli();
    useTestServerForCli();
    driver = await emptyGraphDriver();
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-who-neo4j-'));
    store = join(dir, 'fixtures.jsonl');
    const saved = await EmbeddedStore.open(store);
    for (const name of CORPUS) saved.ingest(loadExtraction(name));
    await saved.save();
    const load = runCli(['load', '--store', store]);
    expect(load.code, load.stderr).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await driver?.close();
  });

  it.each([
    { filter: [] },
    { filter: ['--accused', 'sna'] },
    { filter: ['--accuser', 'Borduria'] },
    { filter: ['--target', 'szohod-university'] },
    { filter: ['--since', '2023-04-01'] },
  ])('prints the embedded rows for $filter', ({ filter }: { filter: string[] }) => {
    const embedded = runCli(['who', ...filter, '--store', store, '--format', 'json']);
    const neo4j = runCli(['who', ...filter, '--neo4j', '--format', 'json']);
    expect(embedded.code, embedded.stderr).toBe(0);
    expect(neo4j.code, neo4j.stderr).toBe(0);
    expect(JSON.parse(embedded.stdout)).not.toEqual([]);
    expect(neo4j.stdout).toBe(embedded.stdout);
  });

  it('refuses --store together with --neo4j as a usage error', () => {
    const run = runCli(['who', '--neo4j', '--store', store]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--neo4j.*cannot be used with.*--store/);
  });
});
