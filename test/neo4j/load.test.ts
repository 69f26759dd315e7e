// Loading a graph into a real Neo4j: constraints, idempotence, a lossless round trip, and names
// that are hostile to any query built by string splicing.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphSnapshot } from '../../graph/model.js';
import { clearGraph, graphCounts, loadSnapshot, loadStatus } from '../../graph/neo4j/load.js';
import { loadCsvFiles, writeLoadCsvFiles } from '../../graph/neo4j/load-csv.js';
import { runCypher } from '../../graph/neo4j/query.js';
import { readSnapshot } from '../../graph/neo4j/read-snapshot.js';
import { LABELS, SHOW_UNIQUENESS_CONSTRAINTS } from '../../graph/neo4j/statements.js';
import { whoFromNeo4j } from '../../graph/queries/who-neo4j.js';
import { who } from '../../graph/queries/who.js';
import { required } from '../requirements.js';
import { describeNeo4j, emptyGraphDriver, hostileExtractions, hostileStore, importDir } from './server.js';

/** Both sides sorted the same way, so the comparison is about content only. */
function canonical(snapshot: GraphSnapshot): GraphSnapshot {
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  const byId = byKey<{ id: string }>((item) => item.id);
  return {
    actors: [...snapshot.actors].sort(byId),
    claims: [...snapshot.claims].sort(byId),
    documents: [...snapshot.documents].sort(byId),
    edges: [...snapshot.edges].sort(byKey((edge) => JSON.stringify([edge.type, edge.source, edge.target]))),
  };
}

describeNeo4j('loadSnapshot into Neo4j', () => {
  let driver: Driver;
  const store = hostileStore();
  const snapshot = store.snapshot();

  beforeAll(async () => {
    driver = await emptyGraphDriver();
    await loadSnapshot(driver, snapshot, { batchSize: 2 });
  });
  afterAll(() => driver?.close());

  it('creates a uniqueness constraint on id for every node label', async () => {
    const { rows } = await runCypher(driver, SHOW_UNIQUENESS_CONSTRAINTS);
    for (const label of LABELS) {
      expect(rows).toContainEqual(expect.objectContaining({ label, properties: ['id'] }));
    }
  });

  it('writes every node, claim relationship and derived edge', async () => {
    const claimRoles = snapshot.claims.reduce(
      (sum, claim) =>
        sum + 1 + [claim.claimant, claim.subject, claim.object].filter((id) => id !== null).length,
      0,
    );
    expect(await graphCounts(driver)).toEqual({
      actors: snapshot.actors.length,
      claims: snapshot.claims.length,
      documents: snapshot.documents.length,
      claimRelationships: claimRoles,
      derivedEdges: snapshot.edges.length,
    });
  });

  it('reads back exactly what was loaded, quotes, backslashes and Cypher keywords included', async () => {
    const back = await readSnapshot(driver);
    expect(canonical(back)).toEqual(canonical(snapshot));
    expect(back.actors.map((actor) => actor.name)).toContain("'}) MATCH (n) DETACH DELETE n //");
    expect(back.actors.map((actor) => actor.name)).toContain('C:\\Temp\\Backslash\\Group\\');
  });

  it('leaves the same counts when the same graph is loaded again', async () => {
    const before = await graphCounts(driver);
    const reported = await loadSnapshot(driver, snapshot);
    expect(reported).toEqual({ ...before, replacedUnfinished: false });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('reports progress over every row, batch by batch', async () => {
    const seen: Array<[number, number]> = [];
    await loadSnapshot(driver, snapshot, {
      batchSize: 3,
      onProgress: (done, total) => seen.push([done, total]),
    });
    const total =
      snapshot.documents.length + snapshot.actors.length + snapshot.claims.length + snapshot.edges.length;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([done], i) => i === 0 || done > seen[i - 1]![0])).toBe(true);
  });

  it('finds hostile names through parameters, as the embedded store does', async () => {
    for (const filter of [
      { accuser: 'o’brien' },
      { accused: "'}) MATCH (n) DETACH DELETE n //" },
      { accused: 'c:\\temp\\backslash\\group\\' },
      { accuser: 'MATCH' },
      { target: 'Бюро «Феникс» — Ministry of Ψ' },
      { accuser: 'MPN', since: '2024-04-01' },
      { until: '2024-03-31' },
    ]) {
      const rows = await whoFromNeo4j(driver, filter);
      expect(rows.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(rows, JSON.stringify(filter)).toEqual(who(store, filter));
    }
    expect((await graphCounts(driver)).actors).toBe(snapshot.actors.length);
  });

  const csvImport = required(
    importDir !== null,
    'the LOAD CSV test',
    "the Neo4j server's import folder (the embedded server's, or CLAIMGRAPH_NEO4J_IMPORT_DIR)",
  );
  it.runIf(csvImport)('gets the same graph from LOAD CSV of the csv export', async () => {
    await clearGraph(driver);
    await writeLoadCsvFiles(snapshot, join(importDir!, 'load-test'));
    await loadCsvFiles(driver, 'file:///load-test/', { batchSize: 2 });
    expect(canonical(await readSnapshot(driver))).toEqual(canonical(snapshot));
    await clearGraph(driver);
    await loadSnapshot(driver, snapshot);
  });

  it('rejects a derived edge type that has no fixed statement', async () => {
    const bad = { ...snapshot, edges: [{ ...snapshot.edges[0]!, type: 'DELETED' as never }] };
    await expect(loadSnapshot(driver, bad)).rejects.toThrow(/unknown derived edge type "DELETED"/);
  });

  it('adds to a graph that holds part of the snapshot: new nodes created, known ones merged', async () => {
    const part = hostileStore(hostileExtractions().slice(0, 1));
    await clearGraph(driver);
    await loadSnapshot(driver, part.snapshot(), { batchSize: 2 });
    await loadSnapshot(driver, snapshot, { batchSize: 2 });
    expect(canonical(await readSnapshot(driver))).toEqual(canonical(snapshot));
  });

  it('marks a load that died half-way as running, and the next load replaces its partial graph', async () => {
    await clearGraph(driver);
    const dying = loadSnapshot(driver, snapshot, {
      batchSize: 2,
      source: 'a test that dies',
      onProgress: (done) => {
        if (done > 4) throw new Error('the loading process died');
      },
    });
    await expect(dying).rejects.toThrow('the loading process died');
    expect(await loadStatus(driver)).toMatchObject({
      status: 'running',
      source: 'a test that dies',
      finishedAt: null,
    });
    const partial = await graphCounts(driver);
    expect(partial.claims).toBeLessThan(snapshot.claims.length);

    const next = await loadSnapshot(driver, snapshot, { source: 'the next load' });
    expect(next.replacedUnfinished).toBe(true);
    expect(await loadStatus(driver)).toMatchObject({ status: 'complete', source: 'the next load' });
    expect(canonical(await readSnapshot(driver))).toEqual(canonical(snapshot));
  });
});
