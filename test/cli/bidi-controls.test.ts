// Bidirectional overrides (U+202E and its kind) and other invisible format characters from documents,
// file names or arguments never reach the terminal: they would show text in another order than it is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { forTerminal, withoutControls } from '../../core/terminal-text.js';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

describe('bidirectional and format characters', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are dropped from document text and marked in messages', () => {
    expect(forTerminal('Kestovia\u202E detsuca\u202C Arvenia\u2066.\u2069\u200B')).toBe(
      'Kestovia detsuca Arvenia.',
    );
    expect(withoutControls('report\u202Etxt.exe')).toBe('report?txt.exe');
  });

  it('never reach stderr through an error message that quotes an argument', async () => {
    let written = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    expect(await run(['serve', '--store', '/nonexistent/graph\u202Elnosj.jsonl', '--port', '0'])).toBe(1);
    expect(written).toContain('no graph store at /nonexistent/graph?lnosj.jsonl');
    expect(written).not.toMatch(BIDI);
  });
});
