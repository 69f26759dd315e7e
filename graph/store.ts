// The embedded store: one SQLite database (better-sqlite3, WAL journal), or an in-memory one for
// tests and `load PATHS`. Every ingested document is one transaction, so a crash, a full disk or a
// killed process leaves the store as it was before that document, and concurrent writers (two
// `ingest` runs) take turns on SQLite's lock instead of overwriting each other.
// Default file: `.claimgraph/graph.db` in the working directory; env CLAIMGRAPH_STORE overrides it
// and the commands' --store flag overrides both. A store of format version 1 (JSON Lines) is
// migrated on first open; see legacy-store.ts.
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ClaimgraphError } from '../core/errors.js';
import type { Actor, Certainty, Extraction } from '../core/types.js';
import { checkExtraction, claimNodeOf, derivedEndpoints, mergeAliases, type CanonicalName } from './build.js';
import { lexiconName } from './canonical-names.js';
import { readLegacyStore } from './legacy-store.js';
import { openDatabase, storeError } from './store-database.js';
import { LEGACY_DEFAULT, removeLeftovers, storeFileKind } from './store-files.js';
import type { ActorNode, ClaimNode, DerivedEdge, DocumentNode, GraphSnapshot } from './model.js';
import { foldName } from './fold-name.js';
import { actorFromRow, orderKey, type ActorRow } from './store-schema.js';

export type IngestOutcome = 'added' | 'unchanged' | 'replaced';

export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CLAIMGRAPH_STORE || '.claimgraph/graph.db');
}

export interface StoreOptions {
  /** Canonical actor names; default: the production lexicon's. For an id it does not know, the
   * first name seen for that id is kept. */
  canonicalName?: CanonicalName;
  /** Whether the caller only reads: a missing store is then an error and no file is created. */
  readOnly?: boolean;
}

interface DocumentRow extends DocumentNode {
  actor_ids: string;
}

interface ClaimRow {
  id: string;
  kind: ClaimNode['kind'];
  predicate: string;
  act: string;
  text: string;
  start_offset: number;
  end_offset: number;
  rule: string;
  certainty: Certainty | null;
  document_id: string;
  claimant: string | null;
  subject: string | null;
  object: string | null;
  date: string | null;
  edge_type: DerivedEdge['type'] | null;
  edge_source: string | null;
  edge_target: string | null;
}

interface EdgeRow {
  type: DerivedEdge['type'];
  source: string;
  target: string;
  count: number;
  first_date: string | null;
  last_date: string | null;
  evidence_id: string;
  evidence_order: Buffer;
}

function claimFromRow(row: ClaimRow): ClaimNode {
  const claim: ClaimNode = {
    id: row.id,
    kind: row.kind,
    predicate: row.predicate,
    act: row.act,
    text: row.text,
    start: row.start_offset,
    end: row.end_offset,
    rule: row.rule,
    documentId: row.document_id,
    claimant: row.claimant,
    subject: row.subject,
    object: row.object,
  };
  return row.certainty === null ? claim : { ...claim, certainty: row.certainty };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class EmbeddedStore {
  private readonly canonicalName: CanonicalName;
  private readonly statements;

  private constructor(
    /** The database file; null for an in-memory store. */
    readonly file: string | null,
    /** Read by the queries (graph/queries); written only through this class. */
    readonly db: Database.Database,
    options: StoreOptions,
  ) {
    this.canonicalName = options.canonicalName ?? lexiconName;
    this.statements = prepareStatements(db);
  }

  /** Opens (creating it if missing) the store at `file`, migrating a version-1 file first. */
  static async open(file: string = defaultStorePath(), options: StoreOptions = {}): Promise<EmbeddedStore> {
    const path = resolve(file);
    await removeLeftovers(path);
    const kind = await storeFileKind(path);
    if (kind === 'legacy') await migrateLegacyStore(path, path, options);
    if (kind === 'missing') {
      const legacy = resolve(dirname(path), basename(LEGACY_DEFAULT));
      const isDefault = path === defaultStorePath({});
      if (isDefault && (await storeFileKind(legacy)) === 'legacy') {
        await migrateLegacyStore(legacy, path, options);
      } else if (options.readOnly) {
        // A reader answering from an empty graph would hide a mistyped path.
        throw new ClaimgraphError(
          'store',
          `no graph store at ${path}; build one with \`claimgraph ingest PATH...\`, or point --store or CLAIMGRAPH_STORE at one`,
        );
      }
      await mkdir(dirname(path), { recursive: true });
    }
    return new EmbeddedStore(path, openDatabase(path), options);
  }

  /** An in-memory store (no file), e.g. for tests and `load PATHS`. */
  static inMemory(options: StoreOptions = {}): EmbeddedStore {
    return new EmbeddedStore(null, openDatabase(':memory:'), options);
  }

  /** An in-memory store holding a snapshot (derived edges are rebuilt from its claims). */
  static fromSnapshot(snapshot: GraphSnapshot): EmbeddedStore {
    const store = EmbeddedStore.inMemory();
    const actorsByDocument = new Map<string, Set<string>>();
    for (const claim of snapshot.claims) {
      const ids = actorsByDocument.get(claim.documentId) ?? new Set<string>();
      for (const id of [claim.claimant, claim.subject, claim.object]) if (id !== null) ids.add(id);
      actorsByDocument.set(claim.documentId, ids);
    }
    store.db.transaction(() => {
      for (const document of snapshot.documents)
        store.insertDocument(document, [...(actorsByDocument.get(document.id) ?? [])]);
      const mentions = documentCounts(snapshot.documents.map((d) => actorsByDocument.get(d.id) ?? []));
      for (const actor of snapshot.actors) store.insertActor(actor, mentions.get(actor.id) ?? 0);
      for (const claim of snapshot.claims) store.insertClaim(claim);
    })();
    return store;
  }

  /** Whether a document with these bytes is stored: its extraction can be skipped. */
  hasContent(sha256: string): boolean {
    return this.statements.documentBySha.get(sha256) !== undefined;
  }

  /** Same bytes (sha256) as a stored document: nothing changes. Other bytes at a stored path:
   * the old document and its claims are replaced. One transaction, taken with the write lock
   * first, so two processes ingesting the same file cannot both add it. */
  ingest(extraction: Extraction): IngestOutcome {
    return this.write(() => this.ingestInTransaction(extraction));
  }

  /** Several documents in one transaction: what a bulk load or a benchmark uses to save commits. */
  ingestAll(extractions: Iterable<Extraction>): IngestOutcome[] {
    return this.write(() => [...extractions].map((extraction) => this.ingestInTransaction(extraction)));
  }

  counts(): { actors: number; claims: number; documents: number } {
    const count = (table: string): number =>
      (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { actors: count('actors'), claims: count('claims'), documents: count('documents') };
  }

  /** Every node and derived edge, sorted by id (edges by type, source, target) so output is stable.
   * Holds the whole graph in memory: for exports, Neo4j loading and the viewer, not for queries. */
  snapshot(): GraphSnapshot {
    return snapshotOf(
      this.db.prepare('SELECT * FROM actors ORDER BY id_order').all() as ActorRow[],
      this.db.prepare('SELECT * FROM claims ORDER BY id_order').all() as ClaimRow[],
      this.db.prepare('SELECT * FROM documents').all() as DocumentRow[],
      this.db.prepare('SELECT * FROM edges').all() as EdgeRow[],
    );
  }

  /** The part of the graph around one actor: its derived edges with their claims, its admissions
   * (claimant or object), the documents of those claims and the actors at the other ends. What an
   * actor profile reads, so `actor` need not load a million claims to show one actor. */
  neighbourhood(actorId: string): GraphSnapshot {
    const edges = this.db
      .prepare('SELECT * FROM edges WHERE source = ? UNION SELECT * FROM edges WHERE target = ?')
      .all(actorId, actorId) as EdgeRow[];
    const edgeClaims = this.db.prepare(
      'SELECT * FROM claims WHERE edge_type = ? AND edge_source = ? AND edge_target = ?',
    );
    const claims = new Map<string, ClaimRow>();
    for (const edge of edges)
      for (const claim of edgeClaims.all(edge.type, edge.source, edge.target) as ClaimRow[])
        claims.set(claim.id, claim);
    const admissions = this.db
      .prepare(
        `SELECT * FROM claims WHERE kind = 'admission' AND claimant = ?
         UNION SELECT * FROM claims WHERE kind = 'admission' AND object = ?`,
      )
      .all(actorId, actorId) as ClaimRow[];
    for (const claim of admissions) claims.set(claim.id, claim);
    const claimRows = [...claims.values()].sort((a, b) => Buffer.compare(orderKey(a.id), orderKey(b.id)));
    const actorIds = new Set([actorId]);
    for (const claim of claimRows)
      for (const id of [claim.claimant, claim.subject, claim.object]) if (id !== null) actorIds.add(id);
    const actor = this.statements.actor;
    const document = this.statements.document;
    return snapshotOf(
      [...actorIds].flatMap((id) => (actor.get(id) as ActorRow | undefined) ?? []),
      claimRows,
      [...new Set(claimRows.map((claim) => claim.document_id))].map((id) => document.get(id) as DocumentRow),
      edges,
    );
  }

  /** Closes the database; SQLite then folds its write-ahead log into the file. */
  close(): void {
    this.db.close();
  }

  private write<T>(change: () => T): T {
    try {
      return this.db.transaction(change).immediate();
    } catch (err) {
      throw storeError(this.file, err);
    }
  }

  private ingestInTransaction(extraction: Extraction): IngestOutcome {
    const { document } = extraction;
    if (this.hasContent(document.sha256)) return 'unchanged';
    const previous = this.statements.documentByPath.get(document.path) as { id: string } | undefined;
    if (previous !== undefined) this.removeDocument(previous.id);
    if (this.statements.document.get(document.id) !== undefined) {
      throw new ClaimgraphError(
        'graph',
        `document ${document.id} (${document.path}) is already in the graph`,
      );
    }
    checkExtraction(extraction);
    const actorIds = [...new Set(extraction.actors.map((actor) => actor.id))];
    this.insertDocument({ ...document }, actorIds);
    const counted = new Set<string>();
    for (const actor of extraction.actors) {
      this.upsertActor(actor, !counted.has(actor.id));
      counted.add(actor.id);
    }
    for (const claim of extraction.claims) this.insertClaim(claimNodeOf(claim, document.id));
    return previous === undefined ? 'added' : 'replaced';
  }

  private insertDocument(document: DocumentNode, actorIds: string[]): void {
    const { id, path, title, url, date, publisher, sha256 } = document;
    this.statements.insertDocument.run({
      id,
      path,
      title,
      url,
      date,
      publisher,
      sha256,
      actor_ids: JSON.stringify(actorIds),
    });
  }

  /** The same id from another document merges into one actor: aliases are united, the lexicon's
   * name wins, otherwise the first name seen stays and later different names become aliases.
   * `newDocument` is false when the same document lists the actor twice. */
  private upsertActor(actor: Omit<Actor, 'mentions'>, newDocument: boolean): void {
    const canonical = this.canonicalName(actor.id);
    const existing = this.statements.actor.get(actor.id) as ActorRow | undefined;
    if (existing === undefined) {
      const name = canonical ?? actor.name;
      const aliases = mergeAliases(name, [], [actor.name, ...actor.aliases]);
      this.insertActor({ id: actor.id, name, type: actor.type, aliases, country: actor.country }, 1);
      return;
    }
    const current = actorFromRow(existing);
    const name = canonical ?? current.name;
    this.writeActor(
      {
        ...current,
        name,
        aliases: mergeAliases(name, current.aliases, [current.name, actor.name, ...actor.aliases]),
        country: current.country ?? actor.country,
      },
      existing.document_count + (newDocument ? 1 : 0),
      true,
    );
  }

  private insertActor(actor: ActorNode, documentCount: number): void {
    this.writeActor(actor, documentCount, false);
  }

  private writeActor(actor: ActorNode, documentCount: number, replace: boolean): void {
    const row = {
      id: actor.id,
      name: actor.name,
      type: actor.type,
      aliases: JSON.stringify(actor.aliases),
      country: actor.country,
      document_count: documentCount,
      id_order: orderKey(actor.id),
      name_order: orderKey(actor.name),
    };
    if (replace) {
      this.statements.updateActor.run(row);
      this.statements.deleteActorNames.run(actor.id);
    } else {
      this.statements.insertActor.run(row);
    }
    for (const name of [actor.id, actor.name])
      this.statements.insertActorName.run(foldName(name), 1, actor.id);
    for (const alias of actor.aliases) this.statements.insertActorName.run(foldName(alias), 0, actor.id);
  }

  /** Adds a claim (dated by its document) and folds it into its derived edge. */
  private insertClaim(claim: ClaimNode): void {
    const document = this.statements.document.get(claim.documentId) as { date: string | null } | undefined;
    if (document === undefined)
      throw new ClaimgraphError('graph', `claim ${claim.id}: no document ${claim.documentId}`);
    const edge = derivedEndpoints(claim);
    const idOrder = orderKey(claim.id);
    this.statements.insertClaim.run({
      id: claim.id,
      id_order: idOrder,
      kind: claim.kind,
      predicate: claim.predicate,
      act: claim.act,
      text: claim.text,
      start_offset: claim.start,
      end_offset: claim.end,
      rule: claim.rule,
      certainty: claim.certainty ?? null,
      document_id: claim.documentId,
      claimant: claim.claimant,
      subject: claim.subject,
      object: claim.object,
      date: document.date,
      edge_type: edge?.type ?? null,
      edge_source: edge?.source ?? null,
      edge_target: edge?.target ?? null,
    });
    if (edge === null) return;
    const existing = this.statements.edge.get(edge.type, edge.source, edge.target) as EdgeRow | undefined;
    const { date } = document;
    if (existing === undefined) {
      this.statements.insertEdge.run({
        ...edge,
        count: 1,
        first_date: date,
        last_date: date,
        evidence_id: claim.id,
        evidence_order: idOrder,
      });
      return;
    }
    const smaller = Buffer.compare(idOrder, existing.evidence_order) < 0;
    this.statements.updateEdge.run({
      ...edge,
      count: existing.count + 1,
      first_date:
        date !== null && (existing.first_date === null || date < existing.first_date)
          ? date
          : existing.first_date,
      last_date:
        date !== null && (existing.last_date === null || date > existing.last_date)
          ? date
          : existing.last_date,
      evidence_id: smaller ? claim.id : existing.evidence_id,
      evidence_order: smaller ? idOrder : existing.evidence_order,
    });
  }

  /** Removes a document with its claims, recomputes the derived edges those claims fed, and drops
   * actors that no remaining document lists. */
  private removeDocument(documentId: string): void {
    const document = this.statements.document.get(documentId) as DocumentRow;
    const touched = this.statements.edgesOfDocument.all(documentId) as {
      edge_type: string;
      edge_source: string;
      edge_target: string;
    }[];
    this.statements.deleteClaimsOfDocument.run(documentId);
    this.statements.deleteDocument.run(documentId);
    for (const { edge_type: type, edge_source: source, edge_target: target } of touched) {
      const summary = this.statements.edgeSummary.get(type, source, target) as {
        count: number;
        first_date: string | null;
        last_date: string | null;
      };
      if (summary.count === 0) {
        this.statements.deleteEdge.run(type, source, target);
        continue;
      }
      const evidence = this.statements.edgeEvidence.get(type, source, target) as {
        id: string;
        id_order: Buffer;
      };
      this.statements.updateEdge.run({
        type,
        source,
        target,
        ...summary,
        evidence_id: evidence.id,
        evidence_order: evidence.id_order,
      });
    }
    for (const actorId of JSON.parse(document.actor_ids) as string[]) {
      const actor = this.statements.actor.get(actorId) as ActorRow;
      if (actor.document_count <= 1) {
        this.statements.deleteActor.run(actorId);
        this.statements.deleteActorNames.run(actorId);
      } else {
        this.statements.setDocumentCount.run(actor.document_count - 1, actorId);
      }
    }
  }

  /** Copies a version-1 store's records in (one transaction, by the caller). */
  private async importLegacy(file: string): Promise<void> {
    const mentions = new Map<string, number>();
    for await (const record of readLegacyStore(file)) {
      if ('document' in record) {
        this.insertDocument(record.document, record.actorIds);
        for (const id of record.actorIds) mentions.set(id, (mentions.get(id) ?? 0) + 1);
      } else if ('actor' in record) {
        this.insertActor(record.actor, mentions.get(record.actor.id) ?? 0);
      } else {
        this.insertClaim(record.claim);
      }
    }
  }

  /** Builds a store at `target` from the version-1 store at `source`. */
  static async migrate(source: string, target: string, options: StoreOptions): Promise<void> {
    const store = new EmbeddedStore(target, openDatabase(target), options);
    try {
      store.db.exec('BEGIN IMMEDIATE');
      await store.importLegacy(source);
      store.db.exec('COMMIT');
    } catch (err) {
      if (store.db.inTransaction) store.db.exec('ROLLBACK');
      throw err;
    } finally {
      store.close();
    }
  }
}

/** A snapshot of these rows: actors and claims as given (in id order), documents sorted by id, edges
 * sorted by (type, source, target), each with the ids of its claims among `claimRows`. */
function snapshotOf(
  actorRows: ActorRow[],
  claimRows: ClaimRow[],
  documentRows: DocumentRow[],
  edgeRows: EdgeRow[],
): GraphSnapshot {
  const documents = documentRows
    .map(({ id, path, title, url, date, publisher, sha256 }) => ({
      id,
      path,
      title,
      url,
      date,
      publisher,
      sha256,
    }))
    .sort(byId);
  const edgeKey = (type: string, source: string, target: string): string =>
    JSON.stringify([type, source, target]);
  const edges = new Map<string, DerivedEdge>();
  for (const row of edgeRows) {
    edges.set(edgeKey(row.type, row.source, row.target), {
      type: row.type,
      source: row.source,
      target: row.target,
      count: row.count,
      firstDate: row.first_date,
      lastDate: row.last_date,
      claimIds: [],
    });
  }
  for (const row of claimRows) {
    if (row.edge_type !== null)
      edges.get(edgeKey(row.edge_type, row.edge_source!, row.edge_target!))?.claimIds.push(row.id);
  }
  const sortedEdges = [...edges].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, edge]) => edge);
  return {
    actors: [...actorRows].sort(byId).map(actorFromRow),
    claims: claimRows.map(claimFromRow),
    documents,
    edges: sortedEdges,
  };
}

function documentCounts(actorIdLists: Iterable<Iterable<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ids of actorIdLists) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function prepareStatements(db: Database.Database) {
  return {
    document: db.prepare('SELECT * FROM documents WHERE id = ?'),
    documentBySha: db.prepare('SELECT id FROM documents WHERE sha256 = ?'),
    documentByPath: db.prepare('SELECT id FROM documents WHERE path = ?'),
    insertDocument: db.prepare(
      `INSERT INTO documents (id, path, title, url, date, publisher, sha256, actor_ids)
       VALUES (@id, @path, @title, @url, @date, @publisher, @sha256, @actor_ids)`,
    ),
    deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    actor: db.prepare('SELECT * FROM actors WHERE id = ?'),
    insertActor: db.prepare(
      `INSERT INTO actors (id, name, type, aliases, country, document_count, id_order, name_order)
       VALUES (@id, @name, @type, @aliases, @country, @document_count, @id_order, @name_order)`,
    ),
    updateActor: db.prepare(
      `UPDATE actors SET name = @name, type = @type, aliases = @aliases, country = @country,
       document_count = @document_count, name_order = @name_order WHERE id = @id`,
    ),
    setDocumentCount: db.prepare('UPDATE actors SET document_count = ? WHERE id = ?'),
    deleteActor: db.prepare('DELETE FROM actors WHERE id = ?'),
    insertActorName: db.prepare(
      'INSERT OR IGNORE INTO actor_names (folded, is_primary, actor_id) VALUES (?, ?, ?)',
    ),
    deleteActorNames: db.prepare('DELETE FROM actor_names WHERE actor_id = ?'),
    insertClaim: db.prepare(
      `INSERT INTO claims (id, id_order, kind, predicate, act, text, start_offset, end_offset, rule,
         certainty, document_id, claimant, subject, object, date, edge_type, edge_source, edge_target)
       VALUES (@id, @id_order, @kind, @predicate, @act, @text, @start_offset, @end_offset, @rule,
         @certainty, @document_id, @claimant, @subject, @object, @date, @edge_type, @edge_source, @edge_target)`,
    ),
    deleteClaimsOfDocument: db.prepare('DELETE FROM claims WHERE document_id = ?'),
    edgesOfDocument: db.prepare(
      `SELECT DISTINCT edge_type, edge_source, edge_target FROM claims
       WHERE document_id = ? AND edge_type IS NOT NULL`,
    ),
    edge: db.prepare('SELECT * FROM edges WHERE type = ? AND source = ? AND target = ?'),
    insertEdge: db.prepare(
      `INSERT INTO edges (type, source, target, count, first_date, last_date, evidence_id, evidence_order)
       VALUES (@type, @source, @target, @count, @first_date, @last_date, @evidence_id, @evidence_order)`,
    ),
    updateEdge: db.prepare(
      `UPDATE edges SET count = @count, first_date = @first_date, last_date = @last_date,
       evidence_id = @evidence_id, evidence_order = @evidence_order
       WHERE type = @type AND source = @source AND target = @target`,
    ),
    deleteEdge: db.prepare('DELETE FROM edges WHERE type = ? AND source = ? AND target = ?'),
    edgeSummary: db.prepare(
      `SELECT count(*) AS count, min(date) AS first_date, max(date) AS last_date FROM claims
       WHERE edge_type = ? AND edge_source = ? AND edge_target = ?`,
    ),
    edgeEvidence: db.prepare(
      `SELECT id, id_order FROM claims WHERE edge_type = ? AND edge_source = ? AND edge_target = ?
       ORDER BY id_order LIMIT 1`,
    ),
  };
}

/** Converts the version-1 file `source` into a store at `target` (the same path or the new default
 * one). The new store is built beside the target and renamed over it, so an interrupted migration
 * leaves the old file, which the next open migrates again; the old file is kept as `.v1.jsonl`. */
async function migrateLegacyStore(source: string, target: string, options: StoreOptions): Promise<void> {
  const temp = `${target}.migrating-${process.pid}`;
  await rm(temp, { force: true });
  try {
    await EmbeddedStore.migrate(source, temp, options);
    if (source === target) await copyFile(source, `${source}.v1.jsonl`);
    await rename(temp, target);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) await rm(`${temp}${suffix}`, { force: true });
  }
  const note =
    source === target
      ? `${source} to the SQLite format; the old file is kept as ${source}.v1.jsonl`
      : `${source} to ${target}; the old file is left as it was`;
  process.stderr.write(`claimgraph: migrated the store ${note}\n`);
}
