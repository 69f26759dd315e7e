// The exported Cypher script against the tests' own Neo4j: every `:param` literal
// is evaluated by Neo4j itself and every statement run over it, inside one transaction that is
// rolled back, so the shared test database is left as it was.
import { expect, test } from 'vitest';
import { EXPORT_WRITERS } from '../../graph/export/index.js';
import { readCypherScript } from '../graph/cypher-script.js';
import { HOSTILE, HOSTILE_EVIDENCE, hostileSnapshot } from '../graph/hostile.js';
import { describeNeo4j, emptyGraphDriver } from './server.js';

describeNeo4j('cypher export in Neo4j', () => {
  test('the script loads the whole graph, hostile text intact', async () => {
    const snapshot = hostileSnapshot();
    const { batches } = readCypherScript((await EXPORT_WRITERS.cypher!(snapshot))[0]!.content);
    const driver = await emptyGraphDriver();
    const session = driver.session();
    const tx = session.beginTransaction();
    try {
      for (const { rows, statement } of batches) {
        const literal = await tx.run(`RETURN ${rows} AS rows`);
        await tx.run(statement.slice(0, -1), { rows: literal.records[0]!.get('rows') });
      }
      const count = async (query: string, params = {}): Promise<number> =>
        Number((await tx.run(query, params)).records[0]!.get(0));
      const ids = (list: { id: string }[]) => list.map((item) => item.id);
      expect(
        await count('MATCH (n:Actor) WHERE n.id IN $ids RETURN count(n)', { ids: ids(snapshot.actors) }),
      ).toBe(snapshot.actors.length);
      expect(
        await count('MATCH (n:Claim) WHERE n.id IN $ids RETURN count(n)', { ids: ids(snapshot.claims) }),
      ).toBe(snapshot.claims.length);
      expect(
        await count('MATCH (c:Claim)-[r]->() WHERE c.id IN $ids RETURN count(r)', {
          ids: ids(snapshot.claims),
        }),
      ).toBe(
        snapshot.claims.reduce(
          (n, c) => n + 1 + [c.claimant, c.subject, c.object].filter((id) => id !== null).length,
          0,
        ),
      );
      const accused = await tx.run(
        'MATCH (:Actor {id: "bcerc"})-[r:ACCUSED]->(:Actor {id: "oro"}) RETURN r.count AS count, r.claimIds AS claimIds',
      );
      const edge = snapshot.edges.find(
        (e) => e.type === 'ACCUSED' && e.source === 'bcerc' && e.target === 'oro',
      )!;
      expect(accused.records[0]!.get('count')).toBe(edge.count);
      expect(accused.records[0]!.get('claimIds')).toEqual(edge.claimIds);
      const hostile = await tx.run(
        'MATCH (c:Claim)-[:CLAIMED_BY]->(a:Actor {id: "hostile"}) RETURN a.name AS name, a.aliases AS aliases, c.text AS text',
      );
      expect(hostile.records[0]!.toObject()).toEqual({
        name: HOSTILE,
        aliases: ['a;b', 'c'],
        text: HOSTILE_EVIDENCE,
      });
    } finally {
      await tx.rollback();
      await session.close();
      await driver.close();
    }
  });
});
