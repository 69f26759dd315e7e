// The tests never clear a database they do not own: a graph they did not write, or one carrying
// another checkout's marker, is refused with every node left in place; the start script refuses a
// port that another process listens on instead of handing the tests someone else's server.
import { createServer, type Server } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { runCypher } from '../../graph/neo4j/query.js';
import { startEmbeddedServer } from '../setup/neo4j.js';
import {
  claimTestDatabase,
  emptyTestDatabase,
  MARKER_LABEL,
  NotOurDatabase,
} from '../../scripts/neo4j-scratch-database.js';
import { describeNeo4j, emptyGraphDriver, testOwnerToken } from './server.js';

const USER_NODE = "CREATE (:Actor {id: 'users-own-actor', name: 'Kept'})";
const userNodes = async (driver: Driver) =>
  (await runCypher(driver, "MATCH (a:Actor {id: 'users-own-actor'}) RETURN count(a) AS n")).rows[0]!.n;

/** Stands in for a server the tests did not start: drops the tests' marker so the database looks
 * like someone else's, runs `body`, then gives the database back to the tests. */
async function asForeignDatabase(driver: Driver, setUp: string[], body: () => Promise<void>): Promise<void> {
  await runCypher(driver, `MATCH (m:${MARKER_LABEL}) DELETE m`, {}, { write: true });
  try {
    for (const statement of setUp) await runCypher(driver, statement, {}, { write: true });
    await body();
  } finally {
    await runCypher(driver, `MATCH (n) DETACH DELETE n`, {}, { write: true });
    await claimTestDatabase(driver, testOwnerToken());
  }
}

describeNeo4j('tests own the Neo4j data they clear', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await emptyGraphDriver();
  });
  afterAll(() => driver?.close());

  it('refuses to clear a database holding a marker the tests did not write', async () => {
    await asForeignDatabase(
      driver,
      [`CREATE (:${MARKER_LABEL} {token: 'another-checkout'})`, USER_NODE],
      async () => {
        await expect(emptyTestDatabase(driver, testOwnerToken())).rejects.toThrow(NotOurDatabase);
        expect(await userNodes(driver)).toBe(1);
      },
    );
  });

  it('refuses to clear a database holding nodes without any marker', async () => {
    await asForeignDatabase(driver, [USER_NODE], async () => {
      await expect(emptyTestDatabase(driver, testOwnerToken())).rejects.toThrow(
        /1 nodes that neither the tests nor the benchmarks wrote/,
      );
      expect(await userNodes(driver)).toBe(1);
    });
  });

  it('claims an empty database, then clears only what it owns', async () => {
    await asForeignDatabase(driver, [], async () => {
      await claimTestDatabase(driver, testOwnerToken());
      await runCypher(driver, USER_NODE, {}, { write: true });
      await emptyTestDatabase(driver, testOwnerToken());
      expect(await userNodes(driver)).toBe(0);
      const markers = await runCypher(driver, `MATCH (m:${MARKER_LABEL}) RETURN m.token AS token`);
      expect(markers.rows).toEqual([{ token: testOwnerToken() }]);
    });
  });
});

describeNeo4j('the test server is the one this checkout started', () => {
  let foreign: Server;
  afterEach(() => new Promise<void>((resolve) => (foreign ? foreign.close(() => resolve()) : resolve())));

  it('refuses a port another process listens on', async () => {
    foreign = createServer();
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    const { port } = foreign.address() as { port: number };
    const started = startEmbeddedServer(String(port));
    expect(started.ok).toBe(false);
    expect(!started.ok && started.reason).toMatch(/port \d+ is taken by another process/);
  });
});
