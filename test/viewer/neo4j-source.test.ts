// The Neo4j graph source: clear errors when Neo4j is not there, and (when NEO4J_URI points at a running
// server, as in CI) the API serving what Neo4j holds. Read-only: the Neo4j tests own the database's content.
import { describe, expect, it } from 'vitest';
import { resolveNeo4jConfig } from '../../graph/neo4j/connection.js';
import { ClaimgraphError } from '../../core/errors.js';
import { neo4jSource } from '../../src/server/neo4j-source.js';
import { startServer } from '../../src/server/server.js';

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

  it.runIf(process.env.NEO4J_URI)('serves the graph held in Neo4j through the same API', async () => {
    const source = await neo4jSource(resolveNeo4jConfig({}));
    const server = await startServer({ source, assetsDir: '/nonexistent', port: 0 });
    try {
      const response = await fetch(new URL('/api/graph', server.url));
      const view = (await response.json()) as {
        actors: { id: string }[];
        edges: { source: string; target: string }[];
        totals: { actors: number };
      };
      expect(response.status).toBe(200);
      const ids = new Set(view.actors.map((actor) => actor.id));
      expect(view.totals.actors).toBe(view.actors.length);
      expect(view.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
    } finally {
      await server.close();
      await source.close();
    }
  });
});
