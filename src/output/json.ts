// One pretty-printed JSON array, streamed: the same bytes as JSON.stringify(all, null, 2).
import type { Printer, Write } from './printer-types.js';

const INDENT = 2;

export function jsonPrinter(write: Write): Printer {
  let count = 0;
  return {
    document(extraction) {
      const item = JSON.stringify(extraction, null, INDENT).replaceAll('\n', `\n${' '.repeat(INDENT)}`);
      write(`${count === 0 ? '[\n' : ',\n'}${' '.repeat(INDENT)}${item}`);
      count++;
    },
    end: () => write(count === 0 ? '[]\n' : '\n]\n'),
  };
}
