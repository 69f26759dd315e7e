import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';

describe('claimgraph serve', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function stderrOf(): () => string {
    let written = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    return () => written;
  }

  it('refuses to serve a store that does not exist, saying how to make one', async () => {
    const stderr = stderrOf();
    const missing = join(mkdtempSync(join(tmpdir(), 'claimgraph-serve-')), 'none.jsonl');
    expect(await run(['serve', '--store', missing, '--port', '0'])).toBe(1);
    expect(stderr()).toMatch(
      /^claimgraph\/server: no graph store at .*none\.jsonl; build one with "claimgraph ingest PATH\.\.\."/,
    );
  });

  it.each(['abc', '70000', '-1'])('rejects --port %s', async (port) => {
    const stderr = stderrOf();
    expect(await run(['serve', '--port', port])).not.toBe(0);
    expect(stderr()).toContain('a port is a whole number from 0 to 65535');
  });
});
