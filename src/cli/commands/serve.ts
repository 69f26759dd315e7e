// `claimgraph serve`: the browser viewer and its read-only JSON API over the embedded store
// (or Neo4j with --neo4j), on 127.0.0.1 unless --host says otherwise. Prints the URL on stdout.
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { addNeo4jOptions, neo4jConfigFrom, type Neo4jFlags } from '../neo4j-options.js';
import { STORE_FLAG_HELP } from '../open-store.js';
import { defaultStorePath } from '../../../graph/store.js';
import { viewerAssetsDir } from '../../server/assets.js';
import { embeddedSource } from '../../server/embedded-source.js';
import { untilInterrupted } from '../../server/interrupted.js';
import { neo4jSource } from '../../server/neo4j-source.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/server.js';
import type { GraphSource } from '../../server/source.js';

interface ServeFlags extends Neo4jFlags {
  store?: string;
  port: number;
  host: string;
  neo4j?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

export function register(program: Command): void {
  const command = program
    .command('serve')
    .description('show the graph in the browser: a viewer page and a read-only JSON API')
    .option('--store <file>', STORE_FLAG_HELP)
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, DEFAULT_PORT)
    .option(
      '--host <address>',
      'address to bind; anything but loopback exposes the graph to the network',
      DEFAULT_HOST,
    )
    .option('--neo4j', 'serve the graph held in Neo4j (the flags below) instead of the embedded store');
  addNeo4jOptions(command).action((flags: ServeFlags) => serve(flags));
}

function openSource(flags: ServeFlags): Promise<GraphSource> {
  if (flags.neo4j) return neo4jSource(neo4jConfigFrom(flags));
  return embeddedSource(resolve(flags.store ?? defaultStorePath()));
}

async function serve(flags: ServeFlags): Promise<void> {
  const assetsDir = viewerAssetsDir();
  const source = await openSource(flags);
  try {
    const server = await startServer({ source, assetsDir, host: flags.host, port: flags.port });
    process.stdout.write(`${server.url}\n`);
    process.stderr.write(
      `claimgraph: serving ${source.description} at ${server.url} (read-only; Ctrl+C stops)\n`,
    );
    await untilInterrupted();
    await server.close();
  } finally {
    await source.close();
  }
}
