// A human-readable view: per document, a heading, an actors table and a claims table, each fitted
// to the terminal (long cells wrap) and cut to `limit` rows with a note saying how many were cut.
import type { Actor, Claim, Extraction } from '../../core/types.js';
import { forTerminal } from '../../core/terminal-text.js';
import { cutNote, fittedTable, outputWidth, type Column } from './fit-table.js';
import type { Printer, Write } from './printer-types.js';

const MAX_EVIDENCE = 240;
const MAX_CELL = 60;

const ACTOR_COLUMNS: Column[] = [
  { head: 'actor', min: 12 },
  { head: 'type', min: 7, noWrap: true },
  { head: 'country', min: 7 },
  { head: 'aliases', min: 10 },
  { head: 'mentions', min: 8, noWrap: true },
];
const CLAIM_COLUMNS: Column[] = [
  { head: 'kind', min: 6, noWrap: true },
  { head: 'who', min: 12 },
  { head: 'act', min: 8 },
  { head: 'certainty', min: 9, noWrap: true },
  { head: 'rule', min: 12 },
  { head: 'evidence', min: 20, weight: 3 },
];

export interface TableOptions {
  /** At most this many rows per table. */
  limit?: number;
}

export function tablePrinter(write: Write, options: TableOptions = {}): Printer {
  return {
    document: (extraction) => write(`${documentSection(extraction, options.limit ?? Infinity)}\n`),
    end: () => {},
  };
}

function documentSection({ document, actors, claims }: Extraction, limit: number): string {
  const width = outputWidth();
  const about = [document.date, document.publisher]
    .filter((v) => v !== null)
    .map((v) => forTerminal(v, MAX_CELL));
  const heading = [
    forTerminal(`== ${document.path}${about.length > 0 ? ` (${about.join(', ')})` : ''}`, width),
    document.title === null ? null : `   ${forTerminal(document.title, width - 3)}`,
  ].filter((line) => line !== null);
  return [...heading, actorsTable(actors, limit, width), claimsTable(claims, actors, limit, width), ''].join(
    '\n',
  );
}

function section(
  title: string,
  columns: Column[],
  rows: (string | number)[][],
  limit: number,
  width: number,
) {
  if (rows.length === 0) return `${title}: none`;
  const shown = rows.slice(0, limit);
  const note = cutNote(shown.length, rows.length, title.toLowerCase());
  return [
    `${title} (${rows.length})`,
    fittedTable(columns, shown, width),
    ...(note === null ? [] : [note]),
  ].join('\n');
}

function actorsTable(actors: Actor[], limit: number, width: number): string {
  const rows = actors.map((actor) => [
    forTerminal(actor.name, MAX_CELL),
    actor.type,
    forTerminal(actor.country ?? '', MAX_CELL),
    forTerminal(actor.aliases.join(', '), MAX_CELL * 2),
    actor.mentions.length,
  ]);
  return section('Actors', ACTOR_COLUMNS, rows, limit, width);
}

function claimsTable(claims: Claim[], actors: Actor[], limit: number, width: number): string {
  const names = new Map(actors.map((a) => [a.id, forTerminal(a.name, MAX_CELL)]));
  const nameOf = (id: string | null) => (id === null ? '?' : (names.get(id) ?? id));
  const rows = claims.map((claim) => {
    // claimant -> subject -> object, without the empty roles at the end (a denial or admission
    // has no subject; "?" marks an empty role between two filled ones).
    const filled = [claim.claimant, claim.subject, claim.object];
    while (filled.length > 1 && filled.at(-1) === null) filled.pop();
    return [
      claim.kind,
      filled.map(nameOf).join(' -> '),
      forTerminal(claim.act, MAX_CELL),
      claim.certainty ?? '',
      claim.rule,
      forTerminal(claim.evidence.text, MAX_EVIDENCE),
    ];
  });
  return section('Claims', CLAIM_COLUMNS, rows, limit, width);
}
