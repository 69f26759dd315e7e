// Writes a GraphSnapshot into Neo4j: uniqueness constraints first, then UNWIND batches, one
// managed write transaction per batch (the driver retries transient failures). Each batch creates
// the nodes that are new and merges the ones that exist (see statements.ts), so loading the same
// snapshot twice leaves the same counts. A (:Load) marker says whether the last load finished.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { ClaimgraphError } from '../../core/errors.js';
import type { ActorNode, ClaimNode, DerivedEdge, DocumentNode, GraphSnapshot } from '../model.js';
import type { DatabaseOption } from './connection.js';
import {
  CONSTRAINTS,
  COUNT_GRAPH,
  CREATE_ACTORS,
  CREATE_CLAIMS,
  CREATE_DOCUMENTS,
  DELETE_IN_ORDER,
  EXISTING_NODES,
  MARK_LOAD_COMPLETE,
  MARK_LOAD_RUNNING,
  MERGE_ACTORS,
  MERGE_CLAIMS,
  MERGE_DERIVED_EDGES,
  MERGE_DOCUMENTS,
  READ_LOAD_STATUS,
  type Label,
} from './statements.js';

/** Rows per write transaction: big enough that Bolt round trips and commits are a small share. */
export const DEFAULT_BATCH_SIZE = 5000;

export interface LoadOptions extends DatabaseOption {
  batchSize?: number;
  /** Delete every claimgraph node first, so Neo4j ends up holding exactly this snapshot. */
  replace?: boolean;
  /** Where the snapshot came from, kept on the (:Load) marker. */
  source?: string;
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

export interface LoadStatus {
  /** null when no claimgraph load ever ran against this database. */
  status: 'running' | 'complete' | null;
  source: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface LoadResult extends GraphCounts {
  /** True when an earlier load had not finished and this one replaced what it left. */
  replacedUnfinished: boolean;
}

/** Node ids -> element ids, filled as nodes are found or created. */
type ElementIds = Map<string, string>;

export async function loadSnapshot(
  driver: Driver,
  snapshot: GraphSnapshot,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new ClaimgraphError('neo4j', `batch size must be a positive integer, got ${batchSize}`);
  }
  const edgeGroups = edgesByType(snapshot.edges);
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    await ensureConstraints(session);
    // A load that died half-way left a graph nobody can trust; this load rolls it back by
    // starting from empty, as --replace does.
    const replacedUnfinished = (await statusIn(session)).status === 'running';
    await session.executeWrite((tx) => tx.run(MARK_LOAD_RUNNING, { source: options.source ?? null }));
    if (options.replace || replacedUnfinished) await clearIn(session, batchSize);

    const total =
      snapshot.documents.length + snapshot.actors.length + snapshot.claims.length + snapshot.edges.length;
    let done = 0;
    const progress = (rows: number) => options.onProgress?.((done += rows), total);
    const documentIds = await writeNodes(session, 'Document', snapshot.documents, batchSize, progress);
    const actorIds = await writeNodes(session, 'Actor', snapshot.actors, batchSize, progress);
    await writeClaims(session, snapshot.claims, { documentIds, actorIds }, batchSize, progress);
    await writeDerivedEdges(session, edgeGroups, actorIds, batchSize, progress);

    await session.executeWrite((tx) => tx.run(MARK_LOAD_COMPLETE));
    return { ...(await countsIn(session)), replacedUnfinished };
  } finally {
    await session.close();
  }
}

/** Whether the last load into this database finished (see LoadStatus). */
export async function loadStatus(driver: Driver, options: DatabaseOption = {}): Promise<LoadStatus> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await statusIn(session);
  } finally {
    await session.close();
  }
}

async function statusIn(session: Session): Promise<LoadStatus> {
  const result = await session.executeRead((tx) => tx.run(READ_LOAD_STATUS));
  return result.records[0]!.toObject() as LoadStatus;
}

const NODE_STATEMENTS = {
  Document: { create: CREATE_DOCUMENTS, merge: MERGE_DOCUMENTS },
  Actor: { create: CREATE_ACTORS, merge: MERGE_ACTORS },
} as const;

async function writeNodes(
  session: Session,
  label: 'Document' | 'Actor',
  rows: Array<DocumentNode | ActorNode>,
  batchSize: number,
  progress: (rows: number) => void,
): Promise<ElementIds> {
  const elementIds: ElementIds = new Map();
  for (const batch of batches(rows, batchSize)) {
    await session.executeWrite(async (tx) => {
      const existing = await lookUp(
        tx,
        label,
        batch.map((row) => row.id),
      );
      const [fresh, known] = partition(batch, (row) => !existing.has(row.id));
      const { create, merge } = NODE_STATEMENTS[label];
      for (const [statement, part] of [
        [create, fresh],
        [merge, known],
      ] as const) {
        if (part.length === 0) continue;
        const result = await tx.run(statement, { rows: part });
        for (const record of result.records) elementIds.set(record.get('id'), record.get('elementId'));
      }
    });
    progress(batch.length);
  }
  return elementIds;
}

async function writeClaims(
  session: Session,
  claims: ClaimNode[],
  ids: { documentIds: ElementIds; actorIds: ElementIds },
  batchSize: number,
  progress: (rows: number) => void,
): Promise<void> {
  for (const batch of batches(claims, batchSize)) {
    await session.executeWrite(async (tx) => {
      const existing = await lookUp(
        tx,
        'Claim',
        batch.map((claim) => claim.id),
      );
      const [fresh, known] = partition(batch, (claim) => !existing.has(claim.id));
      if (fresh.length > 0) await tx.run(CREATE_CLAIMS, { rows: fresh.map((claim) => claimRow(claim, ids)) });
      if (known.length > 0) await tx.run(MERGE_CLAIMS, { rows: known.map((claim) => claimRow(claim, ids)) });
    });
    progress(batch.length);
  }
}

async function writeDerivedEdges(
  session: Session,
  edgeGroups: Map<DerivedEdge['type'], DerivedEdge[]>,
  actorIds: ElementIds,
  batchSize: number,
  progress: (rows: number) => void,
): Promise<void> {
  for (const [type, rows] of edgeGroups) {
    for (const batch of batches(rows, batchSize)) {
      const params = batch.map((edge) => ({
        ...edge,
        source: elementIdOf(actorIds, edge.source),
        target: elementIdOf(actorIds, edge.target),
        count: neo4j.int(edge.count),
      }));
      await session.executeWrite((tx) => tx.run(MERGE_DERIVED_EDGES[type], { rows: params }));
      progress(batch.length);
    }
  }
}

async function lookUp(tx: ManagedTransaction, label: Label, ids: string[]): Promise<Set<string>> {
  const result = await tx.run(EXISTING_NODES[label], { ids });
  return new Set(result.records.map((record) => record.get('id') as string));
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
    await clearIn(session, options.batchSize ?? DEFAULT_BATCH_SIZE);
  } finally {
    await session.close();
  }
}

async function clearIn(session: Session, batchSize: number): Promise<void> {
  const batch = neo4j.int(batchSize);
  for (const statement of DELETE_IN_ORDER) {
    for (;;) {
      const result = await session.executeWrite((tx) => tx.run(statement, { batch }));
      if (result.records[0]?.get('deleted') === 0) break;
    }
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

/** The row CREATE_CLAIMS and MERGE_CLAIMS read: the claim's own properties, and the element ids
 * of the nodes it links to. */
function claimRow(claim: ClaimNode, ids: { documentIds: ElementIds; actorIds: ElementIds }): object {
  const { documentId, claimant, subject, object, start, end, ...rest } = claim;
  const actor = (id: string | null) => (id === null ? null : elementIdOf(ids.actorIds, id));
  return {
    props: { ...rest, start: neo4j.int(start), end: neo4j.int(end) },
    document: elementIdOf(ids.documentIds, documentId),
    claimant: actor(claimant),
    subject: actor(subject),
    object: actor(object),
  };
}

/** A snapshot's claims and edges only name its own documents and actors, which are written first. */
function elementIdOf(elementIds: ElementIds, id: string): string {
  const elementId = elementIds.get(id);
  if (elementId === undefined)
    throw new ClaimgraphError('neo4j', `the snapshot refers to "${id}", which it lacks`);
  return elementId;
}

function edgesByType(edges: DerivedEdge[]): Map<DerivedEdge['type'], DerivedEdge[]> {
  const byType = new Map<DerivedEdge['type'], DerivedEdge[]>();
  for (const edge of edges) {
    // The type picks one of the fixed statements; it is never written into a query.
    if (!Object.hasOwn(MERGE_DERIVED_EDGES, edge.type)) {
      throw new ClaimgraphError('neo4j', `unknown derived edge type "${edge.type}"`);
    }
    const group = byType.get(edge.type) ?? [];
    group.push(edge);
    byType.set(edge.type, group);
  }
  return byType;
}

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

function partition<T>(rows: T[], test: (row: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const row of rows) (test(row) ? yes : no).push(row);
  return [yes, no];
}
