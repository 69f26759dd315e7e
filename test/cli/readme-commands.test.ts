// Every command in the README's `sh` blocks, run as a new user would: in README order, in a fresh
// temporary folder laid out like a clone after `npm ci` (dist, node_modules, fixtures linked; no
// store), with `claimgraph` on the PATH as `npm link` puts it, and a fresh HOME holding ~/reports.
// Commands that cannot run here are listed below with the reason and the test that covers them;
// a README command neither run nor listed fails this test.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, REPO_ROOT } from './cli.js';

/** README commands not run here: why, and what covers them instead. */
const NOT_RUN: Record<string, string> = {
  'npm ci': 'installs the clone itself; every test run starts from it',
  'npm test': 'is this test suite',
  'npm link': 'writes into npm global folder; the PATH shim below stands for it',
  'export NEO4J_PASSWORD=choose-one': 'configures docker compose, not run here',
  'docker compose up -d': 'needs Docker: test/cli/compose.test.ts checks the file',
  'bash scripts/neo4j-start.sh': 'starts Neo4j on the default port: test/setup/neo4j.ts uses it',
  'bash scripts/neo4j-stop.sh': 'stops it: test/setup/neo4j.ts',
  'claimgraph load': 'needs Neo4j: test/neo4j/load.test.ts',
  'claimgraph load --store other.db': 'needs Neo4j: test/neo4j/load.test.ts',
  'claimgraph load ~/reports': 'needs Neo4j: test/neo4j/load.test.ts',
  'claimgraph load --replace': 'needs Neo4j: test/neo4j/load.test.ts',
  'claimgraph load --bulk --neo4j-admin neo4j-admin ~/reports':
    'needs a stopped Neo4j and its neo4j-admin: test/neo4j/bulk.test.ts',
};
const NEEDS_NEO4J = /^claimgraph cypher /;
/** Servers run until stopped: test/viewer/serve-command.test.ts starts them (and the --neo4j one,
 * test/viewer/neo4j-source.test.ts). */
const SERVER = /^claimgraph serve\b/;
/** A synopsis (`PATH...`, `[--store FILE]`) documents a command's form; it is not a command. */
const SYNOPSIS = /\.\.\.|\[/;

/** The README's sh commands in order: comments cut, `a && b` split, synopses dropped. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((block) => block[1]!.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !SYNOPSIS.test(line))
    .flatMap((line) => line.split(' && ').map((part) => part.trim()));
}

let clone: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  buildCli();
  const root = mkdtempSync(join(tmpdir(), 'claimgraph-readme-'));
  clone = join(root, 'claimgraph');
  mkdirSync(clone);
  for (const entry of ['dist', 'node_modules', 'fixtures', 'viewer', 'package.json'])
    symlinkSync(join(REPO_ROOT, entry), join(clone, entry));
  // `../shared` next to the clone, as in the project's layout.
  symlinkSync(join(REPO_ROOT, '..', 'shared'), join(root, 'shared'));
  const home = join(root, 'home');
  cpSync(join(REPO_ROOT, 'fixtures', 'input'), join(home, 'reports'), { recursive: true });
  const bin = join(root, 'bin');
  mkdirSync(bin);
  const main = join(clone, 'dist', 'src', 'cli', 'main.js');
  writeFileSync(join(bin, 'claimgraph'), `#!/bin/sh\nexec "${process.execPath}" "${main}" "$@"\n`);
  // `npx claimgraph` inside the clone runs the same bin (npm exec links the clone); no network.
  writeFileSync(
    join(bin, 'npx'),
    `#!/bin/sh\n[ "$1" = claimgraph ] || exit 127\nshift\nexec claimgraph "$@"\n`,
  );
  for (const tool of ['claimgraph', 'npx']) chmodSync(join(bin, tool), 0o755);
  // A user's CLAIMGRAPH_STORE must not lead the commands to their store.
  env = { ...process.env, HOME: home, PATH: `${bin}:${process.env.PATH}`, COLUMNS: '120' };
  delete env.CLAIMGRAPH_STORE;
});

describe('README commands', () => {
  test('each one runs in a fresh folder and exits 0, in README order', () => {
    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThan(10);
    const ran: string[] = [];
    for (const command of commands) {
      if (command in NOT_RUN || NEEDS_NEO4J.test(command) || SERVER.test(command)) continue;
      const run = spawnSync('bash', ['-c', command], {
        cwd: clone,
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      expect({ command, code: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
        command,
        code: 0,
        stderr: '',
      });
      ran.push(command);
    }
    expect(ran).toEqual(
      expect.arrayContaining([
        'npm start',
        'npx claimgraph extract ~/reports',
        'claimgraph ingest ../shared/corpus/dev',
        'claimgraph export --format stix --out graph.stix.json',
      ]),
    );
    // What they wrote is where the README says.
    expect(existsSync(join(clone, '.claimgraph', 'graph.db'))).toBe(true);
    expect(readFileSync(join(clone, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4);
    expect(JSON.parse(readFileSync(join(clone, 'graph.stix.json'), 'utf8'))).toMatchObject({
      type: 'bundle',
    });
    expect(readFileSync(join(clone, 'graph.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  test('every README command is either run above or listed with its reason', () => {
    const unaccounted = readmeCommands().filter(
      (command) =>
        !(command in NOT_RUN) &&
        !NEEDS_NEO4J.test(command) &&
        !command.startsWith('claimgraph ') &&
        !command.startsWith('npx claimgraph ') &&
        command !== 'npm start',
    );
    expect(unaccounted).toEqual([]);
  });
});
