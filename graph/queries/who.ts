// Who accused whom: one row per (accuser, accused) pair of accusation claims, read off the derived
// ACCUSED edges (one row each in the store, ordered by an index); only when a target or date filter
// is given are the edges' claims looked at one by one.
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../core/calendar-date.js';
import { UsageError } from '../../core/errors.js';
import { CERTAINTY_LEVELS, type Certainty } from '../../core/types.js';
import type { GraphSnapshot, WhoFilter, WhoRow } from '../model.js';
import { resolveActor } from '../resolve-name.js';
import { EmbeddedStore } from '../store.js';

/** Which rows of the ordered result to return: `limit` rows after skipping `offset`. */
export interface WhoPage {
  limit?: number;
  offset?: number;
}

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

export function who(
  source: EmbeddedStore | GraphSnapshot,
  filter: WhoFilter = {},
  page: WhoPage = {},
): WhoRow[] {
  return whoPage(source, filter, page).rows;
}

/** One page of the rows, and how many rows there are in all (to say how many the page left out). */
export function whoPage(
  source: EmbeddedStore | GraphSnapshot,
  filter: WhoFilter = {},
  page: WhoPage = {},
): { rows: WhoRow[]; total: number } {
  checkDate('since', filter.since);
  checkDate('until', filter.until);
  const store = asStore(source);
  const accuser = filter.accuser === undefined ? null : resolveActor(store, filter.accuser).id;
  const accused = filter.accused === undefined ? null : resolveActor(store, filter.accused).id;
  const target = filter.target === undefined ? null : resolveActor(store, filter.target).id;
  const { since, until } = filter;
  const query: Query = { edge: ["e.type = 'ACCUSED'"], claim: ["c.edge_type = 'ACCUSED'"], params: {} };
  const where = (
    conditions: string[],
    condition: string,
    name: string,
    value: string | null | undefined,
  ): void => {
    if (value === null || value === undefined) return;
    conditions.push(condition);
    query.params[name] = value;
  };
  where(query.edge, 'e.source = @accuser', 'accuser', accuser);
  where(query.edge, 'e.target = @accused', 'accused', accused);
  const certainties = filter.certainty === undefined ? null : certaintiesFrom(filter.certainty);
  const looksAtClaims = target !== null || since !== undefined || until !== undefined || certainties !== null;
  if (!looksAtClaims) return { rows: edgeRows(store, query, page), total: edgeCount(store, query) };
  // Claims of undated documents pass a date filter only when asked to.
  const orUndated = filter.undated === 'include' ? ' OR c.date IS NULL' : '';
  where(query.claim, 'c.object = @target', 'target', target);
  where(query.claim, `(c.date >= @since${orUndated})`, 'since', since);
  where(query.claim, `(c.date <= @until${orUndated})`, 'until', until);
  if (certainties !== null) {
    certainties.forEach((level, index) => (query.params[`certainty${index}`] = level));
    query.claim.push(`c.certainty IN (${certainties.map((_, index) => `@certainty${index}`).join(', ')})`);
  }
  const rows = claimRows(store, query);
  return { rows: rows.slice(page.offset ?? 0, pageEnd(page)), total: rows.length };
}

/** SQL conditions on the derived edges (e) and on the claims (c), and their parameters. */
interface Query {
  edge: string[];
  claim: string[];
  params: Record<string, string>;
}

const pageEnd = ({ limit, offset = 0 }: WhoPage): number | undefined =>
  limit === undefined ? undefined : offset + limit;

/** Rows straight from the edges, ordered and paged by SQLite (the `*_order` columns sort like
 * JavaScript, see store-schema.ts), so a first page needs no look at the other edges' claims. */
function edgeRows(store: EmbeddedStore, { edge, params }: Query, page: WhoPage): WhoRow[] {
  // Over every pair, the index on count gives the rows in count order, so only ties are sorted and
  // a first page stops early; with an actor named, its few edges are found by that actor instead.
  // (`+e.count` keeps SQLite from walking the count index there and filtering every edge.)
  const everyPair = edge.length === 1;
  const edges = everyPair ? 'edges e INDEXED BY edges_count' : 'edges e';
  const count = everyPair ? 'e.count' : '+e.count';
  const sql = `
    SELECT e.source AS accuserId, a.name AS accuser, e.target AS accusedId, b.name AS accused,
      e.count AS claims, e.first_date AS firstDate, e.last_date AS lastDate, c.text AS evidence,
      c.certainty AS certainty, e.evidence_id AS claimId, c.document_id AS documentId
    FROM ${edges}
      JOIN actors a ON a.id = e.source JOIN actors b ON b.id = e.target JOIN claims c ON c.id = e.evidence_id
    WHERE ${edge.join(' AND ')}
    ORDER BY ${count} DESC, a.name_order, b.name_order, a.id_order, b.id_order
    LIMIT @limit OFFSET @offset`;
  return store.db
    .prepare(sql)
    .all({ ...params, limit: page.limit ?? -1, offset: page.offset ?? 0 }) as WhoRow[];
}

function edgeCount(store: EmbeddedStore, { edge, params }: Query): number {
  const sql = `SELECT count(*) AS n FROM edges e WHERE ${edge.join(' AND ')}`;
  return (store.db.prepare(sql).get(params) as { n: number }).n;
}

interface MatchingClaim {
  source: string;
  target: string;
  id: string;
  id_order: Buffer;
  date: string | null;
  text: string;
  certainty: Certainty | null;
  document_id: string;
}

/** Rows summarising the claims that pass the filters, grouped by (accuser, accused). */
function claimRows(store: EmbeddedStore, { edge, claim, params }: Query): WhoRow[] {
  // With an actor named, its edges come first (CROSS JOIN fixes that order) and each edge's claims
  // are found through the claims_edge index; otherwise the claims are read directly.
  const byActor = edge.length > 1;
  const from = byActor
    ? `edges e CROSS JOIN claims c
         ON c.edge_type = e.type AND c.edge_source = e.source AND c.edge_target = e.target`
    : 'claims c';
  const sql = `
    SELECT c.edge_source AS source, c.edge_target AS target, c.id, c.id_order, c.date, c.text, c.certainty, c.document_id
    FROM ${from}
    WHERE ${[...(byActor ? edge : []), ...claim].join(' AND ')}`;
  const groups = new Map<string, { row: WhoRow; evidenceOrder: Buffer }>();
  const nameOf = actorNames(store);
  for (const claim of store.db.prepare(sql).iterate(params) as IterableIterator<MatchingClaim>) {
    const key = JSON.stringify([claim.source, claim.target]);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, {
        row: {
          accuserId: claim.source,
          accuser: nameOf(claim.source),
          accusedId: claim.target,
          accused: nameOf(claim.target),
          claims: 1,
          firstDate: claim.date,
          lastDate: claim.date,
          evidence: claim.text,
          certainty: claim.certainty,
          claimId: claim.id,
          documentId: claim.document_id,
        },
        evidenceOrder: claim.id_order,
      });
      continue;
    }
    const { row } = group;
    row.claims += 1;
    if (claim.date !== null) {
      if (row.firstDate === null || claim.date < row.firstDate) row.firstDate = claim.date;
      if (row.lastDate === null || claim.date > row.lastDate) row.lastDate = claim.date;
    }
    if (Buffer.compare(claim.id_order, group.evidenceOrder) < 0) {
      Object.assign(row, {
        evidence: claim.text,
        certainty: claim.certainty,
        claimId: claim.id,
        documentId: claim.document_id,
      });
      group.evidenceOrder = claim.id_order;
    }
  }
  return [...groups.values()].map((group) => group.row).sort(compareRows);
}

/** Actor names by id, each looked up once. */
function actorNames(store: EmbeddedStore): (id: string) => string {
  const statement = store.db.prepare('SELECT name FROM actors WHERE id = ?');
  const names = new Map<string, string>();
  return (id) => {
    let name = names.get(id);
    if (name === undefined) {
      name = (statement.get(id) as { name: string }).name;
      names.set(id, name);
    }
    return name;
  };
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
