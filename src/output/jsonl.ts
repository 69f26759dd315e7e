// JSON Lines: exactly one Extraction object per line, one line per document.
import type { Printer, Write } from './printer-types.js';

export function jsonlPrinter(write: Write): Printer {
  return {
    document: (extraction) => write(`${JSON.stringify(extraction)}\n`),
    end: () => {},
  };
}
