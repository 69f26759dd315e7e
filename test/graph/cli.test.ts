// The graph commands run as a user runs them: the built CLI, a store file, stdout/stderr/exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { who } from '../../graph/queries/who.js';
import { EmbeddedStore } from '../../graph/store.js';
import { buildCli, REPO_ROOT, runCli } from '../cli/cli.js';
import { CORPUS, FIXTURES, loadExtraction } from './fixtures.js';

let dir: string;
let store: string;

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-cli-'));
  store = join(dir, 'fixtures.jsonl');
  const saved = await EmbeddedStore.open(store);
  for (const name of CORPUS) saved.ingest(loadExtraction(name));
  await saved.save();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graph commands', () => {
  test('who --format json prints the library rows; the table names the pairs', async () => {
    const run = runCli(['who', '--store', store, '--accused', 'sna', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(who(await EmbeddedStore.open(store), { accused: 'sna' }));
    const table = runCli(['who', '--store', store, '--since', '2023-05-01', '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /│ Borduria\s+│ Syldavian\s+│ 1\s+│ 2023-05-20 │ 2023-05-20 │\s+│ Borduria accused\s/,
    );
    expect(table.stdout).not.toMatch(/Klow/);
  });

  test('dates must be real days (usage error, exit 2); --undated says whether undated claims pass', () => {
    for (const bad of ['2022-13-01', '2022-02-30', '12345-01-01', '2022-1-1']) {
      const run = runCli(['who', '--store', store, '--since', bad]);
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain(`"${bad}" is not a real date as YYYY-MM-DD in the years 1900-2100`);
    }
    expect(runCli(['who', '--store', store, '--undated', 'maybe']).code).toBe(2);
    expect(runCli(['who', '--help']).stdout).toMatch(/--undated <mode>[\s\S]*default: "exclude"/);
    const included = runCli([
      'who',
      '--store',
      store,
      '--since',
      '2023-05-01',
      '--undated',
      'include',
      '--format',
      'table',
    ]);
    expect(included.code).toBe(0);
    expect(included.stdout).toMatch(/Klow/);
    expect(included.stdout).toMatch(/Borduria accused the/);
  });

  test('who prints TSV when piped, and --limit says how many rows it cut', async () => {
    const all = who(await EmbeddedStore.open(store));
    const piped = runCli(['who', '--store', store]);
    expect(piped.code).toBe(0);
    const lines = piped.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Accuser\tAccused\tClaims\tFirst\tLast\tCertainty\tEvidence (first claim)');
    expect(lines).toHaveLength(all.length + 1);
    expect(lines[1]!.split('\t').slice(0, 3)).toEqual([
      all[0]!.accuser,
      all[0]!.accused,
      String(all[0]!.claims),
    ]);
    const cut = runCli(['who', '--store', store, '--limit', '2']);
    expect(cut.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(cut.stderr).toBe(`claimgraph: (${all.length - 2} more rows not shown; raise --limit)\n`);
    const table = runCli(['who', '--store', store, '--limit', '1', '--format', 'table']);
    expect(table.stdout).toContain(`(${all.length - 1} more rows not shown; raise --limit)`);
    expect(runCli(['who', '--store', store, '--limit', '0']).code).toBe(2);
  });

  test('a missing store is an error naming the path looked for, in every command that reads', () => {
    const missing = join(dir, 'nowhere', 'graph.jsonl');
    for (const args of [['who'], ['actor', 'sna'], ['path', 'sna', 'klow'], ['export', '--format', 'json']]) {
      const run = runCli([...args, '--store', missing]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(`claimgraph/store: no graph store at ${missing}`);
      expect(run.stdout).toBe('');
    }
    expect(existsSync(missing)).toBe(false);
  });

  test('an unknown name fails with exit 1 and the nearest names, without a stack trace', () => {
    const run = runCli(['actor', 'Sildavia', '--store', store]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^claimgraph\/graph: no actor named "Sildavia"; nearest known names: Syldavia, Borduria, [^\n]+\n$/,
    );
  });

  test('actor and path print readable text', () => {
    const actor = runCli(['actor', 'oro', '--store', store]);
    expect(actor.stdout).toMatch(
      /^Office of Remote Operations \(oro\) — organization, Syldavia\naliases: ORO\n\npart of:\n {2}Syldavian National Agency \[1 claim 2023-03-01\]/,
    );
    const path = runCli(['path', 'Klow', 'Syldavia', '--store', store]);
    expect(path.stdout.split('\n')[0]).toBe('2 steps: Klow Security — Syldavian National Agency — Syldavia');
    const none = runCli(['path', 'ORO', 'Klow', '--directed', '--store', store]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no chain of accusations or affiliations links "ORO" and "Klow"/);
  });

  test('export writes to stdout or --out; csv needs a directory; an unknown format is refused', () => {
    const graphml = runCli(['export', '--format', 'graphml', '--store', store]);
    expect(parseGraphml(MultiDirectedGraph, graphml.stdout).hasNode('actor:sna')).toBe(true);
    expect(runCli(['export', '--format', 'csv', '--store', store]).stderr).toMatch(
      /--format csv writes 7 files: give a directory with --out/,
    );
    const out = join(dir, 'csv');
    expect(runCli(['export', '--format', 'csv', '--out', out, '--store', store]).code).toBe(0);
    expect(readFileSync(join(out, 'actors.csv'), 'utf8')).toMatch(
      /^id:ID\(Actor\),name,type,aliases:string\[\],country\n/,
    );
    const bad = runCli(['export', '--format', 'xml', '--store', store]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(
      /argument 'xml' is invalid. Allowed choices are json, graphml, gexf, cypher, csv/,
    );
  });

  test('ingest saves to --store, or to CLAIMGRAPH_STORE', () => {
    const target = join(dir, 'ingested.jsonl');
    const run = runCli(['ingest', join(FIXTURES, 'texts'), '--store', target]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /4 added, 0 replaced, 0 unchanged, 0 failed, \d+ claims extracted; store .*ingested\.jsonl: 4 documents/,
    );
    expect(runCli(['ingest', join(FIXTURES, 'texts'), '--store', target]).stderr).toMatch(
      /0 added, 0 replaced, 4 unchanged/,
    );
    const viaEnv = join(dir, 'env.jsonl');
    const env = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'dist/src/cli/main.js'), 'ingest', join(FIXTURES, 'texts')],
      {
        env: { ...process.env, CLAIMGRAPH_STORE: viaEnv },
        encoding: 'utf8',
      },
    );
    expect(env.status).toBe(0);
    expect(existsSync(viaEnv)).toBe(true);
  });
});
