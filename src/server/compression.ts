// Compresses response bodies the client accepts compressed: brotli at a fast quality, else gzip. The
// graph of a large store is megabytes of JSON that compresses about tenfold.
import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this many bytes compression saves less than it costs. */
const MIN_BYTES = 1024;

export interface EncodedBody {
  body: Buffer;
  /** The Content-Encoding header, when compressed. */
  encoding: 'br' | 'gzip' | null;
}

function accepts(req: IncomingMessage, encoding: string): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([name, quality]) => name?.trim() === encoding && quality?.trim() !== 'q=0');
}

export async function encodeBody(req: IncomingMessage, text: string | Buffer): Promise<EncodedBody> {
  const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  if (body.length < MIN_BYTES) return { body, encoding: null };
  if (accepts(req, 'br')) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
    return { body: await brotli(body, { params }), encoding: 'br' };
  }
  if (accepts(req, 'gzip')) return { body: await gzipAsync(body), encoding: 'gzip' };
  return { body, encoding: null };
}
