// Reads back the Cypher script `export --format cypher` writes: statements in order, each batch as
// the literal given to `:param rows => ...` followed by the statement that consumes it.
const PARAM = ':param rows => ';

export interface CypherScript {
  /** every statement, in order, with its trailing ';' */
  statements: string[];
  /** the `rows` literal of each batch and the statement run over it */
  batches: { rows: string; statement: string }[];
}

export function readCypherScript(script: string): CypherScript {
  const lines = script.split('\n').filter((line) => line !== '' && !line.startsWith('//'));
  const result: CypherScript = { statements: [], batches: [] };
  let rows: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith(PARAM)) {
      rows = lines[i]!.slice(PARAM.length);
      continue;
    }
    // A statement spans lines until its ';'.
    let statement = lines[i]!;
    while (!statement.endsWith(';')) statement += `\n${lines[++i]}`;
    result.statements.push(statement);
    if (rows !== null) result.batches.push({ rows, statement });
    rows = null;
  }
  return result;
}

/** A Cypher list literal as the exporter writes it is JSON except for map keys in backquotes. */
export function cypherListToJson(literal: string): unknown[] {
  let json = '';
  for (let i = 0; i < literal.length; i++) {
    const char = literal[i]!;
    if (char === '"') {
      const end = endOfString(literal, i);
      json += literal.slice(i, end + 1);
      i = end;
    } else if (char === '`') {
      const end = literal.indexOf('`', i + 1);
      json += JSON.stringify(literal.slice(i + 1, end));
      i = end;
    } else json += char;
  }
  return JSON.parse(json) as unknown[];
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  throw new Error('unterminated string');
}
