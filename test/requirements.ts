// What some tests need beyond the repository: the shared corpus and scorer (../shared), `script`,
// Chromium, Neo4j (test/setup/neo4j.ts). Where one is missing the tests that need it are skipped with
// the reason on stderr, except under CI=true, where a missing requirement fails the run: a CI run
// must never pass by skipping.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** True when `present`; otherwise prints why `tests` are skipped, or throws under CI=true. */
export function required(present: boolean, tests: string, missing: string): boolean {
  if (present) return true;
  const reason = `${tests}: ${missing} is missing`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  process.stderr.write(`[skipped] ${reason}\n`);
  return false;
}

/** Whether every one of `paths` (relative to ../shared) is there, as `required` decides. */
export function sharedFiles(tests: string, ...paths: string[]): boolean {
  const absent = paths.map((path) => join(SHARED, path)).filter((path) => !existsSync(path));
  return required(absent.length === 0, tests, absent.join(' and '));
}
