// `claimgraph who`: who accused whom in the embedded store, one row per accuser/accused pair.
import Table from 'cli-table3';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { WhoRow } from '../../../graph/model.js';
import { STORE_FLAG_HELP, withStore } from '../../../graph/open-store.js';
import { who } from '../../../graph/queries/who.js';
import { printStdout } from '../../output/print-stdout.js';
import { forTerminal } from '../../output/terminal-text.js';

interface WhoFlags {
  accuser?: string;
  accused?: string;
  target?: string;
  since?: string;
  until?: string;
  format: 'table' | 'json';
  limit?: number;
  offset?: number;
  store?: string;
}

const EVIDENCE_CHARS = 240;

export function register(program: Command): void {
  program
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
    .action(async (flags: WhoFlags) => {
      const { store: storeFlag, format, limit, offset, ...filter } = flags;
      const rows = await withStore(storeFlag, (store) => who(store, filter, { limit, offset }));
      await printStdout(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : whoTable(rows));
    });
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
