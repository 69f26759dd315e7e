// A Cypher script for cypher-shell (`cypher-shell -f graph.cypher`). Data never becomes query text:
// each batch is set as the `rows` parameter with `:param`, then parameterised statements from
// graph/neo4j/statements.ts run over it (the script's own, which match by id).
import type { ClaimNode, DerivedEdgeType, GraphSnapshot } from '../model.js';
import {
  CONSTRAINTS,
  MERGE_ACTORS,
  MERGE_DOCUMENTS,
  SCRIPT_MERGE_CLAIMS,
  SCRIPT_MERGE_DERIVED_EDGES,
} from '../neo4j/statements.js';
import type { ExportFile } from './types.js';

const BATCH_ROWS = 500;

type CypherValue = string | number | boolean | null | CypherValue[] | { [key: string]: CypherValue };

/** A Cypher literal. JSON string escapes (\" \\ \n \uXXXX ...) are all valid Cypher escapes; map
 * keys are backquoted so any key is an identifier. */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) => `\`${key.replace(/`/g, '``')}\`: ${cypherLiteral(item)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** The row shape MERGE_CLAIMS reads: role ids apart from the claim's own properties. */
function claimRow({ id, documentId, claimant, subject, object, ...props }: ClaimNode): CypherValue {
  return { id, documentId, claimant, subject, object, props };
}

function batches(statement: string, rows: CypherValue[]): string[] {
  const parts: string[] = [];
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    parts.push(
      `:param rows => ${cypherLiteral(rows.slice(start, start + BATCH_ROWS))}`,
      `${statement.trim()};`,
      '',
    );
  }
  return parts;
}

export function cypherExport(snapshot: GraphSnapshot): ExportFile[] {
  const edgesOf = (type: DerivedEdgeType): CypherValue[] =>
    snapshot.edges
      .filter((edge) => edge.type === type)
      .map(({ source, target, count, firstDate, lastDate, claimIds }) => ({
        source,
        target,
        count,
        firstDate,
        lastDate,
        claimIds,
      }));
  const lines = [
    '// claimgraph export: run with `cypher-shell -f graph.cypher`. Loading twice changes nothing (MERGE on ids).',
    ...Object.values(CONSTRAINTS).map(({ statement }) => `${statement};`),
    '',
    ...batches(MERGE_DOCUMENTS, snapshot.documents as unknown as CypherValue[]),
    ...batches(MERGE_ACTORS, snapshot.actors as unknown as CypherValue[]),
    ...batches(SCRIPT_MERGE_CLAIMS, snapshot.claims.map(claimRow)),
    ...(Object.keys(SCRIPT_MERGE_DERIVED_EDGES) as DerivedEdgeType[]).flatMap((type) =>
      batches(SCRIPT_MERGE_DERIVED_EDGES[type], edgesOf(type)),
    ),
  ];
  return [{ name: 'graph.cypher', content: `${lines.join('\n')}\n` }];
}
