// Claims and edges in words, for the evidence panel and hover cards: "Norland accused Veyland (of the
// intrusion, against the ministry)", "Veyland denied Norland's accusation", "Tin Lynx claimed
// responsibility for the outage", "The bureau is part of Norland".
import type { ActorRef, EdgeKind } from './types.js';

export interface ClaimRoles {
  kind: EdgeKind;
  act: string;
  claimant: ActorRef | null;
  subject: ActorRef | null;
  object: ActorRef | null;
}

const UNNAMED = 'An unnamed source';

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

function details(parts: (string | null)[]): string {
  const kept = parts.filter((part): part is string => part !== null);
  return kept.length > 0 ? ` (${kept.join(', ')})` : '';
}

function nonEmpty(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function claimHeading({ kind, act, claimant, subject, object }: ClaimRoles): string {
  const what = nonEmpty(act);
  switch (kind) {
    case 'accusation':
      return (
        `${claimant?.name ?? UNNAMED} accused ${subject?.name ?? 'an unnamed actor'}` +
        details([what && `of ${what}`, object && `against ${object.name}`])
      );
    case 'denial':
      return (
        `${claimant?.name ?? UNNAMED} denied ` +
        (object ? `${possessive(object.name)} accusation` : 'an accusation') +
        details([what && `of ${what}`])
      );
    case 'admission':
      return (
        `${claimant?.name ?? UNNAMED} claimed responsibility for ${what ?? 'an operation'}` +
        details([object && `against ${object.name}`])
      );
    case 'affiliation':
      return `${subject?.name ?? 'An unnamed actor'} is part of ${object?.name ?? 'an unnamed body'}`;
  }
}

/** One edge, all its claims: source and target as the edge runs (see DerivedEdge in graph/model.ts). */
export function edgeHeading(kind: EdgeKind, source: string, target: string): string {
  switch (kind) {
    case 'accusation':
      return `${source} accused ${target}`;
    case 'denial':
      return `${source} denied ${possessive(target)} accusations`;
    case 'admission':
      return `${source} claimed responsibility for operations against ${target}`;
    case 'affiliation':
      return `${source} is part of ${target}`;
  }
}
