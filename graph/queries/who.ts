// Who accused whom: one row per (accuser, accused) pair of accusation claims, read off the derived
// ACCUSED edges; only when a target or date filter is given are the edges' claims looked at one by one.
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../core/calendar-date.js';
import { UsageError } from '../../core/errors.js';
import { CERTAINTY_LEVELS, type Certainty } from '../../core/types.js';
import { dateRange } from '../build.js';
import {
  actorKey,
  forEachDerivedEdge,
  type ActorAttributes,
  type ClaimAttributes,
  type DerivedEdgeAttributes,
  type EdgeAttributes,
  type NodeAttributes,
} from '../graph-types.js';
import type { GraphSnapshot, WhoFilter, WhoRow } from '../model.js';
import { resolveActor } from '../resolve-name.js';
import { EmbeddedStore } from '../store.js';

export function checkDate(flag: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError('graph', `${flag} must be ${CALENDAR_DATE_RULE}, got "${value}"`);
  }
}

/** The certainty levels at least as sure as `least`. */
export function certaintiesFrom(least: Certainty): Certainty[] {
  if (!CERTAINTY_LEVELS.includes(least)) {
    throw new UsageError('graph', `certainty must be one of ${CERTAINTY_LEVELS.join(', ')}, got "${least}"`);
  }
  return CERTAINTY_LEVELS.slice(CERTAINTY_LEVELS.indexOf(least));
}

export function asStore(source: EmbeddedStore | GraphSnapshot): EmbeddedStore {
  return source instanceof EmbeddedStore ? source : EmbeddedStore.fromSnapshot(source);
}

export function who(source: EmbeddedStore | GraphSnapshot, filter: WhoFilter = {}): WhoRow[] {
  checkDate('since', filter.since);
  checkDate('until', filter.until);
  const store = asStore(source);
  const accuser = filter.accuser === undefined ? null : resolveActor(store, filter.accuser).id;
  const accused = filter.accused === undefined ? null : resolveActor(store, filter.accused).id;
  const target = filter.target === undefined ? null : resolveActor(store, filter.target).id;
  const { since, until } = filter;
  const undatedPass = filter.undated === 'include';
  const certainties = filter.certainty === undefined ? null : certaintiesFrom(filter.certainty);
  const looksAtClaims = target !== null || since !== undefined || until !== undefined || certainties !== null;
  const claimMatches = (claim: ClaimAttributes): boolean =>
    (target === null || claim.object === target) &&
    (certainties === null || (claim.certainty !== undefined && certainties.includes(claim.certainty))) &&
    (since === undefined || (claim.date === null ? undatedPass : claim.date >= since)) &&
    (until === undefined || (claim.date === null ? undatedPass : claim.date <= until));

  const rows: WhoRow[] = [];
  forEachAccusedEdge(store, accuser, accused, (edge, from, to) => {
    if ((accuser !== null && from.id !== accuser) || (accused !== null && to.id !== accused)) return;
    const claims = looksAtClaims ? edge.claims.filter(claimMatches) : edge.claims;
    if (claims.length === 0) return;
    const { first, last } = looksAtClaims
      ? dateRange(claims)
      : { first: edge.firstDate, last: edge.lastDate };
    const evidence = claims[0]!;
    rows.push({
      accuserId: from.id,
      accuser: from.name,
      accusedId: to.id,
      accused: to.name,
      claims: claims.length,
      firstDate: first,
      lastDate: last,
      evidence: evidence.text,
      certainty: evidence.certainty ?? null,
      claimId: evidence.id,
      documentId: evidence.documentId,
    });
  });
  return rows.sort(compareRows);
}

type EdgeVisitor = (edge: DerivedEdgeAttributes, source: ActorAttributes, target: ActorAttributes) => void;

/** Visits the ACCUSED edges worth looking at: those at a named accused or accuser, else every one. */
function forEachAccusedEdge(
  store: EmbeddedStore,
  accuser: string | null,
  accused: string | null,
  visit: EdgeVisitor,
): void {
  const { graph } = store;
  const ifAccused = (
    _key: string,
    edge: EdgeAttributes,
    _s: string,
    _t: string,
    source: NodeAttributes,
    target: NodeAttributes,
  ): void => {
    if (edge.type === 'ACCUSED')
      visit(edge as DerivedEdgeAttributes, source as ActorAttributes, target as ActorAttributes);
  };
  if (accused !== null) graph.forEachInEdge(actorKey(accused), ifAccused);
  else if (accuser !== null) graph.forEachOutEdge(actorKey(accuser), ifAccused);
  else {
    forEachDerivedEdge(graph, (_key, edge, source, target) => {
      if (edge.type === 'ACCUSED') visit(edge, source, target);
    });
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order fixed by WhoRow's contract; ids break the remaining ties so output is stable. */
export function compareRows(a: WhoRow, b: WhoRow): number {
  return (
    b.claims - a.claims ||
    compareText(a.accuser, b.accuser) ||
    compareText(a.accused, b.accused) ||
    compareText(a.accuserId, b.accuserId) ||
    compareText(a.accusedId, b.accusedId)
  );
}
