// How `claimgraph cypher` prints a result: a terminal table (values flattened and cut, since
// they may hold untrusted document text) or JSON rows for other programs.
import Table from 'cli-table3';
import { forTerminal } from '../../core/terminal-text.js';
import type { CypherResult } from '../../graph/neo4j/query.js';
import type { PlainValue } from '../../graph/neo4j/plain-value.js';

export const CYPHER_FORMATS = ['table', 'json'] as const;
export type CypherFormat = (typeof CYPHER_FORMATS)[number];

const MAX_CELL = 80;

export function formatCypherResult(result: CypherResult, format: CypherFormat): string {
  if (format === 'json') return `${JSON.stringify(result.rows, null, 2)}\n`;
  if (result.columns.length === 0) return '';
  const table = new Table({
    head: result.columns.map((column) => forTerminal(column, MAX_CELL)),
    style: { head: [], border: [] },
  });
  for (const row of result.rows) table.push(result.columns.map((column) => cell(row[column] ?? null)));
  const count = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`;
  return `${table.toString()}\n${count}\n`;
}

/** "3 nodes created, 2 properties set" for a write; empty when nothing changed. */
export function describeUpdates(updates: Record<string, number>): string {
  return Object.entries(updates)
    .map(([name, count]) => `${count} ${name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}`)
    .join(', ');
}

function cell(value: PlainValue): string {
  if (value === null) return '';
  return forTerminal(typeof value === 'string' ? value : JSON.stringify(value), MAX_CELL);
}
