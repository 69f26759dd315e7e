import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocuments } from '../../extract/input/index.js';
import { validateExtraction } from '../../core/contract.js';
import type { Extraction } from '../../core/types.js';
import { tempDir } from '../input/temp-dir.js';
import { required } from '../requirements.js';
import { buildCli, REPO_ROOT, runCli } from './cli.js';

const FIXTURES = 'fixtures/input';
const NOBODY = 65534;
const FIXTURE_FILES = [
  'arvenia-mfa-statement.txt',
  'kestovia-embassy-denial.html',
  'ncsc-advisory.md',
  'press-briefing-transcript.txt',
];

beforeAll(buildCli);

const hasScript = required(
  spawnSync('script', ['--version']).status === 0,
  'the progress-bar test',
  'the `script` command (util-linux)',
);

/** The document texts the offsets must index (for HTML, the converted text), by path. */
async function documentTexts(path: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for await (const result of readDocuments([path]))
    if (result.ok) texts.set(result.doc.meta.path, result.doc.text);
  return texts;
}

function jsonLines(stdout: string): unknown[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('claimgraph extract', () => {
  it('prints one valid JSONL Extraction per document, in sorted path order, and exits 0', async () => {
    const run = runCli(['extract', FIXTURES]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => (line as Extraction).document.path)).toEqual(
      FIXTURE_FILES.map((f) => join(FIXTURES, f)),
    );
    const texts = await documentTexts(FIXTURES);
    for (const line of lines) {
      expect(validateExtraction(line, texts.get((line as Extraction).document.path))).toEqual({
        ok: true,
        extraction: line,
      });
    }
  });

  it('prints the same extractions as one pretty-printed JSON array with --format json', () => {
    const jsonl = jsonLines(runCli(['extract', FIXTURES]).stdout);
    const run = runCli(['extract', '--format', 'json', FIXTURES]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(jsonl, null, 2)}\n`);
  });

  it('prints a table per document with --format table', () => {
    const run = runCli(['extract', '-f', 'table', join(FIXTURES, 'arvenia-mfa-statement.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `== ${join(FIXTURES, 'arvenia-mfa-statement.txt')} (2024-03-18, Ministry of Foreign Affairs of Arvenia)`,
    );
    expect(run.stdout).toContain(
      'Statement by the Ministry of Foreign Affairs on the Cyber Attack against the National Grid Operator',
    );
    expect(run.stdout).toMatch(/Actors( \(\d+\)|: none)/);
    expect(run.stdout).toMatch(/Claims( \(\d+\)|: none)/);
  });

  it('reports each bad file on stderr as "claimgraph: FILE: reason", keeps going, and exits 1', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'binary.txt');
    const big = join(dir, 'big.md');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(big, 'Arvenia accused Kestovia. '.repeat(100));
    const good = join(FIXTURES, 'press-briefing-transcript.txt');
    const run = runCli([
      'extract',
      '--max-size',
      '1KB',
      empty,
      good,
      binary,
      'no/such/file.txt',
      big,
      'package.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `claimgraph: ${empty}: empty file`,
      `claimgraph: ${binary}: binary file (contains NUL bytes)`,
      'claimgraph: no/such/file.txt: no such file or directory',
      `claimgraph: ${big}: file too large (2600 bytes, limit 1024)`,
      'claimgraph: package.json: unsupported file type (expected .txt, .md, .html, .htm, .pdf)',
    ]);
    expect(jsonLines(run.stdout).map((line) => (line as Extraction).document.path)).toEqual([good]);
  });

  it('reports an unreadable file (as root, by running the CLI as user nobody)', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Arvenia accused Kestovia.\n');
    chmodSync(locked, 0o000);
    const run = runCli(['extract', locked, join(FIXTURES, 'ncsc-advisory.md')], {
      uid: process.getuid?.() === 0 ? NOBODY : undefined,
    });
    expect(run.stderr).toBe(`claimgraph: ${locked}: permission denied\n`);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });

  it('still prints a valid (empty) JSON array when every file failed', () => {
    const run = runCli(['extract', '--format', 'json', 'missing.txt']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it.each([
    [['extract', '--format', 'xml', FIXTURES], /unknown format "xml" \(expected jsonl, json, table\)/],
    [['extract', '--max-size', 'ten', FIXTURES], /"ten" is not a size/],
    [['extract', '--max-size', '0', FIXTURES], /"0" is not a size/],
    [['extract'], /missing required argument 'paths'/],
    [['extract', '--no-such-flag', FIXTURES], /unknown option '--no-such-flag'/],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('exits 0 after --help and describes the flags', () => {
    const run = runCli(['extract', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--format <format>[\s\S]*--max-size <size>[\s\S]*default: 10MB/);
  });

  it.skipIf(!hasScript)(
    'shows a progress bar on a terminal stderr for more than 20 files, with errors still reported',
    () => {
      const dir = tempDir();
      for (let i = 0; i < 25; i++)
        writeFileSync(
          join(dir, `doc-${String(i).padStart(2, '0')}.txt`),
          `Statement ${i}: Arvenia accused Kestovia.\n`,
        );
      writeFileSync(join(dir, 'empty.txt'), '');
      const out = join(dir, 'out.jsonl');
      // `script` gives the CLI a pseudo-terminal as stderr while stdout goes to a file.
      const command = `${process.execPath} dist/src/cli/main.js extract ${dir} > ${out}`;
      const terminal = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      expect(terminal.status).toBe(1);
      expect(terminal.stdout).toMatch(/\d+\/26/);
      expect(terminal.stdout).toContain(`claimgraph: ${join(dir, 'empty.txt')}: empty file`);
      expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(25);
    },
  );

  it('stops quietly when the reader closes the pipe early', async () => {
    const dir = tempDir();
    for (let i = 0; i < 300; i++)
      writeFileSync(
        join(dir, `doc-${String(i).padStart(3, '0')}.txt`),
        `Statement ${i}: Arvenia accused Kestovia.\n`,
      );
    const child = spawn(process.execPath, ['dist/src/cli/main.js', 'extract', dir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
