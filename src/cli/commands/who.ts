// `claimgraph who`: who accused whom in the embedded store (or Neo4j with --neo4j), one row per
// accuser/accused pair; both backends give the same rows in the same order.
import Table from 'cli-table3';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { WhoFilter, WhoRow } from '../../../graph/model.js';
import { withDriver } from '../../../graph/neo4j/connection.js';
import { whoFromNeo4j } from '../../../graph/neo4j/who.js';
import { addNeo4jOptions, neo4jConfigFrom, type Neo4jFlags } from '../neo4j-options.js';
import { STORE_FLAG_HELP, withStore } from '../open-store.js';
import { who, type WhoPage } from '../../../graph/queries/who.js';
import { printStdout } from '../../output/print-stdout.js';
import { forTerminal } from '../../../core/terminal-text.js';

interface WhoFlags extends Neo4jFlags {
  accuser?: string;
  accused?: string;
  target?: string;
  since?: string;
  until?: string;
  format: 'table' | 'json';
  limit?: number;
  offset?: number;
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
    .option('--limit <rows>', 'show at most this many rows (the first page)', parseCount)
    .option('--offset <rows>', 'skip this many rows first (with --limit: the next pages)', parseCount)
    .option('--store <file>', STORE_FLAG_HELP)
    .addOption(
      new Option(
        '--neo4j',
        'ask the graph held in Neo4j (the flags below) instead of the embedded store',
      ).conflicts('store'),
    );
  addNeo4jOptions(command).action(async (flags: WhoFlags) => {
    const { accuser, accused, target, since, until, limit, offset } = flags;
    const filter = { accuser, accused, target, since, until };
    const page: WhoPage = { limit, offset };
    const rows = flags.neo4j
      ? await whoInNeo4j(flags, filter, page)
      : await withStore(flags.store, (store) => who(store, filter, page));
    await printStdout(flags.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : whoTable(rows));
  });
}

/** Neo4j answers the same rows; its page is cut here (a store this size is not the Neo4j path's concern). */
async function whoInNeo4j(
  flags: WhoFlags,
  filter: WhoFilter,
  { limit, offset = 0 }: WhoPage,
): Promise<WhoRow[]> {
  const config = neo4jConfigFrom(flags);
  const rows = await withDriver(config, (driver) =>
    whoFromNeo4j(driver, filter, { database: config.database }),
  );
  return rows.slice(offset, limit === undefined ? undefined : offset + limit);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return Number(value);
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
