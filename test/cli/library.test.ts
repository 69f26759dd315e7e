// The package's library entry (package.json main/exports) exists and is what the README's "From
// code" section imports: the example runs as written, through the package name.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCli, REPO_ROOT } from './cli.js';

const FIXTURE = join(REPO_ROOT, 'fixtures/input/arvenia-mfa-statement.txt');
let dir: string;

function readmeFromCodeExample(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### From code'));
  const block = /```ts\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error('README.md has no "From code" example');
  return block[1]!;
}

beforeAll(() => {
  buildCli();
  // A project of the user's: the example, a reports/ folder and claimgraph installed in node_modules.
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-library-'));
  mkdirSync(join(dir, 'reports'));
  copyFileSync(FIXTURE, join(dir, 'reports', 'statement.txt'));
  writeFileSync(join(dir, 'reports', 'empty.txt'), '');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(REPO_ROOT, join(dir, 'node_modules', 'claimgraph'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the README example against the package entry', () => {
  const example = readmeFromCodeExample();
  expect(example).toMatch(/from 'claimgraph'/);
  writeFileSync(join(dir, 'example.mjs'), example);
  const run = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toBe('true\n');
  expect(run.stderr).toMatch(/empty\.txt: /);
});

it('exports the graph and view functions the README names', async () => {
  const library = (await import('claimgraph')) as Record<string, unknown>;
  for (const name of ['EmbeddedStore', 'ingestPaths', 'who', 'shortestPath', 'actorProfile', 'indexSnapshot'])
    expect(typeof library[name], name).toBe('function');
});
