import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../core/errors.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { fixedSource } from '../../src/server/source.js';
import { fixtureGraph } from './fixtures.js';

// The API does not need the built page: a stand-in index.html is enough to check static serving.
const assetsDir = mkdtempSync(join(tmpdir(), 'claimgraph-viewer-assets-'));
writeFileSync(join(assetsDir, 'index.html'), '<!doctype html><title>stand-in</title>');
writeFileSync(join(tmpdir(), 'claimgraph-outside.html'), 'outside');

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    source: fixedSource(fixtureGraph('small-graph')),
    assetsDir,
    port: 0,
    log: () => {},
  });
});
afterAll(() => server.close());

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
async function errorOf(path: string): Promise<{ status: number; error: string }> {
  const response = await get(path);
  const body = (await response.json()) as { error: string };
  return { status: response.status, error: body.error };
}

describe('viewer server', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(server.address.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.address.port}/`);
  });

  it('answers the graph, an actor, an edge, a search and the documents', async () => {
    const graph = (await (await get('/api/graph')).json()) as { actors: unknown[]; edges: unknown[] };
    expect([graph.actors.length, graph.edges.length]).toEqual([7, 6]);
    const filtered = (await (await get('/api/graph?kind=denial&since=2000-01-01')).json()) as {
      edges: unknown[];
    };
    expect(filtered.edges).toHaveLength(0);
    const profile = (await (await get('/api/actor/agency-b')).json()) as { actor: { name: string } };
    expect(profile.actor.name).toBe('Bretonian Signals Agency');
    const edge = (await (await get('/api/edge?source=lab-d&target=agency-b&kind=accusation')).json()) as {
      claims: { text: string }[];
    };
    expect(edge.claims.map((claim) => claim.text)).toEqual([
      'Delta Lab attributed the intrusion to the Signals Agency and its Cobalt Unit.',
    ]);
    const hits = (await (await get('/api/search?q=Unit%20C')).json()) as { id: string }[];
    expect(hits.map((hit) => hit.id)).toEqual(['unit-c']);
    expect(((await (await get('/api/documents')).json()) as unknown[]).length).toBe(3);
  });

  it.each([
    ['/api/graph?since=2021-02-30', 'since: must be a real date as YYYY-MM-DD in the years 1900-2100'],
    ['/api/graph?since=yesterday', 'since: must be a date as YYYY-MM-DD'],
    ['/api/graph?since=2022-01-01&until=2021-01-01', 'since: must not be after until'],
    ['/api/graph?kind=accusation,rumour', 'kind.1: Invalid enum value'],
    ['/api/graph?colour=red', 'unknown parameter colour'],
    ['/api/graph?document=a&document=b', 'parameter document is given more than once'],
    ['/api/edge?source=lab-d&kind=accusation', 'target: Required'],
    ['/api/edge?source=lab-d&target=agency-b&kind=accusation,denial', 'kind: Invalid enum value'],
    ['/api/search?q=', 'q: must not be empty'],
    ['/api/search?q=x&limit=1000', 'limit: Number must be less than or equal to 100'],
    ['/api/documents?x=1', 'unknown parameter x'],
    ['/api/actor/%E0%A4%A', 'malformed percent-encoding in the path'],
  ])('rejects %s with a 400 and a message', async (path, message) => {
    const { status, error } = await errorOf(path);
    expect(status).toBe(400);
    expect(error).toContain(message);
  });

  it('answers 404 for unknown actors, edges and routes', async () => {
    expect(await errorOf('/api/actor/nobody')).toEqual({ status: 404, error: 'actor "nobody" not found' });
    expect((await errorOf('/api/edge?source=agency-b&target=lab-d&kind=accusation')).status).toBe(404);
    expect((await errorOf('/api/nothing')).status).toBe(404);
  });

  it('accepts admission in the kind filter', async () => {
    const response = await get('/api/graph?kind=admission,accusation');
    expect(response.status).toBe(200);
  });

  it.each([
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['identity', null],
  ])('compresses the graph for Accept-Encoding %s', async (accept, encoding) => {
    const { request } = await import('node:http');
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const { headers, body } = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(
          new URL('/api/graph', server.url),
          { headers: { 'Accept-Encoding': accept } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end();
      },
    );
    expect(headers['content-encoding'] ?? null).toBe(encoding);
    expect(headers.vary).toBe('Accept-Encoding');
    const text =
      encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
    expect((JSON.parse(text.toString('utf8')) as { actors: unknown[] }).actors).toHaveLength(7);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('is read-only: %s is a 405', async (method) => {
    const response = await get('/api/graph', { method, body: method === 'DELETE' ? null : '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await get('/api/documents', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await response.text()).toBe('');
  });

  it('sends security headers: a CSP without inline scripts, nosniff', async () => {
    for (const path of ['/', '/api/graph', '/api/graph?since=x']) {
      const response = await get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves the page, and nothing outside its directory', async () => {
    expect(await (await get('/')).text()).toContain('stand-in');
    for (const path of [
      '/../claimgraph-outside.html',
      '/%2e%2e/claimgraph-outside.html',
      '/..%2fclaimgraph-outside.html',
      '/assets/none.js',
    ]) {
      const response = await fetch(`${server.url.slice(0, -1)}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it('answers 503 with the reason when the source fails, and recovers when it works again', async () => {
    let failing = true;
    const flaky = await startServer({
      source: {
        description: 'flaky',
        snapshot: () =>
          failing
            ? Promise.reject(new ClaimgraphError('neo4j', 'cannot reach Neo4j'))
            : Promise.resolve(fixtureGraph('small-graph')),
        close: () => Promise.resolve(),
      },
      assetsDir,
      port: 0,
    });
    try {
      const first = await fetch(new URL('/api/graph', flaky.url));
      expect([first.status, await first.json()]).toEqual([
        503,
        { error: 'claimgraph/neo4j: cannot reach Neo4j' },
      ]);
      failing = false;
      expect((await fetch(new URL('/api/actor/unit-c', flaky.url))).status).toBe(200);
    } finally {
      await flaky.close();
    }
  });

  it('refuses requests for a foreign Host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.address.port,
          path: '/api/graph',
          headers: { Host: 'attacker.example:80' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});
