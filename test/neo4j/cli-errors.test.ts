// `claimgraph cypher` and `load` against a real Neo4j: read-only by default, and one clear line,
// never a stack trace, when the server is unreachable, the login is wrong or the Cypher is bad.
import { createServer } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clearGraph } from '../../graph/neo4j/load.js';
import { runCypher } from '../../graph/neo4j/query.js';
import { buildCli, runCli, type CliRun } from '../cli/cli.js';
import { describeNeo4j, emptyGraphDriver, useTestServerForCli } from './server.js';

/** A loopback port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Exit 1 for a failure of the run; exit 2 for a usage error (a malformed flag). */
function expectOneCleanError(run: CliRun, pattern: RegExp, code = 1): void {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describeNeo4j('claimgraph cypher against Neo4j', () => {
  let driver: Driver;

  beforeAll(async () => {
    buildCli();
    useTestServerForCli();
    driver = await emptyGraphDriver();
  });
  afterAll(() => driver?.close());

  it('runs a parameterised read and prints JSON rows', () => {
    const run = runCli([
      'cypher',
      'RETURN $name AS name, $n + 1 AS next, $list AS list',
      '--param',
      'name=O\'Brien "x" \\',
      '--param',
      'n=41',
      '--param',
      'list=["a",1]',
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([{ name: 'O\'Brien "x" \\', next: 42, list: ['a', 1] }]);
  });

  it('prints a table with the column names even when no row matches', () => {
    const run = runCli([
      'cypher',
      'MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.type AS type',
      '--param',
      'id=none',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/name.*type/);
    expect(run.stdout).toMatch(/0 rows/);
  });

  it('refuses to write without --write, and writes with it', async () => {
    const create = "CREATE (:Actor {id: 'cli-scratch', name: 'Scratch'})";
    const scratchCount = async () =>
      (await runCypher(driver, "MATCH (a:Actor {id: 'cli-scratch'}) RETURN count(a) AS n")).rows[0]!.n;
    expectOneCleanError(runCli(['cypher', create]), /^claimgraph\/neo4j: .*read mode; pass --write/);
    expect(await scratchCount()).toBe(0);
    const written = runCli(['cypher', create, '--write']);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toMatch(/1 nodes created/);
    expect(await scratchCount()).toBe(1);
    await clearGraph(driver);
  });

  it('reports a Cypher syntax error in one line', () => {
    const run = runCli(['cypher', 'MATCH (n RETURN n']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^claimgraph\/neo4j: Cypher syntax error: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports failed authentication without a stack trace', () => {
    expectOneCleanError(
      runCli(['cypher', 'RETURN 1', '--password', 'not-the-password']),
      /^claimgraph\/neo4j: authentication failed for user "neo4j" at /,
    );
  });

  it('reports an unreachable server without a stack trace, for cypher and load', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    expectOneCleanError(
      runCli(['cypher', 'RETURN 1', '--uri', uri]),
      /^claimgraph\/neo4j: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+ /,
    );
    const load = runCli(['load', 'fixtures/neo4j/does-not-matter', '--uri', uri]);
    expect(load.stderr).toMatch(/claimgraph\/neo4j: cannot reach Neo4j at /);
    expect(load.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a malformed --param before connecting', () => {
    expectOneCleanError(
      runCli(['cypher', 'RETURN 1', '--param', 'no-equals-sign']),
      /--param expects key=value/,
      2,
    );
  });
});
