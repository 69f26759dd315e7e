// Neo4j as a graph source: the same snapshot shape as the embedded store, read in one transaction.
// The driver stays open while serving; connection and login problems surface at startup.
import { openDriver, translateNeo4jError, type Neo4jConfig } from '../../graph/neo4j/connection.js';
import { readSnapshot } from '../../graph/neo4j/read-snapshot.js';
import type { GraphSource } from './source.js';

export async function neo4jSource(config: Neo4jConfig): Promise<GraphSource> {
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
  } catch (err) {
    await driver.close();
    throw translateNeo4jError(err, config);
  }
  return { description: `Neo4j at ${config.uri}`, snapshot: read, close: () => driver.close() };
}
