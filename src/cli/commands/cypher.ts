// `claimgraph cypher 'QUERY' [--param key=value ...] [--format table|json] [--write]`: one Cypher
// query against Neo4j, read-only unless --write is given.
import { Option, type Command } from 'commander';
import { addNeo4jOptions, neo4jConfigFrom, type Neo4jFlags } from '../neo4j-options.js';
import { withDriver } from '../../../graph/neo4j/connection.js';
import {
  CYPHER_FORMATS,
  describeUpdates,
  formatCypherResult,
  type CypherFormat,
} from '../../output/cypher-result.js';
import { parseCypherParams } from '../../../graph/neo4j/cypher-params.js';
import { runCypher } from '../../../graph/neo4j/query.js';
import { printStdout } from '../../output/print-stdout.js';

interface CypherFlags extends Neo4jFlags {
  param: string[];
  format: CypherFormat;
  write?: boolean;
}

export function register(program: Command): void {
  const command = program
    .command('cypher')
    .description('run a Cypher query against Neo4j (read-only unless --write)')
    .argument('<query>', 'the Cypher query; pass values with --param and refer to them as $name')
    .option(
      '-p, --param <key=value>',
      'a query parameter; JSON values (5, true, ["a"]) or plain text',
      collect,
      [],
    )
    .addOption(new Option('--format <format>', 'output format').choices(CYPHER_FORMATS).default('table'))
    .option('--write', 'allow the query to change the database');
  addNeo4jOptions(command).action(async (query: string, flags: CypherFlags) => {
    const params = parseCypherParams(flags.param);
    const config = neo4jConfigFrom(flags);
    const result = await withDriver(config, (driver) =>
      runCypher(driver, query, params, { write: flags.write ?? false, database: config.database }),
    );
    await printStdout(formatCypherResult(result, flags.format));
    const updates = describeUpdates(result.updates);
    if (updates !== '') process.stderr.write(`claimgraph: ${updates}\n`);
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
