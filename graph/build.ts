// The rules that turn extractions into the graph model, independent of where the graph is kept:
// graph-wide claim ids, which derived edge a claim feeds, how actors seen in several documents merge.
// Derived actor-to-actor edges (ACCUSED, DENIED, PART_OF) summarise exactly the stored claims:
// count = number of claims, first/last date over the claims' document dates.
import { ClaimgraphError } from '../core/errors.js';
import type { Claim, Extraction } from '../core/types.js';
import type { ClaimNode, DerivedEdgeType } from './model.js';

/** Gives the stable canonical name of a graph-wide actor id (the lexicon's), when it knows one. */
export type CanonicalName = (actorId: string) => string | undefined;

/** Claim ids from the extraction are only promised unique within their document. */
export const graphClaimId = (documentId: string, claimId: string): string => `${documentId}:${claimId}`;

/** Refuses an extraction whose claims name actors it does not list. */
export function checkExtraction({ document, actors, claims }: Extraction): void {
  const listed = new Set(actors.map((actor) => actor.id));
  for (const claim of claims) {
    for (const role of [claim.claimant, claim.subject, claim.object]) {
      if (role !== null && !listed.has(role)) {
        throw new ClaimgraphError(
          'graph',
          `${document.path}: claim ${claim.id} names actor "${role}" missing from its actors`,
        );
      }
    }
  }
}

export function claimNodeOf(claim: Claim, documentId: string): ClaimNode {
  return {
    id: graphClaimId(documentId, claim.id),
    kind: claim.kind,
    predicate: claim.predicate,
    act: claim.act,
    text: claim.evidence.text,
    start: claim.evidence.start,
    end: claim.evidence.end,
    rule: claim.rule,
    ...(claim.certainty === undefined ? {} : { certainty: claim.certainty }),
    documentId,
    claimant: claim.claimant,
    subject: claim.subject,
    object: claim.object,
  };
}

export interface DerivedEndpoints {
  type: DerivedEdgeType;
  source: string;
  target: string;
}

/** Which derived edge a claim feeds, if any (see DerivedEdge in model.ts). */
export function derivedEndpoints(
  claim: Pick<ClaimNode, 'kind' | 'claimant' | 'subject' | 'object'>,
): DerivedEndpoints | null {
  const pair = (
    type: DerivedEdgeType,
    source: string | null,
    target: string | null,
  ): DerivedEndpoints | null => (source !== null && target !== null ? { type, source, target } : null);
  switch (claim.kind) {
    case 'accusation':
      return pair('ACCUSED', claim.claimant, claim.subject);
    case 'denial':
      return pair('DENIED', claim.claimant, claim.object);
    case 'affiliation':
      return pair('PART_OF', claim.subject, claim.object);
    case 'admission':
      return null;
  }
}

/** Union of aliases, first-seen order, without the name itself or case-insensitive repeats. */
export function mergeAliases(name: string, current: string[], incoming: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const merged: string[] = [];
  for (const alias of [...current, ...incoming]) {
    const folded = alias.toLowerCase();
    if (alias.trim() === '' || seen.has(folded)) continue;
    seen.add(folded);
    merged.push(alias);
  }
  return merged;
}

/** Earliest and latest known date of some claims (null when none is dated). */
export function dateRange(claims: readonly { date: string | null }[]): {
  first: string | null;
  last: string | null;
} {
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of claims) {
    if (date === null) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { first, last };
}
