// Vitest global setup of the "neo4j" test project: makes a real Neo4j available to test/neo4j/.
// - NEO4J_URI set (CI's .ci/run starts the server first): use it as it is.
// - Otherwise, with Java and Maven here, start the embedded test server (scripts/neo4j-start.sh)
//   and stop it afterwards if this run started it.
// - Otherwise the Neo4j tests are skipped with the reason printed; under CI=true that fails the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

export interface Neo4jTestServer {
  uri: string;
  user: string;
  password: string;
  /** Where LOAD CSV reads file:/// URLs from, when known (the embedded server's import folder). */
  importDir: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jServer: Neo4jTestServer | null;
    neo4jSkipReason: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PID_FILE = `${ROOT}neo4j-server/run/neo4j.pid`;
const EMBEDDED_IMPORT_DIR = `${ROOT}neo4j-server/run/import`;
const DEFAULT_PORT = '7687';

export default function setup(project: TestProject): (() => void) | undefined {
  const credentials = {
    user: process.env.NEO4J_USERNAME || 'neo4j',
    password: process.env.NEO4J_PASSWORD || 'claimgraph',
  };
  const importDir = (): string | null =>
    process.env.CLAIMGRAPH_NEO4J_IMPORT_DIR || (serverRunning() ? EMBEDDED_IMPORT_DIR : null);
  const skip = (reason: string): undefined => {
    if (process.env.CI === 'true') throw new Error(`Neo4j tests cannot run under CI: ${reason}`);
    process.stderr.write(`\n[neo4j] skipping the Neo4j tests: ${reason}\n`);
    project.provide('neo4jServer', null);
    project.provide('neo4jSkipReason', reason);
    return undefined;
  };

  if (process.env.NEO4J_URI) {
    project.provide('neo4jServer', { uri: process.env.NEO4J_URI, ...credentials, importDir: importDir() });
    return undefined;
  }
  if (process.env.CLAIMGRAPH_NEO4J_AUTOSTART === '0') {
    return skip('NEO4J_URI is not set and CLAIMGRAPH_NEO4J_AUTOSTART=0');
  }
  const missing = ['java', 'mvn'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error);
  if (missing.length > 0) {
    return skip(
      `NEO4J_URI is not set and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed to start the embedded test server`,
    );
  }

  const alreadyRunning = serverRunning();
  process.stderr.write('\n[neo4j] starting the embedded test server (scripts/neo4j-start.sh)...\n');
  const started = spawnSync('bash', [`${ROOT}scripts/neo4j-start.sh`], { stdio: ['ignore', 2, 2] });
  if (started.status !== 0) return skip('scripts/neo4j-start.sh failed (see its output above)');

  const port = process.env.NEO4J_BOLT_PORT || DEFAULT_PORT;
  project.provide('neo4jServer', { uri: `bolt://127.0.0.1:${port}`, ...credentials, importDir: importDir() });
  if (alreadyRunning) return undefined;
  return () => {
    spawnSync('bash', [`${ROOT}scripts/neo4j-stop.sh`], { stdio: ['ignore', 2, 2] });
  };
}

function serverRunning(): boolean {
  try {
    process.kill(Number(readFileSync(PID_FILE, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}
