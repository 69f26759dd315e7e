// A synthetic graph of a given size, deterministic, for checking the viewer at thousands of nodes.
import type { ActorNode, ClaimNode, DerivedEdge, DocumentNode, GraphSnapshot } from '../graph/model.js';
import { ACTOR_TYPES } from '../core/types.js';

const TYPE_OF_KIND = { accusation: 'ACCUSED', denial: 'DENIED', affiliation: 'PART_OF' } as const;
const KINDS = ['accusation', 'accusation', 'accusation', 'denial', 'affiliation'] as const;

export function syntheticGraph(actorCount: number, edgesPerActor: number): GraphSnapshot {
  let state = 7;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const documents: DocumentNode[] = Array.from({ length: 50 }, (_, i) => ({
    id: `doc-${i}`,
    path: `synthetic/${i}.txt`,
    title: `Synthetic report ${i}`,
    url: `https://example.org/${i}`,
    date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    publisher: 'Synthetic',
    sha256: `sha-${i}`,
  }));
  const actors: ActorNode[] = Array.from({ length: actorCount }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    type: ACTOR_TYPES[i % ACTOR_TYPES.length] ?? 'organization',
    aliases: [`A${i}`],
    country: `Country ${i % 40}`,
  }));
  const claims: ClaimNode[] = [];
  const edges = new Map<string, DerivedEdge>();
  for (let i = 0; i < actorCount; i++) {
    for (let e = 0; e < edgesPerActor; e++) {
      // Preferential-ish targets: low ids are accused more, as in real corpora.
      const target = Math.min(next(actorCount), next(actorCount));
      if (target === i) continue;
      const kind = KINDS[next(KINDS.length)] ?? 'accusation';
      const doc = documents[next(documents.length)];
      if (!doc) continue;
      const id = `claim-${claims.length}`;
      const [claimant, subject, object] =
        kind === 'accusation' ? [i, target, null] : kind === 'denial' ? [i, null, target] : [null, i, target];
      const ref = (n: number | null) => (n === null ? null : `actor-${n}`);
      claims.push({
        id,
        kind,
        predicate: kind,
        act: 'operations',
        text: `Actor ${i} and Actor ${target} (${kind}).`,
        start: 0,
        end: 10,
        rule: 'synthetic',
        documentId: doc.id,
        claimant: ref(claimant),
        subject: ref(subject),
        object: ref(object),
      });
      const key = `${kind}:${i}->${target}`;
      const edge = edges.get(key) ?? {
        type: TYPE_OF_KIND[kind],
        source: `actor-${i}`,
        target: `actor-${target}`,
        count: 0,
        firstDate: doc.date,
        lastDate: doc.date,
        claimIds: [],
      };
      edge.count += 1;
      edge.claimIds.push(id);
      edges.set(key, edge);
    }
  }
  return { actors, claims, documents, edges: [...edges.values()] };
}
