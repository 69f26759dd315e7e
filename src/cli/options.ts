// Flags shared by the commands. A bad value is a usage error: commander reports it with the
// command's help hint and run.ts turns it into exit code 2.
import { InvalidArgumentError, Option } from 'commander';
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../core/calendar-date.js';
import { CERTAINTY_LEVELS, type Certainty } from '../../core/types.js';
import { UNDATED_MODES } from '../../graph/model.js';

export function parseDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`"${value}" is not ${CALENDAR_DATE_RULE}`);
  return value;
}

/** `--since`, `--until` and `--undated`, the date filter every dated query takes. */
export function dateFilterOptions(): Option[] {
  return [
    new Option('--since <date>', 'only claims in documents dated on or after YYYY-MM-DD').argParser(
      parseDate,
    ),
    new Option('--until <date>', 'only claims in documents dated on or before YYYY-MM-DD').argParser(
      parseDate,
    ),
    new Option('--undated <mode>', 'whether claims in undated documents pass --since/--until')
      .choices(UNDATED_MODES)
      .default('exclude'),
  ];
}

/** `--certainty LEVEL`: only claims at least this certain. */
export function certaintyOption(): Option {
  return new Option(
    '--certainty <level>',
    `only claims at least this certain (${CERTAINTY_LEVELS.join(' < ')}; hedge words in the evidence)`,
  ).choices(CERTAINTY_LEVELS);
}

/** "2 asserted, 1 low": the claims per certainty level, most certain first. */
export function certaintySummary(counts: Partial<Record<Certainty, number>>): string {
  return [...CERTAINTY_LEVELS]
    .reverse()
    .filter((level) => counts[level])
    .map((level) => `${counts[level]} ${level}`)
    .join(', ');
}

export type TableFormat = 'table' | 'tsv' | 'json';

/** `--format table|tsv|json`: a table fitted to the terminal, or plain data when stdout is a pipe. */
export function tableFormatOption(): Option {
  return new Option('--format <format>', 'output format')
    .choices(['table', 'tsv', 'json'])
    .default(process.stdout.isTTY ? 'table' : 'tsv', 'table on a terminal, tsv when piped');
}

export function parseLimit(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return Number(value);
}

/** `--limit N`: print at most N rows (per table); what was cut is counted on stderr. */
export function limitOption(what: string): Option {
  return new Option('--limit <n>', `show at most this many ${what}`).argParser(parseLimit);
}
