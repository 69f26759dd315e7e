import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { EmbeddedStore, defaultStorePath } from '../../graph/store.js';
import { indexSnapshot } from '../../view/graph-index.js';
import { actorProfile } from '../../view/profile.js';
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

describe('reading part of the store', () => {
  test("an actor's profile read from its neighbourhood equals the one over the whole graph", () => {
    const store = corpusStore();
    const whole = indexSnapshot(store.snapshot());
    const neighbourhood = store.neighbourhood('sna');
    expect(neighbourhood.claims.length).toBeLessThan(store.snapshot().claims.length);
    for (const { id } of store.snapshot().actors)
      expect(actorProfile(indexSnapshot(store.neighbourhood(id)), id), id).toEqual(actorProfile(whole, id));
  });
});

describe('the store file', () => {
  test('close and open give back the same graph', async () => {
    const file = join(tempDir(), 'nested', 'graph.db');
    const store = await EmbeddedStore.open(file);
    expect(store.snapshot()).toEqual({ actors: [], claims: [], documents: [], edges: [] });
    for (const name of CORPUS) store.ingest(loadExtraction(name));
    const written = store.snapshot();
    store.close();
    const reopened = await EmbeddedStore.open(file);
    expect(reopened.snapshot()).toEqual(written);
    expect(reopened.snapshot()).toEqual(corpusStore().snapshot());
    expect(reopened.ingest(loadExtraction(CORPUS[0]))).toBe('unchanged');
    expect(reopened.ingest(loadExtraction('01-bcerc-report.changed'))).toBe('replaced');
    reopened.close();
  });

  test('a reader of a missing store gets an error naming the path and creates no file', async () => {
    const dir = tempDir();
    const missing = join(dir, 'nested', 'graph.db');
    await expect(EmbeddedStore.open(missing, { readOnly: true })).rejects.toThrow(
      `claimgraph/store: no graph store at ${missing}`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a foreign file or database gives a clear error naming it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'foreign.jsonl'), '{"hello":1}\n');
    await expect(EmbeddedStore.open(join(dir, 'foreign.jsonl'))).rejects.toThrow(
      /claimgraph\/store: .*foreign\.jsonl: not a claimgraph store/,
    );
    const other = new Database(join(dir, 'other.db'));
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    await expect(EmbeddedStore.open(join(dir, 'other.db'))).rejects.toThrow(
      /claimgraph\/store: .*other\.db: not a claimgraph store/,
    );
  });

  test('a store cut short or emptied is refused with the reason, not opened as an empty graph', async () => {
    const dir = tempDir();
    const file = join(dir, 'graph.db');
    const store = await EmbeddedStore.open(file);
    for (const name of CORPUS) store.ingest(loadExtraction(name));
    store.close();
    const bytes = readFileSync(file);
    writeFileSync(join(dir, 'cut.db'), bytes.subarray(0, bytes.length / 2));
    await expect(EmbeddedStore.open(join(dir, 'cut.db'))).rejects.toThrow(
      /claimgraph\/store: .*cut\.db: the store is damaged \(cut off: \d+ bytes of \d+\)/,
    );
    writeFileSync(join(dir, 'empty.db'), '');
    await expect(EmbeddedStore.open(join(dir, 'empty.db'))).rejects.toThrow(
      /claimgraph\/store: .*empty\.db: the store file is empty \(0 bytes\)/,
    );
  });

  test('default path: .claimgraph/graph.db in the working directory, CLAIMGRAPH_STORE overrides it', () => {
    expect(defaultStorePath({})).toBe(join(process.cwd(), '.claimgraph', 'graph.db'));
    expect(defaultStorePath({ CLAIMGRAPH_STORE: '/data/g.db' })).toBe('/data/g.db');
  });
});

/** The fixture corpus written in the store format of version 1 (JSON Lines), as the old code saved it. */
function legacyStoreText(): string {
  const snapshot = corpusStore().snapshot();
  const lines = [JSON.stringify({ format: 'claimgraph-store', version: 1 })];
  for (const name of CORPUS) {
    const { document, actors } = loadExtraction(name);
    const { id, path, title, url, date, publisher, sha256 } = document;
    const actorIds = [...new Set(actors.map((actor) => actor.id))];
    lines.push(JSON.stringify({ document: { id, path, title, url, date, publisher, sha256 }, actorIds }));
  }
  for (const actor of snapshot.actors) lines.push(JSON.stringify({ actor }));
  for (const claim of snapshot.claims) lines.push(JSON.stringify({ claim }));
  return `${lines.join('\n')}\n`;
}

describe('a store of format version 1 (JSON Lines)', () => {
  test('is migrated in place on first open, the old file kept beside it and its leftover temp file removed', async () => {
    const dir = tempDir();
    const file = join(dir, 'graph.jsonl');
    writeFileSync(file, legacyStoreText());
    writeFileSync(join(dir, 'graph.jsonl.2718281828'), 'half a save'); // a killed save of version 1
    const store = await EmbeddedStore.open(file);
    expect(store.snapshot()).toEqual(corpusStore().snapshot());
    expect(store.ingest(loadExtraction('01-bcerc-report.changed'))).toBe('replaced');
    store.close();
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(readFileSync(join(dir, 'graph.jsonl.v1.jsonl'), 'utf8')).toBe(legacyStoreText());
    expect(readdirSync(dir).sort()).toEqual(['graph.jsonl', 'graph.jsonl.v1.jsonl']);
  });

  test('a version-1 file cut off inside a line is refused, not migrated short', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'torn.jsonl'), legacyStoreText().slice(0, -40));
    await expect(EmbeddedStore.open(join(dir, 'torn.jsonl'))).rejects.toThrow(
      /claimgraph\/store: .*torn\.jsonl: line \d+ is damaged/,
    );
    expect(readdirSync(dir)).toEqual(['torn.jsonl']);
  });
});

describe('crash safety', () => {
  beforeAll(buildCli);

  test('a process killed in the middle of ingesting a document leaves the store as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'graph.db');
    const store = await EmbeddedStore.open(file);
    store.ingest(loadExtraction(CORPUS[0]));
    const before = store.snapshot();
    store.close();
    // A child opens the store and is SIGKILLed inside the transaction of the next document, after
    // its document row was written (the canonical-name lookup runs while its actors are merged).
    const child = `
      import { readFileSync } from 'node:fs';
      import { EmbeddedStore } from ${JSON.stringify(join(REPO_ROOT, 'dist/graph/store.js'))};
      const store = await EmbeddedStore.open(${JSON.stringify(file)}, {
        canonicalName: () => process.kill(process.pid, 'SIGKILL'),
      });
      store.ingest(JSON.parse(readFileSync(${JSON.stringify(join(REPO_ROOT, 'fixtures/graph/', `${CORPUS[1]}.json`))}, 'utf8')));
      console.log('not killed');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).not.toContain('not killed');
    const reopened = await EmbeddedStore.open(file);
    expect(reopened.snapshot()).toEqual(before);
    reopened.close();
  });
});
