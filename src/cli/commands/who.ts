// `claimgraph who`: who accused whom in the embedded store (or Neo4j with --neo4j), one row per
// accuser/accused pair; both backends give the same rows in the same order.
import Table from 'cli-table3';
import { Option, type Command } from 'commander';
import type { WhoFilter, WhoRow } from '../../../graph/model.js';
import { withDriver } from '../../../graph/neo4j/connection.js';
import { whoFromNeo4j } from '../../../graph/neo4j/who.js';
import { addNeo4jOptions, neo4jConfigFrom, type Neo4jFlags } from '../neo4j-options.js';
import { openStore, STORE_FLAG_HELP } from '../open-store.js';
import { who } from '../../../graph/queries/who.js';
import { printStdout } from '../../output/print-stdout.js';
import { forTerminal } from '../../../core/terminal-text.js';

interface WhoFlags extends Neo4jFlags {
  accuser?: string;
  accused?: string;
  target?: string;
  since?: string;
  until?: string;
  format: 'table' | 'json';
  store?: string;
  neo4j?: boolean;
}

const EVIDENCE_CHARS = 240;

export function register(program: Command): void {
  const command = program
    .command('who')
    .description('who accused whom: claim counts, dates and one evidence sentence per pair')
    .option('--accuser <name>', 'only accusations made by this actor (name, alias or id)')
    .option('--accused <name>', 'only accusations against this actor')
    .option('--target <name>', 'only accusations of acts against this target/victim')
    .option('--since <date>', 'only claims in documents dated on or after YYYY-MM-DD')
    .option('--until <date>', 'only claims in documents dated on or before YYYY-MM-DD')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--store <file>', STORE_FLAG_HELP)
    .addOption(
      new Option(
        '--neo4j',
        'ask the graph held in Neo4j (the flags below) instead of the embedded store',
      ).conflicts('store'),
    );
  addNeo4jOptions(command).action(async (flags: WhoFlags) => {
    const { accuser, accused, target, since, until } = flags;
    const filter = { accuser, accused, target, since, until };
    const rows = flags.neo4j ? await whoInNeo4j(flags, filter) : who(await openStore(flags.store), filter);
    await printStdout(flags.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : whoTable(rows));
  });
}

function whoInNeo4j(flags: WhoFlags, filter: WhoFilter): Promise<WhoRow[]> {
  const config = neo4jConfigFrom(flags);
  return withDriver(config, (driver) => whoFromNeo4j(driver, filter, { database: config.database }));
}

function whoTable(rows: WhoRow[]): string {
  if (rows.length === 0) return 'no accusations match\n';
  const table = new Table({
    head: ['Accuser', 'Accused', 'Claims', 'First', 'Last', 'Evidence (first claim)'],
    colWidths: [24, 24, 8, 12, 12, 64],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) {
    table.push([
      forTerminal(row.accuser),
      forTerminal(row.accused),
      row.claims,
      row.firstDate ?? '',
      row.lastDate ?? '',
      forTerminal(row.evidence, EVIDENCE_CHARS),
    ]);
  }
  return `${table.toString()}\n`;
}
