// The dev corpus through both backends: extracted once into the embedded store, loaded into Neo4j,
// then the who-accused-whom table must come out of Cypher row for row as it does from the store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/ingest.js';
import type { WhoFilter } from '../../graph/model.js';
import { graphCounts, loadSnapshot } from '../../graph/neo4j/load.js';
import { runCypher } from '../../graph/neo4j/query.js';
import { whoFromNeo4j } from '../../graph/queries/who-neo4j.js';
import { who } from '../../graph/queries/who.js';
import { EmbeddedStore } from '../../graph/store.js';
import { SHARED, sharedFiles } from '../requirements.js';
import { describeNeo4j, emptyGraphDriver } from './server.js';

const DEV_CORPUS = join(SHARED, 'corpus/dev');
const present = sharedFiles('the dev-corpus Neo4j tests', 'corpus/dev');

(present ? describeNeo4j : describe.skip)('the dev corpus in Neo4j', () => {
  let driver: Driver;
  const store = EmbeddedStore.inMemory();

  beforeAll(async () => {
    const summary = await ingestPaths(store, [DEV_CORPUS]);
    expect(summary.failed).toEqual([]);
    driver = await emptyGraphDriver();
    await loadSnapshot(driver, store.snapshot());
  });
  afterAll(() => driver?.close());

  it('has accusations to compare', () => {
    expect(who(store).length).toBeGreaterThan(10);
  });

  it('gives the embedded who-accused-whom table row for row', async () => {
    expect(await whoFromNeo4j(driver)).toEqual(who(store));
  });

  it('agrees with the embedded store under every kind of filter', async () => {
    const rows = who(store);
    const top = rows[0]!;
    const dates = rows
      .flatMap((row) => [row.firstDate, row.lastDate])
      .filter((date): date is string => date !== null)
      .sort();
    const middle = dates[Math.floor(dates.length / 2)]!;
    const target = store
      .snapshot()
      .claims.find(
        (claim) =>
          claim.kind === 'accusation' &&
          claim.object !== null &&
          claim.claimant !== null &&
          claim.subject !== null,
      );
    const filters: WhoFilter[] = [
      { accuser: top.accuser },
      { accused: top.accusedId },
      { accuser: top.accuser.toUpperCase(), accused: top.accused },
      { since: middle },
      { until: middle },
      { since: dates[0]!, until: middle },
      { since: middle, undated: 'include' },
      { certainty: 'moderate' },
      { certainty: 'low', until: middle, undated: 'include' },
      ...(target ? [{ target: target.object! }] : []),
    ];
    // The filters must select something different, or the comparison proves little.
    expect(who(store, { certainty: 'moderate' }).length).toBeLessThan(rows.length);
    expect(who(store, { since: middle, undated: 'include' }).length).toBeGreaterThan(
      who(store, { since: middle }).length,
    );
    for (const filter of filters) {
      const expected = who(store, filter);
      expect(await whoFromNeo4j(driver, filter), JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('answers every query of the README Cypher cookbook', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const cookbook = readme.slice(readme.indexOf('## Cypher cookbook'));
    const queries = [...cookbook.matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(queries.length).toBeGreaterThanOrEqual(6);
    for (const query of queries) {
      const { rows } = await runCypher(driver, query, { name: 'Fancy Bear' });
      expect(rows.length, query).toBeGreaterThan(0);
    }
  });

  it('leaves every count unchanged when the corpus is loaded a second time', async () => {
    const first = await graphCounts(driver);
    expect(first.claims).toBe(store.snapshot().claims.length);
    await loadSnapshot(driver, store.snapshot());
    expect(await graphCounts(driver)).toEqual(first);
  });
});
