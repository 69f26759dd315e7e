// `--jobs` and `--time-limit` for the commands that extract (`extract`, `ingest`; `load PATHS` is in
// test/neo4j/load-jobs.test.ts): the output does not depend on the number of workers, and one
// document that overruns its time budget is reported while the documents around it go through.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/store.js';
import { tempDir } from '../input/temp-dir.js';
import { buildCli, runCli } from './cli.js';

beforeAll(buildCli);

/** The team's invented fixture texts (txt, md, html), copied so other files can join them. */
function fixtureTexts(): string {
  const dir = tempDir();
  cpSync('fixtures/input', dir, { recursive: true });
  cpSync('fixtures/graph/texts', join(dir, 'more'), { recursive: true });
  return dir;
}

/** About 2 MB of ordinary prose: tens of seconds of extraction, far past a 1 s budget, while each
 * fixture text takes a few tens of milliseconds. */
function addSlowDocument(dir: string): string {
  const sentence = (i: number) =>
    `Officials in Arvenia said on day ${i} that the Kestovia group had attacked the water board. `;
  const path = join(dir, 'b-slow-report.txt');
  writeFileSync(path, `Long report\n\n${Array.from({ length: 22_000 }, (_, i) => sentence(i)).join('')}`);
  return path;
}

const SLOW_LIMIT = ['--time-limit', '1'];

describe('claimgraph extract --jobs', () => {
  it('prints the same bytes with 1, 2 and 3 workers', () => {
    const dir = fixtureTexts();
    const one = runCli(['extract', '--jobs', '1', dir]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout.trim().split('\n')).toHaveLength(8);
    for (const jobs of ['2', '3']) {
      const many = runCli(['extract', '--jobs', jobs, dir]);
      expect(many.code, many.stderr).toBe(0);
      expect(many.stdout).toBe(one.stdout);
    }
  });

  it('reports a document that runs past --time-limit and prints every other one, in order', () => {
    const dir = fixtureTexts();
    const good = runCli(['extract', '--jobs', '1', dir]);
    const slow = addSlowDocument(dir);
    for (const jobs of ['1', '2']) {
      const run = runCli(['extract', '--jobs', jobs, ...SLOW_LIMIT, dir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `claimgraph: ${slow}: extraction failed: extraction took longer than 1 s and was stopped\n`,
      );
      expect(run.stdout).toBe(good.stdout);
    }
  });

  it('refuses a number of jobs that is not a positive whole number', () => {
    const run = runCli(['extract', '--jobs', '0', 'fixtures/input']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"0" is not a positive whole number/);
  });
});

describe('claimgraph ingest --jobs', () => {
  it('builds the same graph with 1 and 2 workers', async () => {
    const dir = fixtureTexts();
    const graphs = [];
    for (const jobs of ['1', '2']) {
      const file = join(tempDir(), 'graph.db');
      const run = runCli(['ingest', '--jobs', jobs, '--store', file, dir]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/8 added, 0 replaced, 0 unchanged, 0 failed/);
      const store = await EmbeddedStore.open(file, { readOnly: true });
      graphs.push(store.snapshot());
      store.close();
    }
    expect(graphs[0]!.claims.length).toBeGreaterThan(0);
    expect(graphs[1]).toEqual(graphs[0]);
  });

  it('ingests the good documents around one that runs past --time-limit and names that one', () => {
    const dir = fixtureTexts();
    const slow = addSlowDocument(dir);
    const store = join(tempDir(), 'graph.db');
    const run = runCli(['ingest', '--jobs', '2', ...SLOW_LIMIT, '--store', store, dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`claimgraph: ${slow}: extraction took longer than 1 s and was stopped\n`);
    expect(run.stderr).toMatch(/8 added, 0 replaced, 0 unchanged, 1 failed/);
  });
});
