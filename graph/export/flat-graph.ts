// The graph model as a flat graphology graph for the XML formats (GEXF, GraphML), which know only
// scalar attribute values: lists become JSON strings, nulls are left out, and characters XML 1.0
// cannot carry (control characters from documents) are dropped.
import { MultiDirectedGraph } from 'graphology';
import { actorKey, claimKey, derivedEdgeKey, documentKey } from '../graph-types.js';
import type { GraphSnapshot } from '../model.js';

export type FlatValue = string | number;
export type FlatAttributes = Record<string, FlatValue>;

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function flatten(record: object): FlatAttributes {
  const flat: FlatAttributes = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') flat[name] = value;
    else flat[name] = (typeof value === 'string' ? value : JSON.stringify(value)).replace(NOT_XML_CHAR, '');
  }
  return flat;
}

/** `labels` is the model label (as Neo4j's GraphML export names it); `label` is what Gephi shows. */
export function flatGraph(snapshot: GraphSnapshot): MultiDirectedGraph<FlatAttributes, FlatAttributes> {
  const graph = new MultiDirectedGraph<FlatAttributes, FlatAttributes>({ allowSelfLoops: true });
  for (const actor of snapshot.actors)
    graph.addNode(actorKey(actor.id), flatten({ labels: 'Actor', label: actor.name, ...actor }));
  for (const document of snapshot.documents) {
    graph.addNode(
      documentKey(document.id),
      flatten({ labels: 'Document', label: document.title ?? document.path, ...document }),
    );
  }
  for (const claim of snapshot.claims) {
    const { documentId, claimant, subject, object, ...properties } = claim;
    const key = claimKey(claim.id);
    graph.addNode(
      key,
      flatten({ labels: 'Claim', label: `${claim.kind}: ${claim.predicate}`, ...properties }),
    );
    graph.addDirectedEdgeWithKey(`IN:${claim.id}`, key, documentKey(documentId), { label: 'IN' });
    const roles = { CLAIMED_BY: claimant, SUBJECT: subject, OBJECT: object };
    for (const [type, actorId] of Object.entries(roles)) {
      if (actorId !== null)
        graph.addDirectedEdgeWithKey(`${type}:${claim.id}`, key, actorKey(actorId), { label: type });
    }
  }
  for (const { type, source, target, ...summary } of snapshot.edges) {
    graph.addDirectedEdgeWithKey(
      derivedEdgeKey(type, source, target),
      actorKey(source),
      actorKey(target),
      flatten({ label: type, ...summary }),
    );
  }
  return graph;
}
