// Runs one user-supplied Cypher query: in a READ session unless writing was asked for, so a
// mistyped DELETE cannot change the graph by accident. Values are passed as parameters.
import type { Driver } from 'neo4j-driver';
import type { DatabaseOption } from './connection.js';
import { toPlain, type PlainValue } from './plain-value.js';

export interface CypherOptions extends DatabaseOption {
  write?: boolean;
}

export interface CypherResult {
  columns: string[];
  rows: Array<Record<string, PlainValue>>;
  /** What a write changed, e.g. { nodesCreated: 2 }; empty for a read. */
  updates: Record<string, number>;
}

export async function runCypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
  options: CypherOptions = {},
): Promise<CypherResult> {
  const mode = options.write ? 'WRITE' : 'READ';
  const session = driver.session({ database: options.database, defaultAccessMode: mode });
  try {
    const work = options.write ? session.executeWrite.bind(session) : session.executeRead.bind(session);
    return await work(async (tx) => {
      const result = tx.run(query, params);
      // The header names the columns even when no row comes back.
      const columns = (await result.keys()).map(String);
      const { records, summary } = await result;
      const rows = records.map((record) =>
        Object.fromEntries(columns.map((column) => [column, toPlain(record.get(column))])),
      );
      const updates = Object.fromEntries(
        Object.entries(summary.counters.updates()).filter(([, count]) => count > 0),
      );
      return { columns, rows, updates };
    });
  } finally {
    await session.close();
  }
}
