// The one graph test that depends on extraction quality: the dev corpus (read from ../shared at run
// time) must show the accusations an analyst would expect.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingestPaths } from '../../graph/ingest.js';
import { resolveActor } from '../../graph/resolve-name.js';
import { indexSnapshot } from '../../view/graph-index.js';
import { actorProfile } from '../../view/profile.js';
import { who } from '../../graph/queries/who.js';
import { EmbeddedStore } from '../../graph/store.js';
import { sharedFiles } from '../requirements.js';

const DEV = fileURLToPath(new URL('../../../shared/corpus/dev', import.meta.url));
const present = sharedFiles('the dev-corpus graph tests', 'corpus/dev');

describe.skipIf(!present)('graph of the dev corpus', () => {
  const store = EmbeddedStore.inMemory();

  beforeAll(async () => {
    const summary = await ingestPaths(store, [DEV]);
    expect(summary.failed).toEqual([]);
  }, 300_000);

  test('who --accused NSA lists CVERC and Qihoo 360 among the accusers, with evidence', () => {
    const rows = who(store, { accused: 'NSA' });
    const accusers = rows.map((row) => row.accuser);
    expect(accusers).toEqual(
      expect.arrayContaining(['National Computer Virus Emergency Response Center', 'Qihoo 360']),
    );
    for (const row of rows) expect(row.evidence.length).toBeGreaterThan(20);
  });

  test('actor TAO is part of the NSA', () => {
    const profile = actorProfile(indexSnapshot(store.snapshot()), resolveActor(store, 'TAO').id);
    expect(profile?.memberOf.map((link) => link.other.name)).toContain('National Security Agency');
  });

  test('re-ingesting the corpus changes nothing', async () => {
    const before = store.snapshot();
    const summary = await ingestPaths(store, [DEV]);
    expect(summary.added + summary.replaced).toBe(0);
    expect(store.snapshot()).toEqual(before);
  });
});
