// How extractions are printed. A printer gets documents one at a time and writes as it goes, so
// output starts before the last file is read and memory does not grow with the corpus.
import { jsonPrinter } from './json.js';
import { jsonlPrinter } from './jsonl.js';
import { tablePrinter, type TableOptions } from './table.js';
import type { Printer, Write } from './printer-types.js';

const PRINTERS = { jsonl: jsonlPrinter, json: jsonPrinter, table: tablePrinter } as const;

export type OutputFormat = keyof typeof PRINTERS;
export const OUTPUT_FORMATS = Object.keys(PRINTERS) as OutputFormat[];

export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(PRINTERS, name);
}

/** `options` shape the table format only; the data formats print every row. */
export function createPrinter(format: OutputFormat, write: Write, options: TableOptions = {}): Printer {
  return PRINTERS[format](write, options);
}
