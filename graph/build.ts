// Building the graph from extractions. Derived actor-to-actor edges (ACCUSED, DENIED, PART_OF) are
// updated from the claims each time one is added or removed, so they always summarise exactly the
// stored claims: count = number of claims, first/last date over the claims' document dates.
import { ClaimgraphError } from '../core/errors.js';
import type { Actor, Claim, Extraction } from '../core/types.js';
import type { ClaimNode, DerivedEdgeType, DocumentNode } from './model.js';
import {
  actorKey,
  claimKey,
  derivedEdgeKey,
  documentKey,
  type ActorAttributes,
  type ClaimAttributes,
  type ClaimGraph,
  type DerivedEdgeAttributes,
  type DocumentAttributes,
} from './graph-types.js';

/** Gives the stable canonical name of a graph-wide actor id (the lexicon's), when it knows one. */
export type CanonicalName = (actorId: string) => string | undefined;

export interface MergeOptions {
  canonicalName?: CanonicalName;
}

/** Claim ids from the extraction are only promised unique within their document. */
export const graphClaimId = (documentId: string, claimId: string): string => `${documentId}:${claimId}`;

/** Adds one document's actors and claims. The document must not be in the graph yet. */
export function mergeExtraction(graph: ClaimGraph, extraction: Extraction, options: MergeOptions = {}): void {
  const { document } = extraction;
  if (graph.hasNode(documentKey(document.id))) {
    throw new ClaimgraphError('graph', `document ${document.id} (${document.path}) is already in the graph`);
  }
  const listed = new Set(extraction.actors.map((actor) => actor.id));
  for (const claim of extraction.claims) {
    for (const role of [claim.claimant, claim.subject, claim.object]) {
      if (role !== null && !listed.has(role)) {
        throw new ClaimgraphError(
          'graph',
          `${document.path}: claim ${claim.id} names actor "${role}" missing from its actors`,
        );
      }
    }
  }
  // The graph keeps the document's date, not where it was read (that stays in the extraction).
  const { id, path, title, url, date, publisher, sha256 } = document;
  addDocument(graph, { id, path, title, url, date, publisher, sha256 }, [...listed]);
  const counted = new Set<string>();
  for (const actor of extraction.actors) {
    upsertActor(graph, actor, options.canonicalName, !counted.has(actor.id));
    counted.add(actor.id);
  }
  for (const claim of extraction.claims) addClaim(graph, claimNodeOf(claim, document.id));
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

/** Adds a document node; `actorIds` are the actors its extraction listed (each counted once). */
export function addDocument(graph: ClaimGraph, document: DocumentNode, actorIds: string[]): void {
  const attributes: DocumentAttributes = { label: 'Document', ...document, actorIds };
  graph.addNode(documentKey(document.id), attributes);
}

/** The same id from another document merges into one node: aliases are united, the lexicon's name
 * wins, otherwise the first name seen stays and later different names become aliases.
 * `newDocument` is false when the same document lists the actor twice. */
export function upsertActor(
  graph: ClaimGraph,
  actor: Omit<Actor, 'mentions'>,
  canonicalName: CanonicalName | undefined,
  newDocument: boolean,
): void {
  const key = actorKey(actor.id);
  const canonical = canonicalName?.(actor.id);
  if (!graph.hasNode(key)) {
    const name = canonical ?? actor.name;
    const attributes: ActorAttributes = {
      label: 'Actor',
      id: actor.id,
      name,
      type: actor.type,
      aliases: mergeAliases(name, [], [actor.name, ...actor.aliases]),
      country: actor.country,
      documentCount: 1,
    };
    graph.addNode(key, attributes);
    return;
  }
  const existing = graph.getNodeAttributes(key) as ActorAttributes;
  const name = canonical ?? existing.name;
  graph.mergeNodeAttributes(key, {
    name,
    aliases: mergeAliases(name, existing.aliases, [existing.name, actor.name, ...actor.aliases]),
    country: existing.country ?? actor.country,
    documentCount: existing.documentCount + (newDocument ? 1 : 0),
  });
}

/** Union of aliases, first-seen order, without the name itself or case-insensitive repeats. */
function mergeAliases(name: string, current: string[], incoming: string[]): string[] {
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

/** Adds a claim node with its IN edge to its document, and folds it into its derived edge. */
export function addClaim(graph: ClaimGraph, claim: ClaimNode): void {
  const key = claimKey(claim.id);
  if (graph.hasNode(key)) throw new ClaimgraphError('graph', `claim ${claim.id} is already in the graph`);
  const attributes: ClaimAttributes = {
    label: 'Claim',
    ...claim,
    date: documentDate(graph, claim.documentId),
  };
  graph.addNode(key, attributes);
  graph.addDirectedEdge(key, documentKey(claim.documentId), { type: 'IN' });
  const derived = derivedEndpoints(claim);
  if (derived) addToDerivedEdge(graph, derived, attributes);
}

interface DerivedEndpoints {
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

function documentDate(graph: ClaimGraph, documentId: string): string | null {
  return (graph.getNodeAttributes(documentKey(documentId)) as DocumentAttributes).date;
}

function addToDerivedEdge(
  graph: ClaimGraph,
  { type, source, target }: DerivedEndpoints,
  claim: ClaimAttributes,
): void {
  const key = derivedEdgeKey(type, source, target);
  const { date } = claim;
  if (!graph.hasEdge(key)) {
    const attributes: DerivedEdgeAttributes = {
      type,
      count: 1,
      firstDate: date,
      lastDate: date,
      claims: [claim],
    };
    graph.addDirectedEdgeWithKey(key, actorKey(source), actorKey(target), attributes);
    return;
  }
  const edge = graph.getEdgeAttributes(key) as DerivedEdgeAttributes;
  insertSorted(edge.claims, claim);
  edge.count = edge.claims.length;
  if (date !== null) {
    if (edge.firstDate === null || date < edge.firstDate) edge.firstDate = date;
    if (edge.lastDate === null || date > edge.lastDate) edge.lastDate = date;
  }
}

/** Keeps claims sorted by id; appending is the common case. */
function insertSorted(sorted: ClaimAttributes[], claim: ClaimAttributes): void {
  if (sorted.length === 0 || sorted[sorted.length - 1]!.id < claim.id) {
    sorted.push(claim);
    return;
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.id < claim.id) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, claim);
}

/** Removes a document with its claims, recomputes the derived edges those claims fed, and drops
 * actors that no remaining document mentions. */
export function removeDocument(graph: ClaimGraph, documentId: string): void {
  const docKey = documentKey(documentId);
  const document = graph.getNodeAttributes(docKey) as DocumentAttributes;
  const touched = new Set<string>();
  const removed = new Set<ClaimAttributes>();
  for (const claimNodeKey of graph.inNeighbors(docKey)) {
    const claim = graph.getNodeAttributes(claimNodeKey) as ClaimAttributes;
    const derived = derivedEndpoints(claim);
    if (derived) touched.add(derivedEdgeKey(derived.type, derived.source, derived.target));
    removed.add(claim);
    graph.dropNode(claimNodeKey);
  }
  graph.dropNode(docKey);
  for (const edgeKey of touched) recomputeDerivedEdge(graph, edgeKey, removed);
  for (const actorId of document.actorIds) {
    const key = actorKey(actorId);
    const actor = graph.getNodeAttributes(key) as ActorAttributes;
    if (actor.documentCount <= 1) graph.dropNode(key);
    else actor.documentCount -= 1;
  }
}

function recomputeDerivedEdge(graph: ClaimGraph, edgeKey: string, removed: Set<ClaimAttributes>): void {
  const edge = graph.getEdgeAttributes(edgeKey) as DerivedEdgeAttributes;
  const remaining = edge.claims.filter((claim) => !removed.has(claim));
  if (remaining.length === 0) {
    graph.dropEdge(edgeKey);
    return;
  }
  const { first, last } = dateRange(remaining);
  graph.replaceEdgeAttributes(edgeKey, {
    type: edge.type,
    count: remaining.length,
    firstDate: first,
    lastDate: last,
    claims: remaining,
  });
}

/** Earliest and latest known date of some claims (null when none is dated). */
export function dateRange(claims: readonly ClaimAttributes[]): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of claims) {
    if (date === null) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { first, last };
}
