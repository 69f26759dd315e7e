// A human-readable view: per document, a heading, an actors table and a claims table.
import Table from 'cli-table3';
import type { Actor, Claim, Extraction } from '../../core/types.js';
import type { Printer, Write } from './printer-types.js';
import { forTerminal } from '../../core/terminal-text.js';

const MAX_EVIDENCE = 90;
const MAX_ACT = 40;
const MAX_CELL = 60;
// No colours (output is often piped) and no rule between rows, only under the heading.
const TABLE_STYLE = {
  style: { head: [], border: [] },
  chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
};

export function tablePrinter(write: Write): Printer {
  return {
    document: (extraction) => write(`${documentSection(extraction)}\n`),
    end: () => {},
  };
}

function documentSection({ document, actors, claims }: Extraction): string {
  const about = [document.date, document.publisher]
    .filter((v) => v !== null)
    .map((v) => forTerminal(v, MAX_CELL));
  const heading = [
    `== ${forTerminal(document.path)}${about.length > 0 ? ` (${about.join(', ')})` : ''}`,
    document.title === null ? null : `   ${forTerminal(document.title, 120)}`,
  ].filter((line) => line !== null);
  return [...heading, actorsTable(actors), claimsTable(claims, actors), ''].join('\n');
}

function actorsTable(actors: Actor[]): string {
  if (actors.length === 0) return 'Actors: none';
  const table = new Table({
    head: ['actor', 'type', 'country', 'aliases', 'mentions'],
    ...TABLE_STYLE,
  });
  for (const actor of actors) {
    table.push([
      forTerminal(actor.name, MAX_CELL),
      actor.type,
      forTerminal(actor.country ?? '', MAX_CELL),
      forTerminal(actor.aliases.join(', '), MAX_CELL),
      actor.mentions.length,
    ]);
  }
  return `Actors (${actors.length})\n${table.toString()}`;
}

function claimsTable(claims: Claim[], actors: Actor[]): string {
  if (claims.length === 0) return 'Claims: none';
  const names = new Map(actors.map((a) => [a.id, forTerminal(a.name, MAX_CELL)]));
  const nameOf = (id: string | null) => (id === null ? '?' : (names.get(id) ?? id));
  const table = new Table({
    head: ['kind', 'who', 'act', 'rule', 'evidence'],
    ...TABLE_STYLE,
  });
  for (const claim of claims) {
    // claimant -> subject -> object, without the empty roles at the end (a denial or admission
    // has no subject; "?" marks an empty role between two filled ones).
    const filled = [claim.claimant, claim.subject, claim.object];
    while (filled.length > 1 && filled.at(-1) === null) filled.pop();
    const roles = filled.map(nameOf);
    table.push([
      claim.kind,
      roles.join(' -> '),
      forTerminal(claim.act, MAX_ACT),
      claim.rule,
      forTerminal(claim.evidence.text, MAX_EVIDENCE),
    ]);
  }
  return `Claims (${claims.length})\n${table.toString()}`;
}
