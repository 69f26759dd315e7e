// The connection flags shared by every command that talks to Neo4j (load, cypher, serve --neo4j).
import type { Command } from 'commander';
import { NEO4J_DEFAULTS, resolveNeo4jConfig, type Neo4jConfig } from '../../graph/neo4j/connection.js';

export interface Neo4jFlags {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
}

export function addNeo4jOptions(command: Command): Command {
  return command
    .option('--uri <uri>', `Neo4j Bolt URI (default: $NEO4J_URI or ${NEO4J_DEFAULTS.uri})`)
    .option('--user <name>', `Neo4j user (default: $NEO4J_USERNAME or ${NEO4J_DEFAULTS.user})`)
    .option(
      '--password <password>',
      'Neo4j password (default: $NEO4J_PASSWORD or the local default; prefer the variable, flags show in `ps`)',
    )
    .option('--database <name>', "Neo4j database (default: $NEO4J_DATABASE or the server's default)");
}

export function neo4jConfigFrom(flags: Neo4jFlags): Neo4jConfig {
  const { uri, user, password, database } = flags;
  return resolveNeo4jConfig({ uri, user, password, database });
}
