// Tables that fit the terminal: columns keep their natural width when everything fits; otherwise
// the widest columns give up width first (never below their minimum) and long cells wrap.
import Table from 'cli-table3';

export interface Column {
  head: string;
  /** The narrowest this column may get (its cells wrap inside it). */
  min: number;
  /** Share of the width when columns must shrink (default 1): evidence takes more than names. */
  weight?: number;
  /** Identifiers (rule ids, dates) are never wrapped or cut: the column keeps its natural width. */
  noWrap?: boolean;
}

export type Cell = string | number;

/** Width when stdout is not a terminal and COLUMNS is not set. */
export const DEFAULT_WIDTH = 120;
const NARROWEST = 40;
/** Each column costs one border character and two of padding besides its text. */
const COLUMN_OVERHEAD = 3;

/** The terminal's width: stdout's columns, else $COLUMNS, else DEFAULT_WIDTH. */
export function outputWidth(): number {
  const fromEnv = Number.parseInt(process.env.COLUMNS ?? '', 10);
  const width = process.stdout.columns || (fromEnv > 0 ? fromEnv : DEFAULT_WIDTH);
  return Math.max(width, NARROWEST);
}

/** Column text widths that fit `width` in total: natural widths, or the widest ones capped. */
export function fitWidths(columns: Column[], rows: Cell[][], width: number): number[] {
  const natural = columns.map((column, i) =>
    Math.max(column.head.length, ...rows.map((row) => String(row[i] ?? '').length), 1),
  );
  const available = width - 1 - COLUMN_OVERHEAD * columns.length;
  const widthAt = (cap: number) =>
    natural.map((w, i) => {
      const { min, weight = 1, noWrap = false } = columns[i]!;
      return noWrap ? w : Math.min(w, Math.max(min, Math.floor(cap * weight)));
    });
  const total = (cap: number) => widthAt(cap).reduce((sum, w) => sum + w, 0);
  // The largest cap that fits: every wrappable column gets cap × its weight, within its bounds.
  let cap = Math.max(...natural);
  while (cap > 1 && total(cap) > available) cap--;
  return widthAt(cap);
}

/** A bordered table within `width` characters (when the minimums allow), long cells wrapped. */
export function fittedTable(columns: Column[], rows: Cell[][], width = outputWidth()): string {
  const widths = fitWidths(columns, rows, width);
  const table = new Table({
    head: columns.map((column) => column.head),
    colWidths: widths.map((w) => w + 2),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push(row.map((cell, i) => breakLongWords(cell, widths[i]!)));
  return table.toString();
}

/** cli-table3 wraps at spaces and cuts a longer word; a word wider than the column (a rule id, a
 * URL) is broken into column-wide pieces instead, so nothing is lost. */
function breakLongWords(cell: Cell, width: number): Cell {
  if (typeof cell !== 'string' || cell.length <= width) return cell;
  return cell.replace(new RegExp(`\\S{${width + 1},}`, 'gu'), (word) =>
    (word.match(new RegExp(`.{1,${width}}`, 'gsu')) ?? [word]).join('\n'),
  );
}

/** Tab-separated values for pipes: a header line, one line per row; tabs and newlines in cells
 * become spaces so every row stays one line. */
export function tsv(columns: Column[], rows: Cell[][]): string {
  const line = (cells: Cell[]) => cells.map((cell) => String(cell).replace(/[\t\r\n]+/g, ' ')).join('\t');
  return [line(columns.map((column) => column.head)), ...rows.map(line)].map((l) => `${l}\n`).join('');
}

/** "(12 more rows not shown; raise --limit)" when rows were cut, else null. */
export function cutNote(shown: number, total: number, what: string): string | null {
  return total > shown ? `(${total - shown} more ${what} not shown; raise --limit)` : null;
}
