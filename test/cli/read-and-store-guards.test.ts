// Guards of the commands that read documents or write the store: --max-size on every command that
// reads documents, a store that cannot be saved reported before any extraction, and an export that
// would overwrite the store refused.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../input/temp-dir.js';
import { buildCli, runCli } from './cli.js';

const GOOD = 'fixtures/input/ncsc-advisory.md';
const NOBODY = 65534;

describe('commands that read documents', () => {
  beforeAll(buildCli);

  it('ingest and load take --max-size and refuse a larger file', () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Arvenia accused Kestovia of the attack. '.repeat(100));
    const store = join(dir, 'graph.db');
    const ingest = runCli(['ingest', '--max-size', '1KB', '--store', store, big, GOOD]);
    expect(ingest.stderr).toContain(`claimgraph: ${big}: file too large (4000 bytes, limit 1024)`);
    expect(ingest.stderr).toMatch(/1 added, 0 replaced, 0 unchanged, 1 failed/);
    expect(ingest.code).toBe(1);
    // Nothing listens on port 9: the file is refused before the connection fails.
    const load = runCli(['load', '--max-size', '1KB', '--uri', 'bolt://127.0.0.1:9', big]);
    expect(load.stderr).toContain(`claimgraph: ${big}: file too large (4000 bytes, limit 1024)`);
  });

  it('extract, ingest and load follow a link out of the folder only with --follow-symlinks', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'statement.txt'), 'Arvenia accused Kestovia of the attack.\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Kestovia denied the attack.\n');
    const link = join(dir, 'linked.txt');
    symlinkSync(join(outside, 'statement.txt'), link);
    const notFollowed = `claimgraph: ${link}: symbolic link to outside the folder, not followed`;

    const extract = runCli(['extract', '--jobs', '2', dir]);
    expect(extract.stderr).toContain(notFollowed);
    expect(extract.stdout.trim().split('\n')).toHaveLength(1);
    const followed = runCli(['extract', '--jobs', '2', '--follow-symlinks', dir]);
    expect(followed.code, followed.stderr).toBe(0);
    expect(
      followed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).document.path),
    ).toEqual([join(dir, 'a.txt'), link]);

    const store = join(tempDir(), 'graph.db');
    expect(runCli(['ingest', '--store', store, dir]).stderr).toContain(notFollowed);
    const ingest = runCli(['ingest', '--follow-symlinks', '--store', store, dir]);
    expect(ingest.stderr).toMatch(/1 added, 0 replaced, 1 unchanged, 0 failed/);
    // Nothing listens on port 9: the link is reported before the connection fails.
    expect(runCli(['load', '--uri', 'bolt://127.0.0.1:9', dir]).stderr).toContain(notFollowed);
    const load = runCli(['load', '--follow-symlinks', '--uri', 'bolt://127.0.0.1:9', dir]);
    expect(load.stderr).not.toContain(link);
  });
});

describe('the store', () => {
  beforeAll(buildCli);

  it('a read-only store folder is reported in one line before any document is read', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const folder = join(dir, 'locked');
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    const run = runCli(['ingest', '--store', join(folder, 'graph.db'), GOOD, 'no/such/file.txt'], {
      uid: process.getuid?.() === 0 ? NOBODY : undefined,
    });
    expect(run.stderr).toBe(
      `claimgraph/store: cannot save the store ${join(folder, 'graph.db')}: the folder ${folder} is not writable\n`,
    );
    expect(run.code).toBe(1);
  });

  it('export --out refuses the store itself, by any spelling', () => {
    const dir = tempDir();
    const store = join(dir, 'graph.db');
    expect(runCli(['ingest', '--store', store, GOOD]).code).toBe(0);
    const before = readFileSync(store, 'utf8');
    for (const out of [store, join(dir, '.', 'graph.db')]) {
      const run = runCli(['export', '--format', 'json', '--store', store, '--out', out]);
      expect(run.stderr).toBe(
        `claimgraph/export: --out ${out} is the store itself; write the export elsewhere\n`,
      );
      expect(run.code).toBe(1);
    }
    expect(readFileSync(store, 'utf8')).toBe(before);
    expect(
      runCli(['export', '--format', 'json', '--store', store, '--out', join(dir, 'out.json')]).code,
    ).toBe(0);
  });
});
