import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { EmbeddedStore, defaultStorePath } from '../../graph/store.js';
import { buildCli, REPO_ROOT } from '../cli/cli.js';
import { CORPUS, corpusStore, loadExtraction } from './fixtures.js';

const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-store-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ingesting into the store', () => {
  test('the same document again (same sha256) changes nothing', () => {
    const store = corpusStore();
    const before = store.snapshot();
    for (const name of CORPUS) expect(store.ingest(loadExtraction(name))).toBe('unchanged');
    expect(store.snapshot()).toEqual(before);
  });

  test('a changed document at the same path replaces its old claims', () => {
    const store = corpusStore();
    const changed = loadExtraction('01-bcerc-report.changed');
    const old = loadExtraction('01-bcerc-report');
    expect(store.ingest(changed)).toBe('replaced');
    const snapshot = store.snapshot();
    expect(snapshot.documents.map((doc) => doc.id)).not.toContain(old.document.id);
    expect(snapshot.documents.find((doc) => doc.path === old.document.path)?.title).toMatch(/updated/);
    expect(snapshot.claims.filter((claim) => claim.documentId === old.document.id)).toEqual([]);
    expect(snapshot.claims.filter((claim) => claim.documentId === changed.document.id)).toHaveLength(3);
    // Klow's accusation of ORO was only in the old version; BCERC's persists with the new date.
    expect(snapshot.edges.find((e) => e.source === 'klow-security' && e.target === 'oro')).toBeUndefined();
    expect(
      snapshot.edges.find((e) => e.type === 'PART_OF' && e.source === 'sna' && e.target === 'syldavia'),
    ).toBeUndefined();
    expect(
      snapshot.edges.find((e) => e.type === 'ACCUSED' && e.source === 'bcerc' && e.target === 'oro'),
    ).toMatchObject({
      count: 2,
      firstDate: '2023-03-02',
      lastDate: '2023-05-20',
    });
  });

  test('an actor only the replaced version mentioned leaves the graph', () => {
    const store = EmbeddedStore.inMemory();
    store.ingest(loadExtraction('01-bcerc-report'));
    expect(store.ingest(loadExtraction('01-bcerc-report.changed'))).toBe('replaced');
    const ids = store.snapshot().actors.map((actor) => actor.id);
    expect(ids).not.toContain('klow-security');
    expect(ids).not.toContain('syldavia');
    expect(ids).toContain('oro');
  });

  test('ingesting the old version back restores the first graph', () => {
    const store = corpusStore();
    const first = store.snapshot();
    store.ingest(loadExtraction('01-bcerc-report.changed'));
    expect(store.ingest(loadExtraction('01-bcerc-report'))).toBe('replaced');
    const again = store.snapshot();
    expect(again.claims).toEqual(first.claims);
    expect(again.edges).toEqual(first.edges);
    expect(again.documents).toEqual(first.documents);
  });
});

describe('the store file', () => {
  test('save and open give back the same graph', async () => {
    const file = join(tempDir(), 'nested', 'graph.jsonl');
    const store = await EmbeddedStore.open(file);
    expect(store.snapshot()).toEqual({ actors: [], claims: [], documents: [], edges: [] });
    for (const name of CORPUS) store.ingest(loadExtraction(name));
    await store.save();
    const reopened = await EmbeddedStore.open(file);
    expect(reopened.snapshot()).toEqual(store.snapshot());
    expect(reopened.ingest(loadExtraction(CORPUS[0]))).toBe('unchanged');
    expect(reopened.ingest(loadExtraction('01-bcerc-report.changed'))).toBe('replaced');
  });

  test('a damaged or foreign file gives a clear error naming it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'foreign.jsonl'), '{"hello":1}\n');
    await expect(EmbeddedStore.open(join(dir, 'foreign.jsonl'))).rejects.toThrow(
      /claimgraph\/store: .*foreign\.jsonl: not a claimgraph store/,
    );
    const good = join(dir, 'good.jsonl');
    const store = await EmbeddedStore.open(good);
    store.ingest(loadExtraction(CORPUS[0]));
    await store.save();
    writeFileSync(join(dir, 'torn.jsonl'), readFileSync(good, 'utf8').slice(0, -40));
    await expect(EmbeddedStore.open(join(dir, 'torn.jsonl'))).rejects.toThrow(
      /claimgraph\/store: .*torn\.jsonl: line \d+ is damaged/,
    );
  });

  test('default path: .claimgraph/graph.jsonl in the working directory, CLAIMGRAPH_STORE overrides it', () => {
    expect(defaultStorePath({})).toBe(join(process.cwd(), '.claimgraph', 'graph.jsonl'));
    expect(defaultStorePath({ CLAIMGRAPH_STORE: '/data/g.jsonl' })).toBe('/data/g.jsonl');
  });
});

describe('atomic save', () => {
  beforeAll(buildCli);

  test('a process killed in the middle of saving leaves the old store intact', async () => {
    const dir = tempDir();
    const file = join(dir, 'graph.jsonl');
    const store = await EmbeddedStore.open(file);
    store.ingest(loadExtraction(CORPUS[0]));
    await store.save();
    const before = readFileSync(file);
    // A child opens the store, adds documents and is SIGKILLed once its temporary file exists,
    // i.e. after the new contents started to be written but before the rename.
    const child = `
      import { readFileSync } from 'node:fs';
      import { EmbeddedStore } from ${JSON.stringify(join(REPO_ROOT, 'dist/graph/store.js'))};
      const store = await EmbeddedStore.open(${JSON.stringify(file)});
      for (const name of ${JSON.stringify(CORPUS.slice(1))}) {
        store.ingest(JSON.parse(readFileSync(${JSON.stringify(join(REPO_ROOT, 'fixtures/graph/'))} + name + '.json', 'utf8')));
      }
      await store.save({ onTempFile: () => process.kill(process.pid, 'SIGKILL') });
      console.log('not killed');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).not.toContain('not killed');
    expect(readdirSync(dir).length).toBe(2); // the store and the abandoned temporary file
    expect(readFileSync(file).equals(before)).toBe(true);
    const reopened = await EmbeddedStore.open(file);
    expect(reopened.snapshot()).toEqual(store.snapshot());
  });
});
