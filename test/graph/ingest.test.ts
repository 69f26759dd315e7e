import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ingestPaths, type IngestProgress } from '../../graph/ingest.js';
import { EmbeddedStore } from '../../graph/store.js';
import type { SourceDocument } from '../../core/types.js';
import { FIXTURES } from './fixtures.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture texts, so tests can change and add files. */
function textsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-ingest-'));
  temps.push(dir);
  cpSync(join(FIXTURES, 'texts'), dir, { recursive: true });
  return dir;
}

/** An extraction that records which documents it saw and finds nothing: document bookkeeping only. */
function recordingExtractor(seen: string[]) {
  return (doc: SourceDocument) => {
    seen.push(doc.meta.path);
    return { document: doc.meta, actors: [], claims: [] };
  };
}

describe('ingesting paths', () => {
  test('every document goes in once; unchanged files are not even extracted again', async () => {
    const dir = textsDir();
    const store = EmbeddedStore.inMemory();
    const seen: string[] = [];
    const progress: IngestProgress[] = [];
    const first = await ingestPaths(store, [dir], {
      extract: recordingExtractor(seen),
      onProgress: (p) => progress.push(p),
    });
    expect(first).toMatchObject({ added: 4, unchanged: 0, replaced: 0, failed: [] });
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(
      store
        .snapshot()
        .documents.map((doc) => doc.title)
        .sort(),
    ).toEqual([
      'BCERC report on the Szohod intrusion',
      'Borduria answers',
      'Klow blog',
      'Syldavia rejects hacking claims',
    ]);
    const again = await ingestPaths(store, [dir], { extract: recordingExtractor(seen) });
    expect(again).toMatchObject({ added: 0, unchanged: 4, replaced: 0 });
    expect(seen).toHaveLength(4);
  });

  test('an edited file replaces its document; bad files are reported and the rest go in', async () => {
    const dir = textsDir();
    const store = EmbeddedStore.inMemory();
    await ingestPaths(store, [dir], { extract: recordingExtractor([]) });
    appendFileSync(join(dir, '04-klow-blog.txt'), 'Klow later retracted part of the analysis.\n');
    writeFileSync(join(dir, '05-empty.txt'), '');
    const summary = await ingestPaths(store, [dir], { extract: recordingExtractor([]) });
    expect(summary).toMatchObject({ added: 0, unchanged: 3, replaced: 1 });
    expect(summary.failed).toEqual([
      { path: join(dir, '05-empty.txt'), error: expect.stringMatching(/empty/) },
    ]);
    expect(store.snapshot().documents).toHaveLength(4);
  });

  test('an extraction that throws fails that document only', async () => {
    const dir = textsDir();
    const store = EmbeddedStore.inMemory();
    const summary = await ingestPaths(store, [dir], {
      extract: (doc) => {
        if (doc.meta.path.includes('02-')) throw new Error('extractor broke');
        return { document: doc.meta, actors: [], claims: [] };
      },
    });
    expect(summary.added).toBe(3);
    expect(summary.failed).toEqual([
      { path: join(dir, '02-syldavia-rejects.txt'), error: 'extractor broke' },
    ]);
  });

  test('the real extraction pipeline runs by default', async () => {
    const store = EmbeddedStore.inMemory();
    const summary = await ingestPaths(store, [textsDir()]);
    expect(summary).toMatchObject({ added: 4, failed: [] });
    expect(store.counts().documents).toBe(4);
  });
});
