// The folder walk stays inside what it was given: special files are refused without blocking, links
// out of the folder are not followed unless asked, link loops end, every real file is read once
// whatever path reaches it, and no more bytes are read than the limit, whatever the file's size says.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments, type DocumentResult, type ReadOptions } from '../../extract/input/index.js';
import { tempDir } from './temp-dir.js';

async function readAll(paths: string[], options: ReadOptions = {}): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for await (const result of readDocuments(paths, options)) results.push(result);
  return results;
}

const summary = (results: DocumentResult[], root: string) =>
  results.map((r) => (r.ok ? relative(root, r.doc.meta.path) : `${relative(root, r.path)}: ${r.error}`));

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the folder walk', () => {
  it('refuses a FIFO without blocking and reads the files after it', async () => {
    const dir = folder({ 'a.txt': 'Arvenia accused Kestovia.\n', 'c.txt': 'Kestovia denied it.\n' });
    execFileSync('mkfifo', [join(dir, 'b.txt')]);
    expect(summary(await readAll([dir]), dir)).toEqual([
      'a.txt',
      'b.txt: not a regular file (a FIFO)',
      'c.txt',
    ]);
  });

  it('refuses a device, named directly or reached through a followed link', async () => {
    const dir = folder({ 'a.txt': 'Arvenia accused Kestovia.\n' });
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    expect(summary(await readAll([join(dir, 'zero.txt')]), dir)).toEqual([
      'zero.txt: not a regular file (a character device)',
    ]);
    expect(summary(await readAll([dir], { followSymlinks: true }), dir)).toEqual([
      'a.txt',
      'zero.txt: not a regular file (a character device)',
    ]);
  });

  it('does not follow links out of the folder unless asked', async () => {
    const outside = folder({ 'secret.txt': 'Outside statement by Arvenia.\n' });
    const dir = folder({ 'a.txt': 'Arvenia accused Kestovia.\n' });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'notes.txt'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    expect(summary(await readAll([dir]), dir)).toEqual([
      'a.txt',
      'elsewhere: symbolic link to outside the folder, not followed (--follow-symlinks follows it)',
      'notes.txt: symbolic link to outside the folder, not followed (--follow-symlinks follows it)',
    ]);
    // Followed, the linked folder's file and the link to it are one real file: one document.
    expect(summary(await readAll([dir], { followSymlinks: true }), dir)).toEqual([
      'a.txt',
      'elsewhere/secret.txt',
    ]);
  });

  it('ends link loops and reads each real file once', async () => {
    const dir = folder({ 'a.txt': 'Arvenia accused Kestovia.\n', 'sub/b.txt': 'Kestovia denied it.\n' });
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('.', join(dir, 'self'));
    symlinkSync('a.txt', join(dir, 'z-same-as-a.txt'));
    for (const followSymlinks of [false, true])
      expect(summary(await readAll([dir], { followSymlinks }), dir)).toEqual(['a.txt', 'sub/b.txt']);
  });

  it('makes one document of one file named by relative and absolute path', async () => {
    const dir = folder({ 'a.txt': 'Arvenia accused Kestovia.\n' });
    const absolute = join(dir, 'a.txt');
    const results = await readAll([relative(process.cwd(), absolute), absolute, `${dir}/./a.txt`, dir]);
    expect(results).toHaveLength(1);
    expect(results[0]?.ok && results[0].doc.meta.path).toBe(absolute);
  });

  it('keeps paths inside the working directory relative and normalised', async () => {
    const results = await readAll(['./fixtures/input/../input/ncsc-advisory.md']);
    expect(results[0]?.ok && results[0].doc.meta.path).toBe(join('fixtures', 'input', 'ncsc-advisory.md'));
  });

  it.runIf(process.platform === 'linux')(
    'stops reading at the limit when the size on disk says nothing (a /proc file has size 0)',
    async () => {
      const dir = tempDir();
      symlinkSync('/proc/self/status', join(dir, 'status.txt'));
      const [result] = await readAll([join(dir, 'status.txt')], { maxBytes: 100 });
      expect(result?.ok === false && result.error).toBe('file too large (more than 100 bytes, limit 100)');
    },
  );
});
