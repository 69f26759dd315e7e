// The Neo4j the test run provides (test/setup/neo4j.ts): connection config, a driver, and
// `describeNeo4j`, which skips (with the printed reason) when there is none.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { openDriver, type Neo4jConfig } from '../../graph/neo4j/connection.js';
import { EmbeddedStore } from '../../graph/store.js';
import type { Extraction } from '../../core/types.js';
import { emptyTestDatabase, MARKER_LABEL } from '../../scripts/neo4j-scratch-database.js';

const server = inject('neo4jServer');

export const describeNeo4j = server ? describe : describe.skip;

export function testConfig(): Neo4jConfig {
  if (!server) throw new Error(`no Neo4j: ${inject('neo4jSkipReason')}`);
  const { uri, user, password } = server;
  return { uri, user, password };
}

/** The test server's LOAD CSV import folder. */
export const importDir = server?.importDir ?? null;

/** The marker token that shows the test server's database is the tests' own. */
export function testOwnerToken(): string {
  if (!server) throw new Error(`no Neo4j: ${inject('neo4jSkipReason')}`);
  return server.ownerToken;
}

/** A driver to the test server, connected, on an emptied graph; refuses (NotOurDatabase) to empty a
 * database that does not carry the tests' marker. */
export async function emptyGraphDriver(): Promise<Driver> {
  const driver = openDriver(testConfig());
  await driver.verifyConnectivity();
  await emptyTestDatabase(driver, testOwnerToken());
  return driver;
}

/** Writes the tests' marker back into the test server's database. Only for a test that claimed the
 * database (emptyGraphDriver) and then replaced its files itself (neo4j-admin import with
 * --overwrite-destination), which drops the marker with everything else: without it, the next
 * test file and the final cleanup would take the test's own graph for someone else's. */
export async function restoreTestMarker(): Promise<void> {
  const driver = openDriver(testConfig());
  try {
    await driver.executeQuery(`MERGE (:${MARKER_LABEL} {token: $token})`, { token: testOwnerToken() });
  } finally {
    await driver.close();
  }
}

/** Points CLI runs from this test file (which inherit process.env) at the test server. */
export function useTestServerForCli(): void {
  const { uri, user, password } = testConfig();
  Object.assign(process.env, { NEO4J_URI: uri, NEO4J_USERNAME: user, NEO4J_PASSWORD: password });
}

const HOSTILE = fileURLToPath(new URL('../../fixtures/neo4j/hostile-graph.json', import.meta.url));

/** Three documents whose actor names, aliases and evidence are full of quotes, backslashes and
 * Cypher that would break or hijack a query if it were ever spliced into one. */
export function hostileStore(extractions = hostileExtractions()): EmbeddedStore {
  const store = EmbeddedStore.inMemory();
  for (const extraction of extractions) store.ingest(extraction);
  return store;
}

export function hostileExtractions(): Extraction[] {
  return JSON.parse(readFileSync(HOSTILE, 'utf8')) as Extraction[];
}
