// Temporary folders for tests that need files the repository should not hold (binary, huge, empty).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-input-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
