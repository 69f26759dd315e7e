// The viewer's HTTP server: GET-only, bound to 127.0.0.1 unless told otherwise, the JSON API under /api/
// and the built page for everything else.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClaimgraphError } from '../../core/errors.js';
import { handleApi, type ApiResponse, type IndexProvider } from './api.js';
import { encodeBody } from './compression.js';
import { SECURITY_HEADERS } from './headers.js';
import { allowedHostHeaders, isLoopbackHost } from './hosts.js';
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
  /** Needed to bind anything but a loopback address. */
  allowRemote?: boolean;
  /** With allowRemote: more names (as in the Host header, without port) the server answers to. */
  allowedHosts?: string[];
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

async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  options: Required<ServerOptions>,
  hosts: Set<string>,
  index: IndexProvider,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const body = { error: `method ${req.method ?? ''} not allowed: this server is read-only` };
    return sendJson(res, { status: 405, body }, { Allow: 'GET, HEAD' });
  }
  if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
    return sendJson(res, { status: 421, body: { error: 'unexpected Host header' } });
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/')) {
    const response = await handleApi(url.pathname, url.searchParams, index);
    // Asked after the answer: a graph request has just tried to refresh the source.
    const staleSince = options.source.staleSince?.() ?? null;
    if (staleSince === null) return sendJson(res, response);
    const body =
      url.pathname === '/api/graph' && response.status === 200
        ? { ...(response.body as object), staleSince }
        : response.body;
    return sendJson(res, { status: response.status, body }, { 'X-Claimgraph-Stale-Since': staleSince });
  }
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
    allowRemote: false,
    allowedHosts: [],
    log: (message) => process.stderr.write(`${message}\n`),
    ...options,
  };
  checkHost(resolved.host, resolved.allowRemote);
  const index = cachedIndex(resolved.source);
  let hosts = new Set<string>();
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
  hosts = allowedHostHeaders(resolved.host, port, resolved.allowedHosts);
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

/** Throws a ClaimgraphError for an empty host, or a non-loopback one without allowRemote. */
export function checkHost(host: string, allowRemote: boolean): void {
  if (host.trim() === '')
    throw new ClaimgraphError('server', 'an empty host would bind every address; give one, e.g. 127.0.0.1');
  if (!isLoopbackHost(host) && !allowRemote)
    throw new ClaimgraphError(
      'server',
      `${host} is not a loopback address: anyone who can reach it could read the graph; pass --allow-remote to bind it anyway`,
    );
}
