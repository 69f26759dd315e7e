// `claimgraph who`: who accused whom in the embedded store (or Neo4j with --neo4j), one row per
// accuser/accused pair; both backends give the same rows in the same order.
import { Option, type Command } from 'commander';
import type { Certainty } from '../../../core/types.js';
import type { UndatedMode, WhoFilter, WhoRow } from '../../../graph/model.js';
import { withDriver } from '../../../graph/neo4j/connection.js';
import { whoFromNeo4j } from '../../../graph/queries/who-neo4j.js';
import { who } from '../../../graph/queries/who.js';
import { forTerminal } from '../../../core/terminal-text.js';
import { cutNote, fittedTable, tsv, type Column } from '../../output/fit-table.js';
import { printStdout } from '../../output/print-stdout.js';
import { addNeo4jOptions, neo4jConfigFrom, type Neo4jFlags } from '../neo4j-options.js';
import { openStore, STORE_FLAG_HELP } from '../open-store.js';
import {
  certaintyOption,
  dateFilterOptions,
  limitOption,
  tableFormatOption,
  type TableFormat,
} from '../options.js';

interface WhoFlags extends Neo4jFlags {
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
  neo4j?: boolean;
}

const EVIDENCE_CHARS = 240;

export function register(program: Command): void {
  const [since, until, undated] = dateFilterOptions() as [Option, Option, Option];
  const command = program
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
    .addOption(
      new Option(
        '--neo4j',
        'ask the graph held in Neo4j (the flags below) instead of the embedded store',
      ).conflicts('store'),
    );
  addNeo4jOptions(command).action(async (flags: WhoFlags) => {
    const { accuser, accused, target, since, until, undated, certainty, format, limit } = flags;
    const filter = { accuser, accused, target, since, until, undated, certainty };
    const rows = flags.neo4j ? await whoInNeo4j(flags, filter) : who(await openStore(flags.store), filter);
    const shown = rows.slice(0, limit ?? rows.length);
    const note = cutNote(shown.length, rows.length, 'rows');
    // In a table the note follows it; in data formats it goes to stderr, keeping the data clean.
    const tableNote = format === 'table' && note !== null ? `${note}\n` : '';
    await printStdout(whoOutput(shown, format) + tableNote);
    if (note !== null && format !== 'table') process.stderr.write(`claimgraph: ${note}\n`);
  });
}

function whoInNeo4j(flags: WhoFlags, filter: WhoFilter): Promise<WhoRow[]> {
  const config = neo4jConfigFrom(flags);
  return withDriver(config, (driver) => whoFromNeo4j(driver, filter, { database: config.database }));
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
