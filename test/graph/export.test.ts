import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, test } from 'vitest';
import { EXPORT_WRITERS, type ExportFile } from '../../graph/export/index.js';
import {
  MERGE_ACTORS,
  SCRIPT_MERGE_CLAIMS,
  SCRIPT_MERGE_DERIVED_EDGES,
  MERGE_DOCUMENTS,
  CONSTRAINTS,
} from '../../graph/neo4j/statements.js';
import { cypherListToJson, readCypherScript } from './cypher-script.js';
import { HOSTILE, HOSTILE_EVIDENCE, hostileSnapshot } from './hostile.js';

const only = (files: ExportFile[]): string => {
  expect(files).toHaveLength(1);
  return files[0]!.content;
};
const XML_SAFE = (text: string) => text.replace(String.fromCharCode(7), '');

describe('export formats parse back', () => {
  const snapshot = hostileSnapshot();
  const claimEdges = snapshot.claims.reduce(
    (n, c) => n + 1 + [c.claimant, c.subject, c.object].filter((id) => id !== null).length,
    0,
  );

  test('json is the snapshot', async () => {
    expect(JSON.parse(only(await EXPORT_WRITERS.json!(snapshot)))).toEqual(snapshot);
  });

  for (const [format, parse] of [
    ['graphml', parseGraphml],
    ['gexf', parseGexf],
  ] as const) {
    test(`${format} reads back with graphology's ${format} parser`, async () => {
      const graph = parse(MultiDirectedGraph, only(await EXPORT_WRITERS[format]!(snapshot)));
      expect(graph.order).toBe(snapshot.actors.length + snapshot.claims.length + snapshot.documents.length);
      expect(graph.size).toBe(snapshot.edges.length + claimEdges);
      expect(graph.getNodeAttributes('actor:hostile')).toMatchObject({
        labels: 'Actor',
        name: XML_SAFE(HOSTILE),
        type: 'organization',
      });
      expect(JSON.parse(graph.getNodeAttribute('actor:hostile', 'aliases') as string)).toEqual(['a;b', 'c']);
      const claim = snapshot.claims.find((c) => c.claimant === 'hostile')!;
      expect(graph.getNodeAttributes(`claim:${claim.id}`)).toMatchObject({
        labels: 'Claim',
        text: HOSTILE_EVIDENCE,
        start: 0,
        kind: 'accusation',
      });
      const edge = snapshot.edges.find(
        (e) => e.type === 'ACCUSED' && e.source === 'bcerc' && e.target === 'oro',
      )!;
      const key = JSON.stringify(['ACCUSED', 'bcerc', 'oro']);
      expect(graph.source(key)).toBe('actor:bcerc');
      expect(graph.getEdgeAttributes(key)).toMatchObject({
        label: 'ACCUSED',
        count: edge.count,
        firstDate: edge.firstDate,
      });
      expect(JSON.parse(graph.getEdgeAttribute(key, 'claimIds') as string)).toEqual(edge.claimIds);
    });
  }

  test('csv files follow the neo4j-admin import layout and hold every row', async () => {
    const written = await EXPORT_WRITERS.csv!(snapshot);
    const script = written.find((file) => file.name === 'import.sh')!.content;
    const files = new Map(
      written
        .filter((file) => file.name.endsWith('.csv'))
        .map((file) => [file.name, parseCsv(file.content) as string[][]]),
    );
    expect([...files.keys()].sort()).toEqual([
      'actor-actor.csv',
      'actors.csv',
      'claim-actor.csv',
      'claim-document.csv',
      'claims.csv',
      'documents.csv',
    ]);
    for (const name of files.keys()) expect(script).toContain(`${name} `);
    const actors = files.get('actors.csv')!;
    expect(actors[0]).toEqual(['id:ID(Actor)', 'name', 'type', 'aliases:string[]', 'country']);
    expect(actors.slice(1)).toContainEqual(['hostile', HOSTILE, 'organization', 'a,b;c', 'Borduria']);
    const claims = files.get('claims.csv')!;
    expect(claims.length - 1).toBe(snapshot.claims.length);
    expect(claims.find((row) => row[4] === HOSTILE_EVIDENCE)).toBeDefined();
    expect(files.get('claim-actor.csv')!.length - 1 + files.get('claim-document.csv')!.length - 1).toBe(
      claimEdges,
    );
    const derived = files.get('actor-actor.csv')!;
    expect(derived[0]).toEqual([
      ':START_ID(Actor)',
      ':END_ID(Actor)',
      ':TYPE',
      'count:int',
      'firstDate',
      'lastDate',
      'claimIds:string[]',
    ]);
    expect(
      derived.slice(1).map((row) => [row[0], row[1], row[2], Number(row[3]), row[6]!.split(';')]),
    ).toEqual(snapshot.edges.map((e) => [e.source, e.target, e.type, e.count, e.claimIds]));
  });

  test('the cypher script carries data only as :param values and runs the known statements over them', async () => {
    const script = only(await EXPORT_WRITERS.cypher!(snapshot));
    const known = new Set(
      [
        MERGE_DOCUMENTS,
        MERGE_ACTORS,
        SCRIPT_MERGE_CLAIMS,
        ...Object.values(SCRIPT_MERGE_DERIVED_EDGES),
        ...Object.values(CONSTRAINTS).map((c) => c.statement),
      ].map((statement) => `${statement.trim()};`),
    );
    const { statements, batches } = readCypherScript(script);
    const params = batches.map((batch) => cypherListToJson(batch.rows));
    for (const statement of statements) expect(known.has(statement)).toBe(true);
    const rows = params.flat() as Record<string, unknown>[];
    expect(rows).toContainEqual(
      expect.objectContaining({ id: 'hostile', name: HOSTILE, aliases: ['a;b', 'c'] }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        claimant: 'hostile',
        props: expect.objectContaining({ text: HOSTILE_EVIDENCE }),
      }),
    );
    expect(rows.length).toBe(
      snapshot.actors.length + snapshot.documents.length + snapshot.claims.length + snapshot.edges.length,
    );
  });
});
