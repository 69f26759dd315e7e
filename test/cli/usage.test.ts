// CLI conventions shared by every command: a usage error exits 2 (a failed request exits 1), and
// --version prints the package's version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, REPO_ROOT, runCli } from './cli.js';

const COMMANDS = [
  ['extract'],
  ['serve'],
  ['ingest'],
  ['who'],
  ['actor'],
  ['path'],
  ['export', '--format', 'json'],
  ['load'],
  ['cypher'],
];

beforeAll(() => buildCli());

describe('usage errors', () => {
  it.each(COMMANDS)('%s exits 2 on an unknown flag, with the usage on stderr', (...command) => {
    const run = runCli([...command, '--no-such-flag']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown option '--no-such-flag'[\s\S]*Usage: claimgraph/);
  });

  it.each([
    [['who', '--since', '2024-13'], /"2024-13" is not a real date as YYYY-MM-DD in the years 1900-2100/],
    [['cypher', 'RETURN 1', '--param', 'no-equals-sign'], /--param expects key=value/],
    [['load', '--store', 'a.jsonl', 'fixtures/input'], /give either --store FILE or document paths/],
    [['actor'], /missing required argument 'name'/],
    [[], /Usage: claimgraph/],
  ])('%j exits 2', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

it('--version prints the version in package.json', () => {
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const run = runCli(['--version']);
  expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
});
