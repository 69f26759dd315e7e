// Query parameters that once slipped through: "__proto__" as a name, a hexadecimal limit, and actor
// ids longer than the old 512-character cap that the graph lists but the edge route refused.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '../../graph/model.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { fixedSource } from '../../src/server/source.js';
import { fixtureGraph } from './fixtures.js';

const LONG_ID = `lab-${'d'.repeat(600)}`;

/** The fixture graph with actor lab-d renamed to LONG_ID everywhere it is referred to. */
function withLongId(): GraphSnapshot {
  const graph = fixtureGraph('small-graph');
  const rename = (id: string | null) => (id === 'lab-d' ? LONG_ID : id);
  return {
    ...graph,
    actors: graph.actors.map((actor) => ({ ...actor, id: rename(actor.id)! })),
    claims: graph.claims.map((claim) => ({
      ...claim,
      claimant: rename(claim.claimant),
      subject: rename(claim.subject),
      object: rename(claim.object),
    })),
    edges: graph.edges.map((edge) => ({
      ...edge,
      source: rename(edge.source)!,
      target: rename(edge.target)!,
    })),
  };
}

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    source: fixedSource(withLongId()),
    assetsDir: mkdtempSync(join(tmpdir(), 'claimgraph-params-')),
    port: 0,
    log: () => {},
  });
});
afterAll(() => server.close());

async function answer(path: string): Promise<{ status: number; body: { error?: string } }> {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

describe('API parameters', () => {
  it.each([
    ['/api/graph?__proto__=x', 'unknown parameter __proto__'],
    ['/api/documents?constructor=x', 'unknown parameter constructor'],
    ['/api/search?q=unit&limit=0x10', 'limit: must be a whole number'],
    ['/api/search?q=unit&limit=1e1', 'limit: must be a whole number'],
    ['/api/search?q=unit&limit=%2B5', 'limit: must be a whole number'],
    ['/api/search?q=unit&limit=', 'limit: must be a whole number'],
    ['/api/search?q=unit&limit=0', 'limit: Number must be greater than or equal to 1'],
  ])('%s is a 400: %s', async (path, message) => {
    expect(await answer(path)).toEqual({ status: 400, body: { error: message } });
  });

  it('takes a decimal limit', async () => {
    expect((await answer('/api/search?q=unit&limit=16')).status).toBe(200);
  });

  it('opens an edge between actors whose id is longer than 512 characters, as the graph lists it', async () => {
    const graph = (await answer('/api/graph')) as unknown as {
      body: { edges: { source: string; target: string; kind: string }[] };
    };
    const edge = graph.body.edges.find((e) => e.source === LONG_ID);
    expect(edge).toBeDefined();
    const query = new URLSearchParams({ source: edge!.source, target: edge!.target, kind: edge!.kind });
    const detail = await answer(`/api/edge?${query}`);
    expect(detail.status).toBe(200);
    expect((await answer(`/api/actor/${encodeURIComponent(LONG_ID)}`)).status).toBe(200);
  });
});
