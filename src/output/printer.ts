// How extractions are printed. A printer gets documents one at a time and writes as it goes, so
// output starts before the last file is read and memory does not grow with the corpus.
import type { Extraction } from '../types.js';
import { jsonPrinter } from './json.js';
import { jsonlPrinter } from './jsonl.js';
import { tablePrinter, type TableOptions } from './table.js';

export interface Printer {
  document(extraction: Extraction): void;
  end(): void;
}

export type Write = (chunk: string) => void;

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
