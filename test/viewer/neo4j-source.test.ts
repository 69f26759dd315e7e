// The Neo4j graph source: a clear error when Neo4j is not there at startup. Serving from a real Neo4j
// (and from its last snapshot when it goes away) is in test/neo4j/serve-neo4j.test.ts.
import { describe, expect, it } from 'vitest';
import { resolveNeo4jConfig } from '../../graph/neo4j/connection.js';
import { ClaimgraphError } from '../../core/errors.js';
import { neo4jSource } from '../../src/server/neo4j-source.js';

describe('Neo4j graph source', () => {
  it('fails at startup with a one-line error when Neo4j is unreachable', async () => {
    // Port 9 on loopback: nothing listens there.
    const config = resolveNeo4jConfig({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x' }, {});
    const failure = await neo4jSource(config).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ClaimgraphError);
    expect((failure as Error).message).toMatch(
      /^claimgraph\/neo4j: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9/,
    );
  });
});
