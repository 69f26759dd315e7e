// The store as the CLI uses it under trouble: two ingests at once, a disk that fills up mid-write,
// an output path that is the store, and an old default store found in the working directory.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EmbeddedStore } from '../../graph/store.js';
import { syntheticCorpus } from '../../bench/synthetic/generate.js';
import { buildCli, REPO_ROOT, runCli } from '../cli/cli.js';
import { CORPUS, FIXTURES, loadExtraction } from './fixtures.js';

const MAIN = join(REPO_ROOT, 'dist/src/cli/main.js');
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-store-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `count` synthetic documents (texts the extraction reads) into a new folder. */
function writeTexts(name: string, count: number, seed: number): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  let index = 0;
  for (const { text } of syntheticCorpus({ claims: count * 4, claimsPerDocument: 4, seed })) {
    writeFileSync(join(folder, `${name}-${index++}.txt`), text);
  }
  return folder;
}

function ingestInBackground(folder: string, store: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, 'ingest', folder, '--store', store], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

async function storedDocuments(file: string): Promise<number> {
  const store = await EmbeddedStore.open(file);
  const { documents } = store.counts();
  store.close();
  return documents;
}

describe('the store under the CLI', () => {
  test('two ingests running at once keep every document of both', async () => {
    const store = join(dir, 'concurrent.db');
    const first = writeTexts('first', 12, 11);
    const second = writeTexts('second', 12, 12);
    const codes = await Promise.all([ingestInBackground(first, store), ingestInBackground(second, store)]);
    expect(codes).toEqual([0, 0]);
    expect(await storedDocuments(store)).toBe(24);
  });

  test('a disk that fills up mid-write: non-zero exit, a clear message, the old store intact', async () => {
    const file = join(dir, 'full-disk.db');
    const store = await EmbeddedStore.open(file);
    for (const name of CORPUS) store.ingest(loadExtraction(name));
    const before = store.snapshot();
    store.close();
    const texts = writeTexts('many', 30, 13);
    // The file size limit makes the kernel accept writes only up to 64 KiB per file, with short
    // writes at the limit, as a nearly full disk does; SIGXFSZ is ignored so writes fail instead.
    const run = spawnSync(
      'bash',
      [
        '-c',
        'trap "" XFSZ; ulimit -f 64; exec "$0" "$@"',
        process.execPath,
        MAIN,
        'ingest',
        texts,
        '--store',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/claimgraph\/store: .*full-disk\.db: cannot write \(.*\); the store keeps/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const reopened = await EmbeddedStore.open(file);
    const after = reopened.snapshot();
    reopened.close();
    // Every document stored before is there unchanged; the run stopped before all 30 new ones.
    for (const document of before.documents) expect(after.documents).toContainEqual(document);
    for (const claim of before.claims) expect(after.claims).toContainEqual(claim);
    expect(after.documents.length).toBeLessThan(before.documents.length + 30);
  });

  test('export --out refuses the store itself, also by another spelling or through a symlink', () => {
    const file = join(dir, 'export-guard.db');
    expect(runCli(['ingest', join(FIXTURES, 'texts'), '--store', file]).code).toBe(0);
    const bytes = readFileSync(file);
    symlinkSync(file, join(dir, 'link.db'));
    for (const out of [file, join(dir, '.', 'export-guard.db'), join(dir, 'link.db'), `${file}-wal`]) {
      const run = runCli(['export', '--format', 'json', '--out', out, '--store', file]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/claimgraph\/export: --out .* is the store itself/);
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a version-1 store at the old default path is migrated to the new default on first use', () => {
    const cwd = join(dir, 'project');
    mkdirSync(join(cwd, '.claimgraph'), { recursive: true });
    const legacy = runCli(['ingest', join(FIXTURES, 'texts'), '--store', join(dir, 'source.db')]);
    expect(legacy.code).toBe(0);
    const snapshotJson = runCli(['export', '--format', 'json', '--store', join(dir, 'source.db')]).stdout;
    const snapshot = JSON.parse(snapshotJson) as ReturnType<EmbeddedStore['snapshot']>;
    const lines = [JSON.stringify({ format: 'claimgraph-store', version: 1 })];
    const actorsOf = new Map<string, Set<string>>();
    for (const claim of snapshot.claims) {
      const ids = actorsOf.get(claim.documentId) ?? new Set<string>();
      for (const id of [claim.claimant, claim.subject, claim.object]) if (id !== null) ids.add(id);
      actorsOf.set(claim.documentId, ids);
    }
    for (const document of snapshot.documents)
      lines.push(JSON.stringify({ document, actorIds: [...(actorsOf.get(document.id) ?? [])] }));
    for (const actor of snapshot.actors) lines.push(JSON.stringify({ actor }));
    for (const claim of snapshot.claims) lines.push(JSON.stringify({ claim }));
    writeFileSync(join(cwd, '.claimgraph', 'graph.jsonl'), `${lines.join('\n')}\n`);
    const run = spawnSync(process.execPath, [MAIN, 'who', '--format', 'json'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CLAIMGRAPH_STORE: '' },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/migrated the store .*graph\.jsonl to .*graph\.db/);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(runCli(['who', '--format', 'json', '--store', join(dir, 'source.db')]).stdout),
    );
    expect(
      readFileSync(join(cwd, '.claimgraph', 'graph.db'))
        .subarray(0, 15)
        .toString(),
    ).toBe('SQLite format 3');
  });
});
