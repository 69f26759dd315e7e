// Neo4j as a graph source: the same snapshot shape as the embedded store, read in one transaction.
// The driver stays open while serving; connection and login problems surface at startup. While
// serving, a Neo4j that is down or slow does not hold requests up: the last snapshot is served within
// a second, marked stale (refreshing-source.ts).
import { openDriver, translateNeo4jError, type Neo4jConfig } from '../../graph/neo4j/connection.js';
import { readSnapshot } from '../../graph/neo4j/read-snapshot.js';
import { refreshingSource } from './refreshing-source.js';
import type { GraphSource } from './source.js';

export async function neo4jSource(
  config: Neo4jConfig,
  log: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): Promise<GraphSource> {
  const driver = openDriver(config);
  const read = async () => {
    try {
      return await readSnapshot(driver, { database: config.database });
    } catch (err) {
      throw translateNeo4jError(err, config);
    }
  };
  try {
    await driver.verifyConnectivity({ database: config.database });
    return await refreshingSource(read, {
      description: `Neo4j at ${config.uri}`,
      close: () => driver.close(),
      onStale: (since, reason) =>
        log(`claimgraph/server: Neo4j did not answer (${reason}); serving the graph read at ${since}`),
    });
  } catch (err) {
    await driver.close();
    throw translateNeo4jError(err, config);
  }
}
