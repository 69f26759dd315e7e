// The graph held in Neo4j, read back as a GraphSnapshot (sorted like the embedded store's), so the
// viewer can serve from Neo4j and tests can compare a round trip with what was loaded.
import type { Driver } from 'neo4j-driver';
import type { DatabaseOption } from './connection.js';
import type { ActorNode, ClaimNode, DerivedEdge, DocumentNode, GraphSnapshot } from '../model.js';
import { READ_SNAPSHOT } from './statements.js';

export async function readSnapshot(driver: Driver, options: DatabaseOption = {}): Promise<GraphSnapshot> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    // One transaction, so the four parts come from the same state of the graph.
    return await session.executeRead(async (tx) => {
      const rows = async <T>(statement: string): Promise<T[]> =>
        (await tx.run(statement)).records.map((record) => record.toObject() as T);
      const actors = await rows<ActorNode>(READ_SNAPSHOT.actors);
      const documents = await rows<DocumentNode>(READ_SNAPSHOT.documents);
      // A claim loaded without a certainty reads back as null; the model leaves the field out.
      const claims = (
        await rows<ClaimNode & { certainty: ClaimNode['certainty'] | null }>(READ_SNAPSHOT.claims)
      ).map(({ certainty, ...claim }): ClaimNode => (certainty === null ? claim : { ...claim, certainty }));
      const edges = await rows<DerivedEdge>(READ_SNAPSHOT.edges);
      return { actors, claims, documents, edges };
    });
  } finally {
    await session.close();
  }
}
