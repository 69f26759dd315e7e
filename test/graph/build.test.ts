import { describe, expect, test } from 'vitest';
import { loadLexicon } from '../../extract/lexicon/index.js';
import type { DerivedEdge, GraphSnapshot } from '../../graph/model.js';
import { EmbeddedStore } from '../../graph/store.js';
import { corpusStore, loadExtraction } from './fixtures.js';

/** Derived edges computed independently from the snapshot's claims and documents. */
function expectedEdges(snapshot: GraphSnapshot): DerivedEdge[] {
  const dateOf = new Map(snapshot.documents.map((doc) => [doc.id, doc.date]));
  const edges = new Map<string, DerivedEdge>();
  for (const claim of snapshot.claims) {
    const ends =
      claim.kind === 'accusation'
        ? (['ACCUSED', claim.claimant, claim.subject] as const)
        : claim.kind === 'denial'
          ? (['DENIED', claim.claimant, claim.object] as const)
          : claim.kind === 'affiliation'
            ? (['PART_OF', claim.subject, claim.object] as const)
            : null;
    if (!ends || ends[1] === null || ends[2] === null) continue;
    const [type, source, target] = ends;
    const key = `${type} ${source} ${target}`;
    const edge = edges.get(key) ?? {
      type,
      source,
      target,
      count: 0,
      firstDate: null,
      lastDate: null,
      claimIds: [],
    };
    edge.count += 1;
    edge.claimIds.push(claim.id);
    const date = dateOf.get(claim.documentId) ?? null;
    if (date !== null && (edge.firstDate === null || date < edge.firstDate)) edge.firstDate = date;
    if (date !== null && (edge.lastDate === null || date > edge.lastDate)) edge.lastDate = date;
    edges.set(key, edge);
  }
  const sortKey = (e: DerivedEdge) => `${e.type} ${e.source} ${e.target}`;
  return [...edges.values()]
    .map((edge) => ({ ...edge, claimIds: [...edge.claimIds].sort() }))
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
}

const sorted = (edges: DerivedEdge[]) =>
  [...edges].sort((a, b) =>
    `${a.type} ${a.source} ${a.target}` < `${b.type} ${b.source} ${b.target}` ? -1 : 1,
  );

describe('building the graph from extractions', () => {
  test('derived edges equal counts, dates and claim ids recomputed from the claims', () => {
    const snapshot = corpusStore().snapshot();
    expect(snapshot.edges.length).toBeGreaterThan(5);
    expect(sorted(snapshot.edges)).toEqual(expectedEdges(snapshot));
    const bcercOro = snapshot.edges.find(
      (e) => e.type === 'ACCUSED' && e.source === 'bcerc' && e.target === 'oro',
    );
    expect(bcercOro).toMatchObject({ count: 2, firstDate: '2023-03-01', lastDate: '2023-05-20' });
  });

  test('edges stay consistent after a document is replaced', () => {
    const store = corpusStore();
    expect(store.ingest(loadExtraction('01-bcerc-report.changed'))).toBe('replaced');
    const snapshot = store.snapshot();
    expect(sorted(snapshot.edges)).toEqual(expectedEdges(snapshot));
  });

  test('one node per actor id across documents: aliases united, first name kept, other names become aliases', () => {
    const snapshot = corpusStore().snapshot();
    const sna = snapshot.actors.filter((actor) => actor.id === 'sna');
    expect(sna).toHaveLength(1);
    expect(sna[0]!.name).toBe('Syldavian National Agency');
    expect(sna[0]!.aliases).toEqual(['SNA', 'Syldavia National Agency', 'Syldavian spy agency']);
  });

  test('the canonical name (lexicon) wins over the names documents use', () => {
    const store = EmbeddedStore.inMemory({
      canonicalName: (id) => (id === 'sna' ? 'National Agency of Syldavia' : undefined),
    });
    store.ingest(loadExtraction('01-bcerc-report'));
    store.ingest(loadExtraction('03-borduria-answers'));
    const sna = store.snapshot().actors.find((actor) => actor.id === 'sna')!;
    expect(sna.name).toBe('National Agency of Syldavia');
    expect(sna.aliases).toContain('Syldavian National Agency');
    expect(sna.aliases).toContain('Syldavia National Agency');
  });

  test('by default the production lexicon names actors it knows', () => {
    const extraction = loadExtraction('04-klow-blog');
    const renamed = JSON.parse(JSON.stringify(extraction).replaceAll('"sna"', '"nsa"')) as typeof extraction;
    renamed.actors.find((actor) => actor.id === 'nsa')!.name = 'the American signals agency';
    const store = EmbeddedStore.inMemory();
    store.ingest(renamed);
    const nsa = store.snapshot().actors.find((actor) => actor.id === 'nsa')!;
    expect(nsa.name).toBe(loadLexicon().byId('nsa')!.name);
    expect(nsa.aliases).toContain('the American signals agency');
    expect(store.snapshot().actors.find((actor) => actor.id === 'klow-security')!.name).toBe('Klow Security');
  });

  test('claim ids are made graph-wide by their document id', () => {
    const snapshot = corpusStore().snapshot();
    const ids = snapshot.claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of snapshot.claims) expect(claim.id.startsWith(`${claim.documentId}:`)).toBe(true);
  });

  test('a claim naming an actor the extraction does not list is refused', () => {
    const extraction = loadExtraction('04-klow-blog');
    extraction.claims[0]!.subject = 'nobody';
    const store = EmbeddedStore.inMemory();
    expect(() => store.ingest(extraction)).toThrow(/claimgraph\/graph: .*"nobody"/);
    expect(store.snapshot()).toEqual({ actors: [], claims: [], documents: [], edges: [] });
  });
});
