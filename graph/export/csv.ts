// CSV files in the layout of `neo4j-admin database import full`: typed headers with ID spaces per
// label, arrays joined by ';' (the tool's default --array-delimiter; a ';' inside an alias or claim id
// would split it, so it is replaced by ','), one relationship file per start/end ID space.
import { stringify } from 'csv-stringify/sync';
import type { GraphSnapshot } from '../model.js';
import type { ExportFile } from './types.js';

type Cell = string | number | null;

const array = (values: string[]): string => values.map((value) => value.replace(/;/g, ',')).join(';');

function csvFile(name: string, header: string[], rows: Cell[][]): ExportFile {
  return { name, content: stringify([header, ...rows]) };
}

/** The files of the export as `neo4j-admin database import full` takes them (the flag's last part is the file). */
export const NEO4J_ADMIN_IMPORT_FILES = [
  { flag: '--nodes=Actor=actors.csv', name: 'actors.csv' },
  { flag: '--nodes=Document=documents.csv', name: 'documents.csv' },
  { flag: '--nodes=Claim=claims.csv', name: 'claims.csv' },
  { flag: '--relationships=claim-actor.csv', name: 'claim-actor.csv' },
  { flag: '--relationships=IN=claim-document.csv', name: 'claim-document.csv' },
  { flag: '--relationships=actor-actor.csv', name: 'actor-actor.csv' },
] as const;

export const NEO4J_ADMIN_IMPORT = `neo4j-admin database import full ${NEO4J_ADMIN_IMPORT_FILES.map((f) => f.flag).join(' ')} neo4j`;

export function csvExport(snapshot: GraphSnapshot): ExportFile[] {
  const roles = snapshot.claims.flatMap((claim) =>
    (
      [
        ['CLAIMED_BY', claim.claimant],
        ['SUBJECT', claim.subject],
        ['OBJECT', claim.object],
      ] as const
    )
      .filter(([, actorId]) => actorId !== null)
      .map(([type, actorId]): Cell[] => [claim.id, actorId, type]),
  );
  return [
    csvFile(
      'actors.csv',
      ['id:ID(Actor)', 'name', 'type', 'aliases:string[]', 'country'],
      snapshot.actors.map((actor) => [actor.id, actor.name, actor.type, array(actor.aliases), actor.country]),
    ),
    csvFile(
      'documents.csv',
      ['id:ID(Document)', 'path', 'title', 'url', 'date', 'publisher', 'sha256'],
      snapshot.documents.map((doc) => [
        doc.id,
        doc.path,
        doc.title,
        doc.url,
        doc.date,
        doc.publisher,
        doc.sha256,
      ]),
    ),
    csvFile(
      'claims.csv',
      ['id:ID(Claim)', 'kind', 'predicate', 'act', 'text', 'start:int', 'end:int', 'rule', 'certainty'],
      snapshot.claims.map((claim) => [
        claim.id,
        claim.kind,
        claim.predicate,
        claim.act,
        claim.text,
        claim.start,
        claim.end,
        claim.rule,
        claim.certainty ?? null,
      ]),
    ),
    csvFile('claim-actor.csv', [':START_ID(Claim)', ':END_ID(Actor)', ':TYPE'], roles),
    csvFile(
      'claim-document.csv',
      [':START_ID(Claim)', ':END_ID(Document)'],
      snapshot.claims.map((claim) => [claim.id, claim.documentId]),
    ),
    csvFile(
      'actor-actor.csv',
      [
        ':START_ID(Actor)',
        ':END_ID(Actor)',
        ':TYPE',
        'count:int',
        'firstDate',
        'lastDate',
        'claimIds:string[]',
      ],
      snapshot.edges.map((edge) => [
        edge.source,
        edge.target,
        edge.type,
        edge.count,
        edge.firstDate,
        edge.lastDate,
        array(edge.claimIds),
      ]),
    ),
    {
      name: 'import.sh',
      content: `#!/bin/sh\n# Run in this folder, with Neo4j stopped, into an empty database.\n${NEO4J_ADMIN_IMPORT}\n`,
    },
  ];
}
