// Runs the built CLI as a user would: `node dist/src/cli/main.js ...` from the repository root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = 'dist/src/cli/main.js';

const TSC = ['npx', 'tsc', '-p', '.'];

/** Builds dist/ once per test file; a failed build (type errors included) fails the test file with
 * tsc's output rather than letting it test a stale dist/. Builds from parallel test files (and
 * teammates) are serialised with flock where it exists. */
export function buildCli(): void {
  const options = { cwd: REPO_ROOT, encoding: 'utf8' } as const;
  let build = spawnSync('flock', [join(tmpdir(), 'claimgraph-tsc.lock'), ...TSC], options);
  if (build.error) build = spawnSync(TSC[0]!, TSC.slice(1), options);
  if (build.status !== 0)
    throw new Error(`${TSC.join(' ')} failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
  if (!existsSync(join(REPO_ROOT, MAIN))) throw new Error(`build did not produce ${MAIN}`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Run as this user id (only root can); used to test permissions, which root ignores. */
  uid?: number;
}

export function runCli(args: string[], { uid }: RunOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, MAIN), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    uid,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
