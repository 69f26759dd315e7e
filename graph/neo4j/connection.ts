// Where Neo4j is and how to log in (flags, else environment, else the documented local defaults),
// driver creation, and the translation of driver failures into one-line ClaimgraphErrors.
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { ClaimgraphError } from '../../core/errors.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** Undefined means the server's default database. */
  database?: string;
}

/** Which database a service works on; undefined means the server's default one. */
export interface DatabaseOption {
  database?: string;
}

/** The defaults match docker-compose.yml and scripts/neo4j-start.sh, so a local setup needs no flags. */
export const NEO4J_DEFAULTS = {
  uri: 'bolt://127.0.0.1:7687',
  user: 'neo4j',
  password: 'claimgraph',
} as const;

export function resolveNeo4jConfig(
  flags: Partial<Neo4jConfig>,
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConfig {
  const pick = (flag: string | undefined, name: string): string | undefined =>
    flag ?? (env[name] === '' ? undefined : env[name]);
  return {
    uri: pick(flags.uri, 'NEO4J_URI') ?? NEO4J_DEFAULTS.uri,
    user: pick(flags.user, 'NEO4J_USERNAME') ?? NEO4J_DEFAULTS.user,
    password: pick(flags.password, 'NEO4J_PASSWORD') ?? NEO4J_DEFAULTS.password,
    database: pick(flags.database, 'NEO4J_DATABASE'),
  };
}

export function openDriver(config: Neo4jConfig): Driver {
  try {
    return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      // Counts and offsets stay far below 2^53, so plain numbers are safe and simpler.
      disableLosslessIntegers: true,
      userAgent: 'claimgraph',
      connectionTimeout: 10_000,
    });
  } catch (err) {
    throw new ClaimgraphError('neo4j', `invalid Neo4j URI "${config.uri}": ${messageOf(err)}`);
  }
}

/** Opens a driver, checks that the server answers and accepts the login (failing fast rather
 * than letting managed transactions retry an unreachable server), runs `work`, and always
 * closes the driver. Driver failures leave as ClaimgraphErrors without stack traces. */
export async function withDriver<T>(config: Neo4jConfig, work: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = openDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
    return await work(driver);
  } catch (err) {
    throw translateNeo4jError(err, config);
  } finally {
    await driver.close();
  }
}

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function translateNeo4jError(err: unknown, config: Neo4jConfig): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const fail = (message: string) => new ClaimgraphError('neo4j', message);
  if (UNREACHABLE_CODES.has(err.code)) {
    return fail(
      `cannot reach Neo4j at ${config.uri} (${unreachableReason(err.message)}); start it with ` +
        '`docker compose up -d` or `bash scripts/neo4j-start.sh`, or point --uri/NEO4J_URI at a running server',
    );
  }
  if (err.code === 'Neo.ClientError.Security.Unauthorized') {
    return fail(
      `authentication failed for user "${config.user}" at ${config.uri}; check --user/--password or NEO4J_USERNAME/NEO4J_PASSWORD`,
    );
  }
  if (err.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return fail(
      `too many failed logins for user "${config.user}"; wait a few seconds and check the password`,
    );
  }
  if (err.code === 'Neo.ClientError.Statement.SyntaxError') {
    return fail(`Cypher syntax error: ${err.message.trim()}`);
  }
  if (err.code === 'Neo.ClientError.Statement.AccessMode') {
    return fail('the query writes to the database but runs in read mode; pass --write if that is intended');
  }
  if (err.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return fail(`database "${config.database ?? '(default)'}" does not exist on ${config.uri}`);
  }
  return fail(`Neo4j error ${err.code}: ${firstLine(err.message)}`);
}

/** The driver's own words, without its generic advice or routing-table dump. */
function unreachableReason(message: string): string {
  const line = firstLine(message);
  return /Caused by: (.*)$/.exec(line)?.[1] ?? line.replace(/ Known routing table.*$/, '');
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.trim() ?? '';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
