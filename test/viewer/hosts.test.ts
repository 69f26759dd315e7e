// Binding and Host checks: loopback needs nothing, any other address needs allowRemote (--allow-remote)
// and still answers only known Host names; an empty host is refused rather than binding everything.
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { ClaimgraphError } from '../../core/errors.js';
import { isLoopbackHost } from '../../src/server/hosts.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { fixedSource } from '../../src/server/source.js';
import { fixtureGraph } from './fixtures.js';

const assetsDir = mkdtempSync(join(tmpdir(), 'claimgraph-hosts-'));
const source = fixedSource(fixtureGraph('small-graph'));

function statusFor(server: RunningServer, hostHeader: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.address.port, path: '/api/documents', headers: { Host: hostHeader } },
      (res) => {
        res.resume();
        resolve(res.statusCode);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('which addresses the server binds', () => {
  let server: RunningServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
    vi.restoreAllMocks();
  });

  it('tells loopback addresses from others', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.org', '', '127.example'])
      expect(isLoopbackHost(host), host).toBe(false);
  });

  it.each(['', '  ', '0.0.0.0', '::', '192.168.1.5'])('refuses host %j without allowRemote', async (host) => {
    await expect(startServer({ source, assetsDir, host, port: 0 })).rejects.toThrow(ClaimgraphError);
  });

  it('keeps the Host check on another loopback address', async () => {
    server = await startServer({ source, assetsDir, host: '127.0.0.2', port: 0, log: () => {} });
    const port = server.address.port;
    // The request goes to 127.0.0.1, which 127.0.0.2 does not listen on; use its own address.
    const ask = (hostHeader: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.2', port, path: '/api/documents', headers: { Host: hostHeader } },
          (res) => {
            res.resume();
            resolve(res.statusCode);
          },
        );
        req.on('error', reject);
        req.end();
      });
    expect(await ask(`127.0.0.2:${port}`)).toBe(200);
    expect(await ask(`localhost:${port}`)).toBe(200);
    expect(await ask('attacker.example')).toBe(421);
  });

  it('binds every address only with allowRemote, and still answers only known Host names', async () => {
    server = await startServer({
      source,
      assetsDir,
      host: '0.0.0.0',
      port: 0,
      allowRemote: true,
      allowedHosts: ['graph.lan'],
      log: () => {},
    });
    const port = server.address.port;
    expect(await statusFor(server, `127.0.0.1:${port}`)).toBe(200);
    expect(await statusFor(server, `graph.lan:${port}`)).toBe(200);
    expect(await statusFor(server, `attacker.example:${port}`)).toBe(421);
  });

  it('the CLI refuses an empty --host and a remote one without --allow-remote', async () => {
    let written = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    expect(await run(['serve', '--host', '', '--port', '0'])).not.toBe(0);
    expect(written).toContain('give an address, e.g. 127.0.0.1');
    written = '';
    expect(await run(['serve', '--host', '0.0.0.0', '--port', '0'])).toBe(1);
    expect(written).toMatch(/^claimgraph\/server: 0\.0\.0\.0 is not a loopback address.*--allow-remote/);
  });
});
