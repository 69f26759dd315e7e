// Claim certainty through the graph: stored with the claim, shown and filtered by `who` and
// `actor`, exported as STIX confidence.
import { describe, expect, test } from 'vitest';
import { stixBundle } from '../../graph/export/stix.js';
import { edgeDetail } from '../../view/edge-detail.js';
import { indexSnapshot } from '../../view/graph-index.js';
import { actorProfile } from '../../view/profile.js';
import { who } from '../../graph/queries/who.js';
import { EmbeddedStore } from '../../graph/store.js';
import type { Certainty } from '../../core/types.js';
import { CORPUS, loadExtraction } from './fixtures.js';

/** The fixture graph, with the BCERC report's claims hedged: ORO `low`, SNA `high`. */
function hedgedStore(): EmbeddedStore {
  const store = EmbeddedStore.inMemory();
  for (const name of CORPUS) {
    const extraction = loadExtraction(name);
    for (const claim of extraction.claims) {
      const certainty: Certainty =
        claim.claimant === 'bcerc' && claim.subject === 'oro'
          ? 'low'
          : claim.claimant === 'bcerc'
            ? 'high'
            : 'asserted';
      claim.certainty = certainty;
    }
    store.ingest(extraction);
  }
  return store;
}

describe('certainty in the graph', () => {
  const store = hedgedStore();
  const bcercAccusesOro = store
    .snapshot()
    .claims.filter((c) => c.kind === 'accusation' && c.claimant === 'bcerc' && c.subject === 'oro').length;

  test('survives a save and reopen', async () => {
    const again = EmbeddedStore.fromSnapshot(store.snapshot());
    expect(again.snapshot().claims.map((c) => c.certainty)).toEqual(
      store.snapshot().claims.map((c) => c.certainty),
    );
    expect(new Set(store.snapshot().claims.map((c) => c.certainty))).toEqual(
      new Set(['low', 'high', 'asserted']),
    );
  });

  test('who shows the evidence claim certainty and filters by the least certainty', () => {
    const row = (rows: ReturnType<typeof who>) =>
      rows.find((r) => r.accuserId === 'bcerc' && r.accusedId === 'oro');
    expect(row(who(store))?.certainty).toBe('low');
    expect(row(who(store, { certainty: 'moderate' }))).toBeUndefined();
    expect(bcercAccusesOro).toBeGreaterThan(0);
    expect(row(who(store, { certainty: 'low' }))?.claims).toBe(bcercAccusesOro);
    const sna = who(store, { certainty: 'high', accuser: 'bcerc' });
    expect(sna.map((r) => [r.accusedId, r.certainty])).toEqual([['sna', 'high']]);
  });

  test('actor counts claims per certainty and filters them', () => {
    const index = indexSnapshot(store.snapshot());
    const byBcerc = actorProfile(index, 'oro')!.accusationsReceived.find((r) => r.other.id === 'bcerc')!;
    expect(byBcerc.certainties).toEqual({ low: bcercAccusesOro });
    const sure = actorProfile(index, 'oro', { certainty: 'high' })!.accusationsReceived;
    expect(sure.map((r) => r.other.id)).not.toContain('bcerc');
    expect(sure.length).toBeGreaterThan(0);
  });

  test("the viewer's edge detail gives each claim its certainty", () => {
    const detail = edgeDetail(indexSnapshot(store.snapshot()), 'bcerc', 'oro', 'accusation')!;
    expect(detail.claims.map((c) => c.certainty)).toEqual(Array(bcercAccusesOro).fill('low'));
  });

  test('STIX relationships carry the confidence of their claim', () => {
    const bundle = stixBundle(store.snapshot());
    const confidence = (text: string) =>
      bundle.objects.find(
        (o) =>
          o.relationship_type === 'attributed-to' &&
          o.description === text &&
          typeof o.confidence === 'number',
      )?.confidence;
    const snapshot = store.snapshot();
    const low = snapshot.claims.find((c) => c.certainty === 'low' && c.kind === 'accusation')!;
    const high = snapshot.claims.find((c) => c.certainty === 'high' && c.kind === 'accusation')!;
    expect(confidence(low.text)).toBe(15);
    expect(confidence(high.text)).toBe(85);
  });
});
