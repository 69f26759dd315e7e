// `claimgraph who`: who accused whom in the embedded store, one row per accuser/accused pair.
import Table from 'cli-table3';
import { Option, type Command } from 'commander';
import type { UndatedMode, WhoRow } from '../../../graph/model.js';
import { openStore, STORE_FLAG_HELP } from '../../../graph/open-store.js';
import { who } from '../../../graph/queries/who.js';
import { printStdout } from '../../output/print-stdout.js';
import { forTerminal } from '../../output/terminal-text.js';
import { certaintyOption, dateFilterOptions, usageErrorsExitWith2 } from '../options.js';
import type { Certainty } from '../../types.js';

interface WhoFlags {
  accuser?: string;
  accused?: string;
  target?: string;
  since?: string;
  until?: string;
  undated: UndatedMode;
  certainty?: Certainty;
  format: 'table' | 'json';
  store?: string;
}

const EVIDENCE_CHARS = 240;

export function register(program: Command): void {
  const [since, until, undated] = dateFilterOptions() as [Option, Option, Option];
  program
    .command('who')
    .description('who accused whom: claim counts, dates and one evidence sentence per pair')
    .option('--accuser <name>', 'only accusations made by this actor (name, alias or id)')
    .option('--accused <name>', 'only accusations against this actor')
    .option('--target <name>', 'only accusations of acts against this target/victim')
    .addOption(since)
    .addOption(until)
    .addOption(undated)
    .addOption(certaintyOption())
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--store <file>', STORE_FLAG_HELP)
    .exitOverride(usageErrorsExitWith2)
    .action(async (flags: WhoFlags) => {
      const { store: storeFlag, format, ...filter } = flags;
      const rows = who(await openStore(storeFlag), filter);
      await printStdout(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : whoTable(rows));
    });
}

function whoTable(rows: WhoRow[]): string {
  if (rows.length === 0) return 'no accusations match\n';
  const table = new Table({
    head: ['Accuser', 'Accused', 'Claims', 'First', 'Last', 'Certainty', 'Evidence (first claim)'],
    colWidths: [24, 24, 8, 12, 12, 11, 64],
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
      row.certainty ?? '',
      forTerminal(row.evidence, EVIDENCE_CHARS),
    ]);
  }
  return `${table.toString()}\n`;
}
