// Everything behind one edge: each claim with its evidence sentence, the actor names in it and its document.
import type { ClaimNode } from '../graph/model.js';
import { matchingClaims } from './filter.js';
import type { GraphIndex } from './graph-index.js';
import { documentSummary } from './documents.js';
import { edgeKey } from './edge-kind.js';
import { viewEdge, wholeEdge } from './graph-view.js';
import { claimHeading, edgeHeading } from './headings.js';
import { highlightSpans } from './highlight.js';
import type { ActorRef, EdgeDetail, EdgeKind, EvidenceClaim, ViewFilter } from './types.js';

function actorRef(index: GraphIndex, id: string | null): ActorRef | null {
  const actor = id === null ? undefined : index.actors.get(id);
  return actor ? { id: actor.id, name: actor.name } : null;
}

function evidenceClaim(index: GraphIndex, claim: ClaimNode): EvidenceClaim | null {
  const doc = index.documents.get(claim.documentId);
  if (!doc) return null;
  const names = [claim.claimant, claim.subject, claim.object].flatMap((id) => {
    const actor = id === null ? undefined : index.actors.get(id);
    return actor ? [actor.name, ...actor.aliases] : [];
  });
  const roles = {
    kind: claim.kind,
    act: claim.act,
    claimant: actorRef(index, claim.claimant),
    subject: actorRef(index, claim.subject),
    object: actorRef(index, claim.object),
  };
  return {
    id: claim.id,
    ...roles,
    predicate: claim.predicate,
    rule: claim.rule,
    certainty: claim.certainty ?? null,
    text: claim.text,
    marks: highlightSpans(claim.text, names),
    document: documentSummary(index, doc),
    heading: claimHeading(roles),
  };
}

/** The edge's claims that pass the filter, oldest document first; null for an unknown edge. */
export function edgeDetail(
  index: GraphIndex,
  source: string,
  target: string,
  kind: EdgeKind,
  filter: ViewFilter = {},
): EdgeDetail | null {
  const indexed = index.edges.get(edgeKey(kind, source, target));
  const from = actorRef(index, source);
  const to = actorRef(index, target);
  if (!indexed || !from || !to) return null;
  // An edge whose claims are all filtered out still answers, with none listed.
  const edge = viewEdge(index, indexed, filter) ?? { ...wholeEdge(indexed), count: 0 };
  const claims = matchingClaims(index, indexed, filter)
    .map((claim) => evidenceClaim(index, claim))
    .filter((claim): claim is EvidenceClaim => claim !== null)
    .sort(
      (a, b) =>
        (a.document.date ?? '9999').localeCompare(b.document.date ?? '9999') || a.id.localeCompare(b.id),
    );
  return { edge, heading: edgeHeading(kind, from.name, to.name), source: from, target: to, claims };
}
