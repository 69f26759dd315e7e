// The Python readers (.venv from scripts/install-python-tools.sh) that check exports independently.
// Without .venv the tests are skipped with a reason, except under CI=true, where they fail.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PYTHON = process.env.CLAIMGRAPH_PYTHON ?? join(ROOT, '.venv', 'bin', 'python');
const SCRIPTS = fileURLToPath(new URL('.', import.meta.url));

export function describeWithPython(name: string, body: () => void): void {
  if (existsSync(PYTHON) || process.env.CI === 'true') {
    describe(name, body);
    return;
  }
  console.warn(`skipping "${name}": ${PYTHON} is missing (bash scripts/install-python-tools.sh creates it)`);
  describe.skip(name, body);
}

/** Runs test/python/SCRIPT with the arguments and parses the JSON it prints. */
export function runPython<T>(script: string, ...args: string[]): T {
  const out = execFileSync(PYTHON, [join(SCRIPTS, script), ...args], { encoding: 'utf8' });
  return JSON.parse(out) as T;
}
