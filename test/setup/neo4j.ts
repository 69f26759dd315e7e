// Vitest global setup of the "neo4j" test project: the Neo4j the tests use is one they own.
// - It is the embedded server scripts/neo4j-start.sh runs from this checkout's neo4j-server/run on
//   NEO4J_BOLT_PORT (7687): started here when it is not running (and stopped afterwards), reused when
//   its pid and port files say it runs on that port. NEO4J_URI is ignored: a server somewhere else may
//   hold someone's graph, and the start script refuses a port another process listens on.
// - Before any test runs, the database must carry this run folder's test marker or be empty (then the
//   marker is written); a database holding data the tests did not write fails the run untouched.
// - At the end the tests' nodes and the marker are deleted, so data loaded later is never taken for theirs.
// - Without Java and Maven, or with CLAIMGRAPH_NEO4J_AUTOSTART=0, the Neo4j tests are skipped with the
//   reason printed; under CI=true that fails the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { openDriver } from '../../graph/neo4j/connection.js';
import {
  claimTestDatabase,
  NotOurDatabase,
  ownerToken,
  releaseTestDatabase,
} from '../../scripts/neo4j-scratch-database.js';

export interface Neo4jTestServer {
  uri: string;
  user: string;
  password: string;
  /** Where LOAD CSV reads file:/// URLs from (the embedded server's import folder). */
  importDir: string;
  /** The marker token that shows the database is the tests' own. */
  ownerToken: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jServer: Neo4jTestServer | null;
    neo4jSkipReason: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RUN_DIR = `${ROOT}neo4j-server/run`;
const DEFAULT_PORT = '7687';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const skip = (reason: string): undefined => {
    if (process.env.CI === 'true') throw new Error(`Neo4j tests cannot run under CI: ${reason}`);
    process.stderr.write(`\n[neo4j] skipping the Neo4j tests: ${reason}\n`);
    project.provide('neo4jServer', null);
    project.provide('neo4jSkipReason', reason);
    return undefined;
  };
  if (process.env.NEO4J_URI)
    process.stderr.write('\n[neo4j] NEO4J_URI is ignored: the tests use only the server they started\n');
  if (process.env.CLAIMGRAPH_NEO4J_AUTOSTART === '0') return skip('CLAIMGRAPH_NEO4J_AUTOSTART=0');
  const missing = ['java', 'mvn'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error);
  if (missing.length > 0) {
    return skip(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed to start the embedded test server`,
    );
  }

  const port = process.env.NEO4J_BOLT_PORT || DEFAULT_PORT;
  const alreadyRunning = embeddedServerPort() === port;
  const started = startEmbeddedServer(port);
  if (!started.ok) return skip(started.reason);

  const server: Neo4jTestServer = {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: process.env.NEO4J_PASSWORD || 'claimgraph',
    importDir: `${RUN_DIR}/import`,
    ownerToken: ownerToken(`${RUN_DIR}/test-owner.token`),
  };
  const stop = () => {
    if (!alreadyRunning) spawnSync('bash', [`${ROOT}scripts/neo4j-stop.sh`], { stdio: ['ignore', 2, 2] });
  };
  const driver = openDriver(server);
  try {
    await claimTestDatabase(driver, server.ownerToken);
  } catch (err) {
    stop();
    if (err instanceof NotOurDatabase)
      throw new Error(`refusing to run the Neo4j tests against ${server.uri}: ${err.message}`);
    throw err;
  } finally {
    await driver.close();
  }
  project.provide('neo4jServer', server);
  return async () => {
    const cleanup = openDriver(server);
    try {
      await releaseTestDatabase(cleanup, server.ownerToken);
    } finally {
      await cleanup.close();
      stop();
    }
  };
}

/** Runs scripts/neo4j-start.sh for `port`: a no-op when this checkout's server already runs there,
 * a refusal when any other process listens on it. */
export function startEmbeddedServer(port: string): { ok: true } | { ok: false; reason: string } {
  process.stderr.write(
    `\n[neo4j] starting the embedded test server on port ${port} (scripts/neo4j-start.sh)...\n`,
  );
  const run = spawnSync('bash', [`${ROOT}scripts/neo4j-start.sh`], {
    env: { ...process.env, NEO4J_BOLT_PORT: port },
    encoding: 'utf8',
  });
  process.stderr.write(run.stdout + run.stderr);
  if (run.status !== 0 || embeddedServerPort() !== port)
    return {
      ok: false,
      reason: `scripts/neo4j-start.sh did not start this checkout's server on port ${port}: ${run.stderr.trim()}`,
    };
  return { ok: true };
}

/** The port this checkout's embedded server listens on, or null when it is not running. */
function embeddedServerPort(): string | null {
  try {
    process.kill(Number(readFileSync(`${RUN_DIR}/neo4j.pid`, 'utf8')), 0);
    return readFileSync(`${RUN_DIR}/neo4j.port`, 'utf8').trim();
  } catch {
    return null;
  }
}
