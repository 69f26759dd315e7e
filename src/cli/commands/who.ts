// `claimgraph who`: who accused whom in the embedded store, one row per accuser/accused pair.
import { Option, type Command } from 'commander';
import type { UndatedMode, WhoRow } from '../../../graph/model.js';
import { openStore, STORE_FLAG_HELP } from '../../../graph/open-store.js';
import { who } from '../../../graph/queries/who.js';
import { printStdout } from '../../output/print-stdout.js';
import { forTerminal } from '../../output/terminal-text.js';
import { cutNote, fittedTable, tsv, type Column } from '../../output/fit-table.js';
import {
  certaintyOption,
  dateFilterOptions,
  limitOption,
  tableFormatOption,
  usageErrorsExitWith2,
  type TableFormat,
} from '../options.js';
import type { Certainty } from '../../types.js';

interface WhoFlags {
  accuser?: string;
  accused?: string;
  target?: string;
  since?: string;
  until?: string;
  undated: UndatedMode;
  certainty?: Certainty;
  format: TableFormat;
  limit?: number;
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
    .addOption(tableFormatOption())
    .addOption(limitOption('rows'))
    .option('--store <file>', STORE_FLAG_HELP)
    .exitOverride(usageErrorsExitWith2)
    .action(async (flags: WhoFlags) => {
      const { store: storeFlag, format, limit, ...filter } = flags;
      const rows = who(await openStore(storeFlag), filter);
      const shown = rows.slice(0, limit ?? rows.length);
      const note = cutNote(shown.length, rows.length, 'rows');
      // In a table the note follows it; in data formats it goes to stderr, keeping the data clean.
      const tableNote = format === 'table' && note !== null ? `${note}\n` : '';
      await printStdout(whoOutput(shown, format) + tableNote);
      if (note !== null && format !== 'table') process.stderr.write(`claimgraph: ${note}\n`);
    });
}

const COLUMNS: Column[] = [
  { head: 'Accuser', min: 10 },
  { head: 'Accused', min: 10 },
  { head: 'Claims', min: 6, noWrap: true },
  { head: 'First', min: 10, noWrap: true },
  { head: 'Last', min: 10, noWrap: true },
  { head: 'Certainty', min: 9, noWrap: true },
  { head: 'Evidence (first claim)', min: 20, weight: 3 },
];

function whoOutput(rows: WhoRow[], format: TableFormat): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'table' && rows.length === 0) return 'no accusations match\n';
  const cells = rows.map((row) => [
    forTerminal(row.accuser),
    forTerminal(row.accused),
    row.claims,
    row.firstDate ?? '',
    row.lastDate ?? '',
    row.certainty ?? '',
    forTerminal(row.evidence, format === 'table' ? EVIDENCE_CHARS : Infinity),
  ]);
  return format === 'tsv' ? tsv(COLUMNS, cells) : `${fittedTable(COLUMNS, cells)}\n`;
}
