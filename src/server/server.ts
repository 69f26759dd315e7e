// The viewer's HTTP server: GET-only, bound to 127.0.0.1 unless told otherwise, the JSON API under /api/
// and the built page for everything else.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClaimgraphError } from '../../core/errors.js';
import { handleApi, type ApiResponse, type IndexProvider } from './api.js';
import { encodeBody } from './compression.js';
import { SECURITY_HEADERS } from './headers.js';
import { cachedIndex } from './index-cache.js';
import type { GraphSource } from './source.js';
import { readStaticFile } from './static-files.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7070;

export interface ServerOptions {
  source: GraphSource;
  /** Directory of the built page (viewer/dist). */
  assetsDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where unexpected errors are reported; stderr by default. */
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  /** The address actually bound, as the operating system reports it. */
  address: { host: string; port: number };
  close(): Promise<void>;
}

async function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  text: string | Buffer,
  extra: Record<string, string> = {},
): Promise<void> {
  const { body, encoding } = await encodeBody(res.req, text);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendJson(
  res: ServerResponse,
  { status, body }: ApiResponse,
  extra: Record<string, string> = {},
): Promise<void> {
  return send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), {
    'Cache-Control': 'no-store',
    ...extra,
  });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** On a loopback address, the names this server answers to: a request for any other Host is a
 * DNS-rebinding attempt from a web page. Bound elsewhere on purpose, any Host is accepted. */
function allowedHosts(host: string, port: number): Set<string> | null {
  if (!LOOPBACK.has(host)) return null;
  return new Set(['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`));
}

async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  options: Required<ServerOptions>,
  hosts: Set<string> | null,
  index: IndexProvider,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const body = { error: `method ${req.method ?? ''} not allowed: this server is read-only` };
    return sendJson(res, { status: 405, body }, { Allow: 'GET, HEAD' });
  }
  if (hosts && !hosts.has((req.headers.host ?? '').toLowerCase())) {
    return sendJson(res, { status: 421, body: { error: 'unexpected Host header' } });
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/'))
    return sendJson(res, await handleApi(url.pathname, url.searchParams, index));
  const file = await readStaticFile(options.assetsDir, url.pathname);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
  return send(res, 200, file.contentType, file.body, {
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const resolved: Required<ServerOptions> = {
    host: DEFAULT_HOST,
    port: DEFAULT_PORT,
    log: (message) => process.stderr.write(`${message}\n`),
    ...options,
  };
  const index = cachedIndex(resolved.source);
  let hosts: Set<string> | null = null;
  const server = createServer((req, res) => {
    respond(req, res, resolved, hosts, index).catch((err: unknown) => {
      const message = err instanceof ClaimgraphError ? err.message : 'internal error';
      if (!(err instanceof ClaimgraphError))
        resolved.log(`claimgraph/server: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (res.headersSent) res.destroy();
      else void sendJson(res, { status: 503, body: { error: message } }).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new ClaimgraphError(
          'server',
          `cannot listen on ${resolved.host}:${resolved.port}: ${err.code ?? err.message}`,
        ),
      ),
    );
    server.listen(resolved.port, resolved.host, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  hosts = allowedHosts(resolved.host, port);
  const shownHost = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  return {
    url: `http://${shownHost}:${port}/`,
    address: { host: address, port },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
