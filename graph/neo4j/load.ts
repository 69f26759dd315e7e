// Writes a GraphSnapshot into Neo4j: uniqueness constraints first, then UNWIND-batched MERGEs, one
// managed write transaction per batch (the driver retries transient failures). MERGE on ids makes
// loading idempotent: loading the same snapshot twice leaves the same counts.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { ClaimgraphError } from '../../core/errors.js';
import type { ClaimNode, DerivedEdge, GraphSnapshot } from '../model.js';
import type { DatabaseOption } from './connection.js';
import {
  CONSTRAINTS,
  COUNT_GRAPH,
  DELETE_IN_ORDER,
  MERGE_ACTORS,
  MERGE_CLAIMS,
  MERGE_DERIVED_EDGES,
  MERGE_DOCUMENTS,
} from './statements.js';

export const DEFAULT_BATCH_SIZE = 1000;

export interface LoadOptions extends DatabaseOption {
  batchSize?: number;
  /** Called after every batch with the rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface GraphCounts {
  actors: number;
  claims: number;
  documents: number;
  claimRelationships: number;
  derivedEdges: number;
}

export async function loadSnapshot(
  driver: Driver,
  snapshot: GraphSnapshot,
  options: LoadOptions = {},
): Promise<GraphCounts> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new ClaimgraphError('neo4j', `batch size must be a positive integer, got ${batchSize}`);
  }
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    await ensureConstraints(session);
    // Order matters: claims link to documents and actors, derived edges to actors.
    const steps: Array<{ statement: string; rows: object[] }> = [
      { statement: MERGE_DOCUMENTS, rows: snapshot.documents },
      { statement: MERGE_ACTORS, rows: snapshot.actors },
      { statement: MERGE_CLAIMS, rows: snapshot.claims.map(claimRow) },
      ...edgeSteps(snapshot.edges),
    ];
    const total = steps.reduce((sum, step) => sum + step.rows.length, 0);
    let done = 0;
    for (const { statement, rows } of steps) {
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        await session.executeWrite((tx) => tx.run(statement, { rows: batch }));
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    return await countsIn(session);
  } finally {
    await session.close();
  }
}

export async function ensureConstraints(session: Session): Promise<void> {
  for (const { statement } of Object.values(CONSTRAINTS)) {
    await session.executeWrite((tx) => tx.run(statement));
  }
}

/** Deletes every claimgraph node and relationship, in batches so no transaction grows unbounded. */
export async function clearGraph(
  driver: Driver,
  options: Pick<LoadOptions, 'database' | 'batchSize'> = {},
): Promise<void> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    const batch = neo4j.int(options.batchSize ?? DEFAULT_BATCH_SIZE);
    for (const statement of DELETE_IN_ORDER) {
      for (;;) {
        const result = await session.executeWrite((tx) => tx.run(statement, { batch }));
        if (result.records[0]?.get('deleted') === 0) break;
      }
    }
  } finally {
    await session.close();
  }
}

export async function graphCounts(
  driver: Driver,
  options: Pick<LoadOptions, 'database'> = {},
): Promise<GraphCounts> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await countsIn(session);
  } finally {
    await session.close();
  }
}

async function countsIn(session: Session): Promise<GraphCounts> {
  const result = await session.executeRead((tx) => tx.run(COUNT_GRAPH));
  return result.records[0]!.toObject() as GraphCounts;
}

// JavaScript numbers travel as Cypher floats; offsets and counts are integers and are stored so.

/** The row MERGE_CLAIMS reads: the ids that become relationships apart from the claim's own properties. */
function claimRow(claim: ClaimNode): object {
  const { id, documentId, claimant, subject, object, start, end, ...rest } = claim;
  return {
    id,
    documentId,
    claimant,
    subject,
    object,
    props: { ...rest, start: neo4j.int(start), end: neo4j.int(end) },
  };
}

function edgeSteps(edges: DerivedEdge[]): Array<{ statement: string; rows: object[] }> {
  const byType = new Map<string, object[]>();
  for (const edge of edges) {
    // The type picks one of the fixed statements; it is never written into a query.
    if (!Object.hasOwn(MERGE_DERIVED_EDGES, edge.type)) {
      throw new ClaimgraphError('neo4j', `unknown derived edge type "${edge.type}"`);
    }
    const group = byType.get(edge.type) ?? [];
    group.push({ ...edge, count: neo4j.int(edge.count) });
    byType.set(edge.type, group);
  }
  return [...byType].map(([type, rows]) => ({
    statement: MERGE_DERIVED_EDGES[type as DerivedEdge['type']],
    rows,
  }));
}
